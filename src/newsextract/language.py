"""Language identification, so that a non-French article is marked, not mis-extracted.

py3langid gives the language; a check on French function words guards against its rare
mistakes on short or name-heavy French texts (the model is French-only, so a false "not
French" would silently drop an article's extractions).
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsextract.resources import read_lines

MIN_CHARS = 40  # below this, no decision: too short to tell
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@lru_cache(maxsize=1)
def french_function_words() -> frozenset[str]:
    """french_function_words.txt ("nous", "je", "les"), lowercase: one reading for the
    language check and the layers that need these words."""
    return frozenset(w.lower() for w in read_lines("french_function_words.txt"))


def french_word_ratio(text: str) -> float:
    words = [w.lower() for w in _WORD.findall(text[:5000])]
    if not words:
        return 0.0
    common = french_function_words()
    return sum(w in common for w in words) / len(words)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of `text`'s language, "fr" when French function words abound, or None
    when the text is too short to tell."""
    sample = text[:5000]
    if len(sample.strip()) < MIN_CHARS:
        return None
    if french_word_ratio(sample) >= 0.2:
        return "fr"
    import py3langid  # imported lazily: loading its model takes a moment

    code, _score = py3langid.classify(sample)
    return code


def is_foreign(text: str, language: str | None) -> bool:
    """True when `text` is confidently not French: another language detected AND few French
    function words (French quotes inside a foreign article, or names, don't make it French,
    but a French text misclassified by langid keeps its French words)."""
    return language not in (None, "fr") and french_word_ratio(text) < 0.08
