"""The Markdown report: what to paste into a ticket or a chat.

One summary table (a row per checked table), then per file a findings table whose columns are
the ones a clerk fixes by: row, cell, element, item, severity, problem. Cell text is escaped so a
``|`` or a line break inside a catalog value cannot break the table.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from disclosecheck import shown
from disclosecheck.model import FileResult, Report, Severity
from disclosecheck.render.report_common import (
    display_path,
    display_sheet,
    error_message,
    message,
    omitted_notes,
    severity_label,
    sorted_findings,
    ui,
    verdict_label,
)

_BREAKS = re.compile(r"\r\n|\r|\n|\u2028|\u2029")


def render_markdown(report: Report, lang: str = "zh") -> str:
    """The whole report as GitHub-flavoured Markdown, ending with a newline."""
    colon = ui("colon", lang)
    out: list[str] = [f"# {ui('title', lang)}", ""]
    out.append(f"- {ui('rules', lang)}{colon}{escape(shown.name(report.rules))}")
    out.append(f"- {ui('as_of', lang)}{colon}{report.as_of.isoformat()}")
    if report.tool_version:
        out.append(f"- {ui('tool_version', lang)}{colon}{escape(report.tool_version)}")
    out += ["", f"## {ui('summary', lang)}", ""]
    out += summary_table(report, lang)
    for result in report.files:
        out += ["", f"## {escape(heading(result))}", ""]
        out += file_section(result, lang)
    return "\n".join(out) + "\n"


def heading(result: FileResult) -> str:
    sheet = display_sheet(result)
    return f"{display_path(result)} · {sheet}" if sheet else display_path(result)


def summary_table(report: Report, lang: str) -> list[str]:
    headers = [ui(k, lang) for k in ("file", "sheet", "items", "errors", "warnings", "infos", "verdict")]
    rows = [[display_path(r), display_sheet(r), _items(r), str(r.count(Severity.ERROR)),
             str(r.count(Severity.WARNING)), str(r.count(Severity.INFO)), verdict_label(r, lang)]
            for r in report.files]
    if len(report.files) > 1:
        checked = [r for r in report.files if r.status != "error"]
        rows.append([ui("total", lang), "", str(sum(r.stats.items for r in checked)),
                     str(report.count(Severity.ERROR)), str(report.count(Severity.WARNING)),
                     str(report.count(Severity.INFO)), ""])
    return table(headers, rows, right=(2, 3, 4, 5))


def _items(result: FileResult) -> str:
    return "" if result.status == "error" else str(result.stats.items)


def file_section(result: FileResult, lang: str) -> list[str]:
    if result.status == "error":
        return [f"{ui('not_checked', lang)}{ui('colon', lang)}{escape(error_message(result, lang))}"]
    if not result.findings:
        return [ui("no_findings", lang)]
    headers = [ui(k, lang) for k in ("row", "cell", "element", "item", "severity", "message")]
    rows = [["" if f.row is None else str(f.row), f.cell or "", f.element or "", shown.text(f.item or ""),
             severity_label(f.severity, lang), message(f, lang)]
            for f in sorted_findings(result)]
    notes = [f"- {escape(note)}" for note in omitted_notes(result, lang)]  # findings past --max-findings
    return table(headers, rows, right=(0,)) + (["", *notes] if notes else [])


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], right: Sequence[int] = ()) -> list[str]:
    """A Markdown table; columns in ``right`` are right-aligned (numbers)."""
    lines = ["| " + " | ".join(escape(h) for h in headers) + " |",
             "| " + " | ".join("---:" if i in right else "---" for i in range(len(headers))) + " |"]
    lines += ["| " + " | ".join(escape(c) for c in row) + " |" for row in rows]
    return lines


def escape(text: str) -> str:
    """Cell text that cannot break a table row: ``|`` escaped, line breaks as ``<br>``."""
    text = text.replace("|", "\\|")
    return _BREAKS.sub("<br>", text.strip())


__all__ = ["render_markdown"]
