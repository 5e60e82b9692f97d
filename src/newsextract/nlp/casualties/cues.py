"""Could this text hold a figure? Every figure needs a casualty word: a casualty noun, a
predicate, a trigger, a counted wound ("quatre mains arrachées"), or a form of a casualty
verb that the parse fallback reads. Text without any is skipped, which keeps the component
cheap. The filter is built from the same data files as the rules it guards, so it lets
through everything they can match; verbs carry a pattern of all their inflected forms
(casualties_verbs.tsv, column forms). Each regex is searched only when the text holds one of
its required factors (strings one of which every match contains, read from the regex by
nlp/regex_prefilter.py, shared with the dates layer), case folded since the cues ignore
case: substring tests are several times cheaper than the searches, and a regex whose
factors cannot be read is always searched."""

from __future__ import annotations

import re

from newsextract.nlp.casualties.categories import predicate_rows
from newsextract.nlp.casualties.lexicon import Lexicon
from newsextract.nlp.casualties.wounds import wound_patterns
from newsextract.nlp.number_words import words_alternation
from newsextract.nlp.regex_prefilter import may_match, present_factors, required_factors
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
            list(wound_patterns()),
        ) if patterns]
        self.factors = [_folded(required_factors(cue.pattern)) for cue in self.cues]
        self.every_factor = frozenset().union(*(f for f in self.factors if f is not None))

    def any_in(self, text: str, start: int, end: int) -> bool:
        """Whether text[start:end] holds any casualty word."""
        present = present_factors(text[start:end].casefold(), self.every_factor)
        return any(may_match(factors, present) and cue.search(text, start, end)
                   for factors, cue in zip(self.factors, self.cues))


def _folded(factors: frozenset[str] | None) -> frozenset[str] | None:
    """The factors case folded, as the text they are looked for in (the cues ignore case)."""
    return None if factors is None else frozenset(f.casefold() for f in factors)
