"""``newsextract report``: one self-contained HTML page over the tables of a run.

Everything is inline (styles, script, SVG figures, the articles as JSON) and a
Content-Security-Policy forbids any fetch: the page works offline and cannot leak what an
analyst reads. The tables are server-side HTML (capped); the articles are rendered by the
page's script one at a time, so a 5,000-article report opens quickly.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Mapping
from pathlib import Path

import jinja2
import pandas as pd
from markupsafe import Markup

from newsextract.corpus.events import EVENT_SPAN_DAYS
from newsextract.reporting import svg
from newsextract.reporting.articles import article_payload, read_texts
from newsextract.reporting.sections import CHART_BARS, Sections, build_sections
from newsextract.version import __version__

HERE = Path(__file__).resolve().parent


def _embedded_json(value: object) -> Markup:
    """JSON safe inside a <script> element: no "<" can close it early."""
    return Markup(json.dumps(value, ensure_ascii=False, separators=(",", ":"))
                  .replace("<", "\\u003c"))


def _charts(sections: Sections) -> dict[str, Markup]:
    people = [(r["name"], r["n_articles"]) for r in sections.people.rows[:CHART_BARS]]
    merged = [r for r in sections.events.rows if r["n_articles"] > 1][:CHART_BARS]
    ranges = [(f"{r['place'] or '?'}, {r['dates']}", r["category"], int(r["figure_min"]),
               int(r["figure_max"]), int(r["latest"] or r["figure_max"])) for r in merged
              if r["figure_min"] and r["figure_max"]]
    return {
        "people_chart": Markup(svg.bar_chart(people, "People by number of articles",
                                             "articles")),
        "timeline_chart": Markup(svg.timeline_chart(sections.timeline,
                                                    "Dated mentions over time")),
        "events_chart": Markup(svg.range_chart(ranges, "Figures of the events reported by "
                                                       "several articles (range on a log "
                                                       "scale, the latest figure as a dot)")),
    }


def render(tables: Mapping[str, pd.DataFrame], manifest: dict, texts: Mapping[str, str],
           texts_note: str = "", source: str = "") -> str:
    """The HTML of the report."""
    sections = build_sections(dict(tables), manifest)
    environment = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE), autoescape=True,
                                     undefined=jinja2.StrictUndefined)
    template = environment.get_template("report.html.j2")
    n_articles = len(tables["articles"])
    return template.render(
        title=f"newsextract report: {n_articles:,} article{'s' if n_articles != 1 else ''}",
        sections=sections, span_days=EVENT_SPAN_DAYS, texts_note=texts_note,
        css=Markup((HERE / "report.css").read_text(encoding="utf-8")),
        js=Markup((HERE / "report.js").read_text(encoding="utf-8")),
        articles_json=_embedded_json(article_payload(tables, texts)),
        version=__version__, source=source,
        generated=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        **_charts(sections))


def build_report(tables: Mapping[str, pd.DataFrame], manifest: Mapping, output: str | Path,
                 texts: Mapping[str, str] | None = None, folder: Path | None = None,
                 source: str = "Python") -> Path:
    """Write the report of a run's `tables` and `manifest` to `output`.

    The article texts come from `texts` (doc_id -> text) when given, else from the inputs
    listed in the manifest (relative to `folder`, the processed folder, when there is one).
    Reading a processed folder (and refusing one that mixes two runs) is the API's job
    (`newsextract.report`): this module only renders.
    """
    if texts is None:
        texts, note = read_texts(manifest, folder)
    else:
        note = ""
    html = render(tables, manifest, texts, note, source)
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_name(f".{output.name}.{os.getpid()}.partial")
    try:
        partial.write_text(html, encoding="utf-8")
        os.replace(partial, output)  # never a half-written report in place of the last one
    finally:
        partial.unlink(missing_ok=True)
    return output
