"""A horizontal stacked bar chart of findings per element, as inline SVG text.

Inline SVG keeps the HTML report one self-contained file (no script, no image, no network) and
prints sharply. Bars are stacked by severity in the report's colours; every bar carries its label
and its total, so the chart reads in black-and-white print too.
"""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from disclosecheck.model import Severity
from disclosecheck.render.report_common import SEVERITIES, ElementCounts

#: Bar colours per severity (stronger than the table fills so thin bars stay visible).
BAR_COLOURS: dict[Severity, str] = {
    Severity.ERROR: "#c0392b",
    Severity.WARNING: "#e0a100",
    Severity.INFO: "#3d85c6",
}


@dataclass(frozen=True, slots=True)
class ChartText:
    """The words the chart shows: the title, one label per severity, the label of findings with no element."""

    title: str
    severities: dict[Severity, str]
    no_element: str


def bar_chart_svg(rows: Sequence[ElementCounts], text: ChartText, width: int = 760) -> str:
    """The chart as an ``<svg>`` element; ``rows`` in display order, empty rows are skipped."""
    rows = [r for r in rows if r.total]
    labels = [r.element or text.no_element for r in rows]
    label_w = min(max((_text_width(lb, 13) for lb in labels), default=60) + 16, 240)
    count_w = 48
    bar_w = max(width - label_w - count_w, 120)
    row_h, bar_h, top = 30, 18, 44
    height = top + row_h * len(rows) + 8
    biggest = max((r.total for r in rows), default=1)
    esc = html.escape
    parts = [
        f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" width="100%" '
        f'preserveAspectRatio="xMinYMin meet" aria-label="{esc(text.title)}">',
        f"<title>{esc(text.title)}</title>",
    ]
    x = 0
    for sev in SEVERITIES:
        parts.append(f'<rect x="{x}" y="8" width="12" height="12" fill="{BAR_COLOURS[sev]}"/>')
        label = text.severities[sev]
        parts.append(f'<text x="{x + 18}" y="18" class="legend">{esc(label)}</text>')
        x += 18 + _text_width(label, 12) + 22
    for n, (row, label) in enumerate(zip(rows, labels, strict=True)):
        y = top + n * row_h
        parts.append(f'<g class="bar" data-element="{esc(row.element)}">')
        parts.append(f'<text x="{label_w - 8}" y="{y + bar_h - 4}" text-anchor="end" class="label">'
                     f"{esc(label)}</text>")
        bx = float(label_w)
        for sev in SEVERITIES:
            count = row.counts.get(sev, 0)
            if not count:
                continue
            w = max(bar_w * count / biggest, 2.0)
            parts.append(f'<rect x="{bx:.1f}" y="{y}" width="{w:.1f}" height="{bar_h}" '
                         f'fill="{BAR_COLOURS[sev]}"><title>{esc(label)} · {esc(text.severities[sev])}: '
                         f"{count}</title></rect>")
            bx += w
        parts.append(f'<text x="{bx + 6:.1f}" y="{y + bar_h - 4}" class="count">{row.total}</text>')
        parts.append("</g>")
    parts.append("</svg>")
    return "".join(parts)


def _text_width(text: str, size: int) -> int:
    """Rough rendered width in px: CJK glyphs are a full em, others about 0.6 em."""
    return int(sum(size if unicodedata.east_asian_width(ch) in "WF" else size * 0.6 for ch in text))


__all__ = ["BAR_COLOURS", "ChartText", "bar_chart_svg"]
