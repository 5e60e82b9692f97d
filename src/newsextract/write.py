"""Write the tables atomically: CSV (default) or Parquet, plus the run manifest.

Rows are streamed to temporary files inside the output folder (same filesystem, so the final
``os.replace`` is atomic) and moved into place only when the run completes: an interrupted
or failed run leaves the previous outputs untouched.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from pathlib import Path

import pandas as pd

from newsextract import schema
from newsextract.tables import DocTables, Row

FORMATS = ("csv", "parquet")
# Cells that a spreadsheet would run as a formula when they start with one of these.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def to_frame(table: schema.Table, rows: list[Row]) -> pd.DataFrame:
    """A DataFrame with exactly the schema's columns, order and dtypes."""
    frame = pd.DataFrame.from_records(rows, columns=table.column_names)
    return frame.astype(table.dtypes)


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
        tmp = self.tmp_dir / f"{name}.{self.fmt}"
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
        manifest_tmp = self.tmp_dir / "manifest.json"
        manifest_tmp.write_text(json.dumps(manifest, indent=2, ensure_ascii=False, default=str),
                                encoding="utf-8")
        written = []
        for name in schema.TABLES:
            os.replace(self.tmp_dir / f"{name}.{self.fmt}", self.path(name))
            written.append(self.path(name))
        os.replace(manifest_tmp, self.out_dir / "manifest.json")
        written.append(self.out_dir / "manifest.json")
        self.abort()
        return written

    def abort(self) -> None:
        """Drop the temporary files; the previous outputs stay as they were."""
        for writer in self._parquet_writers.values():
            with contextlib.suppress(Exception):  # best effort on the way out
                writer.close()
        self._parquet_writers = {}
        shutil.rmtree(self.tmp_dir, ignore_errors=True)


def check_writable(out_dir: Path) -> str | None:
    """None if `out_dir` can be created and written, else a one-line reason."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=out_dir, prefix=".probe-"):
            pass
    except OSError as err:
        return f"output folder {out_dir} is not writable: {err.strerror or err}"
    return None
