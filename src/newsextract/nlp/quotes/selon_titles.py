"""A selon source written as a title in quotation marks: "Selon «Le Parisien», …", "selon
le «Times»", "d'après le \"Courrier picard\"": the newspaper, site or collective named
inside the marks is the source, and the phrase ends after the closing mark."""

from __future__ import annotations

from spacy.tokens import Doc

from newsextract.nlp.quotes.lexicon import finite_verb
from newsextract.nlp.segment import Segmentation

# A title is a short name: longer quoted pieces after "selon" are someone's words.
MAX_TITLE_TOKENS = 5


def quoted_title_source(doc: Doc, qt: Segmentation, k: int, limit: int
                        ) -> tuple[tuple[int, int], int] | None:
    """((first, end) tokens of the title inside the marks, token after the closing mark)
    when the selon cue's source, starting at token `k` (after an optional determiner), is a
    quoted title: a short piece opening with a capital and holding no finite verb."""
    while k < limit and (doc[k].pos_ == "DET" or doc[k].is_space):
        k += 1
    if k >= limit:
        return None
    piece = next((p for p in qt.pieces_opening_in(doc[k].idx, doc[k].idx + 1) if p.closed),
                 None)
    if piece is None or piece.end <= piece.start or not qt.text[piece.start].isupper():
        return None
    first, end = qt.token_at(piece.start), qt.token_at(piece.end)
    words = [t for t in doc[first:end] if not t.is_space]
    if not words or len(words) > MAX_TITLE_TOKENS or any(finite_verb(t) for t in words):
        return None
    after = qt.token_at(piece.outer_end)  # the token right after the closing mark
    if after < limit and not doc[after].is_punct:
        return None  # "selon le «Times» de Londres": the phrase goes on past the title
    return (first, end), min(after, limit)
