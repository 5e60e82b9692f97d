"""Is an expression a word of a name? "le Journal du dimanche" (a newspaper), "la place du
1er-Mai" (a square): the entities layer found the organisation or the place, and the day is
the complement of its noun ("du", "de"); a day there dates nothing. A day the name merely
swallowed ("la préfecture de Lyon samedi") is still a date."""

from __future__ import annotations

from spacy.tokens import Doc

from newsextract.nlp.grammar_words import PREPOSITION_DE, grammar_words

ENTITY_SPAN_KEY = "entities"  # the entities layer's spans (an earlier pipeline stage)
# labels of names that may hold a day without being dated by it (organisations, places);
# a person's name holds none, and a MISC name is often an event the day does date
NAME_LABELS = frozenset({"ORG", "LOC"})


def name_spans(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) character offsets of the organisations and places the article names."""
    spans = doc.spans.get(ENTITY_SPAN_KEY, [])
    return [(s.start_char, s.end_char) for s in spans if s.label_ in NAME_LABELS]


def inside_a_name(text: str, start: int, end: int, names: list[tuple[int, int]]) -> bool:
    """Whether [start, end) completes the noun of a name that holds it, after "du"/"de"."""
    return any(s < start and end <= e and _after_de(text[s:start]) for s, e in names)


def _after_de(name_before: str) -> bool:
    words = name_before.lower().split()
    return bool(words) and words[-1] in grammar_words(PREPOSITION_DE)
