"""One quote-aware segmentation per article: quoted pieces, sentences, char <-> token.

Computed once per Doc by `segmentation(doc)` and kept as plain values in
``doc._.ne_segments`` (``{"quoted": [[open_char, close_char, start, end, block, group],
...], "sentences": [[start_char, end_char], ...]}``), so that every layer reads the same
sentences and the same quotes:

- quotation marks are paired by a text pass over each layout block (`pair_quote_marks`,
  never the parse, never failing on stray marks; see below);
- sentences are cut after . ! ? … outside quotation marks and at block ends, never after an
  abbreviated title or an initial ("M.", "J."): spaCy's splits inside «…» or right after a
  closing mark would separate a quote from its attribution.

Pairing of the marks, walking each block character by character with a stack of open marks:

- « » “ ” (and mismatched “…») pair like brackets; a closer closes the innermost opener.
  An opener glued to the word before it and followed by a space ("rouges« arrivent")
  is a typo for a closer when a quote is open.
- A straight ``"`` opens when it follows a space, the start of the block, an apostrophe or
  an opening bracket, and closes the innermost open mark otherwise.
- Marks nested inside an open quote stay inside it: only top-level pairs are quotes.
- An unclosed mark runs to the end of its block at most. When the next block starts with a
  new opener (the press convention of reopening « at each paragraph) or closes the quote
  before opening any, the pieces form one multi-paragraph quote (same ``group``).
- A closer with nothing open at the start of a block that does not continue a quote is a
  quote with a lost opening mark, from the block start.

Offsets are Python ``str`` indices into the original text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, fields
from functools import cached_property, lru_cache

from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc

from newsextract.nlp.extensions import blocks, register_extensions
from newsextract.nlp.sentence_starts import after_spaced_subhead
from newsextract.resources import read_json, read_lines

# How many characters before a dot are read for the abbreviation or initial it may end.
ABBREVIATION_CHARS = 5
# Characters after a closing mark read for the capital that opens a new sentence.
SENTENCE_LOOKAHEAD = 3


@dataclass(frozen=True)
class Marks:
    openers: frozenset[str]
    closers: frozenset[str]
    straight: frozenset[str]
    space: str
    final_drop: tuple[str, ...]

    @cached_property
    def all_marks(self) -> frozenset[str]:
        return self.openers | self.closers | self.straight

    @cached_property
    def may_open(self) -> frozenset[str]:
        """Marks that can open a quote: the openers and the straight marks."""
        return self.openers | self.straight

    @cached_property
    def may_close(self) -> frozenset[str]:
        """Marks that can close a quote: the closers and the straight marks."""
        return self.closers | self.straight

    @cached_property
    def any_mark(self) -> re.Pattern[str]:
        """One character of any kind of mark: the pairing passes jump from mark to mark
        instead of testing every character of the text in Python."""
        chars = sorted(c for c in self.openers | self.closers | self.straight if len(c) == 1)
        return re.compile(f"[{re.escape(''.join(chars))}]")


@dataclass(frozen=True)
class QuotedSpan:
    """One top-level quoted piece of a block."""

    open_char: int | None  # offset of the opening mark (None: lost or carried over)
    close_char: int | None  # offset of the closing mark (None: runs to the block end)
    start: int  # content start, padding excluded
    end: int  # content end, padding and a final "." or "," excluded
    block: int  # index of the block in the block list
    group: int  # pieces of one multi-paragraph quote share their group

    @property
    def outer_start(self) -> int:
        return self.open_char if self.open_char is not None else self.start

    @property
    def outer_end(self) -> int:
        return self.close_char + 1 if self.close_char is not None else self.end

    @property
    def closed(self) -> bool:
        return self.close_char is not None


def piece_row(piece: QuotedSpan) -> list:
    """The piece as the plain list stored in ``doc._.ne_segments`` (what `astuple` gives,
    without its deep copy of every field: ints and None only)."""
    return [getattr(piece, f.name) for f in fields(piece)]


@lru_cache(maxsize=1)
def load_marks() -> Marks:
    data = read_json("quotes_marks.json")
    return Marks(frozenset(data["openers"]), frozenset(data["closers"]),
                 frozenset(data["straight"]), "".join(data["space"]),
                 tuple(data["final_drop"]))


def content_bounds(text: str, start: int, end: int, marks: Marks) -> tuple[int, int]:
    """[start, end) without the space padding and one final "." or "," ("..." stays)."""
    while start < end and text[start] in marks.space:
        start += 1
    while end > start and text[end - 1] in marks.space:
        end -= 1
    if end > start and text[end - 1] in marks.final_drop and text[end - 2:end] != "..":
        end -= 1
        while end > start and text[end - 1] in marks.space:
            end -= 1
    return start, end


def _opens_straight(text: str, i: int, block_start: int) -> bool:
    """A straight mark opens after a space, an apostrophe, a bracket or the block start."""
    if i == block_start:
        return True
    prev = text[i - 1]
    return prev.isspace() or prev in "'’([{-–—/:;" or prev in load_marks().openers


def _first_mark(text: str, start: int, end: int, marks: Marks) -> tuple[int, str] | None:
    """(offset, "open"|"close") of the first quotation mark in [start, end)."""
    for found in marks.any_mark.finditer(text, start, end):
        i, c = found.start(), found.group()
        if c in marks.openers:
            return i, "open"
        if c in marks.closers:
            return i, "close"
        if c in marks.straight and not _markup_quote(text, i):
            return i, "open" if _opens_straight(text, i, start) else "close"
    return None


# An HTML attribute after a straight mark: "\" frameborder=\"0\">" left by a scraped embed.
_ATTRIBUTE_AFTER = re.compile(r"\s*[a-z-]+=")


def _markup_quote(text: str, i: int) -> bool:
    """The straight mark at `i` belongs to scraped HTML, not to a quote: it follows "=",
    comes before ">" or before an attribute ("\" frameborder=\"0\" style=\"…\">")."""
    return (i > 0 and text[i - 1] == "=") or text[i + 1:i + 2] == ">" \
        or _ATTRIBUTE_AFTER.match(text, i + 1) is not None


def pair_quote_marks(text: str, blocks: list[list]) -> list[QuotedSpan]:
    """Top-level quoted pieces of `text`, in text order, one list for all blocks.

    `blocks` are layout blocks ``[start, end, kind]``; pieces never cross a block.
    """
    marks = load_marks()
    out: list[QuotedSpan] = []
    carried: int | None = None  # group of a quote left open by the previous block
    group = 0
    for b, (b_start, b_end, _kind) in enumerate(blocks):
        pos = b_start
        if carried is not None:
            first = _first_mark(text, b_start, b_end, marks)
            if first is not None and first[1] == "close":
                # The quote goes on in this block and ends at this closer.
                s, e = content_bounds(text, b_start, first[0], marks)
                if e > s:
                    out.append(QuotedSpan(None, first[0], s, e, b, carried))
                pos = first[0] + 1
                carried = None
            elif first is None and _closes_next(text, blocks, b + 1, marks):
                # A whole paragraph of quoted words between an unclosed opener and a closer.
                s, e = content_bounds(text, b_start, b_end, marks)
                if e > s:
                    out.append(QuotedSpan(None, None, s, e, b, carried))
                continue
        pieces, left_open = _pair_block(text, pos, b_end, b, marks, group + 1,
                                        lost_opener_ok=(pos == b_start and carried is None))
        if carried is not None and pieces and pieces[0].open_char is not None \
                and not text[b_start:pieces[0].open_char].strip():
            # The block reopens the carried quote with a new opener: same quote.
            pieces[0] = QuotedSpan(pieces[0].open_char, pieces[0].close_char, pieces[0].start,
                                   pieces[0].end, b, carried)
        out.extend(pieces)
        group = max([group] + [p.group for p in pieces])
        carried = pieces[-1].group if left_open and pieces else None
    return out


def _closes_next(text: str, blocks: list[list], b: int, marks: Marks) -> bool:
    """True when block `b` exists and its first quotation mark is a closer."""
    if b >= len(blocks):
        return False
    first = _first_mark(text, blocks[b][0], blocks[b][1], marks)
    return first is not None and first[1] == "close"


def _pair_block(text: str, start: int, end: int, block: int, marks: Marks, group: int,
                lost_opener_ok: bool) -> tuple[list[QuotedSpan], bool]:
    """Top-level pieces of [start, end) and whether the last one is left open."""
    pieces: list[QuotedSpan] = []
    stack: list[tuple[int, bool]] = []  # (offset, is_straight)
    reversed_openers, reversed_closers = _reversed_pairs(text, start, end)
    for found in marks.any_mark.finditer(text, start, end):  # other characters change nothing
        i, c = found.start(), found.group()
        if i in reversed_openers:  # »…« (reversed guillemets): this » opens
            if stack and not any(ch.isalnum() for ch in text[stack[-1][0] + 1:i]):
                stack.pop()  # a stray opener with no words after it ("«; »Tous …«")
            stack.append((i, False))
        elif c in marks.openers and i not in reversed_closers \
                and not (stack and _glued_closer(text, i, end)):
            stack.append((i, False))
        elif c in marks.closers or c in marks.openers:
            if not stack:
                if lost_opener_ok and not pieces:
                    s, e = content_bounds(text, start, i, marks)
                    if e > s:
                        pieces.append(QuotedSpan(None, i, s, e, block, group))
                        group += 1
                continue
            # Close the innermost typographic opener (straight ones left open inside die).
            while len(stack) > 1 and stack[-1][1]:
                stack.pop()
            opened, _ = stack.pop()
            if not stack:
                pieces.append(_piece(text, opened, i, block, group, marks))
                group += 1
        elif c in marks.straight and _markup_quote(text, i):
            continue  # scraped HTML ("\" frameborder=\"0\">"): no quotation mark
        elif c in marks.straight:
            if stack and stack[-1][1]:
                opened, _ = stack.pop()
                if not stack:
                    pieces.append(_piece(text, opened, i, block, group, marks))
                    group += 1
            elif _opens_straight(text, i, start) or not stack:
                stack.append((i, True))
            else:  # a straight mark closing a typographic one (mismatched pair)
                opened, _ = stack.pop()
                if not stack:
                    pieces.append(_piece(text, opened, i, block, group, marks))
                    group += 1
    if stack:
        opened = stack[0][0]
        s, e = content_bounds(text, opened + 1, end, marks)
        if e > s:
            pieces.append(QuotedSpan(opened, None, s, e, block, group))
            return pieces, True
    return pieces, False


def _glued_closer(text: str, i: int, end: int) -> bool:
    """An opening mark glued to the word before it and followed by a space or punctuation
    ("les «bonnets rouges« arrivent"): a typo for the closing mark of the open quote."""
    return i > 0 and text[i - 1].isalnum() and (i + 1 >= end or text[i + 1].isspace()
                                                or text[i + 1] in ",.;:!?)")


# Reversed guillemets of some wire copy ("il chante »Contre la hausse…« sur un air de …",
# "aux »gilets jaunes« aux cris de …"): a » glued to the word after it and not to the one
# before it (a plain space, the block start or punctuation before it: a no-break space
# before it is a closer's padding), then a « glued to the word before it and followed by a
# plain space, punctuation or the block end (no-break space after it: an opener's padding).
_REVERSED_PAIR = re.compile(r"(?<![\w\u00a0\u202f\u2009])»(?=[\w'’(-])[^«»\n]{1,600}?"
                            r"(?<=[\w.!?…)'’\"])«(?![\w\u00a0\u202f\u2009])")


def _reversed_pairs(text: str, start: int, end: int) -> tuple[frozenset[int], frozenset[int]]:
    """Offsets of the » that open and the « that close reversed pairs in [start, end)."""
    found = list(_REVERSED_PAIR.finditer(text, start, end))
    return (frozenset(m.start() for m in found), frozenset(m.end() - 1 for m in found))


def _piece(text: str, opened: int, closed: int, block: int, group: int,
           marks: Marks) -> QuotedSpan:
    s, e = content_bounds(text, opened + 1, closed, marks)
    return QuotedSpan(opened, closed, s, max(s, e), block, group)


_SENTENCE_END = re.compile(r"[.!?…]+(?=\s|[«“\"A-ZÀ-Ý])")


class Segmentation:
    """The quoted pieces and quote-aware sentences of one Doc, with char <-> token lookups."""

    def __init__(self, doc: Doc, text: str, pieces: list[QuotedSpan],
                 sentences: list[tuple[int, int]]) -> None:
        self.doc = doc
        self.text = text
        self.starts = doc.to_array(IDX).tolist() if len(doc) else []
        # where each token ends, read off the arrays once: `token_at` is asked tens of times
        # per sentence and would otherwise build a Token object for each question
        self.ends = [start + length for start, length in
                     zip(self.starts, doc.to_array(LENGTH).tolist())] if len(doc) else []
        self.pieces = pieces
        self.inside = [(p.outer_start, p.outer_end) for p in pieces]
        self.inside_starts = [s for s, _ in self.inside]
        self.sentences = sentences
        self.sentence_starts = [s for s, _ in self.sentences]
        # values a layer derives from the segmentation once per article (by the layer's key)
        self.memo: dict[str, object] = {}

    def token_at(self, char: int) -> int:
        """Index of the token containing or following `char`."""
        i = bisect_right(self.starts, char) - 1
        if i < 0:
            return 0
        return i if char < self.ends[i] else min(i + 1, len(self.ends))

    def sentence(self, char: int) -> tuple[int, int]:
        i = bisect_right(self.sentence_starts, char) - 1
        return self.sentences[max(i, 0)]

    def pieces_opening_in(self, start_char: int, end_char: int) -> list[QuotedSpan]:
        """The quoted pieces whose outer start lies in [start_char, end_char), in text order:
        a bisection on the starts, where rules asked it of every piece for every comma or
        sentence."""
        return self.pieces[bisect_left(self.inside_starts, start_char):
                           bisect_left(self.inside_starts, end_char)]

    def in_quote(self, char: int) -> bool:
        i = bisect_right(self.inside_starts, char) - 1
        return i >= 0 and char < self.inside[i][1]


def quote_aware_sentences(text: str, block_list: list[list], quoted: list[tuple[int, int]],
                          starts: tuple[int, ...] = ()) -> list[tuple[int, int]]:
    """Sentences as char ranges: cut after . ! ? … outside quotation marks, at blocks, and
    at `starts` outside quotation marks (sentences after a subhead that lost its line
    break, `sentence_starts.after_spaced_subhead`)."""
    qstarts = [s for s, _ in quoted]

    def inside(pos: int) -> bool:
        i = bisect_right(qstarts, pos) - 1
        return i >= 0 and pos < quoted[i][1] - 1

    out: list[tuple[int, int]] = []
    for b_start, b_end, _ in block_list:
        start = b_start
        cuts = [m.end() for m in _SENTENCE_END.finditer(text, b_start, b_end)
                if not inside(m.start()) and not _is_abbreviation(text, m.start())]
        cuts += [end for q_start, end in quoted if b_start < end < b_end and (
            _closes_sentence(text, end) or _glued_subhead(text, b_start, q_start, end)
            or _capital_glued_after(text, end))]
        cuts += [c for c in starts if b_start < c < b_end and not inside(c)]
        for cut in sorted(set(cuts)):
            if cut <= start:
                continue
            out.append((start, cut))
            start = cut
            while start < b_end and text[start].isspace():
                start += 1
        if start < b_end:
            out.append((start, b_end))
    return out or [(0, len(text))]


def _closes_sentence(text: str, quote_end: int) -> bool:
    """A quote whose words end a sentence («… à demain.») followed by a capital or a new
    quote: the next sentence starts after the closing mark ("«….» Paul X ajoute : «…»")."""
    before = text[max(0, quote_end - 1 - SENTENCE_LOOKAHEAD):quote_end - 1].rstrip()
    after = text[quote_end:quote_end + SENTENCE_LOOKAHEAD].lstrip()
    return before[-1:] in (".", "!", "?", "…") and after[:1] != "" \
        and (after[:1].isupper() or after[:1] in "«“")


def _capital_glued_after(text: str, quote_end: int) -> bool:
    """A closing mark glued to a capitalised word ("… pour éviter la «casse»Mais le maire
    a …"): the sentence lost its final stop and its line break; the next one starts
    there."""
    return quote_end < len(text) and text[quote_end].isupper()


def _glued_subhead(text: str, b_start: int, q_start: int, quote_end: int) -> bool:
    """A quote that opens its sentence and is followed by a capital with no punctuation
    between ("… en mars. «Pas de retour» Le ministre a …") is a subhead glued to the next
    paragraph: a sentence ends after it."""
    before = text[b_start:q_start].rstrip()
    after = text[quote_end:quote_end + SENTENCE_LOOKAHEAD].lstrip()
    return (not before or before[-1] in ".!?…") and after[:1].isupper()


@lru_cache(maxsize=1)
def abbreviation_words() -> frozenset[str]:
    """Abbreviated titles whose dot ends no sentence (lowercase, without the dot)."""
    return frozenset(w.lower() for w in read_lines("abbreviations.txt"))


def _is_abbreviation(text: str, dot: int) -> bool:
    """A title ("M.", "Mme.") or a single capital initial before the dot: no sentence end.
    Acronyms ("PS.", "RN.") do end sentences."""
    m = re.search(r"(\w+)$", text[max(0, dot - ABBREVIATION_CHARS):dot])
    if not m:
        return False
    word = m.group(1)
    return (len(word) == 1 and word.isupper()) or word.lower() in abbreviation_words()


# The last Doc's Segmentation: every layer asks for it, many times per article (per verb,
# per block); rebuilding it reads Doc.text and re-creates every piece. One entry is enough:
# an article goes through all its layers before the next one starts.
_LAST: list[Segmentation] = []


def segmentation(doc: Doc) -> Segmentation:
    """The article's segmentation, computed on first use and stored in ``doc._.ne_segments``
    (plain values: the pieces and sentences survive DocBin and multiprocessing)."""
    if _LAST and _LAST[0].doc is doc:
        return _LAST[0]
    register_extensions()
    text = doc.text  # built from the tokens on each access: read once
    stored = doc._.ne_segments
    if stored is None:
        pieces = pair_quote_marks(text, blocks(doc))
        inside = [(p.outer_start, p.outer_end) for p in pieces]
        sentences = quote_aware_sentences(text, blocks(doc), inside, tuple(
            t.idx for t in doc if t.is_sent_start and after_spaced_subhead(doc, t.i)))
        doc._.ne_segments = {"quoted": [piece_row(p) for p in pieces],
                             "sentences": [list(s) for s in sentences]}
        result = Segmentation(doc, text, pieces, sentences)
    else:
        pieces = [QuotedSpan(*row) for row in stored["quoted"]]
        result = Segmentation(doc, text, pieces, [tuple(s) for s in stored["sentences"]])
    _LAST[:] = [result]
    return result


def article_text(doc: Doc) -> str:
    """`doc.text`, taken from the article's segmentation once a layer has built it:
    Doc.text joins every token again on each access, and every layer reads the text."""
    if _LAST and _LAST[0].doc is doc:
        return _LAST[0].text
    return doc.text


def sentences(doc: Doc) -> list[tuple[int, int]]:
    """The quote-aware sentences of `doc` as (start_char, end_char)."""
    return segmentation(doc).sentences


def reseat_lost_closer(doc: Doc, qt: Segmentation, n: int, cue_char: int) -> None:
    """Piece `n` lost its closing mark before the journalist's clause at `cue_char` (the
    quotes layer finds it: an inserted cue with no comma before it). The quote closes
    there; the narrative runs to the end of its sentence, its own quoted pieces becoming
    top-level ones; the quote resumes after it up to the piece's end. Nothing changes when
    no sentence ends between the clause and the piece's end. `qt` and the Doc's stored
    segmentation are updated together, sentences recomputed."""
    text, piece, marks = qt.text, qt.pieces[n], load_marks()
    resume = _narrative_end(text, cue_char, piece.end)
    if resume is None:
        return
    group = max(p.group for p in qt.pieces) + 1
    s, e = content_bounds(text, piece.start, cue_char, marks)
    # the lost mark's place: right after the words, where the clause begins
    head = QuotedSpan(piece.open_char, min(e, cue_char - 1), s, e, piece.block, piece.group)
    inner, _ = _pair_block(text, cue_char, resume, piece.block, marks, group + 1,
                           lost_opener_ok=False)
    s, e = content_bounds(text, resume, piece.end, marks)
    tail = QuotedSpan(None, piece.close_char, s, max(s, piece.end), piece.block, group)
    pieces = qt.pieces[:n] + [head] + inner + [tail] + qt.pieces[n + 1:]
    inside = [(p.outer_start, p.outer_end) for p in pieces]
    sentences = quote_aware_sentences(text, blocks(doc), inside)
    doc._.ne_segments = {"quoted": [piece_row(p) for p in pieces],
                         "sentences": [list(x) for x in sentences]}
    qt.__init__(doc, text, pieces, sentences)


def _narrative_end(text: str, start: int, end: int) -> int | None:
    """Offset where the sentence of the narrative clause starting at `start` ends (after
    its . ! or ? outside nested marks, before a capital), if before `end`; else None."""
    depth = 0
    marks = load_marks()
    for i in range(start, end):
        c = text[i]
        if c in marks.openers:
            depth += 1
        elif c in marks.closers:
            depth = max(0, depth - 1)
        elif c in ".!?" and depth == 0 and not _is_abbreviation(text, i):
            j = i + 1
            while j < end and text[j].isspace():
                j += 1
            if j < end and text[j].isupper():
                return j
    return None
