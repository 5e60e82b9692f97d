"""The records before speaker resolution, and which one wins when two overlap.

A `Candidate` is a span, its kind (direct, mixed, indirect, selon), the cue's verb and the
subject mention its speaker will be read from. Also the small text questions every kind
asks: is this quoted term a repeated label ("bonnets rouges" quoted three times), is this
mark inside a noun phrase ("les «casseurs»"), does a stretch already hold a cue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from newsextract.nlp.grammar_words import CONTRACTED_DETERMINER, RELATIVE, grammar_words
from newsextract.nlp.participants.lexicon import quoted_movement_at
from newsextract.nlp.punctuation import DASHES
from newsextract.nlp.quotes.cues import Cue
from newsextract.nlp.quotes.lexicon import (
    is_bare_past_participle,
    is_negated,
    perfect_infinitive,
    reporting_lemma,
    word_set,
)
from newsextract.nlp.quotes.mentions import word_before
from newsextract.nlp.quotes.speaker_context import Speaker
from newsextract.nlp.quotes.subjects import agentless_passive
from newsextract.nlp.reporting_verbs import reporting_lexicon
from newsextract.nlp.segment import QuotedSpan, Segmentation
from newsextract.resources import read_lines

# A quoted label repeated in the article (a name, a slogan) has at most this many words.
MAX_LABEL_WORDS = 4
# Words before an opening mark read for a mention marker ("le mot «…»", "baptisé «…»").
MENTION_MARKER_WINDOW = 3


DIRECT, MIXED, INDIRECT, SELON = "direct", "mixed", "indirect", "selon"


# Which record wins when two overlap: lower first.
PRIORITY = {MIXED: 0, INDIRECT: 1, DIRECT: 2, SELON: 3}


# A selon statement with quoted pieces in a clause of the journalist's ("Selon le ministre,
# «c'est le même groupe» qui a…") is one selon record: it wins over the pieces, and over
# a mixed clause (QUOTES.md: "Selon takes priority over mixed").
SELON_OVER_QUOTES = -1


WORD = re.compile(r"\w+")


# Words of a fragment, for its length: an elided article ("d'") is no word and a figure
# written with separators ("10.000") is one.
FRAGMENT_WORD = re.compile(r"\d[\d.,\u202f\xa0]*\d|[^\W_]{2,}|\d")


SPACES = " \t\n\xa0\u202f"


@dataclass
class Candidate:
    """A record before speaker resolution."""

    start: int  # chars
    end: int
    kind: str
    verb: str | None
    anchor: int  # char offset where the attribution is read (resolution order)
    subject: tuple[int, int] | None = None  # token range of the subject mention
    pronoun: int | None = None  # token index of a subject clitic
    inherit: bool = False  # no cue: the previous speaker of the paragraph
    speaker: Speaker | None = None  # already known (selon sources are resolved directly)
    block: int = -1
    priority: float | None = None  # overrides PRIORITY[kind] in `resolve_overlaps`
    # chars of the quoted pieces it repeats, whose records give its speaker (`echoes`)
    echo: tuple[tuple[int, int], ...] | None = None
    holds_floor: bool = True  # False: its speaker is no antecedent of later cueless quotes
    author_apart: bool = False  # the subject is the author a noun of speech names (`Cue`)


def attach(cand: Candidate, cue: Cue) -> None:
    cand.verb = cue.lemma
    cand.anchor = cue.verb.idx
    cand.subject = cue.subject
    cand.pronoun = cue.pronoun.i if cue.pronoun is not None else None
    cand.author_apart = cue.author_apart
    if cue.subject is None and cue.pronoun is None:
        cand.inherit = True


# Punctuation trimmed off both edges of a candidate's text (a final "." too).
EDGE_PUNCTUATION = frozenset(",;:") | DASHES


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in EDGE_PUNCTUATION):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in EDGE_PUNCTUATION
                           or text[end - 1] == "."):
        end -= 1
    return start, end


def label_key(s: str) -> str:
    """The form under which a quoted term counts as repeated (lowercase words)."""
    return " ".join(WORD.findall(s.lower()))


def repeated_labels(text: str, pieces: list[QuotedSpan]) -> set[str]:
    """Short quoted terms that occur quoted more than once: names and labels ("gilets
    jaunes"), not someone's words."""
    seen: dict[str, int] = {}
    for p in pieces:
        key = label_key(text[p.start:p.end])
        if 0 < len(key.split()) <= MAX_LABEL_WORDS:
            seen[key] = seen.get(key, 0) + 1
    return {k for k, n in seen.items() if n > 1}


# Between a quoted word and its gloss: an opening parenthesis ("«Allah Akbar» («Dieu
# est grand»)").
_GLOSS_OPENING = re.compile(r"\s*\(\s*")
_GLOSS_CLOSING = re.compile(r"\s*\)")


def glosses(text: str, pieces: list[QuotedSpan]) -> list[tuple[int, int]]:
    """Character ranges (content) of quoted pieces that gloss the piece just before them,
    in parentheses: a translation or an expansion ("«Dios mío» («mon Dieu»)", "fiché «S»
    («sûreté de l'Etat»)"). The journalist's gloss repeats no one's words."""
    out = []
    for prev, piece in zip(pieces, pieces[1:]):
        if piece.open_char is None or piece.close_char is None or prev.block != piece.block:
            continue
        if _GLOSS_OPENING.fullmatch(text[prev.outer_end:piece.open_char]) \
                and _GLOSS_CLOSING.match(text, piece.close_char + 1):
            out.append((piece.start, piece.end))
    return out


# Most words of a quoted term in apposition to a name ("X, «porte-parole» du collectif").
MAX_APPOSED_TERM_WORDS = 3
# What follows such a term outside its marks: its complement ("du Gard", "des grévistes").
_TERM_COMPLEMENT = re.compile(r"\s*(?:de|du|des|d['’])\b", re.IGNORECASE)


def apposed_terms(doc: Doc, qt: Segmentation) -> list[tuple[int, int]]:
    """Character ranges of quoted terms in apposition to a name whose description goes
    on outside the marks: "Paul X, «gilet jaune» de la Drôme", "Léa Y, «marraine» du
    collectif". The marks set off the journalist's word (a scare quote), no one's speech;
    a self-description wholly inside the marks ("X, 40 ans, «père de trois enfants»,") is
    no such term."""
    out = []
    for piece in qt.pieces:
        if piece.open_char is None or piece.close_char is None:
            continue
        before = qt.text[:piece.open_char].rstrip()
        if not before.endswith(",") or not _TERM_COMPLEMENT.match(qt.text, piece.close_char + 1):
            continue
        tokens = [t for t in doc[qt.token_at(piece.start):qt.token_at(piece.end - 1) + 1]
                  if not t.is_punct]
        comma = qt.token_at(len(before) - 1)
        if not tokens or len(tokens) > MAX_APPOSED_TERM_WORDS or comma < 1 \
                or doc[comma - 1].pos_ != "PROPN" \
                or any(t.pos_ in ("VERB", "AUX", "PRON") for t in tokens):
            continue
        out.append((piece.start, piece.end))
    return out


# Most words of a quoted name ("le «Grand Débat national»", "une «Maison du peuple»").
MAX_QUOTED_NAME_WORDS = 8


def quoted_names(doc: Doc, qt: Segmentation) -> list[tuple[int, int]]:
    """Character ranges of quoted names: a determiner, then marks around words that open
    with a capital and hold no verb ("la création d'un «Conseil des sages»", "au «Grand
    Forum»", "les «Amis de la Terre»"). Mid-sentence, a capital after a determiner names a
    thing (a body, a programme, a show, a group); someone's wording starts in lowercase
    ("un «débat utile»"), and a chant or a slogan follows its frame, not a determiner."""
    out = []
    for piece in qt.pieces:
        if piece.open_char is None or piece.close_char is None:
            continue
        words = [t for t in doc[qt.token_at(piece.start):qt.token_at(piece.end - 1) + 1]
                 if not t.is_punct and not t.is_space]
        if not words or not words[0].text[:1].isupper() or len(words) > MAX_QUOTED_NAME_WORDS \
                or any(t.pos_ in ("VERB", "AUX") for t in words):
            continue
        i = word_before(doc, qt.token_at(piece.open_char))
        if i >= 0 and (doc[i].pos_ == "DET"
                       or doc[i].lower_ in grammar_words(CONTRACTED_DETERMINER)):
            out.append((piece.start, piece.end))
    return out


def named_movements(doc: Doc, qt: Segmentation) -> list[tuple[int, int]]:
    """Character ranges (content) of quoted pieces that are a movement's name, an emblem
    in a colour ("les «bonnets mauves»", "10.000 «foulards verts», selon la police"):
    a name, never anyone's words, whatever cue follows."""
    out = []
    for piece in qt.pieces:
        if piece.open_char is None or piece.close_char is None:
            continue
        found = quoted_movement_at(doc, qt.token_at(piece.open_char))
        if found is not None and found[1] == qt.token_at(piece.close_char) + 1:
            out.append((piece.start, piece.end))
    return out


# Most tokens of a gloss between a quote and its cue ("le référendum que les marcheurs …").
MAX_GLOSS_TOKENS = 20


def gloss_end(doc: Doc, i: int, limit: int) -> int | None:
    """After a noun phrase in apposition that starts at token `i` (a determiner, then no
    verb before a relative word) and ends with a comma: the next token."""
    if i >= limit or doc[i].pos_ != "DET":
        return None
    j = i
    relative = False
    while j < min(limit, i + MAX_GLOSS_TOKENS) and doc[j].text != ",":
        t = doc[j]
        # a verb after a relative word is the relative's (tagged anything from acl:relcl
        # to advcl)
        relative = relative or t.lower_ in grammar_words(RELATIVE)
        if t.pos_ in ("VERB", "AUX") and not relative:
            return None  # a verb of its own: a clause, not a gloss
        if t.is_punct and t.text not in ("'", "’", "-"):
            return None
        j += 1
    if j >= limit or doc[j].text != "," or j == i:
        return None
    return j + 1


def is_label(text: str, piece: QuotedSpan, labels: set[str]) -> bool:
    return label_key(text[piece.start:piece.end]) in labels


def inside_noun_phrase(doc: Doc, qt: Segmentation, piece: QuotedSpan) -> bool:
    """The opening mark follows a determiner or a common noun with no punctuation between:
    the quoted words name or qualify something ("les «bonnets rouges»", "des tartes
    «faites à la main»")."""
    if piece.open_char is None:
        return False
    i = word_before(doc, qt.token_at(piece.open_char))
    return i >= 0 and (doc[i].pos_ == "DET" or (
        doc[i].pos_ == "NOUN" and doc[i].text[:1].islower()))


def holds_cue(doc: Doc, qt: Segmentation, first: int, end: int) -> bool:
    """A reporting verb outside quotation marks in tokens [first, end): the stretch is
    already someone's attribution, not a plain clause of the journalist's. A negated verb,
    a bare infinitive or a past participle with no auxiliary reports nothing ("il n'a pas
    prévu de s'exprimer, a indiqué X", "Condamné en 2010, il …, selon X"), nor a passive
    with no agent, whose subject is what the verb is about ("Il sera jugé lundi, a
    précisé X": he is judged, he reports nothing)."""
    return any(not qt.in_quote(t.idx) and reporting_lemma(t) is not None
               and not is_negated(t) and "Inf" not in t.morph.get("VerbForm")
               and not is_bare_past_participle(t) and not _reports_nothing_passive(t)
               and not perfect_infinitive(t)  # "après avoir dénoncé …": no clause of its own
               and not _noun_object_only(doc, qt, t)
               and not plain_inverted_only(t)
               for t in doc[first:end] if t.pos_ == "VERB")


def plain_inverted_only(verb) -> bool:
    """ "Les cours commenceront lundi, «…», assure X": a verb that reports only in an
    inverted clause next to a quote ("«…», commence-t-il"), here with its subject before
    it, is the clause's own predicate, not an attribution."""
    lemma = reporting_lemma(verb)
    return lemma in reporting_lexicon().inverted_only and any(
        c.dep_.startswith("nsubj") and c.i < verb.i for c in verb.children)


def _reports_nothing_passive(verb) -> bool:
    """ "Il sera jugé lundi": a passive with no agent and no content clause of its own;
    "ont été invitées à écrire …" keeps its content (a request someone reports)."""
    return agentless_passive(verb) and not any(
        c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX") for c in verb.children)


# Tokens after a verb searched for the opening mark of its quoted object.
QUOTED_OBJECT_REACH = 4


def _noun_object_only(doc: Doc, qt: Segmentation, verb) -> bool:
    """ "qui avait publié un message injurieux": a speech verb with a plain noun object and
    no content clause nor quoted words after it reports nothing (QUOTES.md: "a annoncé des
    mesures" is no quote)."""
    if any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in verb.children):
        return False
    if not any(c.dep_.startswith("nsubj") and c.i < verb.i for c in verb.children):
        return False  # "…», a crié un manifestant": an inverted subject read as the object
    if not any(c.dep_ == "obj" and c.pos_ == "NOUN" for c in verb.children):
        return False
    reach = doc[verb.i + 1:min(len(doc), verb.i + 1 + QUOTED_OBJECT_REACH)]
    return not any(t.is_quote or t.text == ":" for t in reach)


def resolve_overlaps(candidates: list[Candidate]) -> list[Candidate]:
    """Records never overlap: the higher-priority kind wins (mixed clauses absorb the
    quotes inside them), then the earlier one."""
    ordered = sorted(candidates, key=lambda c: (
        PRIORITY[c.kind] if c.priority is None else c.priority, c.start))
    kept: list[Candidate] = []
    for cand in ordered:
        if cand.end <= cand.start:
            continue
        if any(cand.start < k.end and k.start < cand.end for k in kept):
            continue
        kept.append(cand)
    return sorted(kept, key=lambda c: c.start)


def after_mention_marker(doc: Doc, mark: int) -> bool:
    """A word that names the quoted words comes right before the mark ("le mot «…»", "les
    slogans «…»"); a banner the words are written on is no such word ("lire sur les
    pancartes «…»": `banners`), nor one a verb or a colon separates from the quote ("les
    slogans fleurissent : «…»"), nor a participle with its own auxiliary: "ce qu'il a
    appelé une «…»" is the speaker's verb, where "le mouvement appelé «…»" names."""
    if _titled_name(doc, mark):
        return True
    markers = word_set("quotes_mention_markers.txt")
    return any(t.lower_ in markers and not _written_on(doc, t.i)
               and not _perfect_tense(t)
               and not any(u.text == ":" or u.pos_ in ("VERB", "AUX") for u in doc[t.i + 1:mark])
               for t in doc[max(0, mark - MENTION_MARKER_WINDOW):mark])


def _titled_name(doc: Doc, mark: int) -> bool:
    """A noun of a work, event or body right before the mark and a capital after it
    ("l'émission «Quotidien»", `quotes_title_nouns.txt`): the marks hold its name."""
    after = next((t for t in doc[mark + 1:mark + 3] if not t.is_space), None)
    return mark > 0 and doc[mark - 1].lower_ in word_set("quotes_title_nouns.txt") \
        and after is not None and after.text[:1].isupper()


def naming_participle(tok: Token) -> bool:
    """A participle of `quotes_mention_markers.txt` with no auxiliary of its own: it names
    the label after it ("la France dite «périphérique»", "le collectif baptisé «…»"), it is
    no speech verb of the quote ("s'est dite «choquée»" has one and stays a cue)."""
    return tok.lower_ in word_set("quotes_mention_markers.txt") and not _perfect_tense(tok) \
        and tok.pos_ in ("VERB", "ADJ")


def _perfect_tense(tok: Token) -> bool:
    """A verb with an auxiliary before it ("a appelé", "avait qualifié")."""
    return tok.pos_ == "VERB" and any(c.dep_.startswith("aux") and c.i < tok.i
                                      for c in tok.children)


# Words between "sur" and the banner it governs ("sur certaines de leurs pancartes").
WRITTEN_ON_REACH = 3


def _written_on(doc: Doc, i: int) -> bool:
    """Token `i` is a banner governed by "sur": the place words are written on."""
    return doc[i].lower_ in word_set("quotes_banner_nouns.txt") and any(
        t.lower_ == "sur" for t in doc[max(0, i - WRITTEN_ON_REACH):i])


@lru_cache(maxsize=1)
def _rubric_label() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in read_lines("quotes_rubric_labels.txt")))


def after_rubric_label(text: str, start: int, end: int) -> int:
    """Where a sentence's words start past a rubric label ("VIDÉO - Trois élus …",
    `quotes_rubric_labels.txt`): `start` when it opens with none."""
    while start < end and text[start].isspace():
        start += 1
    match = _rubric_label().match(text, start, end)
    return match.end() if match else start
