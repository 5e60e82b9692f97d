"""A selon phrase inside a smaller clause: a relative clause ("une taxe qui, selon X,
pénalise …", "ce qui selon X ressemble à …", "qui selon lui «ne suffira pas»") attests that
clause; between a participle and its object ("des élus ayant commis, selon lui, une faute")
it attests the participial clause, and "lui" is the subject of the clause above it.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsextract.nlp.grammar_words import FREE_RELATIVE_HEAD, grammar_words
from newsextract.nlp.quotes.candidates import trim
from newsextract.nlp.quotes.mentions import heads_above
from newsextract.nlp.quotes.selon_sources import (
    closes_relative,
    source_modifier_end,
)
from newsextract.nlp.quotes.speakable import speaker_subject
from newsextract.nlp.segment import QuotedSpan, Segmentation


def participle_before(doc: Doc, i: int) -> int | None:
    """ "des élus ayant commis, selon lui, une faute": the selon phrase at token `i` sits
    between a participle and its object; the token index where the participial phrase
    starts (its auxiliary "ayant"/"étant", or the participle), or None."""
    j = i - 1
    if j < 1 or doc[j].text != ",":
        return None
    verb = doc[j - 1]
    if verb.pos_ not in ("VERB", "AUX") or verb.morph.get("VerbForm") != ["Part"]:
        return None
    aux = [c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i]
    if any(a.morph.get("VerbForm") != ["Part"] for a in aux):
        return None  # "a commis, selon lui, …": a finite clause, not a participial one
    if not aux and not verb.dep_.startswith("acl"):
        return None
    return min(a.i for a in aux) if aux else verb.i


def participle_scope(doc: Doc, qt: Segmentation, i: int, s_end: int
                     ) -> tuple[int, int] | None:
    """Char range of the participial clause a medial selon phrase sits in, selon phrase
    included ("ayant commis, selon lui, une faute"), or None."""
    first = participle_before(doc, i)
    if first is None:
        return None
    span = trim(qt.text, doc[first].idx, s_end)
    return span if span[1] > span[0] else None


def governing_subject(doc: Doc, first: int) -> tuple[int, int] | None:
    """The subject of the nearest finite clause above the participle at token `first`
    that can speak ("Le député a réclamé une enquête sur des élus ayant commis, selon lui,
    …": "lui" is the député), or None."""
    start = doc[first].head if doc[first].dep_.startswith("aux") else doc[first]
    for tok in heads_above(start, MAX_GOVERNOR_CLIMB):
        if tok.pos_ in ("VERB", "AUX"):
            subject = speaker_subject(doc, tok)
            if subject is not None:
                return subject
    return None


# Heads climbed from a participle to the clause whose subject "selon lui" points to.
MAX_GOVERNOR_CLIMB = 6




def relative_clause_start(doc: Doc, src_end: int, limit: int) -> int:
    """First token of a relative clause's rest after its selon source (and the participle
    or comma closing the source)."""
    first = source_modifier_end(doc, src_end, limit)
    return first + 1 if first < limit and doc[first].text == "," else first


def quoted_relative(qt: Segmentation, doc: Doc, src_end: int, limit: int
                    ) -> QuotedSpan | None:
    """ "une étape qui selon lui «ne suffira pas»": the relative clause after the source is
    a quoted piece, the source's words (a direct record); the piece, or None."""
    first = relative_clause_start(doc, src_end, limit)
    if first >= limit or not doc[first].is_quote:
        return None
    return next((p for p in qt.pieces if p.outer_start == doc[first].idx), None)


def relative_statement(doc: Doc, qt: Segmentation, rel: int, src_end: int, limit: int
                       ) -> tuple[int, int] | None:
    """Char range of what a selon phrase inside a relative clause attributes: the
    clause, from after the source ("une taxe qui, selon X, pénalise les ménages" ->
    "pénalise les ménages") or, in a free relative, from "ce" with the selon phrase kept
    inside ("ce qui selon X ressemble à un aveu"), to the comma or dash closing it; None
    when the clause is in quotation marks (a direct quote)."""
    first = relative_clause_start(doc, src_end, limit)
    if first >= limit or qt.in_quote(doc[first].idx) or doc[first].is_quote:
        return None  # "ce qui selon X, «correspond à …»": a direct quote of X's, not a view
    end = next((k for k in range(first, limit) if closes_relative(doc, k)), limit)
    if end <= first:
        return None
    start = doc[first].idx
    if rel > 0 and doc[rel - 1].lower_ in grammar_words(FREE_RELATIVE_HEAD):
        start = doc[rel - 1].idx
    span = trim(qt.text, start, doc[end - 1].idx + len(doc[end - 1]))
    return span if span[1] > span[0] else None
