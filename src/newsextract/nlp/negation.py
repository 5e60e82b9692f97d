"""Negation words, one list for every layer (data/negation.tsv): each word with what it
negates, a reporting verb (quotes), a casualty figure (casualties) or a present that states
how things are now (dates)."""

from __future__ import annotations

import re
from functools import lru_cache

from newsextract.resources import words_of_class

VERB = "verb"
FIGURE = "figure"
PARTICLE = "particle"
STATE = "state"


def negation_words(scope: str) -> frozenset[str]:
    """The lowercase negation words of `scope` (VERB, FIGURE, PARTICLE or STATE)."""
    return words_of_class("negation.tsv", scope)


@lru_cache(maxsize=2)
def negation_pattern(scope: str) -> re.Pattern[str]:
    """A case-insensitive regex of the words of `scope` as whole words; an elided "n'" is
    matched before the word it is glued to."""
    words = sorted(negation_words(scope), key=len, reverse=True)
    alternatives = [re.escape(w) if w.endswith(("'", "’")) else rf"{re.escape(w)}\b"
                    for w in words]
    return re.compile(rf"\b(?:{'|'.join(alternatives)})", re.IGNORECASE)
