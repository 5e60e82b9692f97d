"""Punctuation classes every layer reads, written once.

Dashes: the hyphen-minus, the en dash and the em dash all set off an aside ("la décision
- et non l'avis - du maire") or join two names ("Lyon – Nantes") when spaced on both
sides; glued to words, the hyphen joins one compound ("centre-ville").
"""

from __future__ import annotations

from spacy.tokens import Doc

DASHES = frozenset({"-", "–", "—"})

# Marks that end a quoted sentence with no comma after which a lowercase word can only open
# the journalist's inserted cue ("«Quelle honte ! s'indigne X. Nous …»").
CUE_AFTER_MARKS = frozenset({"!", "?", "…", "..."})


def is_spaced_dash(doc: Doc, i: int) -> bool:
    """Token `i` is a dash with a space after it and one before it (or the Doc start)."""
    return doc[i].text in DASHES and bool(doc[i].whitespace_) \
        and (i == 0 or bool(doc[i - 1].whitespace_))
