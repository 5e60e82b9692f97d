"""Where batches of documents are processed: this process, forked workers, or a Dask cluster.

Every engine takes batches of Documents and returns, per batch, the DocTables of each
document in order. Workers return rows (small) rather than Docs. The model is loaded once
per process: before forking for the local engine (shared copy-on-write), once per worker
for Dask.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from spacy.language import Language

from newsextract.inputs.documents import Document
from newsextract.run import add_timings
from newsextract.tables import DocTables

# Reload the model when its string store has grown past this many strings: spaCy keeps
# every string it has seen, so memory would otherwise grow with the corpus.
MAX_STRINGS = 1_500_000

class WorkerDied(RuntimeError):
    """A worker process ended before returning its batch."""


_WORKER_NLP: Language | None = None
_WORKER_PATTERNS: str | None = None


def _worker_nlp(patterns: str | None) -> Language:
    """The model of this (worker) process, loaded once, reloaded when its strings grew."""
    global _WORKER_NLP, _WORKER_PATTERNS
    from newsextract.nlp.pipeline import load

    if _WORKER_NLP is None or patterns != _WORKER_PATTERNS \
            or len(_WORKER_NLP.vocab.strings) > MAX_STRINGS:
        _WORKER_NLP, _WORKER_PATTERNS = load(patterns), patterns
    return _WORKER_NLP


def process_partition(batch: list[Document], patterns: str | None = None
                      ) -> tuple[list[DocTables], dict[str, float]]:
    """Worker entry point (forked pool and Dask alike)."""
    from newsextract.run import process_batch

    timings: dict[str, float] = {}
    return process_batch(_worker_nlp(patterns), batch, timings), timings


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
        global _WORKER_NLP, _WORKER_PATTERNS
        from newsextract.nlp.pipeline import load_shared

        if self._nlp is None:
            self._nlp = load_shared(self.patterns)
        elif len(self._nlp.vocab.strings) > MAX_STRINGS:
            from newsextract.nlp.pipeline import reload_shared

            self._nlp = reload_shared(self.patterns)
        _WORKER_NLP, _WORKER_PATTERNS = self._nlp, self.patterns
        return self._nlp

    def map(self, batches: list[list[Document]], timings: dict[str, float]
            ) -> Iterator[list[DocTables]]:
        if self.n_process <= 1:
            from newsextract.run import process_batch

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
        if self._pool is None:
            if "fork" in multiprocessing.get_all_start_methods():
                # Forked after the model is loaded: workers share its memory, start at once.
                self.nlp()
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

