"""Whose words are on the banners, and who chants them?

QUOTES.md: chants, banners, inscriptions and slogans issued by a named group are direct
records, with that group as speaker. A banner or a chant never speaks: the group that
carries or chants it does. The frames handled here:

- a chant noun right before the quote (`quotes_chant_nouns.txt`): "Le cortège avance
  aux cris de «…»", "sous le slogan : «…»": the subject of the noun's clause; "Leur
  devise ? «…»": the group the possessive names;
- a banner (`quotes_banner_nouns.txt`) the words are read on: "derrière une banderole où
  on lisait : «…»", "on pouvait lire sur les pancartes «…»", "«…», lisait-on sur une
  affiche": the group carrying it;
- a frame noun opening the clause before a colon: "Les slogans étaient sans appel :
  «…»", "Sur leurs pancartes, on lisait : «…»": the group carrying or chanting;
- a banner as the subject of a speech verb: "une banderole proclamait : «…»";
- a list of pieces after any of these ("«A», «B» ou encore : «C»") shares the speaker.

The group carrying the banners is the subject of the clause that holds the banner noun
when it can speak, else the subject of the last clause that carried one ("les marcheurs
brandissaient des pancartes"), else the group of people the registry mentions last.
A banner or slogan noun right before a quote with nothing to read it by ("les slogans
«…» ont choqué") names the words: a mention, not a record (`candidates`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from newsextract.nlp.grammar_words import PLURAL_POSSESSIVE, POSSESSIVE, grammar_words
from newsextract.nlp.participants.lookup import last_group_before, resolve
from newsextract.nlp.quotes.lexicon import word_set
from newsextract.nlp.quotes.mentions import heads_above, without_leading
from newsextract.nlp.quotes.speakable import is_speaker_like, speaker_subject
from newsextract.nlp.quotes.subjects import subject_tokens
from newsextract.nlp.segment import Segmentation, segmentation

# How many governors up from a chant or banner noun the clause verb is looked for.
MAX_CHANT_CLIMB = 5
# Tokens before an opening mark searched for the banner that carries the words.
MAX_BANNER_REACH = 12
# How far back (characters) the group carrying the banners may have been named.
BANNER_HOLDER_CHARS = 600
# Between a chant noun and its quote: "aux cris de «…»", "sous le slogan : «…»",
# "Leur mot d'ordre ? «…»".
_CHANT_JOINTS = frozenset({"de", "d'", "d’", ":", "?"})


def banner_nouns() -> frozenset[str]:
    return word_set("quotes_banner_nouns.txt")


@lru_cache(maxsize=1)
def _chant_nouns() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(w.replace("'", "' ").replace("’", "’ ").split())
                 for w in word_set("quotes_chant_nouns.txt"))


def _chant_noun_ending_at(doc: Doc, j: int) -> int | None:
    """First token of a chant noun ending at token `j` ("mot d'ordre"), or None."""
    for words in _chant_nouns():
        first = j - len(words) + 1
        if first >= 0 and [t.lower_ for t in doc[first:j + 1]] == list(words):
            return first
    return None


def is_frame_noun(doc: Doc, i: int) -> bool:
    """Token `i` is a banner noun or opens a chant noun ("slogans", "mots d'ordre")."""
    if doc[i].lower_ in banner_nouns():
        return True
    return any([t.lower_ for t in doc[i:i + len(words)]] == list(words)
               for words in _chant_nouns())


def holder_subject(doc: Doc, noun: Token) -> tuple[int, int] | None:
    """Subject of the clause a chant or banner noun belongs to ("une centaine de femmes
    ont défilé aux cris de", "ont manifesté derrière une banderole"), when it can speak."""
    for tok in heads_above(noun, MAX_CHANT_CLIMB):
        if tok.dep_ == "acl" and tok.pos_ == "VERB" and tok.head.i < tok.i \
                and (group := _modified_group(doc, tok.head)) is not None:
            return group  # "des militants brandissant une banderole": the noun modified
        if tok.pos_ in ("VERB", "AUX") or any(c.dep_ == "cop" for c in tok.children):
            subject = speaker_subject(doc, tok) or _registry_group_subject(doc, tok)
            if subject is None:
                return None
            start, end = subject
            # "environ 300 femmes": the group, without its number
            return without_leading(doc, start, end, ("ADV", "NUM")), end
    return None


def _registry_group_subject(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """The subject of `verb` when the participant registry holds it as a group of people
    ("les grévistes", whose noun the speaker lexicons may not list)."""
    subject = subject_tokens(verb)
    if subject is None:
        return None
    span = doc[subject[0]:subject[1]]
    found = resolve(doc, span.start_char, span.end_char)
    return subject if found is not None and found["kind"] == "GROUP" else None


def _modified_group(doc: Doc, noun: Token) -> tuple[int, int] | None:
    """The noun phrase of `noun` up to its own modifiers (token range), when it can speak."""
    start = noun.left_edge.i
    while start < noun.i and doc[start].pos_ in ("ADP", "DET", "NUM", "ADV", "PUNCT"):
        start += 1
    end = noun.i + 1
    while end < len(doc) and doc[end].head.i == noun.i and doc[end].dep_ in (
            "amod", "flat:name", "flat", "appos") and doc[end].pos_ in ("ADJ", "PROPN", "NOUN"):
        end += 1
    return (start, end) if is_speaker_like(doc, start, end) else None


def carriers(doc: Doc, noun: Token) -> tuple[int, int] | None:
    """Who carries the banner or chants at `noun` (token range): the subject of its
    clause when it can speak, else the group that carried banners last or the group of
    people named last (see the module docstring). A phrase holding the banner noun itself
    ("Populaires aussi, les pancartes «…»": the noun heads its own verbless clause) carries
    nothing: taking it would send the speaker search back to the same banner."""
    for find in (banner_bearer, holder_subject):
        found = find(doc, noun)
        if found is not None and not found[0] <= noun.i < found[1]:
            return found
    return last_carriers(doc, noun.i)


def banner_in(doc: Doc, subject: tuple[int, int]) -> Token | None:
    """The banner noun heading a cue's subject ("une pancarte", "une des banderoles"):
    the first noun among its first MAX_SUBJECT_BANNER words when it is a banner, else
    None."""
    start, end = subject
    for tok in doc[start:min(end, start + MAX_SUBJECT_BANNER)]:
        if tok.pos_ in ("NOUN", "PROPN"):
            return tok if tok.lower_ in banner_nouns() else None
    return None


# Words of a cue's subject read for its head noun ("une des grandes banderoles").
MAX_SUBJECT_BANNER = 4


def banner_bearer(doc: Doc, noun: Token) -> tuple[int, int] | None:
    """The agent of a participle on the banner noun ("une pancarte brandie par une
    infirmière", "une des banderoles tenues par les grévistes"), when it can speak: the
    person the sentence shows carrying it outranks the clause's subject."""
    for participle in noun.children:
        if participle.dep_ != "acl" or participle.pos_ != "VERB" or participle.i < noun.i:
            continue
        for agent in participle.children:
            if agent.dep_ == "obl:agent" or (agent.dep_.startswith("obl") and any(
                    c.dep_ == "case" and c.lower_ == "par" for c in agent.children)):
                return _modified_group(doc, agent)
    return None


def last_carriers(doc: Doc, mark: int) -> tuple[int, int] | None:
    """The group of people named last before token `mark` (the registry's groups) or the
    subject of the last clause that carried a banner, whichever comes later."""
    qt = segmentation(doc)
    found = last_group_before(doc, doc[mark].idx, BANNER_HOLDER_CHARS,
                              lambda start: not qt.in_quote(start))  # "nous, les ouvriers"
    span = doc.char_span(*found, alignment_mode="expand") if found is not None else None
    group = (span.start, span.end) if span is not None else None
    carrier = _last_banner_carrier(doc, mark)
    if carrier is not None and (group is None or carrier[0] > group[0]):
        return carrier
    return group


def follows_chant_noun(doc: Doc, open_tok: int) -> bool:
    """The opening mark at `open_tok` comes right after a chant noun that frames it: after
    "de", a colon or a question mark ("aux cris de «", "Leur devise ? «"), or governed by
    a preposition ("sous le slogan «", "avec pour mot d'ordre «"), or the object of a
    chant verb ("scandant les slogans «": `quotes_chant_verbs.txt`). Another subject or
    object ("ont dénoncé les slogans «…»") names the words: a mention."""
    j = open_tok - 1
    joint = j >= 0 and doc[j].lower_ in _CHANT_JOINTS
    if joint:
        j -= 1
    first = _chant_noun_ending_at(doc, j) if j >= 0 else None
    if first is None:
        return False
    noun = doc[first]
    return joint or any(c.dep_ == "case" for c in noun.children) \
        or noun.dep_.startswith("obl") or (
            noun.dep_ == "obj" and noun.head.lemma_.lower() in word_set("quotes_chant_verbs.txt"))


def chants_in(doc: Doc, qt: Segmentation, start_char: int, end_char: int) -> bool:
    """A quoted piece in [start_char, end_char) follows a chant noun: the stretch tells who
    chanted what ("La foule avance aux cris de «…», a constaté X"), the chant is a direct
    record of its own and the stretch no one's mixed clause."""
    return any(start_char <= p.outer_start and p.outer_end <= end_char
               and p.open_char is not None
               and follows_chant_noun(doc, qt.token_at(p.open_char)) for p in qt.pieces)


def chant_subject(doc: Doc, open_tok: int) -> tuple[int, int] | None:
    """ "aux cris de «…»", "avec pour mot d'ordre «…»", "Leur devise ? «…»": a quote right
    after a chant noun gives the words of the subject of the clause the noun belongs to,
    or of the group a plural possessive before the noun names."""
    if not follows_chant_noun(doc, open_tok):
        return None
    j = open_tok - 2 if doc[open_tok - 1].lower_ in _CHANT_JOINTS else open_tok - 1
    first = _chant_noun_ending_at(doc, j) or 0
    found = holder_subject(doc, doc[j])
    # "leur slogan" names a group's; "son slogan" is one person's, the floor's
    if found is None and first > 0 \
            and doc[first - 1].lower_ in grammar_words(PLURAL_POSSESSIVE):
        found = last_carriers(doc, first)
    return found


def read_banner(verb: Token) -> Token | None:
    """The banner a reading verb reads: the noun of a relative clause on a banner ("une
    banderole où on lisait : «…»") or a banner complement of the verb ("on pouvait lire
    sur les pancartes", "lisait-on sur une affiche")."""
    read = verb
    while verb.dep_ == "xcomp" and verb.head is not verb:
        verb = verb.head  # "pouvait lire": the relative clause is the modal's
    if verb.dep_ == "acl:relcl" and verb.head.lower_ in banner_nouns():
        return verb.head
    verbs = {read, verb} | {c for c in read.children if c.dep_ == "xcomp"}
    for tok in verbs:  # "pouvait-on lire sur": the banner is the infinitive's
        for child in tok.children:
            if child.dep_.startswith("obl") and child.lower_ in banner_nouns() \
                    and any(c.dep_ == "case" and c.lower_ == "sur" for c in child.children):
                return child
    return None


def banner_subject(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """The group whose banner a reading verb reads (`read_banner`, `carriers`)."""
    banner = read_banner(verb)
    return carriers(doc, banner) if banner is not None else None


def banner_before(doc: Doc, first: int, mark: int, after_colon: bool) -> Token | None:
    """The banner named before the mark at `mark` in the sentence from token `first`
    (within `MAX_BANNER_REACH`), after a determiner or a possessive; after a colon, a
    chant noun too ("Les slogans étaient sans appel : «…»")."""
    for t in doc[max(first, mark - MAX_BANNER_REACH):mark]:
        before = doc[t.i - 1] if t.i > 0 else None
        if before is None or not (before.lower_ in grammar_words(POSSESSIVE)
                                  or before.pos_ == "DET"):
            continue
        if t.lower_ in banner_nouns() or (after_colon and is_frame_noun(doc, t.i)):
            return t
    return None


def banner_holder(doc: Doc, first: int, mark: int, after_colon: bool
                  ) -> tuple[int, int] | None:
    """ "Sur leurs banderoles, on lisait : «…»", "Les slogans étaient sans appel : «…»":
    words after a banner named in the same sentence (tokens from `first`), or after a
    colon that closes a clause on a chant noun, are the group's that carries or chants
    them (`carriers`). Token range, or None."""
    banner = banner_before(doc, first, mark, after_colon)
    if banner is None:
        return None
    return holder_subject(doc, banner) or last_carriers(doc, mark)


def _last_banner_carrier(doc: Doc, mark: int) -> tuple[int, int] | None:
    """The subject of the last clause before token `mark` that carries a banner ("les
    marcheurs ont défilé en brandissant des pancartes"), within `BANNER_HOLDER_CHARS`."""
    for t in reversed(doc[:mark]):
        if doc[mark].idx - t.idx > BANNER_HOLDER_CHARS:
            return None
        if t.lower_ in banner_nouns():
            subject = _carrier_subject(doc, t)
            if subject is not None and subject[1] <= t.i:
                return subject
    return None


def _carrier_subject(doc: Doc, banner: Token) -> tuple[int, int] | None:
    """Subject of the clause holding a banner noun, when it is a speaker or any plural
    noun but a frame noun: carrying a banner is people's doing ("les «bonnets verts»
    agitaient des pancartes"), whatever the noun; "les slogans fleurissent sur les
    pancartes" carries nothing. Without its article or number."""
    for tok in heads_above(banner, MAX_CHANT_CLIMB):
        if tok.pos_ in ("VERB", "AUX"):
            subject = subject_tokens(tok)
            if subject is None:
                return None
            start = without_leading(doc, *subject, ("DET", "ADV", "NUM"))
            end = subject[1]
            if is_frame_noun(doc, start):
                return None
            plural_noun = doc[start].pos_ == "NOUN" and doc[start].morph.get("Number") == ["Plur"]
            return (start, end) if plural_noun or is_speaker_like(doc, start, end) else None
    return None


# Between two pieces of one list: a comma, "et", "ou (encore)", a colon, and the "de" of
# the chant noun repeated ("aux cris de «A» et de «B»", "«A» ou encore : «B»").
_LIST_GLUE = re.compile(
    r"[\s,]*(?:(?:et|ou|puis)(?:\s+encore)?\s*:?)?\s*(?:de|d['’]|des|du)?\s*", re.IGNORECASE)


def continues_list(qt: Segmentation, n: int) -> bool:
    """Piece `n` follows piece `n - 1` in the same block with only list glue between."""
    if n < 1:
        return False
    previous, piece = qt.pieces[n - 1], qt.pieces[n]
    return previous.block == piece.block and bool(
        _LIST_GLUE.fullmatch(qt.text[previous.outer_end:piece.outer_start]))


def chanted_by(doc: Doc, qt: Segmentation, n: int,
               chants: dict[int, tuple[int, int]]) -> tuple[int, int] | None:
    """The chanters of piece `n`: after a chant noun ("aux cris de «…»"), or listed
    after a chanted piece with only a comma, "et" or "ou" between ("«A», «B»", "«A» et de
    «B»")."""
    piece = qt.pieces[n]
    if piece.open_char is None:
        return None
    if n - 1 in chants and continues_list(qt, n):
        return chants[n - 1]
    return chant_subject(doc, qt.token_at(piece.open_char))
