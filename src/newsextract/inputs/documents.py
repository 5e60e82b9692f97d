"""The Document record that flows from the readers to the pipeline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

# Characters of the longest text processed; longer ones get an error row (--max-chars).
DEFAULT_MAX_CHARS = 2_000_000

OK = "ok"
ERROR = "error"
SKIPPED = "skipped"


@dataclass
class Document:
    doc_id: str
    text: str | None
    source_path: str
    line: int | None = None
    title: str | None = None
    section: str | None = None
    date: str | None = None  # publication date, ISO YYYY-MM-DD
    url: str | None = None
    source: str | None = None
    has_title: bool = False  # the text starts with a title line (.txt layout)
    status: str = OK
    messages: list[str] = field(default_factory=list)

    @property
    def message(self) -> str:
        return "; ".join(self.messages)

    def fail(self, reason: str) -> Document:
        self.status = ERROR
        self.text = None
        self.messages.append(reason)
        return self


@dataclass(frozen=True)
class ReadOptions:
    date: str | None = None  # --date: publication date for documents without one
    max_chars: int = DEFAULT_MAX_CHARS  # longer texts are reported, not processed
    exclude: Path | None = None  # a folder never read (the run's own output)


def normalise_date(value: object) -> str | None:
    """ISO date (YYYY-MM-DD) from a record's date field, or None if absent/unparsable.

    Accepts a date, a datetime or an ISO string with an optional time part.
    """
    if value is None or value == "":
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.strftime("%Y-%m-%d")
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        return None


def mark_duplicates(documents: Iterable[Document]) -> Iterator[Document]:
    """Give a repeated doc_id a suffix (``id~2``) and say so on its row: never merge two
    documents' rows under one id."""
    first_seen: dict[str, str] = {}
    repeats: dict[str, int] = {}
    for doc in documents:
        where = f"{doc.source_path}:{doc.line}" if doc.line else doc.source_path
        if doc.doc_id in first_seen:
            new_id = doc.doc_id
            while new_id in first_seen:  # "a", "a~2", "a": the third is "a~3", not "a~2"
                repeats[doc.doc_id] = repeats.get(doc.doc_id, 1) + 1
                new_id = f"{doc.doc_id}~{repeats[doc.doc_id]}"
            doc.messages.append(f"duplicate id {doc.doc_id!r} (first at {first_seen[doc.doc_id]}): "
                                f"renamed {new_id!r}")
            doc.doc_id = new_id
        first_seen.setdefault(doc.doc_id, where)
        yield doc
