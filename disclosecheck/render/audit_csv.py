"""The audit ranking as CSV: one row per unit, worst first, for a spreadsheet or a dashboard.

Layout: ``排名, 单位, 文件数, 事项数, 错误, 警告, 合规率(%), 未检查的文件`` (English headings with
``--lang en``); the rate is a plain number with two decimals (``83.33``) so Excel can sort and chart it.
The last column names the files found that are not catalogs (.docx, .pdf, images); a unit that sent
only such files gets a row of its own after the ranking, without a rank or a rate. Files
are written as UTF-8 with a BOM, which is what makes Excel on a Chinese Windows open them right.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import TYPE_CHECKING

from disclosecheck.messages import label
from disclosecheck.shown import name

if TYPE_CHECKING:
    from disclosecheck.audit.run import Audit

BOM = "\ufeff"
COLUMNS: tuple[str, ...] = ("rank", "unit", "files", "items", "errors", "warnings", "compliance_pct",
                            "skipped_files")


def render_audit_csv(audit: Audit, lang: str = "zh") -> str:
    """The CSV text, without BOM (rows end in CRLF, as the CSV standard and Excel expect)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([label(f"audit.{c}", lang) for c in COLUMNS])
    sep = label("audit.skipped_sep", lang)
    for rank, unit in enumerate(audit.units, start=1):
        writer.writerow([rank, name(unit.unit), unit.files, unit.items, unit.errors, unit.warnings,
                         f"{float(unit.rate) * 100:.2f}",
                         sep.join(name(p) for p in audit.skipped.get(unit.unit, []))])
    ranked = {u.unit for u in audit.units}
    for unit_name, paths in audit.skipped.items():  # units that sent nothing but files that are not catalogs
        if unit_name not in ranked:
            writer.writerow(["", name(unit_name), 0, 0, 0, 0, "", sep.join(name(p) for p in paths)])
    return buffer.getvalue()


def write_audit_csv(audit: Audit, output: Path, lang: str = "zh") -> None:
    """Write the CSV to ``output`` atomically, UTF-8 with BOM."""
    from disclosecheck.render.output import write_bytes_atomic

    write_bytes_atomic(output, (BOM + render_audit_csv(audit, lang)).encode("utf-8"))
