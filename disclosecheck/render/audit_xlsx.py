"""The audit as a workbook a county office can forward: ranking + chart, every problem, a sheet per unit.

- 汇总 (Summary): the unit ranking, worst first, with a native Excel bar chart of compliance by
  unit (an openpyxl ``BarChart``, so it stays live when the office edits the numbers), then the
  most common problems, then the files found that are not catalogs (.docx, .pdf, images) per unit.
  Each unit name links to its own sheet.
- 问题清单 (Findings): every finding and every file that could not be checked, one row each
  (unit, file, sheet, row, cell, severity, rule, element, item, message), filterable.
- one sheet per unit with the same rows for that unit only.

Sheet names follow Excel's rules: at most 31 characters, none of ``[]:*?/\\``, unique ignoring case.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from disclosecheck.messages import label, render, rule_title
from disclosecheck.shown import name as shown_name
from disclosecheck.shown import text

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

    from disclosecheck.audit.run import Audit

MAX_SHEET_NAME = 31
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\\x00-\x1f]")
FINDING_COLUMNS: tuple[str, ...] = ("unit", "file", "sheet", "row", "cell", "severity", "rule", "element",
                                    "item", "message")
_WIDTHS = {"unit": 16, "file": 36, "sheet": 14, "row": 6, "cell": 8, "severity": 8, "rule": 22, "element": 12,
           "item": 28, "message": 70}


def sheet_names(units: Iterable[str], taken: Iterable[str]) -> dict[str, str]:
    """A valid, unique sheet name for each unit, avoiding the names already ``taken``."""
    used = {t.casefold() for t in taken} | {"history"}  # "History" is reserved by Excel
    names: dict[str, str] = {}
    for unit in units:
        base = _BAD_SHEET_CHARS.sub("_", shown_name(unit)).strip("'") or "_"
        name = base[:MAX_SHEET_NAME]
        n = 2
        while name.casefold() in used:
            suffix = f"~{n}"
            name = base[: MAX_SHEET_NAME - len(suffix)] + suffix
            n += 1
        used.add(name.casefold())
        names[unit] = name
    return names


def finding_rows(audit: Audit, lang: str) -> list[dict[str, Any]]:
    """Every finding and unreadable file as a flat row, units in ranking order, files in report order."""
    from disclosecheck.audit.run import audit_to_dict

    doc = audit_to_dict(audit, lang)
    by_unit: dict[str, list[dict[str, Any]]] = {u.unit: [] for u in audit.units}
    from disclosecheck.render.report_common import omitted_notes

    for entry, result in zip(doc["files"], audit.report.files, strict=True):
        unit = audit.unit_of[result.path.as_posix()]  # the entry's path is the shown name (shown.py)
        if entry["status"] == "error":
            by_unit[unit].append({"unit": unit, "file": entry["path"], "sheet": entry["sheet"], "row": None,
                                  "cell": None, "severity": label("audit.sev.error", lang), "rule": None,
                                  "element": None, "item": None, "message": entry["error"]})
        for f in entry["findings"]:
            by_unit[unit].append({"unit": unit, "file": entry["path"], "sheet": f["sheet"], "row": f["row"],
                                  "cell": f["cell"], "severity": label(f"audit.sev.{f['severity']}", lang),
                                  "rule": f["rule"], "element": f["element"], "item": f["item"],
                                  "message": f["message"]})
        for omitted, note in zip(result.omitted, omitted_notes(result, lang), strict=True):
            by_unit[unit].append({"unit": unit, "file": entry["path"], "sheet": entry["sheet"], "row": None,
                                  "cell": None, "severity": label(f"audit.sev.{omitted.severity}", lang),
                                  "rule": omitted.rule, "element": None, "item": None, "message": note})
    return [row for u in audit.units for row in by_unit[u.unit]]


def _table(ws: Worksheet, first_row: int, columns: tuple[str, ...], rows: list[dict[str, Any]],
           lang: str, link_base: Path | None = None) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    for c, key in enumerate(columns, start=1):
        cell = ws.cell(row=first_row, column=c, value=label(f"audit.{key}", lang))
        cell.font = Font(bold=True)
        ws.column_dimensions[get_column_letter(c)].width = _WIDTHS.get(key, 12)
    wrap = Alignment(wrap_text=True, vertical="top")
    for r, row in enumerate(rows, start=first_row + 1):
        for c, key in enumerate(columns, start=1):
            value = row[key]
            if isinstance(value, str):  # no control character reaches a cell: openpyxl refuses them
                value = shown_name(value) if key == "unit" else text(value)
            cell = ws.cell(row=r, column=c, value=value)
            if key in ("message", "item"):
                cell.alignment = wrap
            elif key == "file" and link_base is not None and row["file"]:
                cell.hyperlink = file_link(row["file"], link_base, row["sheet"], row["cell"])
                cell.font = Font(color="0563C1", underline="single")
    if rows:
        ws.auto_filter.ref = f"A{first_row}:{get_column_letter(len(columns))}{first_row + len(rows)}"
    ws.freeze_panes = ws.cell(row=first_row + 1, column=1)


def write_audit_xlsx(audit: Audit, output: Path, lang: str = "zh") -> None:
    """Write the audit workbook to ``output`` atomically."""
    from disclosecheck.render.output import write_atomic

    workbook = build_workbook(audit, lang, link_base=output.absolute().parent)
    write_atomic(output, lambda tmp: workbook.save(tmp))


def file_link(path: str, link_base: Path, sheet: str | None = None, cell: str | None = None) -> str:
    """A link from a workbook in ``link_base`` to ``path`` (and its cell): relative, so it survives
    moving the county folder together with the report, with forward slashes as Excel and WPS take them.
    """
    target = os.path.relpath(os.path.abspath(path), link_base).replace(os.sep, "/")
    if sheet and cell:
        target += "#'" + sheet.replace("'", "''") + "'!" + cell
    return target


def build_workbook(audit: Audit, lang: str = "zh", link_base: Path | None = None) -> Any:
    """The audit as an openpyxl Workbook; with ``link_base``, each file and finding links to its file."""
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, Reference
    from openpyxl.styles import Font
    from openpyxl.worksheet.hyperlink import Hyperlink

    summary_name = label("audit.summary_sheet", lang)
    findings_name = label("audit.findings_sheet", lang)
    names = sheet_names([u.unit for u in audit.units], [summary_name, findings_name])
    rows = finding_rows(audit, lang)

    wb = Workbook()
    ws = wb.active
    ws.title = summary_name
    headings = ("rank", "unit", "files", "items", "errors", "warnings", "compliance")
    for c, key in enumerate(headings, start=1):
        ws.cell(row=1, column=c, value=label(f"audit.{key}", lang)).font = Font(bold=True)
    for r, unit in enumerate(audit.units, start=2):
        values = (r - 1, shown_name(unit.unit), unit.files, unit.items, unit.errors, unit.warnings,
                  unit.compliance)
        for c, value in enumerate(values, start=1):
            ws.cell(row=r, column=c, value=value)
        ws.cell(row=r, column=7).number_format = "0.0%"
        link = ws.cell(row=r, column=2)
        link.hyperlink = Hyperlink(ref=link.coordinate, location=f"'{names[unit.unit]}'!A1")
        link.font = Font(color="0563C1", underline="single")
    ws.column_dimensions["B"].width = 24
    ws.column_dimensions["G"].width = 10
    last = len(audit.units) + 1
    ws.freeze_panes = "A2"

    note_row = last + 2
    ws.cell(row=note_row, column=1, value=label("audit.rate_note", lang))
    common_row = note_row + 2
    ws.cell(row=common_row, column=1, value=label("audit.common", lang)).font = Font(bold=True)
    # from column B, whose width suits rule ids
    for c, key in enumerate(("rule", "units", "affected_items", "findings"), start=2):
        ws.cell(row=common_row + 1, column=c, value=label(f"audit.{key}", lang)).font = Font(bold=True)
    for r, common in enumerate(audit.common, start=common_row + 2):
        values = (rule_title(common.rule, lang), common.units, common.items, common.findings)
        for c, value in enumerate(values, start=2):
            ws.cell(row=r, column=c, value=value)
    if audit.skipped:
        skipped_row = common_row + len(audit.common) + 3
        count = sum(len(paths) for paths in audit.skipped.values())
        ws.cell(row=skipped_row, column=1, value=render("ui.audit.skipped", {"count": count}, lang)).font = \
            Font(bold=True)
        for c, key in enumerate(("unit", "file"), start=2):
            ws.cell(row=skipped_row + 1, column=c, value=label(f"audit.{key}", lang)).font = Font(bold=True)
        r = skipped_row + 2
        for unit_name, paths in audit.skipped.items():
            for path in paths:
                ws.cell(row=r, column=2, value=shown_name(unit_name))
                ws.cell(row=r, column=3, value=shown_name(path))
                r += 1
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True

    if audit.units:
        chart = BarChart()
        chart.type = "bar"  # horizontal bars: unit names stay readable
        chart.title = label("audit.chart_title", lang)
        chart.y_axis.title = label("audit.compliance", lang)
        chart.y_axis.scaling.min = 0
        chart.y_axis.scaling.max = 1
        chart.y_axis.number_format = "0%"
        chart.y_axis.delete = False
        chart.x_axis.delete = False
        chart.x_axis.scaling.orientation = "maxMin"  # worst at the top, as in the table
        chart.y_axis.crosses = "max"  # keeps the percentage axis at the bottom despite the flip
        chart.legend = None
        chart.add_data(Reference(ws, min_col=7, min_row=1, max_row=last), titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=2, min_row=2, max_row=last))
        chart.height = max(7.5, 0.6 * len(audit.units) + 2)
        chart.width = 18
        ws.add_chart(chart, "I2")

    findings = wb.create_sheet(findings_name)
    _table(findings, 1, FINDING_COLUMNS, rows, lang, link_base)

    by_unit: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        by_unit.setdefault(row["unit"], []).append(row)
    for unit in audit.units:
        sheet = wb.create_sheet(names[unit.unit])
        sheet.cell(row=1, column=1, value=shown_name(unit.unit)).font = Font(bold=True, size=13)
        facts = (("files", unit.files), ("items", unit.items), ("errors", unit.errors),
                 ("warnings", unit.warnings), ("compliance", unit.compliance))
        for c, (key, value) in enumerate(facts, start=1):
            sheet.cell(row=2, column=2 * c - 1, value=label(f"audit.{key}", lang))
            cell = sheet.cell(row=2, column=2 * c, value=value)
            if key == "compliance":
                cell.number_format = "0.0%"
        unit_rows = by_unit.get(unit.unit, [])
        _table(sheet, 4, FINDING_COLUMNS[1:], unit_rows, lang, link_base)
        if not unit_rows:
            sheet.cell(row=5, column=1, value=label("audit.none", lang))
    return wb
