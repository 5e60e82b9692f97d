"""The forms of the auxiliaries "avoir" and "être", one list for every layer
(data/auxiliaries.tsv): a form with its lemma and kind (finite, infinitive, past or present
participle)."""

from __future__ import annotations

import re
from functools import lru_cache

from newsextract.resources import read_tsv

AVOIR, ETRE = "avoir", "être"
FINITE, INFINITIVE = "finite", "infinitive"
PAST_PARTICIPLE, PRESENT_PARTICIPLE = "past_participle", "present_participle"
ALL_KINDS = (FINITE, INFINITIVE, PAST_PARTICIPLE, PRESENT_PARTICIPLE)


@lru_cache(maxsize=16)
def auxiliary_forms(lemmas: tuple[str, ...] = (AVOIR, ETRE),
                    kinds: tuple[str, ...] = ALL_KINDS) -> frozenset[str]:
    """The lowercase forms of `lemmas` whose kind is one of `kinds`."""
    return frozenset(row[0].lower() for row in read_tsv("auxiliaries.tsv")
                     if len(row) > 2 and row[1] in lemmas and row[2] in kinds)


@lru_cache(maxsize=16)
def auxiliary_alternation(lemmas: tuple[str, ...] = (AVOIR, ETRE),
                          kinds: tuple[str, ...] = ALL_KINDS) -> str:
    """A regex group matching one of those forms as a whole word (longest first), to be
    embedded in a layer's pattern: ``rf"\\s+{auxiliary_alternation(...)}"``."""
    forms = sorted(auxiliary_forms(lemmas, kinds), key=len, reverse=True)
    return rf"\b(?:{'|'.join(re.escape(f) for f in forms)})\b"
