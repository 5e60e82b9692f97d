"""How the quotes tests read the quotes of a Doc: one helper for every test module
(import it as `_quotes` where a module's tests call that name)."""

from __future__ import annotations

# The record fields after the words that most quotes tests compare.
KIND_AND_SPEAKER = ("kind", "speaker")


def quote_records(doc) -> list[dict]:
    """Every quote of `doc` in text order: its record (the span's `quote` extension) with
    its words as "text"."""
    return [dict(s._.quote, text=s.text) for s in doc.spans["quotes"]]


def quote_rows(doc, fields: tuple[str, ...] = KIND_AND_SPEAKER) -> list[tuple]:
    """Every quote of `doc` in text order as (words, *the record's `fields`):
    [("Nous partirons", "direct", "Paul Durand"), ...] by default."""
    return [(q["text"], *(q[f] for f in fields)) for q in quote_records(doc)]
