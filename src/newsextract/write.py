"""Write the tables atomically: CSV (default) or Parquet, plus the run manifest.

Rows are streamed to temporary files inside the output folder (same filesystem, so the final
``os.replace`` is atomic) and moved into place only when the run completes: an interrupted
or failed run leaves the previous outputs untouched.

A run is published whole: the manifest, moved into place last, names the run (`run_id`) and
the SHA-256 of every table file. A crash between two renames leaves tables of two runs side
by side, but never silently: `check_published` (used by `newsextract.read` and `report`)
finds the files that do not match the manifest and refuses the folder.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import tempfile
import uuid
from pathlib import Path

import pandas as pd

from newsextract import schema
from newsextract.frames import to_frame
from newsextract.tables import DocTables, Row

FORMATS = ("csv", "parquet")
# Cells that a spreadsheet would run as a formula when they start with one of these.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
MANIFEST = "manifest.json"


class MixedRunError(RuntimeError):
    """A processed folder whose table files are not all those of its manifest's run."""


def excel_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """Prefix text cells that start like a formula with an apostrophe (spreadsheet flavour).

    Only for ``--excel`` output: pipelines read the default CSV, which keeps every text
    exactly as in the document.
    """
    frame = frame.copy()
    for column, dtype in frame.dtypes.items():
        if str(dtype) == "string":
            values = frame[column]
            mask = values.str.startswith(FORMULA_PREFIXES).fillna(False).astype(bool)
            frame.loc[mask, column] = "'" + values[mask]
    return frame


class TableWriter:
    """Streams rows to temporary files; `commit` moves them into place together."""

    def __init__(self, out_dir: Path, fmt: str = "csv", excel: bool = False,
                 flush_rows: int = 5000) -> None:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}: expected one of {', '.join(FORMATS)}")
        self.out_dir = Path(out_dir)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self.fmt = fmt
        self.excel = excel
        self.flush_rows = flush_rows
        self.tmp_dir = Path(tempfile.mkdtemp(prefix=".newsextract-", dir=self.out_dir))
        self._buffers: dict[str, list[Row]] = {name: [] for name in schema.TABLES}
        self._started: set[str] = set()
        self._parquet_writers: dict = {}
        self.counts: dict[str, int] = {name: 0 for name in schema.TABLES}

    def path(self, name: str) -> Path:
        return self.out_dir / f"{name}.{self.fmt}"

    def write(self, tables: DocTables) -> None:
        for name, rows in tables.rows.items():
            if rows:
                self._buffers[name].extend(rows)
                self.counts[name] += len(rows)
                if len(self._buffers[name]) >= self.flush_rows:
                    self._flush(name)

    def _flush(self, name: str) -> None:
        table = schema.TABLES[name]
        frame = to_frame(table, self._buffers[name])
        self._buffers[name] = []
        tmp = self.tmp_dir / self.path(name).name
        if self.fmt == "csv":
            if self.excel:
                frame = excel_safe(frame)
            frame.to_csv(tmp, mode="a" if name in self._started else "w",
                         header=name not in self._started, index=False, encoding="utf-8")
        else:
            import pyarrow as pa
            import pyarrow.parquet as pq

            arrow = pa.Table.from_pandas(frame, preserve_index=False)
            if name not in self._parquet_writers:
                self._parquet_writers[name] = pq.ParquetWriter(tmp, arrow.schema)
            self._parquet_writers[name].write_table(arrow)
        self._started.add(name)

    def commit(self, manifest: dict) -> list[Path]:
        """Flush everything, then move every table and the manifest into place."""
        for name in schema.TABLES:
            if self._buffers[name] or name not in self._started:
                self._flush(name)  # writes the header (or an empty Parquet) at least
        for writer in self._parquet_writers.values():
            writer.close()
        files = {name: {"file": self.path(name).name, "rows": self.counts[name],
                        "sha256": file_digest(self.tmp_dir / self.path(name).name)}
                 for name in schema.TABLES}
        manifest = {**manifest, "run_id": uuid.uuid4().hex, "files": files}
        manifest_tmp = self.tmp_dir / MANIFEST
        manifest_tmp.write_text(json.dumps(manifest, indent=2, ensure_ascii=False, default=str),
                                encoding="utf-8")
        written = []
        for name in schema.TABLES:  # the tables first, the manifest that vouches for them last
            os.replace(self.tmp_dir / self.path(name).name, self.path(name))
            written.append(self.path(name))
        os.replace(manifest_tmp, self.out_dir / MANIFEST)
        written.append(self.out_dir / MANIFEST)
        self.abort()
        return written

    def abort(self) -> None:
        """Drop the temporary files; the previous outputs stay as they were."""
        for writer in self._parquet_writers.values():
            with contextlib.suppress(Exception):  # best effort on the way out
                writer.close()
        self._parquet_writers = {}
        shutil.rmtree(self.tmp_dir, ignore_errors=True)


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def check_published(folder: Path, manifest: dict) -> dict[str, Path]:
    """The table files of the run `manifest` describes, name -> path.

    Raises MixedRunError when a file is missing or differs from the manifest's digest: the
    run that wrote the manifest was interrupted while its files were moved into place (or
    a file was edited since). A manifest without `files` (written before schema 1.1) gives
    {}: nothing to check against.
    """
    files = manifest.get("files") or {}
    out, wrong = {}, []
    for name, entry in files.items():
        path = Path(folder) / entry["file"]
        if not path.is_file() or file_digest(path) != entry["sha256"]:
            wrong.append(entry["file"])
        out[name] = path
    if wrong:
        raise MixedRunError(
            f"{folder}: {', '.join(wrong)} not as written by run {manifest.get('run_id')} "
            f"(manifest.json): the folder mixes the files of two runs (a run interrupted "
            f"while publishing, or a file edited since); run newsextract again")
    return out


def check_writable(out_dir: Path) -> str | None:
    """None if `out_dir` can be created and written, else a one-line reason."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=out_dir, prefix=".probe-"):
            pass
    except OSError as err:
        return f"output folder {out_dir} is not writable: {err.strerror or err}"
    return None
