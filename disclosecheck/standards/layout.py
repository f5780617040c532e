"""A standard written out as a catalog table in the standard layout (and as an .xlsx file).

The layout of the State Council's guidelines: a title row merged across the table; a two-row header
(序号, 公开事项 → 一级事项/二级事项, 公开内容（要素）, 公开依据, 公开时限, 公开主体, 公开渠道和载体,
公开对象 → 全社会/特定群体, 公开方式 → 主动/依申请, 公开层级 → 县级/乡级) whose single cells span both
rows; the ■/□ channel checklist; √ in the tick columns. An 一级事项 shared by consecutive items is one
cell merged down them; an item without sub-items is one cell merged across 一级事项 and 二级事项.

A tick group that no source showed for any item of the standard is left out of the table (the
standard does not say it); :func:`catalog_table` never invents a tick.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from disclosecheck.model import AUDIENCE, LEVEL, MODE
from disclosecheck.standards.model import AUDIENCES, LEVELS, MODES, DomainStandard

#: The channel checklist of the guidelines, in their order.
CHANNELS = ("政府网站", "政府公报", "两微一端", "发布会/听证会", "广播电视", "纸质媒体", "公开查阅点",
            "政务服务中心", "便民服务站", "入户/现场", "社区/企事业单位/村公示栏(电子屏)", "精准推送", "其他")
CHOSEN, NOT_CHOSEN, TICK = "■", "□", "√"
#: The sub-columns of each tick group; 公开层级 shows 县级/乡级 unless the standard marks others.
GROUPS = ((AUDIENCE, AUDIENCES), (MODE, MODES), (LEVEL, LEVELS))
DEFAULT_LEVELS = ("县级", "乡级")
TITLE = "{domain}领域基层政务公开标准目录"

Merge = tuple[int, int, int, int]  # first row, first column, last row, last column (0-based, inclusive)


@dataclass(frozen=True)
class CatalogTable:
    """Rows of cell texts ('' for an empty cell) and the merged ranges, ready to write."""

    rows: tuple[tuple[str, ...], ...]
    merges: tuple[Merge, ...]
    header_rows: int = 3  # title + two header rows

    @property
    def width(self) -> int:
        return len(self.rows[0])


def channel_cell(chosen: tuple[str, ...]) -> str:
    """``■政府网站 □政府公报 …``; a chosen channel outside the checklist is added as ``■名称``."""
    marks = [(CHOSEN if name in chosen else NOT_CHOSEN) + name for name in CHANNELS]
    marks += [CHOSEN + name for name in chosen if name not in CHANNELS]
    return " ".join(marks)


def tick_columns(standard: DomainStandard, every_group: bool = False) -> list[tuple[str, tuple[str, ...]]]:
    """(element, sub-columns) of each tick group the standard records for at least one item.

    ``every_group``: all three groups, recorded or not (a template to fill in has them all).
    """
    out = []
    for element, allowed in GROUPS:
        used = {c for item in standard.items for c in item.choices(element)}
        if not used and not every_group:
            continue
        if element == LEVEL:
            wanted = set(DEFAULT_LEVELS) | used
            out.append((element, tuple(c for c in allowed if c in wanted)))
        else:
            out.append((element, allowed))
    return out


def catalog_table(standard: DomainStandard, every_group: bool = False) -> CatalogTable:
    """The standard as a catalog table in the standard layout (``every_group``: see :func:`tick_columns`)."""
    groups = tick_columns(standard, every_group)
    head1 = ["序号", "公开事项", "", "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体"]
    head2 = ["", "一级事项", "二级事项", "", "", "", "", ""]
    merges: list[Merge] = [(1, 1, 1, 2)]
    merges += [(1, c, 2, c) for c in (0, 3, 4, 5, 6, 7)]
    for element, columns in groups:
        start = len(head1)
        head1 += [element] + [""] * (len(columns) - 1)
        head2 += list(columns)
        if len(columns) > 1:
            merges.append((1, start, 1, start + len(columns) - 1))
    width = len(head1)
    title = [TITLE.format(domain=standard.domain)] + [""] * (width - 1)
    merges.insert(0, (0, 0, 0, width - 1))
    rows = [title, head1, head2]
    for item in standard.items:
        row = [str(item.no), item.level1, "" if item.merged else item.level2, item.content, item.basis,
               item.timelimit, item.subject, channel_cell(item.channels)]
        for element, columns in groups:
            chosen = item.choices(element)
            row += [TICK if c in chosen else "" for c in columns]
        if item.merged:
            merges.append((len(rows), 1, len(rows), 2))
        rows.append(row)
    merges += _level1_runs(standard, first_row=3)
    return CatalogTable(rows=tuple(tuple(r) for r in rows), merges=tuple(merges))


def _level1_runs(standard: DomainStandard, first_row: int) -> list[Merge]:
    """Vertical merges of an 一级事项 shared by consecutive items (none across a merged item)."""
    merges: list[Merge] = []
    items = standard.items
    start = 0
    for i in range(1, len(items) + 1):
        if i < len(items) and items[i].level1 == items[start].level1 and not items[i].merged \
                and not items[start].merged:
            continue
        if i - start > 1:
            merges.append((first_row + start, 1, first_row + i - 1, 1))
        start = i
    return merges


def write_xlsx(table: CatalogTable, path: Path, sheet: str = "标准目录") -> None:
    """Write ``table`` as an .xlsx: the cells, the merges, and cells of a merge left empty but the first."""
    from openpyxl import Workbook

    workbook = Workbook()
    ws = workbook.active
    ws.title = sheet
    fill_sheet(ws, table)
    workbook.save(path)


def fill_sheet(ws: Any, table: CatalogTable, bold_header: bool = False) -> None:
    """Put ``table`` on the openpyxl sheet ``ws``: its cells (wrapped), and its merges with every cell of
    a merge but the first left empty; ``bold_header`` sets the header rows in bold."""
    from openpyxl.styles import Alignment, Font

    covered = {(r, c) for r1, c1, r2, c2 in table.merges for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)
               if (r, c) != (r1, c1)}
    wrap = Alignment(wrap_text=True, vertical="center")
    for r, row in enumerate(table.rows):
        for c, value in enumerate(row):
            if value and (r, c) not in covered:
                cell = ws.cell(row=r + 1, column=c + 1, value=value)
                cell.alignment = wrap
                if bold_header and r < table.header_rows:
                    cell.font = Font(bold=True)
    for r1, c1, r2, c2 in table.merges:
        ws.merge_cells(start_row=r1 + 1, start_column=c1 + 1, end_row=r2 + 1, end_column=c2 + 1)
