"""Rows <-> DataFrames with exactly the schema's columns, order and dtypes."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from newsextract import schema

Row = dict[str, object]


def to_frame(table: schema.Table, rows: Iterable[Row]) -> pd.DataFrame:
    """A DataFrame with exactly the schema's columns, order and dtypes."""
    frame = pd.DataFrame.from_records(list(rows), columns=table.column_names)
    return frame.astype(table.dtypes)


def to_rows(frame: pd.DataFrame) -> list[Row]:
    """The rows of `frame` as plain dicts, missing values as None."""
    return frame.astype(object).where(frame.notna(), None).to_dict("records")
