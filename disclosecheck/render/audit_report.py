"""``audit --format html`` and ``--format markdown``: the county's report to print or paste.

The same page as ``check`` writes for its files, with what an inspector reads first placed above it:
the units ranked worst first with their compliance rate, a bar chart of those rates, the problems
common to most units, the files that could not be checked and the files found that are not catalogs
(per unit). The per-file sections below are
``check``'s own, so both commands read alike.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from disclosecheck.messages import label, render, rule_title

if TYPE_CHECKING:
    from disclosecheck.audit.run import Audit
    from disclosecheck.audit.units import UnitScore


def _percent(unit: UnitScore) -> str:
    return f"{float(unit.rate) * 100:.1f}%"


def _unreadable_lines(audit: Audit, lang: str) -> list[str]:
    return [r.error.render(lang) if hasattr(r.error, "render") else str(r.error)
            for r in audit.report.files if r.status == "error" and r.error is not None]


# --- Markdown -------------------------------------------------------------------------------------


def render_audit_markdown(audit: Audit, lang: str = "zh") -> str:
    """The audit as GitHub-flavoured Markdown: ranking, common problems, unreadable files, then files."""
    from disclosecheck.render.markdown import escape, render_markdown, table

    report = audit.report
    title = render("ui.audit.title", {"rules": report.rules, "as_of": report.as_of.isoformat()}, lang)
    out = [f"# {escape(title)}", "", f"## {escape(label('audit.ranking', lang))}", ""]
    keys = ("rank", "unit", "files", "items", "errors", "warnings", "compliance")
    rows = [[str(n), u.unit, str(u.files), str(u.items), str(u.errors), str(u.warnings), _percent(u)]
            for n, u in enumerate(audit.units, start=1)]
    out += table([label(f"audit.{k}", lang) for k in keys], rows, right=(0, 2, 3, 4, 5, 6))
    out += ["", escape(label("audit.rate_note", lang))]
    if audit.common:
        out += ["", f"## {escape(label('audit.common', lang))}", ""]
        keys = ("rule", "units", "affected_items", "findings")
        rows = [[rule_title(c.rule, lang), str(c.units), str(c.items), str(c.findings)] for c in audit.common]
        out += table([label(f"audit.{k}", lang) for k in keys], rows, right=(1, 2, 3))
    unreadable = _unreadable_lines(audit, lang)
    if unreadable:
        out += ["", f"## {escape(label('audit.unreadable', lang))}", ""]
        out += [f"- {escape(line)}" for line in unreadable]
    skipped = _skipped_lines(audit, lang)
    if skipped:
        out += ["", f"## {escape(_skipped_heading(audit, lang))}", ""]
        out += [f"- {escape(line)}" for line in skipped]
    files = render_markdown(report, lang)
    # check's report without its own title block: from its summary on
    body = files.split("\n## ", 1)[1] if "\n## " in files else files
    return "\n".join(out) + "\n\n## " + body


# --- HTML -----------------------------------------------------------------------------------------

_AUDIT_CSS = """
.ranking td.rate { font-weight: 700; }
svg.rates { display: block; max-width: 760px; height: auto; }
svg.rates text { font-size: 13px; fill: #1f2328; }
"""


def render_audit_html(audit: Audit, lang: str = "zh") -> str:
    """The audit as one self-contained HTML page (inline CSS and SVG, no script, no network)."""
    from disclosecheck.render.html import render_html

    page = render_html(audit.report, lang)
    sections = "\n".join([_ranking_html(audit, lang), _rates_chart(audit, lang), _common_html(audit, lang),
                          _unreadable_html(audit, lang), _skipped_html(audit, lang)])
    page = page.replace("</style>", _AUDIT_CSS + "</style>", 1)
    return page.replace("<main>\n", "<main>\n" + sections + "\n", 1)


def _ranking_html(audit: Audit, lang: str) -> str:
    esc = html.escape
    keys = ("rank", "unit", "files", "items", "errors", "warnings", "compliance")
    heading = esc(label("audit.ranking", lang))
    out = [f'<section class="ranking"><h2>{heading}</h2>', '<table class="ranking">',
           _head_row(keys, "unit", lang)]
    for n, u in enumerate(audit.units, start=1):
        cls = "error" if u.errors else ("warning" if u.warnings else "")
        cells = [str(n), esc(u.unit), str(u.files), str(u.items), str(u.errors), str(u.warnings)]
        out.append(f'<tr class="{cls}">' + "".join(
            f'<td class="{"" if i == 1 else "num"}">{c}</td>' for i, c in enumerate(cells))
            + f'<td class="num rate">{_percent(u)}</td></tr>')
    out.append("</tbody></table>")
    out.append(f'<p class="empty">{esc(label("audit.rate_note", lang))}</p></section>')
    return "\n".join(out)


def _rates_chart(audit: Audit, lang: str) -> str:
    """Compliance by unit as horizontal bars, worst first, each labelled with its rate."""
    esc = html.escape
    title = label("audit.chart_title", lang)
    if not audit.units:
        return ""
    label_w, bar_w, row_h = 220, 460, 24
    height = row_h * len(audit.units) + 8
    parts = [f'<section class="rates"><h2>{esc(title)}</h2>',
             f'<svg class="rates" xmlns="http://www.w3.org/2000/svg" '
             f'viewBox="0 0 {label_w + bar_w + 70} {height}" role="img" aria-label="{esc(title)}">']
    for n, u in enumerate(audit.units):
        y = 4 + n * row_h
        rate = float(u.rate)
        colour = "#c0392b" if rate < 0.6 else ("#e0a100" if rate < 0.9 else "#2e7d32")
        name = u.unit if len(u.unit) <= 16 else u.unit[:15] + "…"
        parts.append(f'<text x="{label_w - 8}" y="{y + 16}" text-anchor="end">{esc(name)}</text>')
        parts.append(f'<rect x="{label_w}" y="{y + 3}" width="{bar_w}" height="{row_h - 8}" fill="#eaeef2"/>')
        parts.append(f'<rect x="{label_w}" y="{y + 3}" width="{round(bar_w * rate, 1)}" height="{row_h - 8}" '
                     f'fill="{colour}"/>')
        parts.append(f'<text x="{label_w + bar_w + 6}" y="{y + 16}">{_percent(u)}</text>')
    parts.append("</svg></section>")
    return "\n".join(parts)


def _common_html(audit: Audit, lang: str) -> str:
    esc = html.escape
    if not audit.common:
        return ""
    keys = ("rule", "units", "affected_items", "findings")
    out = [f'<section class="common"><h2>{esc(label("audit.common", lang))}</h2>', "<table>",
           _head_row(keys, "rule", lang)]
    for c in audit.common:
        out.append(f"<tr><td>{esc(rule_title(c.rule, lang))}</td><td class=\"num\">{c.units}</td>"
                   f'<td class="num">{c.items}</td><td class="num">{c.findings}</td></tr>')
    out.append("</tbody></table></section>")
    return "\n".join(out)


def _unreadable_html(audit: Audit, lang: str) -> str:
    return _list_section("unreadable", label("audit.unreadable", lang), _unreadable_lines(audit, lang),
                         ' class="failed"')


def _list_section(name: str, heading: str, lines: list[str], item_attrs: str = "") -> str:
    """A titled ``<section>`` listing ``lines`` (escaped), or nothing when there are none."""
    if not lines:
        return ""
    esc = html.escape
    items = "".join(f"<li{item_attrs}>{esc(line)}</li>" for line in lines)
    return f'<section class="{name}"><h2>{esc(heading)}</h2><ul>{items}</ul></section>'


def _skipped_heading(audit: Audit, lang: str) -> str:
    """What the files found that are not catalogs are called, with how many (issue 16)."""
    return render("ui.audit.skipped", {"count": sum(len(p) for p in audit.skipped.values())}, lang)


def _skipped_lines(audit: Audit, lang: str) -> list[str]:
    """One line per unit naming the files it left that are not catalogs (.docx, .pdf, images)."""
    sep = label("audit.skipped_sep", lang)
    colon = "：" if lang == "zh" else ": "
    return [f"{unit}{colon}{sep.join(paths)}" for unit, paths in audit.skipped.items()]


def _skipped_html(audit: Audit, lang: str) -> str:
    return _list_section("skipped", _skipped_heading(audit, lang), _skipped_lines(audit, lang))


def _head_row(keys: tuple[str, ...], text_key: str, lang: str) -> str:
    """A table head of audit labels; every column but ``text_key`` holds numbers."""
    cells = "".join(f'<th class="{"" if k == text_key else "num"}">{html.escape(label(f"audit.{k}", lang))}'
                    "</th>" for k in keys)
    return f"<thead><tr>{cells}</tr></thead><tbody>"
