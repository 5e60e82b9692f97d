"""Does this quote repeat words the article attributes elsewhere?

A headline or a subhead often quotes a few words of someone the body quotes in full
("«Pas de retour en arrière»" above a paragraph where the minister says «il n'y aura pas
de retour en arrière»); so does a lede, inside its sentence, before the body attributes
them ("le maire a cédé pour «calmer les esprits»" ... «calmer les esprits», a-t-il dit).
Such a piece has no cue of its own; QUOTES.md annotates it when the same words are
attributed in the body: it is the speaker of the quote it repeats.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsextract.nlp.grammar_words import CONTRACTED_DETERMINER, grammar_words
from newsextract.nlp.quotes.candidates import Candidate, is_label
from newsextract.nlp.quotes.speaker_context import Speaker
from newsextract.nlp.segment import QuotedSpan, Segmentation

# A headline or subhead quote has at least this many words (one quoted word repeated
# elsewhere is a term, not a repeated statement) ...
MIN_ECHO_WORDS = 2
# ... and at most this many (a longer quote with no cue is a statement of its own).
MAX_ECHO_WORDS = 12
# A piece inside a sentence ("le gouvernement a reculé pour «calmer les esprits»") repeats
# a statement only with at least this many words, and a verb (`states_something`): a
# quoted noun phrase ("pour «port d'arme»", "«pouvoir d'achat»") is a term or a charge the
# article's speakers share more often than one speaker's words.
MIN_INNER_ECHO_WORDS = 3

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


def states_something(doc: Doc, qt: Segmentation, piece: QuotedSpan) -> bool:
    """The quoted words hold a verb ("pour «calmer les esprits»"), not only a noun phrase
    ("pour «tentative d'agression»"), and no determiner before the opening mark makes
    them a noun ("le budget du «pouvoir d'achat»")."""
    span = doc.char_span(piece.start, piece.end, alignment_mode="expand")
    mark = qt.token_at(piece.outer_start)
    return span is not None and any(t.pos_ == "VERB" for t in span) \
        and not (mark > 0 and (doc[mark - 1].pos_ == "DET"
                               or doc[mark - 1].lower_ in grammar_words(CONTRACTED_DETERMINER)))


def echoed_piece(doc: Doc, qt: Segmentation, n: int, labels: set[str], block_start: int,
                 inside_sentence: bool = False) -> tuple[int, int] | None:
    """The (start, end) of another quoted piece of the article whose words contain the
    words of piece `n` as a run, when piece `n` opens its sentence (a headline, a
    subhead) or, when `inside_sentence` is allowed (a piece no other rule attributes),
    states something in at least `MIN_INNER_ECHO_WORDS` words, not as a noun after a
    determiner (a lede quoting a few words the body attributes: "a reculé pour «calmer
    les esprits»" ... "X a promis des mesures pour «calmer les esprits et rassurer»";
    not "le budget du «pouvoir d'achat»"); None otherwise."""
    piece = qt.pieces[n]
    if is_label(qt.text, piece, labels):
        return None
    opening = opens_sentence(qt, piece.outer_start, block_start)
    if not opening and not (inside_sentence and states_something(doc, qt, piece)):
        return None
    if qt.text[piece.outer_end:piece.outer_end + TOPIC_COLON_CHARS].lstrip().startswith(":"):
        return None  # "«Retraites» : le ministre …": a topic label, nobody's words
    words = _words(qt.text[piece.start:piece.end])
    least = MIN_ECHO_WORDS if opening else MIN_INNER_ECHO_WORDS
    if not least <= len(words) <= MAX_ECHO_WORDS:
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
