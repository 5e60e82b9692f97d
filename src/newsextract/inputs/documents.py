"""The Document record that flows from the readers to the pipeline."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

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
    max_chars: int = 2_000_000  # longer texts are reported, not processed
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
