"""Casualty events: the figures of one incident across the articles of a run.

A wire story first says "trois morts à Tulle mardi", a later one "au moins sept morts", the
evening edition "le bilan s'est alourdi à neuf": three rows of `casualties`, one incident.
The merge is conservative, as conflict-data teams do it by hand (docs/corpus.md): two
figures are one event only when

- they have the same category (killed, injured, missing);
- they have the same place (the `entity_key` of the casualty's LOC): never two places, even
  a town and its region; and not a country or larger area (`corpus_coarse_places.txt`):
  "deux morts samedi en France" in two articles may well be two incidents;
- they are dated to calendar days at most `EVENT_SPAN_DAYS` apart, over the whole event
  (no chaining of daily incidents in one town into one);
- their figures can be updates of one another (`can_be_updates`).

A figure without such a place or a calendar day cannot be compared: it is an event of its
own.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

import pandas as pd

from newsextract import schema
from newsextract.frames import to_frame
from newsextract.nlp.entities.canonical import entity_key
from newsextract.resources import read_lines

# The days of one event's figures lie within this many days of each other: an incident at
# night is dated to either day (a night that straddles two days), a next-day report may
# date it a day off; a wider window would merge incidents of consecutive days in one town.
EVENT_SPAN_DAYS = 1
# Two figures can be updates of one another when the larger is at most this many times the
# smaller: a toll that triples between two dispatches is common ("trois morts", then "neuf"),
# a tenfold jump within a day or two usually means another incident in the same place.
MAX_UPDATE_RATIO = 10

_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})")
COARSE_PLACES_FILE = "corpus_coarse_places.txt"


@cache
def coarse_place_keys() -> frozenset[str]:
    """Keys of the places too large to tell two incidents apart (countries, continents)."""
    return frozenset(entity_key(name) for name in read_lines(COARSE_PLACES_FILE))


@dataclass(frozen=True)
class Figure:
    """One row of `casualties`, as the merge sees it."""

    row: int  # position in the casualties table
    doc_id: str
    category: str
    place: str | None
    place_key: str | None
    day: dt.date | None
    value: int | None  # lower bound, else upper bound; None when unbounded
    source: str | None

    @property
    def mergeable(self) -> bool:
        return self.place_key is not None and self.day is not None \
            and self.place_key not in coarse_place_keys()


@dataclass
class Event:
    figures: list[Figure] = field(default_factory=list)

    @property
    def first_day(self) -> dt.date:
        return min(f.day for f in self.figures if f.day is not None)

    @property
    def last_day(self) -> dt.date:
        return max(f.day for f in self.figures if f.day is not None)

    @property
    def first_row(self) -> int:
        return min(f.row for f in self.figures)


def calendar_day(value: object) -> dt.date | None:
    """The day of a TIMEX3 value precise to the day ("2024-03-12", "2024-03-12T20:00"), else
    None (a week, a month, a year unknown as in "XXXX-03-12")."""
    if not isinstance(value, str) or not (match := _DAY.match(value)):
        return None
    try:
        return dt.date.fromisoformat(match.group(1))
    except ValueError:
        return None


def _int(value: object) -> int | None:
    return None if value is None or pd.isna(value) else int(value)


def _text(value: object) -> str | None:
    return None if value is None or pd.isna(value) or not str(value).strip() else str(value)


def figures_of(casualties: pd.DataFrame) -> list[Figure]:
    """One Figure per row of the casualties table, in table order."""
    out = []
    for row, record in enumerate(casualties.itertuples(index=False)):
        place = _text(record.location)
        low, high = _int(record.count_min), _int(record.count_max)
        out.append(Figure(row, str(record.doc_id), str(record.category), place,
                          entity_key(place) if place else None, calendar_day(record.date),
                          low if low is not None else high, _text(record.source)))
    return out


def can_be_updates(values: Iterable[int | None]) -> bool:
    """True when the figures could be successive tolls of one incident: the largest is at
    most MAX_UPDATE_RATIO times the smallest (unbounded figures fit any)."""
    known = [v for v in values if v is not None]
    if not known:
        return True
    low, high = min(known), max(known)
    if low == 0:
        return high == 0  # "aucun mort" is not an earlier report of "douze morts"
    return high <= MAX_UPDATE_RATIO * low


def can_join(event: Event, figure: Figure) -> bool:
    """Whether `figure` fits `event` (same category and place are given by the grouping)."""
    assert figure.day is not None
    span = max(event.last_day, figure.day) - min(event.first_day, figure.day)
    return span.days <= EVENT_SPAN_DAYS and \
        can_be_updates([f.value for f in event.figures] + [figure.value])


def group_figures(figures: list[Figure]) -> list[Event]:
    """The events of a list of figures, ordered by their first row."""
    events: list[Event] = []
    candidates: dict[tuple[str, str], list[Figure]] = defaultdict(list)
    for figure in figures:
        if figure.mergeable:
            candidates[(figure.category, figure.place_key or "")].append(figure)
        else:
            events.append(Event([figure]))
    for group in candidates.values():
        open_events: list[Event] = []
        for figure in sorted(group, key=lambda f: (f.day, f.row)):
            # days come in order: an event that began more than the window ago takes no later
            # figure, so it is closed (a busy place over years stays linear, not quadratic)
            while open_events and (figure.day - open_events[0].first_day).days > EVENT_SPAN_DAYS:
                events.append(open_events.pop(0))
            # the most recent fitting event: with days in order, the one this figure updates
            home = next((e for e in reversed(open_events) if can_join(e, figure)), None)
            if home is None:
                home = Event()
                open_events.append(home)
            home.figures.append(figure)
        events.extend(open_events)
    return sorted(events, key=lambda e: e.first_row)


@dataclass(frozen=True)
class ArticleInfo:
    order: int  # input order
    date: str  # publication date (ISO) or ""
    outlet: str | None


def article_info(articles: pd.DataFrame) -> dict[str, ArticleInfo]:
    return {str(r.doc_id): ArticleInfo(i, str(r.date)[:10] if _text(r.date) else "",
                                       _text(r.source))
            for i, r in enumerate(articles.itertuples(index=False))}


def _distinct(values: Iterable[str | None]) -> str | None:
    seen = list(dict.fromkeys(v for v in values if v))
    return schema.LIST_SEPARATOR.join(seen) if seen else None


def event_row(event_id: int, event: Event, articles: dict[str, ArticleInfo]) -> dict:
    """The `events` row of one event."""
    unknown = ArticleInfo(len(articles), "", None)
    # an article's figure is its largest row ("neuf morts, dont trois enfants" is nine)
    per_article: dict[str, int | None] = {}
    for f in event.figures:
        known = [v for v in (per_article.get(f.doc_id), f.value) if v is not None]
        per_article[f.doc_id] = max(known) if known else None
    doc_ids = sorted(per_article, key=lambda d: articles.get(d, unknown).order)
    latest = max(doc_ids, key=lambda d: (articles.get(d, unknown).date,
                                         articles.get(d, unknown).order))
    values = [v for v in per_article.values() if v is not None]
    days = [f.day for f in event.figures if f.day is not None]
    first = min(event.figures, key=lambda f: f.row)
    return {
        "event_id": event_id,
        "category": first.category,
        "place": first.place,
        "place_key": first.place_key,
        "date_start": min(days).isoformat() if days else None,
        "date_end": max(days).isoformat() if days else None,
        "figure_min": min(values) if values else None,
        "figure_max": max(values) if values else None,
        "latest_figure": per_article[latest],
        "latest_doc_id": latest,
        "n_figures": len(event.figures),
        "n_articles": len(doc_ids),
        "sources": _distinct(f.source for f in sorted(event.figures, key=lambda f: f.row)),
        "outlets": _distinct(articles.get(d, unknown).outlet for d in doc_ids),
        "doc_ids": schema.LIST_SEPARATOR.join(doc_ids),
    }


def build_events(casualties: pd.DataFrame, articles: pd.DataFrame
                 ) -> tuple[pd.DataFrame, pd.Series]:
    """The `events` table and the `event_id` of every casualties row (aligned with it)."""
    events = group_figures(figures_of(casualties))
    info = article_info(articles)
    event_ids: list[int] = [0] * len(casualties)
    rows = []
    for event_id, event in enumerate(events, start=1):
        rows.append(event_row(event_id, event, info))
        for f in event.figures:
            event_ids[f.row] = event_id
    return to_frame(schema.EVENTS, rows), \
        pd.Series(event_ids, index=casualties.index, dtype="Int64")
