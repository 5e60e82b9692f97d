"""Doc and Span extensions shared by the components, and helpers to read them.

All values are plain (str, int, None, lists and dicts of those) so that Docs survive
``nlp.pipe(n_process>1)`` and ``DocBin(store_user_data=True)``.

Doc extensions
    ``doc._.ne_blocks``   layout blocks: ``[[start_char, end_char, kind], ...]`` (see layout.py)
    ``doc._.pub_date``    publication date ``YYYY-MM-DD`` or None
    ``doc._.ne_warnings`` what went wrong in a layer, for the article's row (list of str)
    ``doc._.ne_segments`` quoted pieces and quote-aware sentences (see nlp/segment.py)
    ``doc._.participants`` the people and organisations of the article (nlp/participants)

Span extensions (one plain dict per layer; its keys are the layer table's columns)
    ``span._.entity``     in ``doc.spans["entities"]``
    ``span._.quote``      in ``doc.spans["quotes"]``
    ``span._.timex``      in ``doc.spans["dates"]``
    ``span._.casualty``   in ``doc.spans["casualties"]``
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span

from newsextract.layout import BOILERPLATE, split_blocks

DOC_EXTENSIONS = {"ne_blocks": None, "pub_date": None, "ne_warnings": None, "ne_segments": None,
                  "participants": None}
SPAN_EXTENSIONS = ("entity", "quote", "timex", "casualty")


def register_extensions() -> None:
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name in SPAN_EXTENSIONS:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)


register_extensions()


# Where spaCy keeps the value of ``doc._.ne_blocks`` (Underscore._get_key). Layers ask for the
# blocks thousands of times per article, and each ``doc._`` builds an Underscore object (some
# 25 times the cost of this dict lookup). Should spaCy store it elsewhere, the lookup misses
# and `blocks` takes the ``doc._`` path: slower, never wrong.
_BLOCKS_KEY = ("._.", "ne_blocks", None, None)


def blocks(doc: Doc) -> list[list]:
    """The layout blocks of `doc`, computed from its text if no layout component ran."""
    stored = doc.user_data.get(_BLOCKS_KEY)
    if stored is not None:
        return stored
    if doc._.ne_blocks is None:
        doc._.ne_blocks = [b.as_list() for b in split_blocks(doc.text)]
    return doc._.ne_blocks


# The last block list read with its start characters, one tuple replaced whole (read and
# written atomically, so two threads never pair one list with another's starts):
# `block_index` is asked for every candidate span, and rebuilding the starts each time cost
# half of it. Block lists are set once per Doc and never changed in place, so the list's
# identity tells.
_last_block_starts: tuple[list | None, list[int]] = (None, [])


def block_starts(bl: list[list]) -> list[int]:
    """The start characters of the blocks `bl`."""
    global _last_block_starts
    cached, starts = _last_block_starts
    if cached is not bl:
        starts = [b[0] for b in bl]
        _last_block_starts = (bl, starts)
    return starts


def block_index(doc: Doc, char: int) -> int | None:
    """Index of the block containing character `char`, or None (between blocks)."""
    bl = blocks(doc)
    i = bisect_right(block_starts(bl), char) - 1
    if i >= 0 and char < bl[i][1]:
        return i
    return None


def is_extractable(doc: Doc, start_char: int, end_char: int) -> bool:
    """True when [start_char, end_char) lies inside one block that is not boilerplate.

    Every layer calls this before emitting a span: no extraction crosses a paragraph
    boundary, and boilerplate lines ("Lire aussi : …") yield nothing.
    """
    if end_char <= start_char:
        return False
    i = block_index(doc, start_char)
    if i is None:
        return False
    start, end, kind = blocks(doc)[i]
    return end_char <= end and kind != BOILERPLATE


def extractable_blocks(doc: Doc) -> list[list]:
    """Blocks that layers may extract from (everything but boilerplate)."""
    return [b for b in blocks(doc) if b[2] != BOILERPLATE]

