"""Where sentences end inside a block: the layer's own splitter, which also cuts
"blessés.Sept" (no space) but not after an initial or an abbreviation."""

from __future__ import annotations

import re

from newsextract.nlp.casualties.lexicon import WS

_SENTENCE_END = re.compile(rf"[.!?…]+[»\"”)]*(?:{WS}+|(?=[A-ZÀ-ÖØ-Ý«\"“]))")
_OPENING_QUOTES = "«\"“"


def sentences(text: str, start: int, end: int, abbreviations: frozenset[str]
              ) -> list[tuple[int, int]]:
    """Sentence bounds inside [start, end): a cut after . ! ? … followed by a capital or a digit,
    also without a space ("blessés.Sept"), but not after an initial or abbreviation."""
    out, begin = [], start
    for m in _SENTENCE_END.finditer(text, start, end):
        before = text[begin:m.start()].split()
        last = before[-1] if before else ""
        if len(last) == 1 and last.isupper() or last in abbreviations:
            continue
        # a sentence starts with a capital, an opening quote or a number ("… évacués. 13 blessés")
        if m.end() < end and not text[m.end()].isupper() and not text[m.end()].isdigit() \
                and text[m.end()] not in _OPENING_QUOTES:
            continue
        out.append((begin, m.end()))
        begin = m.end()
    if begin < end:
        out.append((begin, end))
    return out
