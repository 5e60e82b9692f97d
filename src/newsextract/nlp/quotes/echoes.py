"""Does this quote repeat words the article attributes elsewhere?

A headline or a subhead often quotes a few words of someone the body quotes in full
("«Pas de retour en arrière»" above a paragraph where the minister says «il n'y aura pas
de retour en arrière»); so does a lede, inside its sentence, before the body attributes
them ("le maire a cédé pour «calmer les esprits»" ... «calmer les esprits», a-t-il dit).
Such a piece has no cue of its own; QUOTES.md annotates it when the same words are
attributed in the body: it is the speaker of the quote it repeats.

The words need not come back as they were: a headline shortens and reorders
("«Tarifs injustes»" over "des tarifs que je trouve injustes"), a lede
inflects ("des «problèmes cardiaques sérieux»" before "un problème cardiaque qui paraît
sérieux"). A piece of a headline, a subhead or the lede also repeats a quote when the
lemmas of its content words come back close together in it (`lemma_echoes`).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right

from spacy.tokens import Doc, Span

from newsextract.layout import PARAGRAPH
from newsextract.nlp.extensions import blocks
from newsextract.nlp.grammar_words import CONTRACTED_DETERMINER, grammar_words
from newsextract.nlp.participants.lexicon import names_movement, quoted_movement_at, singular
from newsextract.nlp.quotes.candidates import Candidate, is_label
from newsextract.nlp.quotes.floor import in_subhead
from newsextract.nlp.quotes.lexicon import auxiliary_lemmas
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

# A piece repeats a quote by its lemmas when it has at least this many content words (one
# shared noun is a topic, not a repeated statement) ...
MIN_ECHO_LEMMAS = 2
# ... and this share of them comes back in the quote (all of two or three, three of four:
# a headline drops or swaps a word of a longer phrase) ...
ECHO_LEMMA_SHARE = 0.75
# ... within this many tokens (said together, not scattered over a long quote: "la
# gratuité des cantines de la ville sera complète" holds its two words 7 apart).
MAX_ECHO_SPREAD = 15
# Parts of speech of the content words compared; adverbs and auxiliaries are a quote's
# grammar ("ne", "pas", "très", "est"), no words of its own.
CONTENT_POS = frozenset({"NOUN", "PROPN", "ADJ", "VERB", "NUM"})
# The words of a movement name written without quotes: an emblem and its colour ("gilets
# jaunes"), the only shape names_movement recognises.
MOVEMENT_NAME_WORDS = 2

# The lede is the article's first sentences: a title line kept in the text is one, the
# summary sentence after it the other.
LEDE_SENTENCES = 2

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
                 inside_sentence: bool = False) -> tuple[tuple[int, int], ...] | None:
    """The (start, end) of the other quoted pieces of the article that piece `n` repeats,
    exact repeats first, or None.

    Exactly, as a run of words, when piece `n` opens its sentence (a headline, a subhead)
    or, when `inside_sentence` is allowed (a piece no other rule attributes), states
    something in at least `MIN_INNER_ECHO_WORDS` words, not as a noun after a determiner
    (a lede quoting a few words the body attributes: "a reculé pour «calmer les esprits»"
    ... "X a promis des mesures pour «calmer les esprits et rassurer»"; not "le budget du
    «pouvoir d'achat»"). By its lemmas (`lemma_echoes`) when it opens its sentence or
    stands in a subhead, or is a phrase of at least `MIN_INNER_ECHO_WORDS` words in the
    lede: "Un homme ayant des «problèmes cardiaques sérieux» …" ... "il avait «un
    problème cardiaque qui paraît sérieux», a dit le procureur"."""
    piece = qt.pieces[n]
    if is_label(qt.text, piece, labels):
        return None
    if qt.text[piece.outer_end:piece.outer_end + TOPIC_COLON_CHARS].lstrip().startswith(":"):
        return None  # "«Retraites» : le ministre …": a topic label, nobody's words
    words = _words(qt.text[piece.start:piece.end])
    if not MIN_ECHO_WORDS <= len(words) <= MAX_ECHO_WORDS:
        return None
    opening = opens_sentence(qt, piece.outer_start, block_start)
    found: list[tuple[int, int]] = []
    if opening or (inside_sentence and len(words) >= MIN_INNER_ECHO_WORDS
                   and states_something(doc, qt, piece)):
        found += _exact_echoes(qt, n, " " + " ".join(words) + " ")
    if opening or in_subhead(doc, piece.start) or (
            inside_sentence and len(words) >= MIN_INNER_ECHO_WORDS
            and in_lede(doc, qt, piece.start)
            and (after_indefinite(doc, qt, piece) or states_something(doc, qt, piece))):
        found += [echo for echo in lemma_echoes(doc, qt, n) if echo not in found]
    return tuple(found) or None


def after_indefinite(doc: Doc, qt: Segmentation, piece: QuotedSpan) -> bool:
    """The opening mark follows an indefinite article or a possessive: the quoted words
    describe something in the journalist's sentence ("ayant des «problèmes cardiaques
    sérieux»", "un «mépris total»"). A definite article refers to a thing known by that
    name ("la «journée du vélo»", "le «plan grand froid»"), and a bare preposition opens a
    charge or a name ("soupçonné de «vol avec violence»", "avec «les bonnets verts»", "le
    budget du «pouvoir d'achat»", whose contracted article is tagged as a preposition)."""
    mark = qt.token_at(piece.outer_start)
    if mark == 0 or doc[mark - 1].pos_ != "DET":
        return False
    det = doc[mark - 1].morph
    return det.get("Definite") == ["Ind"] or det.get("Poss") == ["Yes"]


def _exact_echoes(qt: Segmentation, n: int, key: str) -> list[tuple[int, int]]:
    """The other pieces (of another group) whose words hold `key` as a run."""
    piece = qt.pieces[n]
    return [(other.start, other.end)
            for k, (other, other_key) in enumerate(zip(qt.pieces, _piece_keys(qt)))
            if k != n and other.group != piece.group and key in other_key]


def in_lede(doc: Doc, qt: Segmentation, char: int) -> bool:
    """Character `char` lies in the first `LEDE_SENTENCES` sentences from the article's
    first paragraph, the lede that sums up what the body tells and quotes."""
    start = next((b[0] for b in blocks(doc) if b[2] == PARAGRAPH), None)
    if start is None:
        return False
    first = max(bisect_right(qt.sentence_starts, start) - 1, 0)
    return any(s <= char < e for s, e in qt.sentences[first:first + LEDE_SENTENCES])


def lemma_echoes(doc: Doc, qt: Segmentation, n: int) -> list[tuple[int, int]]:
    """The other pieces (of another group) in which the content words of piece `n` come
    back as lemmas, whatever their order and inflection: at least `MIN_ECHO_LEMMAS` of
    them, `ECHO_LEMMA_SHARE` found within `MAX_ECHO_SPREAD` tokens ("«Gratuité
    complète»" in "la gratuité des cantines sera complète")."""
    piece = qt.pieces[n]
    wanted = _distinct(_content_keys(doc, piece.start, piece.end))
    if len(wanted) < MIN_ECHO_LEMMAS:
        return []
    needed = math.ceil(ECHO_LEMMA_SHARE * len(wanted))
    return [(other.start, other.end) for k, other in enumerate(qt.pieces)
            if k != n and other.group != piece.group
            and _said_together(wanted, _piece_lemmas(doc, qt, k), needed)]


def _said_together(wanted: list[frozenset[str]], said: list[tuple[int, frozenset[str]]],
                   needed: int) -> bool:
    """At least `needed` of the `wanted` words (each a set of its forms) among the
    (token index, forms) of `said`, all within `MAX_ECHO_SPREAD` tokens."""
    hits = [(i, w) for i, forms in said for w, word in enumerate(wanted) if forms & word]
    return any(len({w for i, w in hits if first <= i < first + MAX_ECHO_SPREAD}) >= needed
               for first, _ in hits)


def _distinct(keys: list[tuple[int, frozenset[str]]]) -> list[frozenset[str]]:
    """The forms of each content word once ("la sécurité, toute la sécurité": one)."""
    out: list[frozenset[str]] = []
    for _, forms in keys:
        if not any(forms & seen for seen in out):
            out.append(forms)
    return out


def _content_keys(doc: Doc, start: int, end: int) -> list[tuple[int, frozenset[str]]]:
    """(token index, forms) of the content words between chars `start` and `end`: the
    lemma, the word and the word without a plural ending, lowercase (the tagger may read
    "totale" as a noun in one place and an adjective in another, or miss a lemma)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    out = []
    movement = _movement_tokens(span)
    for tok in span:
        if tok.pos_ not in CONTENT_POS or tok.lemma_.lower() in auxiliary_lemmas() \
                or not tok.is_alpha or tok.i in movement:
            continue
        low = tok.lower_
        out.append((tok.i, frozenset({tok.lemma_.lower(), low, singular(low)})))
    return out


def _movement_tokens(span: Span) -> set[int]:
    """Token indices of the movement names in `span` ("gilets jaunes", "bonnets-rouges"):
    a label every speaker of the article uses, which tells nothing of who said the words
    around it ("un «collectif bonnets rouges»" is a name, not an echo of a quote that
    names the movement)."""
    out: set[int] = set()
    for tok in span:
        if tok.i not in out and names_movement(tok):
            end = quoted_movement_at(tok.doc, tok.i)
            out.update(range(tok.i, end[1] if end is not None else tok.i + MOVEMENT_NAME_WORDS))
    return out


def _piece_lemmas(doc: Doc, qt: Segmentation, k: int) -> list[tuple[int, frozenset[str]]]:
    """The content keys of piece `k`, computed once per article."""
    memo = qt.memo.setdefault("echo_lemmas", {})
    assert isinstance(memo, dict)
    if k not in memo:
        memo[k] = _content_keys(doc, qt.pieces[k].start, qt.pieces[k].end)
    return memo[k]


def _piece_keys(qt: Segmentation) -> list[str]:
    """The words of every quoted piece, space-joined, computed once per article."""
    keys = qt.memo.get("echo_keys")
    if keys is None:
        keys = qt.memo["echo_keys"] = [" " + " ".join(_words(qt.text[p.start:p.end])) + " "
                                       for p in qt.pieces]
    return keys  # type: ignore[return-value]


def echo_speaker(cand: Candidate, resolved: list[tuple[Candidate, Speaker]]
                 ) -> Speaker | None:
    """The speaker of the first record that holds words `cand` repeats."""
    for echo_start, _ in cand.echo or ():
        for other, speaker in resolved:
            if other is not cand and speaker.name is not None \
                    and other.start <= echo_start < other.end:
                return Speaker(speaker.name, speaker.label, None, None)
    return None
