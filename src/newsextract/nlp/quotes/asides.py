"""Which tokens between a verb and its quoted complement form a closed dashed aside?

"a traité les élus - surtout ceux du conseil - de «…»", "dénoncent les banques – qu'ils
accusent de tout – et une «…»": an aside between two spaced dashes is an insertion the
verb's clause runs past, so a fragment's verb is looked for across it as if it were not
there.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newsextract.nlp.grammar_words import RELATIVE, grammar_words
from newsextract.nlp.quotes.lexicon import reporting_lemma

# Dashes that open and close an aside when spaced on both sides (" - … - ", " – … – ").
ASIDE_DASHES = frozenset({"-", "–", "—"})

# Most tokens inside one aside: an insertion is a phrase or a short clause; further apart,
# two dashes are more likely two separate uses (a score, a list of teams).
MAX_ASIDE_TOKENS = 16


def spaced_dash(doc: Doc, i: int) -> bool:
    """Token i is a dash standing alone between spaces ("X - Y"), not a hyphen."""
    tok = doc[i]
    return tok.text in ASIDE_DASHES and i > 0 and bool(tok.whitespace_) \
        and bool(doc[i - 1].whitespace_)


def closed_aside_tokens(doc: Doc, start: int, end: int) -> set[int]:
    """The tokens in [start, end) that belong to closed dashed asides, dashes included:
    two spaced dashes at most MAX_ASIDE_TOKENS apart, the words between them saying
    nothing of who speaks."""
    inside: set[int] = set()
    close = end - 1
    while close > start:
        if not spaced_dash(doc, close):
            close -= 1
            continue
        opener = next((k for k in range(close - 1, max(start, close - MAX_ASIDE_TOKENS - 1) - 1, -1)
                       if spaced_dash(doc, k)), None)
        if opener is None or close - opener < 2:
            close -= 1
            continue
        if not says_who_speaks(doc[opener + 1:close]):
            inside.update(range(opener, close + 1))
        close = opener - 1
    return inside


def says_who_speaks(words: Span) -> bool:
    """The aside holds a quote mark, or a reporting verb outside a relative clause of its
    own ("- a-t-il estimé -", "- comme le dit X -"): it may be the cue, and is no aside to
    pass over; "- que le maire juge utile -", "- auxquels ils croient -" describe a noun."""
    relative = False
    for t in words:
        relative = relative or t.lower_ in grammar_words(RELATIVE) \
            or t.morph.get("PronType") == ["Rel"]
        if t.is_quote or (not relative and reporting_lemma(t) is not None):
            return True
    return False
