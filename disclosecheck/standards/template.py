"""A catalog ready to fill in, from a standard: ``disclosecheck template 涉农补贴 --level 乡级 -o 目录.xlsx``.

A township that starts its catalog from the standard cannot leave an item out or loosen a time limit
by accident. The file is the standard layout of :mod:`disclosecheck.standards.layout` (title row,
two-row merged header, ■/□ channel checklist, √ tick columns) with:

- only the items the standard holds the level to (items with no recorded level are kept: they are
  held at every level);
- 公开内容, 公开依据 and 公开时限 pre-filled from the standard, the standard's ■ channels and ticks;
- 公开主体 written ``待填写`` (the unit's own name goes there), and ``待填写`` in the first cell of any
  tick group the standard does not record for an item, so that ``check`` on the untouched template
  reports exactly those cells, each once, as 待填写 (``待填写`` is a placeholder of the national pack);
- a drop-down (data validation: √ or empty) on every tick cell, and a legend row under the table.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from disclosecheck.standards.layout import TICK, CatalogTable, catalog_table, fill_sheet, tick_columns
from disclosecheck.standards.match import held
from disclosecheck.standards.model import DomainStandard

#: What a cell left for the unit to fill holds; a placeholder word of the national pack.
TO_FILL = "待填写"
SUBJECT_COLUMN = 6
FIRST_TICK_COLUMN = 8


def for_level(standard: DomainStandard, level: str | None) -> DomainStandard:
    """The standard with only the items a catalog at ``level`` must list (all when level is None)."""
    return replace(standard, items=tuple(i for i in standard.items if held(i, level)))


def template_table(standard: DomainStandard, level: str | None) -> tuple[CatalogTable, list[int]]:
    """The table to write and the 0-based columns of its tick cells."""
    chosen = for_level(standard, level)
    table = catalog_table(chosen, every_group=True)
    if level:  # the title says the level, so ``check`` holds the filled-in catalog to it
        first = (f"{table.rows[0][0]}（{level}）", *table.rows[0][1:])
        table = CatalogTable(rows=(first, *table.rows[1:]), merges=table.merges,
                             header_rows=table.header_rows)
    groups = tick_columns(chosen, every_group=True)
    rows = [list(r) for r in table.rows]
    tick_cols: list[int] = []
    col = FIRST_TICK_COLUMN
    spans = []
    for _element, columns in groups:
        spans.append((col, len(columns)))
        tick_cols += list(range(col, col + len(columns)))
        col += len(columns)
    for r in range(table.header_rows, len(rows)):
        rows[r][SUBJECT_COLUMN] = TO_FILL
        for start, width in spans:
            if not any(rows[r][c] == TICK for c in range(start, start + width)):
                rows[r][start] = TO_FILL  # the standard does not say: the unit ticks it
    return CatalogTable(rows=tuple(tuple(r) for r in rows), merges=table.merges,
                        header_rows=table.header_rows), tick_cols


def write_template(standards: list[DomainStandard], level: str | None, path: Path, legend: str) -> int:
    """Write one sheet per standard to ``path`` (.xlsx); returns the number of items written."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    workbook = Workbook()
    workbook.remove(workbook.active)
    total = 0
    for standard in standards:
        table, tick_cols = template_table(standard, level)
        ws = workbook.create_sheet(standard.domain[:31])
        fill_sheet(ws, table, bold_header=True)
        first, last = table.header_rows + 1, len(table.rows)
        if tick_cols and last >= first:
            validation = DataValidation(type="list", formula1='"√"', allow_blank=True)
            validation.error = "请选择 √ 或留空"
            validation.prompt = "选择 √"
            ws.add_data_validation(validation)
            for c in tick_cols:
                letter = get_column_letter(c + 1)
                validation.add(f"{letter}{first}:{letter}{last}")
        ws.cell(row=last + 2, column=1, value=legend)  # a notes row: the locator stops before it
        for c, width in ((1, 6), (2, 14), (3, 18), (4, 36), (5, 28), (6, 22), (7, 16), (8, 30)):
            ws.column_dimensions[get_column_letter(c)].width = width
        total += len(table.rows) - table.header_rows
    workbook.save(path)
    return total
