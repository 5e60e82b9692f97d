"""Does this quote repeat words the article attributes elsewhere?

A headline or a subhead often quotes a few words of someone the body quotes in full
("«Pas de retour en arrière»" above a paragraph where the minister says «il n'y aura pas
de retour en arrière»). Such a piece has no cue of its own; QUOTES.md annotates it when
the same words are attributed in the body: it is the speaker of the quote it repeats.
"""

from __future__ import annotations

import re

from newsextract.nlp.quotes.candidates import Candidate, is_label
from newsextract.nlp.quotes.speakers import Speaker
from newsextract.nlp.segment import Segmentation

# A headline or subhead quote has at least this many words (one quoted word repeated
# elsewhere is a term, not a repeated statement) ...
MIN_ECHO_WORDS = 2
# ... and at most this many (a longer quote with no cue is a statement of its own).
MAX_ECHO_WORDS = 12

# Characters after the closing mark read for the colon of a headline topic label.
TOPIC_COLON_CHARS = 3

_WORD = re.compile(r"\w+")
# Punctuation that ends the sentence before a piece that opens its own sentence.
_SENTENCE_END = ".!?…"


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def opens_sentence(qt: Segmentation, start: int, block_start: int) -> bool:
    """Nothing but spaces since the block start or a sentence end before the mark."""
    before = qt.text[block_start:start].rstrip(" \t\n\xa0\u202f")
    return not before or before[-1] in _SENTENCE_END


def echoed_piece(qt: Segmentation, n: int, labels: set[str], block_start: int
                 ) -> tuple[int, int] | None:
    """The (start, end) of another quoted piece of the article whose words contain the
    words of piece `n` as a run, when piece `n` opens its sentence (a headline, a
    subhead); None otherwise."""
    piece = qt.pieces[n]
    if is_label(qt.text, piece, labels) or not opens_sentence(qt, piece.outer_start,
                                                               block_start):
        return None
    if qt.text[piece.outer_end:piece.outer_end + TOPIC_COLON_CHARS].lstrip().startswith(":"):
        return None  # "«Retraites» : le ministre …": a topic label, nobody's words
    words = _words(qt.text[piece.start:piece.end])
    if not MIN_ECHO_WORDS <= len(words) <= MAX_ECHO_WORDS:
        return None
    key = " " + " ".join(words) + " "
    for k, (other, other_key) in enumerate(zip(qt.pieces, _piece_keys(qt))):
        if k == n or other.group == piece.group:
            continue
        if key in other_key:
            return other.start, other.end
    return None


def _piece_keys(qt: Segmentation) -> list[str]:
    """The words of every quoted piece, space-joined, computed once per article."""
    keys = qt.memo.get("echo_keys")
    if keys is None:
        keys = qt.memo["echo_keys"] = [" " + " ".join(_words(qt.text[p.start:p.end])) + " "
                                       for p in qt.pieces]
    return keys  # type: ignore[return-value]


def echo_speaker(cand: Candidate, resolved: list[tuple[Candidate, Speaker]]
                 ) -> Speaker | None:
    """The speaker of the record that holds the words `cand` repeats."""
    if cand.echo is None:
        return None
    for other, speaker in resolved:
        if other is not cand and speaker.name is not None \
                and other.start <= cand.echo[0] < other.end:
            return Speaker(speaker.name, speaker.label, None, None)
    return None
