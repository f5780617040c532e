"""The HTML report: one self-contained page to open, forward or print on A4.

No network resources at all (no external CSS, script, font or image): catalogs are checked on
office machines that are often offline or behind strict proxies, and the page is mailed around.
Every piece of text goes through :func:`html.escape`, since catalog cells are untrusted input.
The print stylesheet repeats table headers, keeps rows whole and wraps long text so nothing runs
off the A4 page.
"""

from __future__ import annotations

import html

from disclosecheck import shown
from disclosecheck.messages import render
from disclosecheck.model import FileResult, Report, Severity
from disclosecheck.render.report_common import (
    SEVERITIES,
    counts_by_element,
    display_path,
    display_sheet,
    error_message,
    message,
    omitted_notes,
    severity_label,
    sorted_findings,
    ui,
    verdict_key,
    verdict_label,
)
from disclosecheck.render.svg_chart import ChartText, bar_chart_svg

_CSS = """
:root { --error-bg: #ffc7ce; --error-fg: #9c0006; --warning-bg: #ffeb9c; --warning-fg: #7a4f00;
  --info-bg: #ddebf7; --info-fg: #1f4e79; --pass-bg: #c6efce; --pass-fg: #006100; --line: #d0d4da; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC",
  "Hiragino Sans GB", "WenQuanYi Micro Hei", sans-serif; color: #1f2328; background: #fff;
  margin: 0 auto; padding: 24px 32px; max-width: 1180px; font-size: 14px; line-height: 1.5; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 28px 0 10px; padding-bottom: 4px; border-bottom: 2px solid #2f5597; }
h3 { font-size: 15px; margin: 22px 0 8px; overflow-wrap: anywhere; }
.meta { color: #57606a; margin: 0 0 8px; }
.meta span + span::before { content: "·"; margin: 0 8px; color: #8c959f; }
.cards { display: flex; flex-wrap: wrap; gap: 10px; margin: 12px 0 4px; }
.card { flex: 1 1 120px; border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; }
.card .n { font-size: 24px; font-weight: 700; display: block; }
.card.error { background: var(--error-bg); color: var(--error-fg); border-color: var(--error-bg); }
.card.warning { background: var(--warning-bg); color: var(--warning-fg); border-color: var(--warning-bg); }
.card.info { background: var(--info-bg); color: var(--info-fg); border-color: var(--info-bg); }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 6px 0 12px; }
th, td { border: 1px solid var(--line); padding: 5px 7px; text-align: left; vertical-align: top;
  overflow-wrap: break-word; white-space: pre-line; }
th { background: #eef1f5; font-weight: 600; }
td.num, th.num { text-align: right; }
tbody tr:nth-child(even) td { background: #fafbfc; }
.sev, .verdict { display: inline-block; padding: 0 6px; border-radius: 4px; font-weight: 600; }
.sev.error, .verdict.fail, .verdict.error { background: var(--error-bg); color: var(--error-fg); }
.sev.warning, .verdict.warn { background: var(--warning-bg); color: var(--warning-fg); }
.sev.info { background: var(--info-bg); color: var(--info-fg); }
.verdict.pass { background: var(--pass-bg); color: var(--pass-fg); }
.rule { display: block; color: #6e7781; font-size: 12px; font-family: ui-monospace, "DejaVu Sans Mono",
  monospace; }
.empty { color: #57606a; }
.omitted { color: #57606a; font-style: italic; }
.failed { background: var(--error-bg); color: var(--error-fg); padding: 8px 12px; border-radius: 6px;
  overflow-wrap: anywhere; }
svg.chart { display: block; max-width: 760px; height: auto; font-family: inherit; }
svg.chart text { font-size: 13px; fill: #1f2328; }
svg.chart text.legend { font-size: 12px; }
svg.chart text.count { font-weight: 700; }
.findings col.c-row { width: 6%; } .findings col.c-cell { width: 8%; } .findings col.c-el { width: 13%; }
.findings col.c-item { width: 18%; } .findings col.c-sev { width: 10%; } .findings col.c-msg { width: 45%; }
.summary col.c-file { width: 24%; } .summary col.c-sheet { width: 13%; } .summary col.c-n { width: 9%; }
.summary col.c-verdict { width: 14%; }
footer { margin-top: 28px; color: #8c959f; font-size: 12px; }
a { color: #0b57d0; text-decoration: none; }
a:hover { text-decoration: underline; }
@page { size: A4; margin: 15mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  h1 { font-size: 17pt; } h2 { font-size: 13pt; margin-top: 14pt; } h3 { font-size: 11pt; }
  th, td { padding: 3pt 4pt; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  thead { display: table-header-group; }
  tr, .card, svg.chart, .failed { break-inside: avoid; page-break-inside: avoid; }
  tbody tr:nth-child(even) td { background: none; }
  a { color: inherit; text-decoration: none; }
  .card .n { font-size: 16pt; }
}
"""


def render_html(report: Report, lang: str = "zh") -> str:
    """The whole report as one HTML5 document."""
    esc = html.escape
    colon = ui("colon", lang)
    title = ui("title", lang)
    meta = [f"{ui('rules', lang)}{colon}{shown.name(report.rules)}",
            f"{ui('as_of', lang)}{colon}{report.as_of.isoformat()}"]
    if report.tool_version:
        meta.append(f"{ui('tool_version', lang)}{colon}{report.tool_version}")
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{esc(ui("lang", lang))}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title)}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        "<header>",
        f"<h1>{esc(title)}</h1>",
        '<p class="meta">' + "".join(f"<span>{esc(m)}</span>" for m in meta) + "</p>",
        "</header>",
        "<main>",
        _summary_section(report, lang),
        _chart_section(report, lang),
        _files_section(report, lang),
        "</main>",
    ]
    if report.tool_version:
        footer = render("ui.report.generated_by", {"version": report.tool_version}, lang)
        parts.append(f"<footer>{esc(footer)}</footer>")
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts)


def _summary_section(report: Report, lang: str) -> str:
    esc = html.escape
    checked = [r for r in report.files if r.status != "error"]
    cards = [("items", ui("items", lang), sum(r.stats.items for r in checked))]
    cards += [(s.value, ui(k, lang), report.count(s))
              for s, k in zip(SEVERITIES, ("errors", "warnings", "infos"), strict=True)]
    out = [f'<section class="overview"><h2>{esc(ui("summary", lang))}</h2>', '<div class="cards">']
    out += [f'<div class="card {cls}"><span class="n">{n}</span>{esc(name)}</div>' for cls, name, n in cards]
    out.append("</div>")
    out.append('<table class="summary"><colgroup><col class="c-file"><col class="c-sheet">'
               + '<col class="c-n">' * 5 + '<col class="c-verdict"></colgroup>')
    heads = [("file", ""), ("sheet", ""), ("level1", "num"), ("items", "num"), ("errors", "num"),
             ("warnings", "num"), ("infos", "num"), ("verdict", "")]
    out.append("<thead><tr>" + "".join(f'<th class="{c}">{esc(ui(k, lang))}</th>' for k, c in heads)
               + "</tr></thead><tbody>")
    for n, result in enumerate(report.files, start=1):
        failed = result.status == "error"
        cells = [
            f'<td><a href="#file-{n}">{esc(display_path(result))}</a></td>',
            f"<td>{esc(display_sheet(result))}</td>",
            f'<td class="num">{"" if failed else result.stats.level1}</td>',
            f'<td class="num">{"" if failed else result.stats.items}</td>',
            *(f'<td class="num">{result.count(s)}</td>' for s in SEVERITIES),
            f'<td><span class="verdict {verdict_key(result)}">{esc(verdict_label(result, lang))}</span></td>',
        ]
        out.append('<tr class="file-row">' + "".join(cells) + "</tr>")
    out.append("</tbody></table></section>")
    return "\n".join(out)


def _chart_section(report: Report, lang: str) -> str:
    esc = html.escape
    rows = counts_by_element(report)
    head = f'<section class="by-element"><h2>{esc(ui("chart_title", lang))}</h2>'
    if not rows:
        return f'{head}<p class="empty">{esc(ui("no_findings", lang))}</p></section>'
    text = ChartText(title=ui("chart_title", lang),
                     severities={s: severity_label(s, lang) for s in SEVERITIES},
                     no_element=ui("no_element", lang))
    return f"{head}{bar_chart_svg(rows, text)}</section>"


def _files_section(report: Report, lang: str) -> str:
    esc = html.escape
    out = [f'<section class="files"><h2>{esc(ui("per_file", lang))}</h2>']
    for n, result in enumerate(report.files, start=1):
        out.append(_file_block(result, n, lang))
    out.append("</section>")
    return "\n".join(out)


def _file_block(result: FileResult, n: int, lang: str) -> str:
    esc = html.escape
    sheet = display_sheet(result)
    name = display_path(result) + (f" · {sheet}" if sheet else "")
    verdict = f'<span class="verdict {verdict_key(result)}">{esc(verdict_label(result, lang))}</span>'
    out = [f'<article class="file" id="file-{n}"><h3>{esc(name)} {verdict}</h3>']
    if result.status == "error":
        out.append(f'<p class="failed">{esc(ui("not_checked", lang))}{esc(ui("colon", lang))}'
                   f"{esc(error_message(result, lang))}</p></article>")
        return "\n".join(out)
    if not result.findings:
        out.append(f'<p class="empty">{esc(ui("no_findings", lang))}</p></article>')
        return "\n".join(out)
    out.append('<table class="findings"><colgroup><col class="c-row"><col class="c-cell"><col class="c-el">'
               '<col class="c-item"><col class="c-sev"><col class="c-msg"></colgroup>')
    heads = [("row", "num"), ("cell", ""), ("element", ""), ("item", ""), ("severity", ""), ("message", "")]
    out.append("<thead><tr>" + "".join(f'<th class="{c}">{esc(ui(k, lang))}</th>' for k, c in heads)
               + "</tr></thead><tbody>")
    for finding in sorted_findings(result):
        sev = Severity(finding.severity)
        cells = [
            f'<td class="num">{"" if finding.row is None else finding.row}</td>',
            f"<td>{esc(finding.cell or '')}</td>",
            f"<td>{esc(finding.element or '')}</td>",
            f"<td>{esc(shown.text(finding.item or ''))}</td>",
            f'<td><span class="sev {sev.value}">{esc(severity_label(sev, lang))}</span></td>',
            f'<td>{esc(message(finding, lang))}<span class="rule">{esc(finding.rule)}</span></td>',
        ]
        out.append(f'<tr class="finding {sev.value}">' + "".join(cells) + "</tr>")
    out.append("</tbody></table>")
    out += [f'<p class="omitted">{esc(note)}</p>' for note in omitted_notes(result, lang)]
    out.append("</article>")
    return "\n".join(out)


__all__ = ["render_html"]
