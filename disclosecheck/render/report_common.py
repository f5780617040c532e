"""What the Markdown, HTML and annotated-workbook reports share: labels, verdicts, where a finding is.

The three reports must say the same thing in the same words, so the wording decisions live here
once: a finding's sentence always comes from :func:`disclosecheck.messages.render`, a UI label
from the ``ui.report.*`` keys of the message catalog.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from disclosecheck.errors import DiscloseCheckError
from disclosecheck.messages import label, render
from disclosecheck.model import ELEMENTS, FileResult, Finding, Report, Severity
from disclosecheck.shown import name

#: Severities from worst to mildest: the order of columns, counts and chart stacks.
SEVERITIES: tuple[Severity, ...] = (Severity.ERROR, Severity.WARNING, Severity.INFO)

_CELL_RE = re.compile(r"^\$?([A-Za-z]{1,3})\$?(\d+)$")


def ui(key: str, lang: str) -> str:
    """The label ``ui.report.<key>``."""
    return label(f"report.{key}", lang)


def message(finding: Finding, lang: str) -> str:
    """The finding's sentence, from the message catalog only."""
    return render(finding.code, finding.params, lang)


def severity_label(severity: Severity, lang: str) -> str:
    return ui(f"severity.{Severity(severity).value}", lang)


def verdict_key(result: FileResult) -> str:
    """``error`` (file not checked), ``fail`` (errors), ``warn`` (warnings only) or ``pass``."""
    if result.status == "error":
        return "error"
    if result.count(Severity.ERROR):
        return "fail"
    if result.count(Severity.WARNING):
        return "warn"
    return "pass"


def verdict_label(result: FileResult, lang: str) -> str:
    return ui(f"verdict.{verdict_key(result)}", lang)


def error_message(result: FileResult, lang: str) -> str:
    """Why a file with status "error" could not be checked, in the user's language."""
    error = result.error
    if isinstance(error, DiscloseCheckError):
        return error.render(lang)
    if error is None:
        return ui("verdict.error", lang)
    return str(error)


def display_path(result: FileResult) -> str:
    """The file's name as every report shows it: undecodable bytes and controls escaped (shown.py)."""
    return name(result.path)


def display_sheet(result: FileResult) -> str:
    if result.sheet:
        return name(result.sheet)
    if result.catalog is not None:
        return name(result.catalog.sheet)
    return ""


def is_file_level(finding: Finding) -> bool:
    """A finding about the whole file or table (a missing column, too few items), not one row or cell."""
    return finding.row is None and not finding.cell


def split_cell(cell: str) -> tuple[int, int] | None:
    """``"F12"`` → (row 12, 0-based column 5); None when ``cell`` is not an A1 reference."""
    match = _CELL_RE.match(cell.strip())
    if not match:
        return None
    col = 0
    for ch in match.group(1).upper():
        col = col * 26 + (ord(ch) - 64)
    row = int(match.group(2))
    if row < 1:
        return None
    return row, col - 1


def worst(findings: list[Finding]) -> Severity:
    return max((f.severity for f in findings), key=lambda s: Severity(s).rank)


@dataclass(slots=True)
class ElementCounts:
    """Findings of one element (or of none: ``element`` is "") split by severity, for the chart."""

    element: str
    counts: dict[Severity, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def counts_by_element(report: Report) -> list[ElementCounts]:
    """Findings per canonical element in the standard order, then other elements, then those with none."""
    table: dict[str, dict[Severity, int]] = {}
    for result in report.files:
        for finding in result.findings:
            key = finding.element or ""
            row = table.setdefault(key, {s: 0 for s in SEVERITIES})
            row[Severity(finding.severity)] += 1
    order = [e for e in ELEMENTS if e in table]
    order += sorted(k for k in table if k and k not in ELEMENTS)
    if "" in table:
        order.append("")
    return [ElementCounts(e, table[e]) for e in order]


def omitted_notes(result: FileResult, lang: str) -> list[str]:
    """One sentence per rule and severity whose findings past ``--max-findings`` were left out of the list.

    Every report format says it in these words, so a capped list is never taken for the whole.
    """
    notes = []
    for o in result.omitted:
        listed = sum(1 for f in result.findings if f.rule == o.rule)
        params = {"count": o.count, "severity": severity_label(o.severity, lang), "rule": o.rule,
                  "listed": listed}
        notes.append(render("ui.report.omitted", params, lang))
    return notes


def sorted_findings(result: FileResult) -> list[Finding]:
    """File-level findings first, then by sheet, row and cell: the order a reader walks the file."""
    return sorted(result.findings, key=lambda f: (not is_file_level(f), *f.sort_key()))
