"""Where batches of documents are processed: this process, forked workers, or a Dask cluster.

Every engine takes batches of Documents and returns, per batch, the DocTables of each
document in order, computed by `process_batch` (the one path from Documents to rows).
Workers return rows (small) rather than Docs. The model is loaded once per process: before
forking for the local engine (shared copy-on-write), once per worker for Dask.
"""

from __future__ import annotations

import multiprocessing
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from newsextract.inputs.documents import ERROR, OK, SKIPPED, Document
from newsextract.language import detect_language, is_foreign
from newsextract.layout import SECTION, TITLE
from newsextract.nlp.pipeline import Article, Timings, annotate_many, load
from newsextract.tables import DocTables, doc_tables, error_tables

# -- one batch of documents -> tables (what every engine runs) -------------------------------


def process_batch(nlp: Language, documents: list[Document],
                  timings: dict[str, float] | None = None) -> list[DocTables]:
    """Tables of each document of a batch, in order; failures become error rows."""
    out: list[DocTables | None] = [None] * len(documents)
    try:
        _fill_batch(nlp, documents, out, timings)
    except Exception as err:  # noqa: BLE001 - isolate the failing document, keep the others
        if len(documents) == 1 and out[0] is None:
            return [_failed_tables(documents[0], err)]
    # a document left without tables (its batch failed) is redone alone, through the same
    # path, rather than shifting the rows of the next ones onto it
    return [tables if tables is not None else process_batch(nlp, [document], timings)[0]
            for document, tables in zip(documents, out)]


def _fill_batch(nlp: Language, documents: list[Document], out: list[DocTables | None],
                timings: dict[str, float] | None) -> None:
    """Put each document's tables in its slot of `out`."""
    articles = []
    for index, document in enumerate(documents):
        if document.status != OK or document.text is None:
            out[index] = error_tables(document)
            continue
        language = detect_language(document.text)
        if is_foreign(document.text, language):
            document.status = SKIPPED
            document.messages.append(f"language detected as {language!r}, not French: "
                                     "not extracted")
            out[index] = error_tables(document, language)
            continue
        articles.append(Article(document.text, document.date, document.has_title,
                                (index, language)))
    stage_timer = Timings()
    for doc, (index, language) in annotate_many(nlp, articles, len(articles) or 1, stage_timer):
        document = documents[index]
        started = time.perf_counter()
        _fill_layout_metadata(document, doc)
        out[index] = doc_tables(document, doc, language)
        stage_timer.add("tables", time.perf_counter() - started)
    if timings is not None:
        add_timings(timings, stage_timer.seconds)


def _failed_tables(document: Document, err: Exception) -> DocTables:
    document.status = ERROR
    document.messages.append(f"extraction failed: {type(err).__name__}: {err}")
    return error_tables(document)


def _fill_layout_metadata(document: Document, doc: Doc) -> None:
    for start, end, kind in doc._.ne_blocks or []:
        if kind == TITLE and not document.title:
            document.title = doc.text[start:end]
        elif kind == SECTION and not document.section:
            document.section = doc.text[start:end]


def add_timings(timings: dict[str, float], other: dict[str, float]) -> None:
    """Add the seconds per stage of `other` to `timings`."""
    for stage, seconds in other.items():
        timings[stage] = timings.get(stage, 0.0) + seconds


# -- engines ---------------------------------------------------------------------------------

class WorkerDied(RuntimeError):
    """A worker process ended before returning its batch."""


# The pipeline a LocalEngine forked its workers with (patterns, Language): inherited by the
# forked workers, which use it instead of loading their own.
_FORKED_WITH: tuple[str | None, Language] | None = None


def process_partition(batch: list[Document], patterns: str | None = None
                      ) -> tuple[list[DocTables], dict[str, float]]:
    """Worker entry point (forked pool and Dask alike)."""
    global _FORKED_WITH
    inherited = _FORKED_WITH[1] if _FORKED_WITH and _FORKED_WITH[0] == patterns else None
    nlp = load(patterns, current=inherited)
    if inherited is not None and nlp is not inherited:  # it had grown: keep the new one
        _FORKED_WITH = (patterns, nlp)
    timings: dict[str, float] = {}
    return process_batch(nlp, batch, timings), timings


class LocalEngine:
    """This process (n_process == 1) or a pool of forked worker processes."""

    def __init__(self, patterns: Path | None = None, n_process: int = 1,
                 nlp: Language | None = None) -> None:
        self.patterns = str(patterns) if patterns else None
        self.n_process = n_process
        self._nlp = nlp
        self._pool = None

    @property
    def width(self) -> int:
        return self.n_process

    def nlp(self) -> Language:
        """The engine's pipeline: the one given, or the shared one; renewed once grown."""
        self._nlp = load(self.patterns, current=self._nlp)
        return self._nlp

    def map(self, batches: list[list[Document]], timings: dict[str, float]
            ) -> Iterator[list[DocTables]]:
        if self.n_process <= 1:
            for batch in batches:
                yield process_batch(self.nlp(), batch, timings)
            return
        pool = self._get_pool()
        try:
            for tables, worker_timings in pool.map(process_partition, batches,
                                                   [self.patterns] * len(batches)):
                add_timings(timings, worker_timings)
                yield tables
        except BrokenProcessPool as err:
            raise WorkerDied("a worker process died (killed or out of memory) during the "
                             "run; no output was replaced: re-run to finish the work") from err

    def _get_pool(self) -> ProcessPoolExecutor:
        global _FORKED_WITH
        if self._pool is None:
            if "fork" in multiprocessing.get_all_start_methods():
                # Forked after the model is loaded: workers share its memory, start at once.
                _FORKED_WITH = (self.patterns, self.nlp())
                context = multiprocessing.get_context("fork")
            else:  # pragma: no cover - platforms without fork: each worker loads the model
                context = multiprocessing.get_context("spawn")
            self._pool = ProcessPoolExecutor(self.n_process, mp_context=context)
        return self._pool

    def close(self, abort: bool = False) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=not abort, cancel_futures=abort)
            self._pool = None


class DaskEngine:
    """Partitions on a Dask cluster: `scheduler` address, or a LocalCluster when None."""

    def __init__(self, patterns: Path | None = None, scheduler: str | None = None,
                 n_workers: int = 2) -> None:
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError as err:  # pragma: no cover - depends on the optional extra
            raise RuntimeError("--engine dask needs dask.distributed: "
                               "pip install 'newsextract[dask]'") from err
        self.patterns = str(patterns) if patterns else None
        self._cluster = None
        if scheduler:
            self.client = Client(scheduler)
        else:
            self._cluster = LocalCluster(n_workers=n_workers, threads_per_worker=1,
                                         processes=True, dashboard_address=None)
            self.client = Client(self._cluster)

    @property
    def width(self) -> int:
        return max(1, len(self.client.scheduler_info().get("workers", {})))

    def map(self, batches: list[list[Document]], timings: dict[str, float]
            ) -> Iterator[list[DocTables]]:
        futures = [self.client.submit(process_partition, batch, self.patterns, pure=False)
                   for batch in batches]
        for future in futures:  # in order: the writer gets partitions as they complete
            tables, worker_timings = future.result()
            add_timings(timings, worker_timings)
            yield tables

    def close(self, abort: bool = False) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()

