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


# The guillemet that only closes, and the curly marks: "”" closes a “…” quotation but opens
# one in texts that write ”…” (or „…”).
GUILLEMET_CLOSE = "»"
CURLY_OPEN, CURLY_CLOSE = "“", "”"
# Tokens searched back for the “ a ” closes: a quotation glued to the next word is short.
CURLY_PAIR_WINDOW = 30


def closes_a_quote(doc: Doc, i: int) -> bool:
    """Token `i` closes a quotation: "»", or "”" after an opening “ that no ” closed yet."""
    text = doc[i].text
    if text == GUILLEMET_CLOSE:
        return True
    if text != CURLY_CLOSE:
        return False
    for j in range(i - 1, max(i - CURLY_PAIR_WINDOW - 1, -1), -1):
        if doc[j].text in (CURLY_OPEN, CURLY_CLOSE):
            return doc[j].text == CURLY_OPEN
    return False
