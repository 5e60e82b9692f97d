"""Build the newsextract Language and run it on articles.

The model (``fr_core_news_md``, plus the gazetteer before its ``ner``) runs on each block of
an article separately: no entity, sentence or dependency can cross a paragraph. Boilerplate
blocks ("Lire aussi …", "© 2019 AFP") are parsed too: they name entities (the entities layer
reads them, ``entities/credits.py``), while every other layer skips them. The block Docs are
joined with ``Doc.from_docs`` into one article Doc whose text is exactly the input text, and
the article-level newsextract components run on it, so that they can see the whole article
(canonical names, speakers of previous paragraphs, dates anchored on earlier dates).

``nlp(text)`` on the returned Language also works (everything on the whole text at once);
``annotate_many`` is the paragraph-wise path every caller uses (run, API, engines, show and the
tests), and ``annotate`` is that path with one article. ``load`` is the one way to get the
Language (shared per process, rebuilt when its string store has grown).
"""

from __future__ import annotations

import logging
import os
import re
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

import newsextract.nlp  # noqa: F401  (registers the factories)
from newsextract.layout import Block, split_blocks
from newsextract.nlp import (  # noqa: F401
    casualties,
    dates,
    entities,
    layout,
    participants,
    quotes,
    sentence_starts,
)
from newsextract.nlp.entities.tokenization import (
    read_invisible_characters,
    split_glued_punctuation,
)
from newsextract.nlp.extensions import register_extensions

log = logging.getLogger(__name__)

MODEL = "fr_core_news_md"
# Characters of text the model processes in one minibatch (see _minibatches).
MAX_BATCH_CHARS = int(os.environ.get("NEWSEXTRACT_MAX_BATCH_CHARS", "20000"))
GAZETTEER = "newsextract_gazetteer"
GLUED_STARTS = "newsextract_glued_starts"
# Run on the joined article Doc, in this order: later layers read earlier ones' spans.
ARTICLE_COMPONENTS = ("newsextract_layout", "newsextract_entities", "newsextract_participants",
                      "newsextract_dates", "newsextract_quotes", "newsextract_casualties",
                      "newsextract_boilerplate_entities")  # entities/credits.py: last


# Rebuild the shared pipeline once its string store holds more strings than this: spaCy
# keeps every string it has seen, so a long run's memory would otherwise grow with the corpus.
MAX_STRINGS = 1_500_000
# Test mode only (set with PYTEST_CURRENT_TEST): layers named here, comma-separated, are
# replaced by a component that finds nothing. The emptied-layer check
# (tests/test_emptied_layers.py) uses it to prove that each layer's tests fail without it.
EMPTY_LAYERS_VARIABLE = "NEWSEXTRACT_EMPTY_LAYERS"
EMPTY_LAYER = "newsextract_empty_layer"  # the factory of the component that finds nothing
LAYERS = ("entities", "participants", "dates", "quotes", "casualties")  # one per layer
# Layers kept in a Doc extension of the same name (a plain list), not in a span group.
EXTENSION_LAYERS = frozenset({"participants"})

_SHARED: dict[tuple[str, str], Language] = {}


def load(patterns: str | Path | None = None, *, shared: bool = True,
         current: Language | None = None, model: str = MODEL) -> Language:
    """THE loader: the model with newsextract's components added, ready for `annotate`.

    `patterns`: an extra EntityRuler patterns file (JSONL) for the gazetteer.
    `shared`: the one pipeline of this process for these patterns, built on the first call
    and reused by every later one (CLI, API, show, engines and tests alike); False builds
    a private one.
    `current`: the pipeline the caller holds, returned as it is while its string store is
    under MAX_STRINGS; past it, the caller gets a new one (the shared one is rebuilt too if
    it has grown), so that memory stays bounded however many articles go through.
    """
    if current is not None and not _outgrown(current):
        return current
    if not shared:
        return _build(patterns, model)
    key = (str(patterns or ""), model)
    if key not in _SHARED or _outgrown(_SHARED[key]):
        _SHARED[key] = _build(patterns, model)
    return _SHARED[key]


def _outgrown(nlp: Language) -> bool:
    return len(nlp.vocab.strings) > MAX_STRINGS


def _build(patterns: str | Path | None, model: str) -> Language:
    register_extensions()
    nlp = spacy.load(model, exclude=["senter"])
    _index_lemma_tables(nlp)
    _split_trailing_hyphens(nlp)
    split_glued_punctuation(nlp)
    read_invisible_characters(nlp)  # last: it wraps the tokenizer set up above
    if "parser" in nlp.pipe_names:  # the parser keeps sentence starts set before it
        nlp.add_pipe(GLUED_STARTS, before="parser")
    nlp.add_pipe(GAZETTEER, before="ner" if "ner" in nlp.pipe_names else None,
                 config={"patterns": str(patterns) if patterns else None})
    for name in ARTICLE_COMPONENTS:
        nlp.add_pipe(name)
    for layer in _layers_to_empty():
        nlp.replace_pipe(f"newsextract_{layer}", EMPTY_LAYER, config={"span_key": layer})
    return nlp


def _layers_to_empty() -> list[str]:
    """The layers NEWSEXTRACT_EMPTY_LAYERS names, in test mode only (never in a real run)."""
    if "PYTEST_CURRENT_TEST" not in os.environ:
        return []
    named = [n.strip() for n in os.environ.get(EMPTY_LAYERS_VARIABLE, "").split(",") if n.strip()]
    unknown = sorted(set(named) - set(LAYERS))
    if unknown:
        raise ValueError(f"{EMPTY_LAYERS_VARIABLE}: no layer named {', '.join(unknown)}")
    return named


class EmptyLayer:
    """A layer that finds nothing: its span group is set, and empty."""

    # Docs emptied in this process: the check asks whether a test went through the layer.
    docs_emptied = 0

    def __init__(self, span_key: str) -> None:
        self.span_key = span_key

    def __call__(self, doc: Doc) -> Doc:
        empty_layer(doc, self.span_key)
        EmptyLayer.docs_emptied += 1
        return doc


def empty_layer(doc: Doc, layer: str) -> None:
    """Leave `layer` empty on `doc`: its span group, or its Doc extension."""
    if layer in EXTENSION_LAYERS:
        doc._.set(layer, [])
    else:
        doc.spans[layer] = []


@Language.factory(EMPTY_LAYER, default_config={"span_key": ""})
def make_empty_layer(nlp: Language, name: str, span_key: str) -> EmptyLayer:
    return EmptyLayer(span_key)


class _IndexedWords(list):
    """A word list that answers `in` from a set: the same list for serialisation, a set's
    speed for lookups."""

    __slots__ = ("_words",)

    def __init__(self, words) -> None:
        super().__init__(words)
        self._words = frozenset(self)

    def __contains__(self, word: object) -> bool:
        return word in self._words


def _index_lemma_tables(nlp: Language) -> None:
    """Give the French lemmatizer's word index set lookups.

    spaCy's FrenchLemmatizer tests `word in index` against lists of up to 66,000 words, a
    linear scan for every token it has not cached yet: it costs about a quarter of the
    model's time. The lists become `_IndexedWords`: the same lemmas (checked by a test) some
    20 times faster, and the pipeline still serialises (they pack as plain lists).
    """
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    table = lookups.get_table("lemma_index")
    for key in list(table.keys()):
        if isinstance(table[key], list) and not isinstance(table[key], _IndexedWords):
            table[key] = _IndexedWords(table[key])


# A hyphen glued to the end of a word before a space ("les chantiers Marnaval- qui"): a
# line-break hyphen or a typo. Split off, the name is a clean token the ner can tag.
_TRAILING_HYPHEN = r"(?<=[^\W\d_]{2})-$"


def _split_trailing_hyphens(nlp: Language) -> None:
    suffix_search = nlp.tokenizer.suffix_search
    if suffix_search is None:
        return
    pattern = suffix_search.__self__.pattern
    nlp.tokenizer.suffix_search = re.compile(f"{pattern}|{_TRAILING_HYPHEN}").search


@dataclass
class Article:
    """What `annotate_many` needs to know of one input text."""

    text: str
    pub_date: str | None = None
    has_title: bool = False
    context: Any = None  # carried through untouched (e.g. the Document)


class Timings:
    """Seconds spent per stage (model, each component), summed over a run."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)

    def add(self, stage: str, seconds: float) -> None:
        self.seconds[stage] += seconds


def annotate(nlp: Language, text: str, pub_date: str | None = None,
             has_title: bool = False) -> Doc:
    """One article, paragraph by paragraph, with every newsextract layer."""
    (doc, _), = annotate_many(nlp, [Article(text, pub_date, has_title)])
    return doc


def annotate_many(nlp: Language, articles: Iterable[Article], batch_size: int = 64,
                  timings: Timings | None = None) -> Iterator[tuple[Doc, Any]]:
    """(Doc, context) for each article, streamed in batches of `batch_size` articles."""
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= batch_size:
            yield from _annotate_batch(nlp, batch, timings)
            batch = []
    if batch:
        yield from _annotate_batch(nlp, batch, timings)


def _annotate_batch(nlp: Language, batch: list[Article],
                    timings: Timings | None) -> Iterator[tuple[Doc, Any]]:
    article_names = [n for n in ARTICLE_COMPONENTS if n in nlp.pipe_names]
    model_names = [n for n in nlp.pipe_names if n not in article_names]
    pieces_per_article: list[list[tuple[str, bool]]] = []
    blocks_per_article: list[list[Block]] = []
    to_parse: list[str] = []
    for article in batch:
        blocks = split_blocks(article.text, article.has_title)
        pieces = list(_pieces(article.text, blocks, nlp.max_length))
        blocks_per_article.append(blocks)
        pieces_per_article.append(pieces)
        to_parse.extend(text for text, parse in pieces if parse)

    started = time.perf_counter()
    with nlp.select_pipes(enable=model_names):
        parsed = iter([doc for texts in _minibatches(to_parse, MAX_BATCH_CHARS)
                       for doc in nlp.pipe(texts, batch_size=len(texts))])
    if timings is not None:
        timings.add("spacy model", time.perf_counter() - started)

    for article, blocks, pieces in zip(batch, blocks_per_article, pieces_per_article):
        started = time.perf_counter()
        docs = [next(parsed) if parse else nlp.tokenizer(text) for text, parse in pieces]
        doc = _join(nlp, docs)
        doc._.ne_blocks = [b.as_list() for b in blocks]
        doc._.pub_date = article.pub_date
        if timings is not None:
            timings.add("join paragraphs", time.perf_counter() - started)
        doc._.ne_warnings = [f"paragraph of {len(text):,} characters over the model's limit "
                             f"({nlp.max_length:,}): tokenized, not analysed"
                             for text, parse in pieces if not parse and len(text) > nlp.max_length]
        for name in article_names:
            started = time.perf_counter()
            doc = _run_component(nlp, name, doc)
            if timings is not None:
                timings.add(name, time.perf_counter() - started)
        yield doc, article.context


def _run_component(nlp: Language, name: str, doc: Doc) -> Doc:
    """Run one article component; if it fails, its layer stays empty and the article keeps
    the other layers, with the failure said on its row (one odd expression must not cost an
    article its entities, quotes and figures)."""
    try:
        return nlp.get_pipe(name)(doc)
    except Exception as err:  # noqa: BLE001 - reported on the article's row
        # The row says what failed; the traceback goes to the log so that a bug in a rule
        # is not mistaken for an article without records.
        log.warning("%s failed on an article", name, exc_info=True)
        doc._.ne_warnings = [*(doc._.ne_warnings or []),
                             f"{name} failed ({type(err).__name__}: {err}): layer left empty"]
        key = name.removeprefix("newsextract_")
        if key in LAYERS:
            empty_layer(doc, key)
        return doc


def _minibatches(texts: list[str], max_chars: int) -> Iterator[list[str]]:
    """Consecutive groups of `texts` of at most `max_chars` characters (a longer text alone).

    The model's memory grows with the text in one minibatch, not with the number of texts:
    a few long paragraphs in a batch of 256 cost hundreds of megabytes. Bounding the
    characters bounds the peak, whatever the corpus.
    """
    group: list[str] = []
    size = 0
    for text in texts:
        if group and size + len(text) > max_chars:
            yield group
            group, size = [], 0
        group.append(text)
        size += len(text)
    if group:
        yield group


def _pieces(text: str, blocks: list[Block], max_length: int) -> Iterator[tuple[str, bool]]:
    """Consecutive slices of `text` covering it exactly, one per block (with the whitespace
    that follows it), each with whether the model should parse it."""
    if not blocks:
        yield text, False
        return
    cuts = [0] + [b.start for b in blocks[1:]] + [len(text)]
    for start, end in zip(cuts, cuts[1:]):
        # A paragraph longer than the model accepts is only tokenized (said on the row).
        yield text[start:end], end - start < max_length


def _join(nlp: Language, docs: list[Doc]) -> Doc:
    if len(docs) == 1:
        return docs[0]
    if not any(len(d) for d in docs):
        return nlp.tokenizer("".join(d.text for d in docs))
    # The tok2vec tensor is not needed downstream, and unparsed (too long) pieces have none.
    return Doc.from_docs([d for d in docs if len(d)], ensure_whitespace=False, exclude=["tensor"])
