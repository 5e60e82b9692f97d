"""Inline SVG figures of the report: no library, no external file, scaled by the browser."""

from __future__ import annotations

import math
from html import escape

# Width of every figure in SVG units (it scales to the page width), and its margins.
WIDTH = 900
LABEL_WIDTH = 260  # room for a name left of a horizontal bar
BAR_HEIGHT = 22
# Tick labels on the timeline's axis: more overlap on a page-wide figure.
TIMELINE_TICKS = 8
TIMELINE_HEIGHT = 220


def _svg(height: int, body: list[str], title: str) -> str:
    # inline SVG in HTML needs no namespace declaration (and the page names no URL)
    return (f'<svg class="figure" viewBox="0 0 {WIDTH} {height}" role="img">'
            f'<title>{escape(title)}</title>'
            + "".join(body) + "</svg>")


def bar_chart(items: list[tuple[str, int]], title: str, unit: str) -> str:
    """Horizontal bars, one per (label, value), largest scale = largest value."""
    if not items:
        return ""
    top = max(v for _, v in items) or 1
    span = WIDTH - LABEL_WIDTH - 60
    body = []
    for i, (label, value) in enumerate(items):
        y = i * BAR_HEIGHT
        width = max(1, round(span * value / top))
        body.append(
            f'<g><title>{escape(label)}: {value} {escape(unit)}</title>'
            f'<text x="{LABEL_WIDTH - 8}" y="{y + 15}" text-anchor="end">{escape(label[:40])}'
            f'</text><rect class="bar" x="{LABEL_WIDTH}" y="{y + 3}" width="{width}" '
            f'height="{BAR_HEIGHT - 6}"/><text x="{LABEL_WIDTH + width + 6}" y="{y + 15}">'
            f'{value}</text></g>')
    return _svg(len(items) * BAR_HEIGHT + 4, body, title)


def timeline_chart(bins: list[tuple[str, int]], title: str) -> str:
    """Vertical bars over time, one per (period label, count), with a few tick labels."""
    if not bins:
        return ""
    top = max(n for _, n in bins) or 1
    plot_height = TIMELINE_HEIGHT - 40
    step = (WIDTH - 60) / len(bins)
    every = max(1, len(bins) // TIMELINE_TICKS)
    body = [f'<line class="axis" x1="40" y1="{plot_height + 5}" x2="{WIDTH - 10}" '
            f'y2="{plot_height + 5}"/>',
            f'<text x="36" y="14" text-anchor="end">{top}</text>']
    for i, (label, count) in enumerate(bins):
        x = 45 + i * step
        height = round(plot_height * count / top)
        body.append(f'<g><title>{escape(label)}: {count}</title><rect class="bar" '
                    f'x="{x:.1f}" y="{plot_height + 5 - height}" width="{max(step - 1, 1):.1f}" '
                    f'height="{height}"/></g>')
        if i % every == 0:
            body.append(f'<text x="{x:.1f}" y="{plot_height + 24}">{escape(label)}</text>')
    return _svg(TIMELINE_HEIGHT, body, title)


def range_chart(items: list[tuple[str, str, int, int, int]], title: str) -> str:
    """One line per (label, category, low, high, latest): the range of the figures on a log
    scale (tolls of 2 and of 300 on one figure), the latest figure marked by a dot."""
    if not items:
        return ""
    top = math.log10(1 + max(high for _, _, _, high, _ in items)) or 1
    span = WIDTH - LABEL_WIDTH - 90

    def x(value: int) -> float:
        return LABEL_WIDTH + span * math.log10(1 + value) / top

    body = []
    for i, (label, category, low, high, latest) in enumerate(items):
        y = i * BAR_HEIGHT + BAR_HEIGHT / 2
        body.append(
            f'<g><title>{escape(label)}, {escape(category)}: {low} to {high}, latest {latest}'
            f'</title><text x="{LABEL_WIDTH - 8}" y="{y + 4}" text-anchor="end">'
            f'{escape(label[:40])}</text><line class="range {escape(category)}" '
            f'x1="{x(low):.1f}" y1="{y}" x2="{x(high):.1f}" y2="{y}"/>'
            f'<circle class="latest" cx="{x(latest):.1f}" cy="{y}" r="4"/>'
            f'<text x="{x(high) + 10:.1f}" y="{y + 4}">'
            f'{low:,}{"–" + format(high, ",") if high != low else ""} {escape(category)}'
            f'</text></g>')
    return _svg(len(items) * BAR_HEIGHT + 4, body, title)
