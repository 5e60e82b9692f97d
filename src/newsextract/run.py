"""A whole run: read -> layout -> nlp components -> tables -> write, streamed in batches.

Used by the CLI and the API alike. Documents stream from the readers to the writers in
batches, so memory is bounded by the batch, not by the corpus. With ``n_process > 1`` the
batches go to worker processes forked after the model is loaded (the model's memory is then
shared copy-on-write); each worker returns table rows, which are small, rather than Docs.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import platform
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from itertools import islice
from pathlib import Path

from spacy.language import Language

from newsextract import __version__, schema
from newsextract.language import detect_language, is_foreign
from newsextract.inputs import Document, ReadOptions, iter_documents
from newsextract.inputs.documents import ERROR, OK, SKIPPED
from newsextract.tables import DocTables, doc_tables, error_tables
from newsextract.write import TableWriter

@dataclass
class RunOptions:
    output: Path = Path("data/processed")
    fmt: str = "csv"
    date: str | None = None
    n_process: int = 1
    batch_size: int = 64
    max_chars: int = 2_000_000
    patterns: Path | None = None
    excel: bool = False

    def read_options(self) -> ReadOptions:
        return ReadOptions(date=self.date, max_chars=self.max_chars)


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

def mark_duplicates(documents: Iterable[Document]) -> Iterator[Document]:
    """Give a repeated doc_id a suffix (``id~2``) and say so on its row: never merge two
    documents' rows under one id."""
    first_seen: dict[str, str] = {}
    repeats: dict[str, int] = {}
    for doc in documents:
        where = f"{doc.source_path}:{doc.line}" if doc.line else doc.source_path
        if doc.doc_id in first_seen:
            repeats[doc.doc_id] = repeats.get(doc.doc_id, 1) + 1
            new_id = f"{doc.doc_id}~{repeats[doc.doc_id]}"
            doc.messages.append(f"duplicate id {doc.doc_id!r} (first at {first_seen[doc.doc_id]}): "
                                f"renamed {new_id!r}")
            doc.doc_id = new_id
        first_seen.setdefault(doc.doc_id, where)
        yield doc


def process_batch(nlp: Language, documents: list[Document],
                  timings: dict[str, float] | None = None) -> list[DocTables]:
    """Tables of each document of a batch, in order; failures become error rows."""
    from newsextract.nlp.pipeline import Article, Timings, annotate_many

    out: list[DocTables | None] = [None] * len(documents)
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
    try:
        for doc, (index, language) in annotate_many(nlp, articles, len(articles) or 1,
                                                    stage_timer):
            document = documents[index]
            started = time.perf_counter()
            _fill_layout_metadata(document, doc)
            out[index] = doc_tables(document, doc, language)
            stage_timer.add("tables", time.perf_counter() - started)
    except Exception:  # noqa: BLE001 - isolate the failing document, keep the others
        return [_process_alone(nlp, documents[i], tables) for i, tables in enumerate(out)]
    if timings is not None:
        for stage, seconds in stage_timer.seconds.items():
            timings[stage] = timings.get(stage, 0.0) + seconds
    return [t for t in out if t is not None]


def _process_alone(nlp: Language, document: Document, done: DocTables | None) -> DocTables:
    """Retry one document on its own after a batch failed; report its error if it fails."""
    from newsextract.nlp.pipeline import annotate

    if done is not None:
        return done
    try:
        doc = annotate(nlp, document.text or "", document.date, document.has_title)
        _fill_layout_metadata(document, doc)
        return doc_tables(document, doc, detect_language(document.text or ""))
    except Exception as err:  # noqa: BLE001 - reported on the document's row
        document.status = ERROR
        document.messages.append(f"extraction failed: {type(err).__name__}: {err}")
        return error_tables(document)


def _fill_layout_metadata(document: Document, doc) -> None:
    from newsextract.layout import SECTION, TITLE

    for start, end, kind in doc._.ne_blocks or []:
        if kind == TITLE and not document.title:
            document.title = doc.text[start:end]
        elif kind == SECTION and not document.section:
            document.section = doc.text[start:end]


def _batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(documents)
    while batch := list(islice(iterator, size)):
        yield batch


# -- parallel workers ------------------------------------------------------------------------

_WORKER_NLP: Language | None = None


def _worker_batch(batch: list[Document]) -> tuple[list[DocTables], dict[str, float]]:
    timings: dict[str, float] = {}
    assert _WORKER_NLP is not None
    return process_batch(_WORKER_NLP, batch, timings), timings


def _init_spawned_worker(patterns: str | None) -> None:
    global _WORKER_NLP
    from newsextract.nlp.pipeline import load

    _WORKER_NLP = load(patterns)


def iter_tables(nlp: Language, documents: Iterable[Document], batch_size: int, n_process: int,
                timings: dict[str, float], patterns: Path | None = None) -> Iterator[DocTables]:
    """Tables of every document, in input order, over 1 or more processes."""
    batches = _batches(documents, batch_size)
    if n_process <= 1:
        for batch in batches:
            yield from process_batch(nlp, batch, timings)
        return
    global _WORKER_NLP
    _WORKER_NLP = nlp
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods:
        # Forked after the model is loaded: workers share its memory and start at once.
        context = multiprocessing.get_context("fork")
        pool = context.Pool(n_process, maxtasksperchild=200)
    else:  # pragma: no cover - Windows/macOS fallback: each worker loads the model itself
        context = multiprocessing.get_context("spawn")
        pool = context.Pool(n_process, initializer=_init_spawned_worker,
                            initargs=(str(patterns) if patterns else None,))
    try:
        for tables_list, worker_timings in pool.imap(_worker_batch, batches):
            for stage, seconds in worker_timings.items():
                timings[stage] = timings.get(stage, 0.0) + seconds
            yield from tables_list
        pool.close()
    except BaseException:
        pool.terminate()
        raise
    finally:
        pool.join()


# -- a whole run -----------------------------------------------------------------------------

def run(paths: list[Path], options: RunOptions, nlp: Language | None = None,
        on_document: Callable[[int], None] | None = None) -> RunSummary:
    """Read `paths`, extract, write every table to `options.output`; return the summary."""
    from newsextract.nlp.pipeline import MODEL, load_shared

    started = time.perf_counter()
    started_at = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    summary = RunSummary()
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    nlp = nlp or load_shared(options.patterns)
    timings["load model"] = time.perf_counter() - t0
    writer = TableWriter(options.output, options.fmt, options.excel)
    try:
        documents = mark_duplicates(iter_documents(paths, options.read_options()))
        for tables in iter_tables(nlp, documents, options.batch_size, options.n_process,
                                  timings, options.patterns):
            t0 = time.perf_counter()
            writer.write(tables)
            timings["write"] = timings.get("write", 0.0) + time.perf_counter() - t0
            summary.count(tables)
            if on_document is not None:
                on_document(1)
        summary.rows = dict(writer.counts)
        summary.seconds = time.perf_counter() - started
        summary.timings = timings
        manifest = build_manifest(paths, options, summary, nlp, started_at, MODEL)
        summary.outputs = [str(p) for p in writer.commit(manifest)]
    except BaseException:
        writer.abort()
        raise
    return summary


def build_manifest(paths: list[Path], options: RunOptions, summary: RunSummary, nlp: Language,
                   started_at: str, model: str) -> dict:
    options_dict = {k: (str(v) if isinstance(v, Path) else v) for k, v in asdict(options).items()}
    return {
        "newsextract_version": __version__,
        "schema_version": schema.SCHEMA_VERSION,
        "model": model,
        "model_version": nlp.meta.get("version"),
        "spacy_version": _spacy_version(),
        "pipeline": nlp.pipe_names,
        "python": platform.python_version(),
        "started_at": started_at,
        "duration_seconds": round(summary.seconds, 3),
        "options": options_dict,
        "inputs": [str(p) for p in paths],
        "documents": {"total": summary.n_documents, "ok": summary.n_ok,
                      "error": summary.n_error, "skipped": summary.n_skipped},
        "rows": summary.rows,
        "errors": summary.errors,
        "timings_seconds": {k: round(v, 3) for k, v in summary.timings.items()},
    }


def _spacy_version() -> str:
    import spacy

    return spacy.__version__
