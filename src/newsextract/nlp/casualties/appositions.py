"""Is "un X" between commas a description of the noun phrase right before it? In "Le
chauffeur du car, un retraité, est décédé" or "Léa Morin, une passante, a été blessée" the
indefinite noun phrase describes a definite or named victim (no figure, guidelines rule 4);
in "Un passant, un retraité du quartier, a été blessé" it describes the figure before it,
which it would count twice. A list after a count stays a breakdown ("Deux passants, un
retraité et une étudiante, ont été blessés"): the apposition holds no coordinator.
The other order, a name in apposition after "un X" ("Une retraitée de 80 ans, Léa Morin,
est décédée"), names the victim too: no figure either."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span

from newsextract.nlp.casualties.figure import GROUP, Figure
from newsextract.nlp.casualties.lexicon import WS
from newsextract.nlp.grammar_words import (
    DETERMINER,
    LIST_JOINER,
    POSSESSIVE,
    RELATIVE,
    grammar_words,
)
from newsextract.nlp.number_words import INDEFINITE, words_alternation

# Characters of the described noun phrase before the comma ("Le conducteur de la
# camionnette"): a noun with a complement or two; longer chunks are clauses.
MAX_DESCRIBED_CHARS = 70
# Words of a name in apposition after "un X" when the entity layer did not mark it PER.
MAX_NAME_WORDS = 4
# Characters between the noun of "un X" and the comma opening a name ("de 80 ans").
MAX_NAMED_TAIL = 30
# Characters of the apposition's tail after its noun ("un retraité du quartier de la gare,"):
# a complement or an age, as for a victim noun's own apposition (categories.py).
MAX_APPOSITION_TAIL = 60
_CHUNK_BOUNDARY = re.compile(r"[,;:(«»\"“”]")
_COMMA_BEFORE = re.compile(rf",{WS}*$")
_FIRST_WORD = re.compile(r"[^\W\d_]+['’]?", re.UNICODE)
_CAPITALISED_NAME = re.compile(
    rf"[A-ZÉÈÀÂÎÔÇ][\w\-]+(?:{WS}+[A-ZÉÈÀÂÎÔÇ][\w\-\.]+){{1,{MAX_NAME_WORDS - 1}}}")


@cache
def _list_joiner() -> re.Pattern:
    """A word joining the items of a list ("et", "ni", "dont": french_grammar_words.tsv)."""
    return re.compile(rf"\b(?:{words_alternation(grammar_words(LIST_JOINER))})\b", re.IGNORECASE)


def _np_openers() -> frozenset[str]:
    return grammar_words(DETERMINER) | grammar_words(POSSESSIVE)


def _is_noun_phrase(doc: Doc, text: str, start: int, end: int, persons: list[Span]) -> bool:
    """Whether text[start:end] is one noun phrase: a person's name, or a determiner and
    no finite verb ("Le conducteur de la camionnette", not "Il a percuté le camion")."""
    chunk = text[start:end].strip()
    if not chunk:
        return False
    offset = start + (len(text[start:end]) - len(text[start:end].lstrip()))
    if any(p.start_char == offset and p.end_char == offset + len(chunk) for p in persons):
        return True
    first = _FIRST_WORD.match(chunk)
    if first is None or first.group(0).lower() not in _np_openers():
        return False
    span = doc.char_span(offset, offset + len(chunk), alignment_mode="expand")
    return span is not None and not any(
        t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in span)


def describes_previous(doc: Doc, text: str, s_start: int, s_end: int, f: Figure,
                       persons: list[Span]) -> bool:
    """Whether figure `f` ("un retraité") is an apposition between commas to the noun phrase
    before it."""
    if f.quantity.kind != INDEFINITE or f.head != GROUP:
        return False
    before = text[s_start:f.start]
    comma = _COMMA_BEFORE.search(before)
    if comma is None:
        return False
    boundary = max((m.end() for m in _CHUNK_BOUNDARY.finditer(before, 0, comma.start())),
                   default=0)
    chunk_start = s_start + boundary
    chunk_end = s_start + comma.start()
    words = text[chunk_start:chunk_end].split()
    if words and words[0].lower() in grammar_words(RELATIVE):  # "où Léa Morin, une …"
        chunk_start = text.index(words[0], chunk_start) + len(words[0])
    if chunk_end - chunk_start > MAX_DESCRIBED_CHARS:
        return False
    tail_end = text.find(",", f.head_end, min(s_end, f.head_end + MAX_APPOSITION_TAIL))
    # an apposition closes with its comma; a bracket closing first ends a list of victims
    # ("deux morts (une femme à Nice, un motard à Gap), …")
    if tail_end < 0 or _list_joiner().search(text, f.head_end, tail_end) \
            or ")" in text[f.head_end:tail_end]:
        return False
    return _is_noun_phrase(doc, text, chunk_start, chunk_end, persons)


def named_after(doc: Doc, text: str, s_end: int, f: Figure, persons: list[Span]) -> bool:
    """Whether figure `f` ("une retraitée de 80 ans") is the subject of its clause and
    followed by a person's name between commas, then the clause's verb ("…, Léa Morin, est
    décédée"): the victim is named, not counted. Not after a preposition ("Après la mort
    d'un manifestant, X, ministre, a promis …": X is the main clause's subject), not when a
    verb comes before the first comma ("Un policier a été blessé, Paul X, porte-parole, a
    dit …"), not for a place ("Un passant, place Bellecour, a été blessé")."""
    if f.quantity.kind != INDEFINITE or f.head != GROUP:
        return False
    figure = doc.char_span(f.start, f.head_end, alignment_mode="expand")
    if figure is None or (figure.start > 0 and doc[figure.start - 1].pos_ == "ADP"):
        return False
    comma = text.find(",", f.head_end, min(s_end, f.head_end + MAX_NAMED_TAIL))
    if comma < 0 or _CHUNK_BOUNDARY.search(text, f.head_end, comma):
        return False
    gap = doc.char_span(f.head_end, comma, alignment_mode="expand")
    if gap is not None and any(t.pos_ in ("VERB", "AUX") for t in gap):
        return False
    closing = text.find(",", comma + 1, s_end)
    if closing < 0 or not _verb_follows(doc, closing):
        return False
    chunk = text[comma + 1:closing].strip()
    offset = text.index(chunk, comma + 1) if chunk else -1
    if any(p.start_char == offset and p.end_char == offset + len(chunk) for p in persons):
        return True
    name = doc.char_span(offset, offset + len(chunk), alignment_mode="expand") if chunk else None
    # a name the entity layer missed: proper nouns only, none of them a place's
    return name is not None and _CAPITALISED_NAME.fullmatch(chunk) is not None \
        and all(t.pos_ == "PROPN" and t.ent_type_ not in ("LOC", "ORG") for t in name)


def _verb_follows(doc: Doc, comma_char: int) -> bool:
    """The first word after the comma at `comma_char` (past adverbs) is a verb or an
    auxiliary: the clause whose subject the figure is goes on."""
    comma = doc.char_span(comma_char, comma_char + 1, alignment_mode="expand")
    if comma is None:
        return False
    for tok in doc[comma.end:comma.end + 3]:
        if tok.pos_ != "ADV":
            return tok.pos_ in ("VERB", "AUX")
    return False
