"""The corpus tables of a run: `events`, `people` and `casualties.event_id`.

`corpus_frames` computes them from the per-article frames (the API); `CorpusCollector` keeps
the rows they need while a run streams the other tables to disk, then computes them over
every article of the run, whether its rows came from the row cache or from the model.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from newsextract import schema
from newsextract.corpus.events import build_events
from newsextract.corpus.people import SPEAKER_ENTITY, build_people
from newsextract.frames import Row, to_frame, to_rows

# The columns of the per-article tables the corpus tables read: the collector keeps only
# these (and only the person rows of `entities`), so a run's memory stays small.
KEPT_COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": ("doc_id", "date", "source"),
    "entities": ("doc_id", "entity_id", "text", "label", "canonical", "entity_key", "role"),
    "quotes": ("doc_id", "speaker", "speaker_label", SPEAKER_ENTITY),
}
KEPT_ENTITY_LABELS = frozenset({"PER"})


def corpus_frames(frames: Mapping[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """`casualties` with its `event_id`, `events` and `people`, from the per-article frames
    (`articles`, `entities`, `quotes`, `casualties`)."""
    events, event_ids = build_events(frames["casualties"], frames["articles"])
    casualties = frames["casualties"].copy()
    casualties["event_id"] = event_ids
    return {
        "casualties": casualties.reindex(columns=schema.CASUALTIES.column_names)
        .astype(schema.CASUALTIES.dtypes),
        "events": events,
        "people": build_people(frames["entities"], frames["quotes"], frames["articles"]),
    }


class CorpusCollector:
    """Keeps what the corpus tables need from a stream of per-article rows.

    `add` returns the rows to write now (all but casualties, which wait for their event id);
    `finish` returns casualties, events and people, computed over everything added.
    """

    def __init__(self) -> None:
        self._kept: dict[str, list[Row]] = {name: [] for name in KEPT_COLUMNS}
        self._casualties: list[Row] = []

    def add(self, rows: Mapping[str, list[Row]]) -> dict[str, list[Row]]:
        for name, columns in KEPT_COLUMNS.items():
            self._kept[name].extend(
                {c: row.get(c) for c in columns} for row in rows.get(name, [])
                if name != "entities" or row.get("label") in KEPT_ENTITY_LABELS)
        self._casualties.extend(rows.get("casualties", []))
        return {name: table_rows for name, table_rows in rows.items() if name != "casualties"}

    def finish(self) -> dict[str, list[Row]]:
        frames = {name: _frame(name, rows) for name, rows in self._kept.items()}
        frames["casualties"] = to_frame(schema.CASUALTIES, self._casualties)
        return {name: to_rows(frame) for name, frame in corpus_frames(frames).items()}


def _frame(name: str, rows: list[Row]) -> pd.DataFrame:
    """A frame of the kept columns, typed as in the schema (columns the schema lacks, e.g. a
    column of a newer layer, stay as they are)."""
    frame = pd.DataFrame.from_records(rows, columns=list(KEPT_COLUMNS[name]))
    dtypes = schema.TABLES[name].dtypes
    return frame.astype({c: dtypes[c] for c in frame.columns if c in dtypes})
