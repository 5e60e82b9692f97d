"""Could this text hold a figure? Every figure needs a casualty word: a casualty noun, a
predicate, a trigger, or a form of a casualty verb that the parse fallback reads. Text
without any is skipped, which keeps the component cheap. The filter is built from the same
data files as the rules it guards, so it lets through everything they can match; verbs
carry a pattern of all their inflected forms (casualties_verbs.tsv, column forms)."""

from __future__ import annotations

import re

from newsextract.nlp.casualties.categories import predicate_rows
from newsextract.nlp.casualties.lexicon import Lexicon
from newsextract.nlp.number_words import words_alternation
from newsextract.resources import read_tsv


class CueFilter:
    """One regex per kind of cue, cheapest first: a single alternation of all of them
    scanned twice as slowly (Python's re tries every branch at every position)."""

    def __init__(self, lex: Lexicon) -> None:
        verb_forms = [forms for _lemma, _cat, _voice, forms in read_tsv("casualties_verbs.tsv")]
        self.cues = [re.compile("|".join(patterns), re.IGNORECASE) for patterns in (
            [rf"\b(?:{'|'.join(verb_forms)})"] if verb_forms else [],
            [rf"\b(?:{words_alternation(lex.casualty_nouns)})\b"],
            [rf"\b(?:{p})" for p, *_ in predicate_rows()],
            [p for p, _ in read_tsv("casualties_triggers.tsv")],
        ) if patterns]

    def any_in(self, text: str, start: int, end: int) -> bool:
        """Whether text[start:end] holds any casualty word."""
        return any(cue.search(text, start, end) for cue in self.cues)
