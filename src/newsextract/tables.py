"""Turn annotated Docs into table rows (plain dicts keyed by schema columns).

The components own the extraction; this module only reads ``doc.spans[...]`` and the Span
extensions named in ``schema``, adds the derived columns (doc_id, offsets, text, row ids,
paragraph, sentence) and keeps the schema's column order.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from newsextract import schema
from newsextract.inputs.documents import OK, Document
from newsextract.nlp.extensions import block_index
from newsextract.nlp.segment import sentences as article_sentences

Row = dict[str, object]


@dataclass
class DocTables:
    """All rows one document contributes, table name -> rows."""

    rows: dict[str, list[Row]] = field(default_factory=lambda: {t: [] for t in schema.TABLES})


def article_row(document: Document, doc: Doc | None = None,
                layer_counts: dict[str, int] | None = None, language: str | None = None) -> Row:
    counts = layer_counts or {}
    text = document.text
    return {
        "doc_id": document.doc_id,
        "source_path": document.source_path,
        "line": document.line,
        "title": document.title,
        "section": document.section,
        "date": document.date,
        "url": document.url,
        "source": document.source,
        "language": language,
        "n_chars": len(text) if text is not None else None,
        "n_tokens": sum(1 for t in doc if not t.is_space) if doc is not None else None,
        "n_entities": counts.get("entities", 0 if doc is not None else None),
        "n_quotes": counts.get("quotes", 0 if doc is not None else None),
        "n_dates": counts.get("dates", 0 if doc is not None else None),
        "n_casualties": counts.get("casualties", 0 if doc is not None else None),
        "status": document.status,
        "message": document.message or None,
    }


def doc_tables(document: Document, doc: Doc, language: str | None = None) -> DocTables:
    """Rows of every table for one annotated document."""
    out = DocTables()
    # the article's one segmentation (quote-aware: a quote and its attribution share a sentence)
    sentence_starts = [start for start, _ in article_sentences(doc)] or [0]
    for table in schema.LAYER_TABLES:
        spans = sorted(doc.spans[table.span_key], key=lambda s: (s.start_char, s.end_char)) \
            if table.span_key in doc.spans else []
        out.rows[table.name] = [
            _span_row(document.doc_id, table, span, number, doc, sentence_starts)
            for number, span in enumerate(spans, start=1)
        ]
    document.messages.extend(doc._.ne_warnings or [])
    out.rows["articles"] = [article_row(document, doc, {
        t.name: len(out.rows[t.name]) for t in schema.LAYER_TABLES}, language)]
    return out


def _span_row(doc_id: str, table: schema.Table, span: Span, number: int, doc: Doc,
              sentence_starts: list[int]) -> Row:
    attributes = getattr(span._, table.span_extension) or {}
    row: Row = {"doc_id": doc_id, "start_char": span.start_char, "end_char": span.end_char,
                "text": span.text}
    if table.name in schema.ROW_ID_COLUMN:
        row[schema.ROW_ID_COLUMN[table.name]] = number
    if table is schema.ENTITIES:
        row["label"] = span.label_
        row["paragraph"] = block_index(doc, span.start_char)
        row["sentence"] = bisect_right(sentence_starts, span.start_char) - 1
    for name in schema.span_attribute_names(table):
        row[name] = attributes.get(name)
    return {name: row.get(name) for name in table.column_names}


def error_tables(document: Document, language: str | None = None) -> DocTables:
    """The single articles row of a document that was not extracted."""
    out = DocTables()
    out.rows["articles"] = [article_row(document, None, None, language)]
    return out


__all__ = ["DocTables", "OK", "Row", "article_row", "doc_tables", "error_tables"]
