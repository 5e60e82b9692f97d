"""The Python API: ``extract`` texts into DataFrames, ``load`` the pipeline, ``read`` outputs,
``report`` them as one HTML page.

``load`` is the pipeline's one loader (``newsextract.nlp.pipeline.load``): the process's
shared Language, to pass to `extract` or to ``newsextract.nlp.pipeline.annotate(nlp, text,
pub_date)`` for Docs.

The CLI is a thin wrapper over the same run machinery, so the DataFrames here have exactly
the columns and dtypes of the files the CLI writes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from spacy.language import Language

from newsextract import schema
from newsextract.corpus import corpus_frames
from newsextract.frames import to_frame, to_rows
from newsextract.inputs import iter_documents
from newsextract.inputs.documents import DEFAULT_MAX_CHARS, Document, ReadOptions
from newsextract.inputs.readers import record_to_document
from newsextract.nlp.pipeline import load
from newsextract.run import RunOptions, extract_tables
from newsextract.tables import DocTables
from newsextract.write import MANIFEST, TableWriter, check_published

__all__ = ["Extraction", "extract", "extract_paths", "load", "read", "report"]


@dataclass
class Extraction:
    """One DataFrame per table (columns and dtypes as in docs/schema.md).

    `events` and `people` are computed over all the documents of the extraction.
    """

    articles: pd.DataFrame
    entities: pd.DataFrame
    quotes: pd.DataFrame
    dates: pd.DataFrame
    casualties: pd.DataFrame
    events: pd.DataFrame
    people: pd.DataFrame
    manifest: dict = field(default_factory=dict)

    @property
    def tables(self) -> dict[str, pd.DataFrame]:
        return {name: getattr(self, name) for name in schema.TABLES}

    def to_csv(self, directory: str | Path) -> list[Path]:
        """Write every table as CSV into `directory` (atomically, like the CLI)."""
        return self._write(directory, "csv")

    def to_parquet(self, directory: str | Path) -> list[Path]:
        """Write every table as Parquet into `directory` (atomically, like the CLI)."""
        return self._write(directory, "parquet")

    def _write(self, directory: str | Path, fmt: str) -> list[Path]:
        writer = TableWriter(Path(directory), fmt)
        try:
            tables = DocTables()
            for name, frame in self.tables.items():
                tables.rows[name] = to_rows(frame)
            writer.write(tables)
            return writer.commit(self.manifest or {"schema_version": schema.SCHEMA_VERSION})
        except BaseException:
            writer.abort()
            raise

    def __repr__(self) -> str:
        counts = ", ".join(f"{name}={len(frame)}" for name, frame in self.tables.items())
        return f"Extraction({counts})"


def extract(texts_or_records: Iterable[str | Mapping] | str, date: str | None = None,
            patterns: str | Path | None = None, nlp: Language | None = None,
            batch_size: int = 64, n_process: int = 1,
            max_chars: int = DEFAULT_MAX_CHARS) -> Extraction:
    """Extract every table from texts or records.

    `texts_or_records`: strings, or dicts with ``text`` and optional ``id``, ``title``,
    ``date``, ``url``, ``source`` (as in the JSONL input). A bare string is one text.
    `date`: publication date (YYYY-MM-DD) for records that have none.
    Documents without an id get their position ("0", "1", …) as doc_id.
    """
    if isinstance(texts_or_records, str):
        texts_or_records = [texts_or_records]
    options = ReadOptions(date=date, max_chars=max_chars)
    documents = (_to_document(item, index, options)
                 for index, item in enumerate(texts_or_records))
    return _extract_documents(documents, patterns, nlp, batch_size, n_process)


def _extract_documents(documents: Iterable[Document], patterns: str | Path | None,
                       nlp: Language | None, batch_size: int, n_process: int) -> Extraction:
    options = RunOptions(patterns=Path(patterns) if patterns else None, n_process=n_process,
                         batch_size=batch_size)
    rows: dict[str, list] = {name: [] for name in schema.TABLES}
    with closing(extract_tables(documents, options, nlp)) as all_tables:
        for tables in all_tables:
            for name, table_rows in tables.rows.items():
                rows[name].extend(table_rows)
    frames = {name: to_frame(schema.TABLES[name], rows[name]) for name in schema.TABLES}
    frames.update(corpus_frames(frames))
    return Extraction(**frames)


def extract_paths(paths: str | Path | Iterable[str | Path], date: str | None = None,
                  patterns: str | Path | None = None, nlp: Language | None = None,
                  batch_size: int = 64, n_process: int = 1,
                  max_chars: int = DEFAULT_MAX_CHARS) -> Extraction:
    """Extract every table from files or folders (.txt, .jsonl, .json, .html), read exactly
    as ``newsextract run`` reads them, without writing anything."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    options = ReadOptions(date=date, max_chars=max_chars)
    documents = iter_documents([Path(p) for p in paths], options)
    return _extract_documents(documents, patterns, nlp, batch_size, n_process)


def _to_document(item: str | Mapping, index: int, options: ReadOptions) -> Document:
    if isinstance(item, str):
        item = {"text": item}
    # line is 1-based like a JSONL line; the default doc_id stays the 0-based position
    return record_to_document(dict(item) if isinstance(item, Mapping) else item, str(index),
                              "<api>", index + 1, options)


def read(path: str | Path, check: bool = True) -> Extraction:
    """Load a processed folder (CSV or Parquet, as written by the CLI) into an Extraction.

    The files read are those `manifest.json` lists; with `check` (the default) a folder
    whose files do not match it (the files of two runs, see `write.check_published`) raises
    `MixedRunError`. A folder written before schema 1.1 gets its `events` and `people`
    computed on loading.
    """
    import json

    folder = Path(path)
    manifest_path = folder / MANIFEST
    manifest = json.loads(manifest_path.read_text(encoding="utf-8")) \
        if manifest_path.exists() else {}
    listed = check_published(folder, manifest) if check else \
        {name: folder / entry["file"] for name, entry in (manifest.get("files") or {}).items()}
    frames = {}
    for name, table in schema.TABLES.items():
        table_path = listed.get(name) or _newest_table_file(folder, name)
        if table_path is None:
            if table in schema.CORPUS_TABLES:
                continue  # an older run: computed below
            raise FileNotFoundError(f"{folder} has no {name}.csv or {name}.parquet")
        if table_path.suffix == ".parquet":
            frame = pd.read_parquet(table_path)
        else:
            frame = pd.read_csv(table_path, dtype=str, keep_default_na=False, na_values=[""])
        frames[name] = frame.reindex(columns=table.column_names).astype(table.dtypes)
    if any(t.name not in frames for t in schema.CORPUS_TABLES):
        frames.update(corpus_frames(frames))
    return Extraction(**frames, manifest=manifest)


def _newest_table_file(folder: Path, name: str) -> Path | None:
    """`name`.csv or `name`.parquet, the newer when both exist (a manifest without a file
    list)."""
    found = [p for p in (folder / f"{name}.csv", folder / f"{name}.parquet") if p.exists()]
    return max(found, key=lambda p: (p.stat().st_mtime, p.suffix == ".parquet")) \
        if found else None


def report(source: str | Path | Extraction, output: str | Path = "report.html",
           texts: Mapping[str, str] | None = None) -> Path:
    """Write the HTML report of a processed folder (or of an Extraction) to `output`.

    One self-contained page that works offline: summary, most cited people and
    organisations, who is quoted most, a timeline, the casualty events, every article with
    its spans highlighted. Article texts are read again from the run's inputs (its
    manifest), or taken from `texts` (doc_id -> text).
    """
    from newsextract.reporting import build_report

    if isinstance(source, Extraction):
        return build_report(source.tables, source.manifest, output, texts)
    extraction = read(source)  # refuses a folder that mixes the files of two runs
    return build_report(extraction.tables, extraction.manifest, output, texts,
                        folder=Path(source), source=str(source))
