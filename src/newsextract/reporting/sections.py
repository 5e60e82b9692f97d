"""What the report shows, computed from the tables of a run (pure pandas, no HTML).

Long lists are capped by the constants below; each section says how many it shows of how
many, so a 5,000-article corpus gives a page of the same size as a 500-article one (only the
embedded articles grow).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import pandas as pd

from newsextract import schema
from newsextract.corpus.events import calendar_day
from newsextract.nlp.entities.canonical import entity_key

# People and organisations listed (and charted): more is a spreadsheet's job (people.csv).
TOP_ENTITIES = 25
# Bars in the people chart: more do not fit the width of a page.
CHART_BARS = 15
# Speakers listed, and quotes shown per speaker: enough to see who speaks and about what.
TOP_SPEAKERS = 20
QUOTES_PER_SPEAKER = 5
# Characters of a quote shown in the speaker list (the article view shows it whole).
QUOTE_PREVIEW_CHARS = 280
# Events listed: merged events first, then the largest figures.
EVENTS_SHOWN = 150
# Articles linked from one row of a table ("a, b, c … and 12 more").
LINKS_PER_ROW = 6
# Timeline: the days of the dated mentions between these quantiles, so that a mention of
# 1789 in one article does not squeeze a corpus of one year into a pixel.
TIMELINE_QUANTILES = (0.05, 0.95)


@dataclass(frozen=True)
class Link:
    """A link to an article (its position among the embedded articles), optionally to one
    span of it ("q3" = quote 3, "c2" = casualty 2, "e5" = entity 5)."""

    label: str
    article: int
    span: str = ""

    @property
    def href(self) -> str:
        return f"#a={self.article}" + (f":{self.span}" if self.span else "")


@dataclass
class Capped:
    """Rows of a section and how many there were before the cap."""

    rows: list[dict]
    total: int

    @property
    def capped(self) -> bool:
        return self.total > len(self.rows)


@dataclass
class Sections:
    summary: list[tuple[str, str]] = field(default_factory=list)
    people: Capped = field(default_factory=lambda: Capped([], 0))
    organisations: Capped = field(default_factory=lambda: Capped([], 0))
    speakers: Capped = field(default_factory=lambda: Capped([], 0))
    timeline: list[tuple[str, int]] = field(default_factory=list)
    timeline_note: str = ""
    events: Capped = field(default_factory=lambda: Capped([], 0))


class ArticleIndex:
    """doc_id -> position among the embedded articles, for links."""

    def __init__(self, articles: pd.DataFrame) -> None:
        self.position = {str(d): i for i, d in enumerate(articles["doc_id"])}

    def links(self, doc_ids, span_of: dict[str, str] | None = None) -> tuple[list[Link], int]:
        """Links to the first LINKS_PER_ROW distinct articles, and how many more there are."""
        distinct = [d for d in dict.fromkeys(str(d) for d in doc_ids) if d in self.position]
        shown = [Link(d, self.position[d], (span_of or {}).get(d, ""))
                 for d in distinct[:LINKS_PER_ROW]]
        return shown, len(distinct) - len(shown)


def summary(tables: dict[str, pd.DataFrame], manifest: dict) -> list[tuple[str, str]]:
    articles, entities = tables["articles"], tables["entities"]
    status = articles["status"].value_counts()
    dates = articles["date"].dropna()
    events = tables["events"]
    labels = entities.drop_duplicates(["label", "entity_key"])["label"].value_counts()
    rows = [
        ("articles", f"{len(articles):,} ({status.get('ok', 0):,} extracted, "
                     f"{status.get('skipped', 0):,} skipped, {status.get('error', 0):,} "
                     "errors)"),
        ("publication dates", f"{dates.min()} to {dates.max()} ({len(dates):,} dated)"
         if len(dates) else "none given"),
        ("outlets", f"{articles['source'].nunique():,}"),
        ("entity mentions", f"{len(entities):,}: {labels.get('PER', 0):,} people, "
                            f"{labels.get('ORG', 0):,} organisations, "
                            f"{labels.get('LOC', 0):,} places (distinct)"),
        ("quotes", f"{len(tables['quotes']):,}"),
        ("dated expressions", f"{len(tables['dates']):,}"),
        ("casualty figures", f"{len(tables['casualties']):,} in {len(events):,} events, "
                             f"{int((events['n_articles'] > 1).sum()):,} reported by several "
                             "articles"),
    ]
    if manifest:
        rows.append(("run", f"newsextract {manifest.get('newsextract_version', '?')}, "
                            f"schema {manifest.get('schema_version', '?')}, started "
                            f"{manifest.get('started_at', '?')}, "
                            f"run {manifest.get('run_id', '?')}"))
    return rows


def _mentions(entities: pd.DataFrame, label: str) -> dict[str, dict[str, str]]:
    """entity_key -> {doc_id: span ref of the entity in that article}, articles in order."""
    rows = entities[(entities["label"] == label) & entities["entity_key"].notna()] \
        .drop_duplicates(["entity_key", "doc_id"])
    out: dict[str, dict[str, str]] = {}
    for key, doc_id, entity_id in zip(rows["entity_key"], rows["doc_id"], rows["entity_id"]):
        out.setdefault(str(key), {})[str(doc_id)] = f"e{entity_id}"
    return out


def people_rows(tables: dict[str, pd.DataFrame], index: ArticleIndex) -> Capped:
    people = tables["people"]
    mentions = _mentions(tables["entities"], "PER")
    rows = []
    for person in people.head(TOP_ENTITIES).itertuples(index=False):
        in_articles = mentions.get(person.entity_key, {})
        links, more = index.links(in_articles, in_articles)
        rows.append({"name": person.canonical, "roles": _first_values(person.roles),
                     "n_articles": person.n_articles, "n_mentions": person.n_mentions,
                     "n_quotes": person.n_quotes, "links": links, "more": more})
    return Capped(rows, len(people))


def organisation_rows(tables: dict[str, pd.DataFrame], index: ArticleIndex) -> Capped:
    orgs = tables["entities"][(tables["entities"]["label"] == "ORG")
                              & tables["entities"]["entity_key"].notna()]
    grouped = orgs.groupby("entity_key", sort=False)
    ranking = pd.DataFrame({"n_articles": grouped["doc_id"].nunique(),
                            "n_mentions": grouped.size()}) \
        .sort_values(["n_articles", "n_mentions"], ascending=False)
    names = orgs.groupby(["entity_key", "canonical"], sort=False).size() \
        .sort_values(ascending=False).reset_index().drop_duplicates("entity_key") \
        .set_index("entity_key")["canonical"]
    mentions = _mentions(orgs, "ORG")
    rows = []
    for key, row in ranking.head(TOP_ENTITIES).iterrows():
        links, more = index.links(mentions[key], mentions[key])
        rows.append({"name": names[key], "n_articles": int(row.n_articles),
                     "n_mentions": int(row.n_mentions), "links": links, "more": more})
    return Capped(rows, len(ranking))


def speaker_rows(tables: dict[str, pd.DataFrame], index: ArticleIndex) -> Capped:
    quotes = tables["quotes"].dropna(subset=["speaker"])
    quotes = quotes.assign(key=[entity_key(s) for s in quotes["speaker"]])
    grouped = quotes.groupby("key", sort=False)
    ranking = grouped.size().sort_values(ascending=False, kind="stable")
    rows = []
    for key in ranking.index[:TOP_SPEAKERS]:
        said = grouped.get_group(key)
        verbs = Counter(v for v in said["verb"].dropna())
        shown = [{"text": _preview(q.text), "kind": q.kind, "verb": _value(q.verb),
                  "link": Link(str(q.doc_id), index.position[str(q.doc_id)], f"q{q.quote_id}")}
                 for q in said.head(QUOTES_PER_SPEAKER).itertuples(index=False)
                 if str(q.doc_id) in index.position]
        rows.append({"name": said["speaker"].value_counts().index[0],
                     "label": said["speaker_label"].mode().iloc[0]
                     if said["speaker_label"].notna().any() else "",
                     "n_quotes": len(said), "n_articles": said["doc_id"].nunique(),
                     "verbs": verbs.most_common(5), "quotes": shown,
                     "more": len(said) - len(shown)})
    return Capped(rows, len(ranking))


def timeline(dates: pd.DataFrame) -> tuple[list[tuple[str, int]], str]:
    """(bin label, mentions) of the day-precise dated mentions, per day, month or year
    depending on the range, and a note of what was left out."""
    days = pd.Series([calendar_day(v) for v in dates["value"]], dtype=object).dropna()
    if days.empty:
        return [], "No dated mention precise to the day."
    stamps = pd.to_datetime(pd.Series(days.astype(str)), errors="coerce").dropna()
    low, high = stamps.quantile(TIMELINE_QUANTILES[0]), stamps.quantile(TIMELINE_QUANTILES[1])
    kept = stamps[(stamps >= low) & (stamps <= high)]
    span_days = (high - low).days
    period, fmt = ("D", "%Y-%m-%d") if span_days <= 92 else \
        ("M", "%Y-%m") if span_days <= 3660 else ("Y", "%Y")
    counts = kept.dt.to_period(period).value_counts().sort_index()
    full = pd.period_range(counts.index.min(), counts.index.max(), freq=period)
    counts = counts.reindex(full, fill_value=0)
    bins = [(p.strftime(fmt), int(n)) for p, n in counts.items()]
    note = f"{len(kept):,} mentions dated to the day, per " \
        f"{ {'D': 'day', 'M': 'month', 'Y': 'year'}[period] }"
    if len(kept) < len(stamps):
        note += f"; {len(stamps) - len(kept):,} outside {bins[0][0]} – {bins[-1][0]} not shown"
    return bins, note


def event_rows(tables: dict[str, pd.DataFrame], index: ArticleIndex) -> Capped:
    events = tables["events"]
    ordered = events.assign(merged=events["n_articles"] > 1) \
        .sort_values(["merged", "n_articles", "figure_max"], ascending=False, kind="stable")
    casualties = tables["casualties"]
    first_figure = casualties.drop_duplicates(["event_id", "doc_id"])
    span_of = {(int(r.event_id), str(r.doc_id)): f"c{r.casualty_id}"
               for r in first_figure.itertuples(index=False)}
    rows = []
    for event in ordered.head(EVENTS_SHOWN).itertuples(index=False):
        doc_ids = str(event.doc_ids).split(schema.LIST_SEPARATOR)
        links, more = index.links(doc_ids, {d: span_of.get((int(event.event_id), d), "")
                                            for d in doc_ids})
        rows.append({"event_id": event.event_id, "category": event.category,
                     "place": _value(event.place), "dates": _day_range(event),
                     "figure_min": _number(event.figure_min),
                     "figure_max": _number(event.figure_max),
                     "latest": _number(event.latest_figure), "n_articles": event.n_articles,
                     "sources": _value(event.sources), "links": links, "more": more})
    return Capped(rows, len(events))


def build_sections(tables: dict[str, pd.DataFrame], manifest: dict) -> Sections:
    index = ArticleIndex(tables["articles"])
    bins, note = timeline(tables["dates"])
    return Sections(summary(tables, manifest), people_rows(tables, index),
                    organisation_rows(tables, index), speaker_rows(tables, index), bins, note,
                    event_rows(tables, index))


def _value(value) -> str:
    return "" if value is None or pd.isna(value) else str(value)


def _number(value) -> int | None:
    return None if value is None or pd.isna(value) else int(value)


def _day_range(event) -> str:
    start, end = _value(event.date_start), _value(event.date_end)
    return start if start == end else f"{start} – {end}"


def _first_values(joined, n: int = 3) -> str:
    values = _value(joined).split(schema.LIST_SEPARATOR) if _value(joined) else []
    return ", ".join(values[:n])


def _preview(text) -> str:
    text = _value(text)
    return text if len(text) <= QUOTE_PREVIEW_CHARS else text[:QUOTE_PREVIEW_CHARS] + "…"
