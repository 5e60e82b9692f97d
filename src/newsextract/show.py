"""``newsextract show``: one article in the terminal with its extractions highlighted."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.table import Table
from rich.text import Text

from newsextract import schema
from newsextract.inputs import ReadOptions, iter_documents
from newsextract.inputs.documents import OK

STYLES = {
    "PER": "bold cyan", "LOC": "bold green", "ORG": "bold magenta", "MISC": "bold",
    "quotes": "italic yellow", "dates": "bold blue", "casualties": "bold white on red",
}


def show_document(path: Path, doc_id: str | None, date: str | None,
                  console: Console | None = None, participants: bool = False) -> bool:
    """Print the article; False when no usable document matches. `participants`: also the
    participant registry (who takes part in the article)."""
    from newsextract.nlp.pipeline import annotate, load

    console = console or Console()
    for document in iter_documents([path], ReadOptions(date=date)):
        if doc_id is not None and document.doc_id != doc_id:
            continue
        if document.status != OK or document.text is None:
            console.print(f"[red]{document.doc_id}: {document.message}[/]")
            return False
        doc = annotate(load(), document.text, document.date, document.has_title)
        console.print(highlight(doc))
        console.print(legend())
        for table in schema.LAYER_TABLES:
            console.print(span_table(doc, table))
        if participants:
            console.print(participant_table(doc))
        return True
    return False


def highlight(doc) -> Text:
    text = Text(doc.text)
    # Quotes first (widest), then dates and figures, then entities on top.
    for key in ("quotes", "dates", "casualties"):
        for span in doc.spans.get(key, []):
            text.stylize(STYLES[key], span.start_char, span.end_char)
    for span in doc.spans.get("entities", []):
        text.stylize(STYLES.get(span.label_, "bold"), span.start_char, span.end_char)
    return text


def legend() -> Text:
    out = Text("\nlegend: ")
    for name, style in STYLES.items():
        out.append(f" {name} ", style=style)
    return out


def span_table(doc, table: schema.Table) -> Table:
    attributes = schema.span_attribute_names(table)
    shown = [a for a in attributes if a not in ("entity_key", "speaker_start_char",
                                                "speaker_end_char", "start", "end")]
    out = Table(title=table.name, title_justify="left")
    out.add_column("text", overflow="fold", max_width=60)
    if table is schema.ENTITIES:
        out.add_column("label")
    for name in shown:
        out.add_column(name, overflow="fold")
    for span in doc.spans.get(table.span_key, []):
        values = getattr(span._, table.span_extension) or {}
        cells = [span.text] + ([span.label_] if table is schema.ENTITIES else [])
        cells += ["" if values.get(a) is None else str(values.get(a)) for a in shown]
        out.add_row(*cells)
    return out


def participant_table(doc) -> Table:
    """The participant registry: one row per person, organisation or unnamed group."""
    out = Table(title="participants", title_justify="left")
    for name in ("id", "kind", "name", "other names", "descriptions", "gender", "number",
                 "age", "mentions"):
        out.add_column(name, overflow="fold")
    for p in doc._.participants or []:
        others = [n for n in p["names"] if n != p["name"]]
        mentions = [doc.text[start:end] for start, end, _ in p["mentions"]]
        out.add_row(str(p["participant_id"]), p["kind"], p["name"] or "", "; ".join(others),
                    "; ".join(p["descriptions"]), p["gender"] or "", p["number"] or "",
                    str(p["age"]) if p.get("age") is not None else "",
                    f"{len(mentions)}: " + "; ".join(dict.fromkeys(mentions)))
    return out
