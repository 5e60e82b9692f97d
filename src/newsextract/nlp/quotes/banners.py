"""Whose words are on the banners, and who chants them?

QUOTES.md: chants, banners, inscriptions and slogans issued by a named group are direct
records, with that group as speaker. The frames handled here:

- a chant noun right before the quote (`quotes_chant_nouns.txt`): "Le cortège avance
  aux cris de «…»", "avec pour mot d'ordre «…»": the subject of the noun's clause;
- a relative clause on a banner noun (`quotes_banner_nouns.txt`): "derrière une
  banderole où on lisait : «…»": the group carrying the banner;
- a banner named just before the quote ("Sur leurs pancartes, on lisait : «…»"): the
  group that carries the banners (the subject of "brandir des pancartes" before) or the
  group of people the registry mentions last;
- a list of pieces after any of these ("«A», «B» ou encore «C»") shares the speaker.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from newsextract.nlp.participants.lookup import last_group_before
from newsextract.nlp.quotes.lexicon import word_set
from newsextract.nlp.quotes.speakable import is_speaker_like, speaker_subject
from newsextract.nlp.quotes.subjects import subject_tokens
from newsextract.nlp.segment import Segmentation

# How many governors up from a chant or banner noun the clause verb is looked for.
MAX_CHANT_CLIMB = 5


def holder_subject(doc: Doc, noun: Token) -> tuple[int, int] | None:
    """Subject of the clause a chant or banner noun belongs to ("une centaine de femmes
    ont défilé aux cris de", "ont manifesté derrière une banderole"), when it can speak."""
    tok = noun
    for _ in range(MAX_CHANT_CLIMB):
        if tok.head is tok:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") or any(c.dep_ == "cop" for c in tok.children):
            subject = speaker_subject(doc, tok)
            if subject is None:
                return None
            start, end = subject
            while start < end - 1 and doc[start].pos_ in ("ADV", "NUM"):
                start += 1  # "environ 300 femmes": the group, without its number
            return start, end
    return None


@lru_cache(maxsize=1)
def _chant_nouns() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(w.replace("'", "' ").replace("’", "’ ").split())
                 for w in word_set("quotes_chant_nouns.txt"))


def chant_subject(doc: Doc, open_tok: int) -> tuple[int, int] | None:
    """ "aux cris de «…»", "avec pour mot d'ordre «…»": a quote right after a chant noun
    (and "de") gives the words of the subject of the clause the noun belongs to."""
    j = open_tok - 1
    if j >= 0 and doc[j].lower_ in ("de", "d'", "d’", ":"):
        j -= 1
    for words in _chant_nouns():
        first = j - len(words) + 1
        if first >= 0 and [t.lower_ for t in doc[first:j + 1]] == list(words):
            return holder_subject(doc, doc[j])
    return None


def banner_subject(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """ "derrière une banderole où on lisait : «…»": a relative clause
    on a banner noun (`quotes_banner_nouns.txt`) gives the words of the group carrying
    the banner, the subject of the clause the banner belongs to."""
    while verb.dep_ == "xcomp" and verb.head is not verb:
        verb = verb.head  # "pouvait lire": the relative clause is the modal's
    if verb.dep_ != "acl:relcl" or verb.head.lower_ not in word_set("quotes_banner_nouns.txt"):
        return None
    return holder_subject(doc, verb.head)


# Tokens before an opening mark searched for the banner that carries the words.
MAX_BANNER_REACH = 12
# How far back (characters) the group owning "leurs pancartes" may have been named.
BANNER_HOLDER_CHARS = 600
POSSESSIVES = frozenset({"leur", "leurs", "son", "sa", "ses"})


def banner_holder(doc: Doc, first: int, mark: int) -> tuple[int, int] | None:
    """ "Sur leurs banderoles, on lisait : «…»": words on the banners of a group named
    by a possessive are that group's, the group of people named last before (the
    participant registry's latest group). Token range, or None."""
    nouns = word_set("quotes_banner_nouns.txt")
    window = doc[max(first, mark - MAX_BANNER_REACH):mark]
    if not any(t.lower_ in nouns and t.i > 0 and (doc[t.i - 1].lower_ in POSSESSIVES
                                                 or doc[t.i - 1].pos_ == "DET")
               for t in window):
        return None
    found = last_group_before(doc, doc[mark].idx, BANNER_HOLDER_CHARS)
    span = doc.char_span(*found, alignment_mode="expand") if found is not None else None
    group = (span.start, span.end) if span is not None else None
    carrier = _last_banner_carrier(doc, mark, nouns)
    if carrier is not None and (group is None or carrier[0] > group[0]):
        return carrier
    return group


def _last_banner_carrier(doc: Doc, mark: int, nouns: frozenset[str]
                         ) -> tuple[int, int] | None:
    """The subject of the last clause before token `mark` that carries a banner ("les
    marcheurs ont défilé en brandissant des pancartes"), within `BANNER_HOLDER_CHARS`."""
    for t in reversed(doc[:mark]):
        if doc[mark].idx - t.idx > BANNER_HOLDER_CHARS:
            return None
        if t.lower_ in nouns:
            subject = _carrier_subject(doc, t)
            if subject is not None and subject[1] <= t.i:
                return subject
    return None


def _carrier_subject(doc: Doc, banner: Token) -> tuple[int, int] | None:
    """Subject of the clause holding a banner noun, when it is a speaker or any plural
    noun: carrying a banner is people's doing ("les «bonnets verts» agitaient des
    pancartes"), whatever the noun. Without its article or number."""
    tok = banner
    for _ in range(MAX_CHANT_CLIMB):
        if tok.head is tok:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            subject = subject_tokens(tok)
            if subject is None:
                return None
            start, end = subject
            while start < end - 1 and doc[start].pos_ in ("DET", "ADV", "NUM"):
                start += 1
            plural_noun = doc[start].pos_ == "NOUN" and doc[start].morph.get("Number") == ["Plur"]
            return (start, end) if plural_noun or is_speaker_like(doc, start, end) else None
    return None


# Between two chants of one list: a comma, "et", "ou (encore)", and the "de" of the chant
# noun repeated ("aux cris de «A» et de «B»").
_CHANT_LIST = re.compile(r"[\s,]*(?:(?:et|ou|puis)(?:\s+encore)?)?\s*(?:de|d['’]|des|du)?\s*",
                         re.IGNORECASE)


def chanted_by(doc: Doc, qt: Segmentation, n: int,
                  chants: dict[int, tuple[int, int]]) -> tuple[int, int] | None:
    """The chanters of piece `n`: after a chant noun ("aux cris de «…»"), or listed
    after a chanted piece with only a comma, "et" or "ou" between ("«A», «B»", "«A» et de
    «B»")."""
    piece = qt.pieces[n]
    if piece.open_char is None:
        return None
    if n - 1 in chants and qt.pieces[n - 1].block == piece.block and _CHANT_LIST.fullmatch(
            qt.text[qt.pieces[n - 1].outer_end:piece.outer_start]):
        return chants[n - 1]
    return chant_subject(doc, qt.token_at(piece.open_char))


