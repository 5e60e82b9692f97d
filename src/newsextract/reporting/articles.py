"""The articles embedded in the report: text and spans, rendered by the page on demand.

The tables do not hold the texts: they are read again from the run's inputs (listed in its
manifest) exactly as the run read them, and an article whose text no longer matches its
`articles` row (length changed since the run) is shown without text.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from newsextract.inputs import ReadOptions, iter_documents, mark_duplicates
from newsextract.inputs.documents import DEFAULT_MAX_CHARS, OK

# Characters of an article embedded in the page: the median press article is ~3,000, and
# the 5% longest would double the file; the rest of a long article is said to be cut.
ARTICLE_CHARS = 8000
# Characters of a span's tooltip (a long quote's speaker and verb, not the quote).
TIP_CHARS = 120


def run_directory(folder: Path | None, manifest: dict) -> Path:
    """The working directory of the run, against which its relative inputs are read: as the
    manifest says, else the processed folder minus its relative `output` path
    ("data/processed" in /repo/data/processed -> /repo), else the current directory."""
    if manifest.get("working_directory") and Path(manifest["working_directory"]).is_dir():
        return Path(manifest["working_directory"])
    output = (manifest.get("options") or {}).get("output")
    if folder is None or not output or Path(output).is_absolute():
        return Path.cwd()
    resolved, parts = Path(folder).resolve(), Path(output).parts
    if resolved.parts[-len(parts):] == parts:
        return Path(*resolved.parts[:-len(parts)])
    return Path.cwd()


def read_texts(manifest: dict, folder: Path | None = None) -> tuple[dict[str, str], str]:
    """doc_id -> text of the run's inputs, and a note when they cannot be read."""
    base = run_directory(folder, manifest)
    inputs = [base / p for p in manifest.get("inputs") or []]
    missing = [str(p) for p in inputs if not p.exists()]
    if not inputs or missing:
        return {}, ("Article texts not shown: the run's inputs "
                    f"({', '.join(missing) or 'not listed in manifest.json'}) are not there.")
    options = manifest.get("options") or {}
    output = base / options["output"] if options.get("output") else None
    read_options = ReadOptions(date=options.get("date"),
                               max_chars=int(options.get("max_chars") or DEFAULT_MAX_CHARS),
                               exclude=output)
    texts = {d.doc_id: d.text for d in mark_duplicates(iter_documents(inputs, read_options))
             if d.status == OK and d.text is not None}
    return texts, ""


def _tip(*parts: object) -> str:
    text = " · ".join(str(p) for p in parts if p is not None and not pd.isna(p) and str(p))
    return text[:TIP_CHARS]


def _spans(tables: Mapping[str, pd.DataFrame], tips: dict[str, int]) -> dict[str, list[list]]:
    """doc_id -> [start, end, class, tooltip number, ref] of every span of the four layers;
    `tips` numbers the distinct tooltips (a name recurs in hundreds of articles: the page
    holds its tooltip once)."""
    out: dict[str, list[list]] = {}

    def add(frame: pd.DataFrame, cls, tip, ref) -> None:
        for row in frame.itertuples(index=False):
            number = tips.setdefault(tip(row), len(tips))
            out.setdefault(str(row.doc_id), []).append(
                [int(row.start_char), int(row.end_char), cls(row), number, ref(row)])

    add(tables["quotes"], lambda r: "q",
        lambda r: _tip(f"quote ({r.kind})", r.speaker, r.verb), lambda r: f"q{r.quote_id}")
    add(tables["dates"], lambda r: "d", lambda r: _tip(r.type, r.value),
        lambda r: f"d{r.date_id}")
    add(tables["casualties"], lambda r: "c",
        lambda r: _tip(r.category, r.count_min, r.qualifier, r.source, f"event {r.event_id}"),
        lambda r: f"c{r.casualty_id}")
    add(tables["entities"], lambda r: r.label, lambda r: _tip(r.label, r.canonical, r.role),
        lambda r: f"e{r.entity_id}")
    return out


def article_payload(tables: Mapping[str, pd.DataFrame], texts: Mapping[str, str]) -> dict:
    """{"tips": the distinct tooltips, "articles": one compact record per article, in the
    order of `articles` (the links' positions): [doc_id, title, date, outlet, status,
    [entities, quotes, dates, casualties], text or None, characters cut, spans]}."""
    tips: dict[str, int] = {}
    spans = _spans(tables, tips)
    out = []
    for row in tables["articles"].itertuples(index=False):
        doc_id = str(row.doc_id)
        text = texts.get(doc_id)
        if text is not None and not pd.isna(row.n_chars) and len(text) != int(row.n_chars):
            text = None  # the input changed since the run: its offsets would be wrong
        kept = text[:ARTICLE_CHARS] if text is not None else None
        article_spans = sorted((s for s in spans.get(doc_id, [])
                                if kept is not None and s[1] <= len(kept)),
                               key=lambda s: (s[0], -s[1]))
        counts = [None if pd.isna(c) else int(c) for c in
                  (row.n_entities, row.n_quotes, row.n_dates, row.n_casualties)]
        out.append([doc_id, _str(row.title), _str(row.date), _str(row.source), row.status,
                    counts, kept, len(text) - len(kept) if text is not None else 0,
                    article_spans])
    return {"tips": list(tips), "articles": out}


def _str(value: object) -> str:
    return "" if value is None or pd.isna(value) else str(value)
