"""``--quiet`` and ``--statistics``: the short outputs linters give in CI logs.

``--quiet`` prints each finding as one ``file:line: level [rule] 工作表!单元格 message`` line and
nothing else (no header, totals or verdict), so a log can be grepped and a clean run prints nothing.
``--statistics`` counts findings per rule, split by severity, worst rule first.
"""

from __future__ import annotations

import unicodedata
from collections import Counter

from disclosecheck.messages import render
from disclosecheck.model import Report, Severity
from disclosecheck.render.ci_common import located_findings, unreadable
from disclosecheck.render.report_common import SEVERITIES, severity_label


def quiet_lines(report: Report, lang: str = "zh") -> str:
    lines = [f"{path}: {reason}" for path, reason in unreadable(report, lang)]
    for loc in located_findings(report):
        row = f":{loc.finding.row}" if loc.finding.row is not None else ""
        where = f" {loc.logical}" if loc.logical else ""
        lines.append(f"{loc.path}{row}: {severity_label(loc.severity, lang)} [{loc.finding.rule}]{where} "
                     f"{loc.text(lang)}")
    return "".join(line + "\n" for line in lines)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int, right: bool = False) -> str:
    space = " " * max(0, width - _width(text))
    return space + text if right else text + space


def statistics(report: Report, lang: str = "zh") -> str:
    """A table of findings per rule (errors, warnings, notes, total), most errors first; then the totals."""
    counts: dict[str, Counter[Severity]] = {}
    for result in report.files:
        for finding in result.findings:
            counts.setdefault(finding.rule, Counter())[Severity(finding.severity)] += 1
    if not counts:
        return render("ui.ci.stats_none", None, lang) + "\n"
    order = sorted(counts, key=lambda r: (*(-counts[r][s] for s in SEVERITIES), r))
    head = [render("ui.ci.stats_rule", None, lang), *(severity_label(s, lang) for s in SEVERITIES),
            render("ui.ci.stats_total", None, lang)]
    rows = [[rule, *(str(counts[rule][s]) for s in SEVERITIES), str(sum(counts[rule].values()))]
            for rule in order]
    totals = [sum(counts[r][s] for r in counts) for s in SEVERITIES]
    rows.append([render("ui.ci.stats_all", None, lang), *map(str, totals), str(sum(totals))])
    table = [head, *rows]
    widths = [max(_width(row[i]) for row in table) for i in range(len(head))]
    return "".join("  ".join(_pad(cell, widths[i], right=i > 0) for i, cell in enumerate(row)).rstrip() + "\n"
                   for row in table)
