"""The output contract: every table newsextract writes, its columns, their types and order.

This module is the single owner of the schema. Readers of the outputs (pipelines, BI tools,
the scorer) depend on it, so any change here bumps ``SCHEMA_VERSION`` and is recorded in
``docs/schema.md``. Nothing else in the package spells a column name list.

Types are pandas extension dtypes so that missing values stay missing (``<NA>``) instead of
turning integers into floats: ``string``, ``Int64``, ``boolean``.
"""

from __future__ import annotations

from dataclasses import dataclass

# 1.1: events and people tables, casualties.event_id; 1.2: quotes.speaker_entity_id
SCHEMA_VERSION = "1.2"


@dataclass(frozen=True)
class Column:
    name: str
    dtype: str  # a pandas dtype name: "string", "Int64", "boolean"
    description: str
    example: str = ""


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: tuple[Column, ...]
    # The doc.spans key and the Span extension holding the layer's attributes (None for
    # tables that are not built from spans).
    span_key: str | None = None
    span_extension: str | None = None

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    @property
    def dtypes(self) -> dict[str, str]:
        return {c.name: c.dtype for c in self.columns}


def _c(name: str, dtype: str, description: str, example: str = "") -> Column:
    return Column(name, dtype, description, example)


DOC_ID = _c("doc_id", "string", "Document id: the record's `id` as given, else a stable id "
            "from its file (and line), else the file path relative to the input folder.",
            "seed/000_aleppo.txt")
START = _c("start_char", "Int64", "Start offset (Python str index) into the document text.", "1891")
END = _c("end_char", "Int64", "End offset (exclusive): `text[start_char:end_char] == text`.",
         "1899")
TEXT = _c("text", "string", "The covered text, exactly as in the document.", "43 morts")

ARTICLES = Table(
    "articles",
    "One row per input document, whatever happened to it.",
    (
        DOC_ID,
        _c("source_path", "string", "Input file the document came from.", "data/raw/wire.jsonl"),
        _c("line", "Int64", "1-based line (JSONL) or record index (JSON) in the file; empty for "
           ".txt/.html.", "3"),
        _c("title", "string", "Title: the record's `title`, else the layout's title line.",
           "Poutine rejette la demande…"),
        _c("section", "string", "Section line of a .txt in the seed layout, else empty.",
           "International"),
        _c("date", "string", "Publication date (ISO 8601) from the record or `--date`; empty "
           "when unknown.", "2016-10-28"),
        _c("url", "string", "The record's `url`, if any.", ""),
        _c("source", "string", "The record's `source` (outlet), if any.", "AFP"),
        _c("language", "string", "Detected language code (`fr`, `en`, …); empty when the text "
           "is too short to tell.", "fr"),
        _c("n_chars", "Int64", "Length of the document text in characters.", "3503"),
        _c("n_tokens", "Int64", "Number of spaCy tokens (whitespace tokens excluded).", "640"),
        _c("n_entities", "Int64", "Rows of this document in `entities`.", "22"),
        _c("n_quotes", "Int64", "Rows of this document in `quotes`.", "9"),
        _c("n_dates", "Int64", "Rows of this document in `dates`.", "9"),
        _c("n_casualties", "Int64", "Rows of this document in `casualties`.", "5"),
        _c("status", "string", "`ok` (extracted), `skipped` (not extracted, e.g. not French) or "
           "`error` (unreadable: see message).", "ok"),
        _c("message", "string", "What happened, for anything but a clean run: the error, or a "
           "warning such as a cp1252 decoding or a duplicate id.", ""),
    ),
)

ENTITIES = Table(
    "entities",
    "One row per named-entity mention (PER, LOC, ORG, MISC).",
    (
        DOC_ID,
        _c("entity_id", "Int64", "Groups the mentions of one entity within the document "
           "(1, 2, …).", "3"),
        START, END,
        _c("text", "string", "The mention as written (titles and determiners excluded).",
           "Poutine"),
        _c("label", "string", "PER, LOC, ORG or MISC.", "PER"),
        _c("canonical", "string", "Fullest name the article gives for this entity.",
           "Vladimir Poutine"),
        _c("entity_key", "string", "`canonical` with case and accents folded, for grouping "
           "across articles.", "vladimir poutine"),
        _c("role", "string", "Title or function stated next to the name, if any.",
           "porte-parole du gouvernement"),
        _c("paragraph", "Int64", "0-based index of the layout block holding the mention.", "4"),
        _c("sentence", "Int64", "0-based index of the sentence in the document.", "5"),
    ),
    span_key="entities",
    span_extension="entity",
)

QUOTES = Table(
    "quotes",
    "One row per attributed statement.",
    (
        DOC_ID,
        _c("quote_id", "Int64", "1-based index of the quote in the document.", "1"),
        START, END,
        _c("text", "string", "The reported content (inside the marks for direct quotes).",
           "Le président considère…"),
        _c("kind", "string", "direct, indirect, mixed or selon.", "direct"),
        _c("speaker", "string", "The speaker's fullest name in the article, a noun phrase for "
           "unnamed sources, or empty.", "Dmitri Peskov"),
        _c("speaker_label", "string", "PER, ORG, LOC or NP (an unnamed noun phrase).", "PER"),
        _c("speaker_entity_id", "Int64", "The `entity_id` of the speaker's rows in `entities` "
           "(join on doc_id and entity_id); empty for an unnamed source.", "2"),
        _c("speaker_start_char", "Int64", "Offsets of the speaker mention the attribution used "
           "(may be a pronoun or description), or empty.", "393"),
        _c("speaker_end_char", "Int64", "End of that mention.", "406"),
        _c("verb", "string", "Lemma of the reporting verb; empty for selon attributions.",
           "déclarer"),
    ),
    span_key="quotes",
    span_extension="quote",
)

DATES = Table(
    "dates",
    "One row per temporal expression (TIMEX3).",
    (
        DOC_ID,
        _c("date_id", "Int64", "1-based index of the expression in the document.", "1"),
        START, END,
        _c("text", "string", "The expression, exactly as in the document.", "Le 18 octobre"),
        _c("type", "string", "DATE, TIME, DURATION or SET.", "DATE"),
        _c("value", "string", "TIMEX3 value: 2016-10-18, 2016-W43, P10D, PT72H, PRESENT_REF, "
           "XXXX-10-18 when the year is unknown.", "2016-10-18"),
        _c("start", "string", "ISO start of the interval the expression denotes, if any.",
           "2016-10-18T00:00:00"),
        _c("end", "string", "ISO end (exclusive) of that interval, if any.",
           "2016-10-19T00:00:00"),
        _c("anchor", "string", "What the value was resolved against: publication, previous "
           "(the last resolved date) or none.", "publication"),
    ),
    span_key="dates",
    span_extension="timex",
)

CASUALTIES = Table(
    "casualties",
    "One row per casualty figure (category × victim group).",
    (
        DOC_ID,
        _c("casualty_id", "Int64", "1-based index of the figure in the document.", "1"),
        START, END,
        TEXT,
        _c("category", "string", "killed, injured or missing.", "killed"),
        _c("count_min", "Int64", "Lower bound of the figure (empty when unbounded).", "15"),
        _c("count_max", "Int64", "Upper bound of the figure (empty when unbounded).", ""),
        _c("qualifier", "string", "exact, about, at_least, more_than, at_most or range.",
           "at_least"),
        _c("victims", "string", "The victim group as written, or empty.", "civils"),
        _c("source", "string", "Who gives the figure, or empty.", "AFP"),
        _c("location", "string", "A place named in the same sentence (entities layer).", "Alep"),
        _c("date", "string", "The value of a DATE (else TIME) expression in the same sentence "
           "(dates layer); durations and sets are not dates.",
           "2016-10-28"),
        _c("event_id", "Int64", "The row of `events` this figure belongs to (computed over "
           "the whole run: figures of one incident across articles share it).", "12"),
    ),
    span_key="casualties",
    span_extension="casualty",
)

# Lists of values in one cell (names, roles, sources, doc ids) are joined with this.
LIST_SEPARATOR = " | "

EVENTS = Table(
    "events",
    "One row per casualty event: the figures of one incident (category, place, day) across "
    "the articles of a run, merged conservatively (docs/corpus.md). A figure without a place "
    "(or placed only in a country or larger area) or without a calendar day is an event of "
    "its own.",
    (
        _c("event_id", "Int64", "1-based, in the order of the event's first figure in "
           "`casualties`.", "12"),
        _c("category", "string", "killed, injured or missing.", "killed"),
        _c("place", "string", "The place of the figures (canonical name of the LOC), or "
           "empty.", "Alep"),
        _c("place_key", "string", "`entity_key` of that place: what the merge compares.",
           "alep"),
        _c("date_start", "string", "Earliest day (ISO) the figures are dated to, or empty.",
           "2016-10-18"),
        _c("date_end", "string", "Latest day (ISO) the figures are dated to, or empty.",
           "2016-10-19"),
        _c("figure_min", "Int64", "Smallest figure of one article (an article's figure is its "
           "largest row of the event).", "3"),
        _c("figure_max", "Int64", "Largest figure of one article.", "9"),
        _c("latest_figure", "Int64", "The figure of the most recent article (publication "
           "date, then input order).", "9"),
        _c("latest_doc_id", "string", "That article.", "wire-0042"),
        _c("n_figures", "Int64", "Rows of `casualties` in the event.", "4"),
        _c("n_articles", "Int64", "Distinct articles reporting it.", "3"),
        _c("sources", "string", "Distinct sources of the figures (`casualties.source`), "
           "joined with ` | `.", "ministère de la Santé | AFP"),
        _c("outlets", "string", "Distinct outlets of the articles (`articles.source`), "
           "joined with ` | `.", "Le Monde | AFP"),
        _c("doc_ids", "string", "The articles, in input order, joined with ` | `.",
           "wire-0040 | wire-0042"),
    ),
)

PEOPLE = Table(
    "people",
    "One row per person (PER entity) across the run, grouped by `entity_key`; most "
    "mentioned first.",
    (
        _c("entity_key", "string", "The person's `entity_key`: the join key to `entities`.",
           "vladimir poutine"),
        _c("canonical", "string", "The canonical name most articles give (the longest on a "
           "tie).", "Vladimir Poutine"),
        _c("names", "string", "Distinct mentions as written, most frequent first (at most "
           "10), joined with ` | `.", "Poutine | Vladimir Poutine"),
        _c("roles", "string", "Distinct roles, most frequent first (at most 10), joined with "
           "` | `.", "président russe"),
        _c("n_articles", "Int64", "Articles mentioning the person.", "14"),
        _c("n_mentions", "Int64", "Rows of `entities` for the person.", "52"),
        _c("n_quotes", "Int64", "Rows of `quotes` the person is the speaker of.", "9"),
        _c("first_date", "string", "Earliest publication date of those articles, or empty.",
           "2016-10-18"),
        _c("last_date", "string", "Latest publication date of those articles, or empty.",
           "2016-10-28"),
    ),
)

TABLES: dict[str, Table] = {t.name: t for t in (ARTICLES, ENTITIES, QUOTES, DATES, CASUALTIES,
                                                 EVENTS, PEOPLE)}
LAYER_TABLES: tuple[Table, ...] = (ENTITIES, QUOTES, DATES, CASUALTIES)
# Tables computed over a whole run after the per-article tables (newsextract.corpus).
CORPUS_TABLES: tuple[Table, ...] = (EVENTS, PEOPLE)
# Columns of the layer tables that the corpus stage fills, not the spaCy components.
CORPUS_COLUMNS: dict[str, tuple[str, ...]] = {"casualties": ("event_id",)}
# The id column of each layer table, numbered 1.. per document in text order; entity_id is
# assigned by the entities component instead (it groups mentions).
ROW_ID_COLUMN = {"quotes": "quote_id", "dates": "date_id", "casualties": "casualty_id"}


def span_attribute_names(table: Table) -> list[str]:
    """Columns a layer component must fill in its Span extension dict.

    Everything but the columns the tables module derives itself (doc_id, offsets, text,
    row ids, paragraph, sentence, and label for entities, which is the span label).
    """
    derived = {"doc_id", "start_char", "end_char", "text", "paragraph", "sentence", "label",
               ROW_ID_COLUMN.get(table.name, ""), *CORPUS_COLUMNS.get(table.name, ())}
    return [c for c in table.column_names if c not in derived]


def to_markdown() -> str:
    """docs/schema.md, generated from this module (a test keeps the two identical)."""
    lines = [
        "# Output schema",
        "",
        f"Schema version **{SCHEMA_VERSION}**. Generated from `src/newsextract/schema.py` by",
        "`python -m newsextract.schema > docs/schema.md`; a test fails when the two differ, so",
        "the contract never changes silently. Any change to a column bumps the version.",
        "",
        "Every run writes all seven tables (CSV by default, Parquet with `--format parquet`),",
        "with their headers even when empty, plus `manifest.json` (version, model, options,",
        "inputs, counts, errors, duration, and the run id and SHA-256 of every table file).",
        "The five per-article tables are computed article by article; `events`, `people` and",
        "`casualties.event_id` over the whole run ([corpus](corpus.md)). A run is published",
        "whole: `manifest.json` is moved into place last, and `newsextract.read` and",
        "`newsextract report` refuse a folder whose files do not match its manifest (a run",
        "interrupted while its files were being moved into place).",
        "",
        "Offsets are Python `str` indices into the document text (a .txt file's content, a",
        "record's `text` field, or the main text extracted from",
        "an .html page): on every row, `text[start_char:end_char] == text`. A .txt file's",
        "text is its bytes decoded as UTF-8 without a leading byte-order mark, line endings",
        "kept (`path.read_bytes().decode(\"utf-8-sig\")`, not `read_text()`, which turns",
        "`\\r\\n` into `\\n`); a cp1252 file is decoded as cp1252 (said on its articles row).",
        "",
        "Types: `string` (empty cell = missing), `Int64` (integer, empty = missing).",
        "With `--excel`, text cells that start with `=`, `+`, `-`, `@`, tab or carriage return",
        "get a leading `'` so that a spreadsheet shows them as text; the default CSV keeps every",
        "text exactly as in the document, for pipelines.",
        "",
        "How the layer values are built: [entities](entities.md), [quotes](quotes.md),",
        "[dates](dates.md), [casualties](casualties.md); the cross-article tables:",
        "[corpus](corpus.md).",
        "",
    ]
    for table in TABLES.values():
        lines += [f"## `{table.name}`", "", table.description, "",
                  "| column | type | meaning | example |", "|---|---|---|---|"]
        for column in table.columns:
            meaning = column.description.replace("|", "\\|")
            example = f"`{column.example}`" if column.example else ""
            lines.append(f"| `{column.name}` | {column.dtype} | {meaning} | {example} |")
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover
    print(to_markdown(), end="")
