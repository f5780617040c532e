"""Shared test helpers: build real workbooks in code.

Area-specific helpers live in the test modules that use them; only what several areas need is here.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

# The standard two-row header of DOMAIN.md, columns A..Q.
STANDARD_HEADER_1 = ["序号", "公开事项", None, "公开内容（要素）", "公开依据", "公开时限", "公开主体",
                     "公开渠道和载体", "公开对象", None, "公开方式", None, "公开层级", None]
STANDARD_HEADER_2 = [None, "一级事项", "二级事项", None, None, None, None, None,
                     "全社会", "特定群体", "主动", "依申请", "县级", "乡级"]
STANDARD_MERGES = ["A2:A3", "B2:C2", "D2:D3", "E2:E3", "F2:F3", "G2:G3", "H2:H3",
                   "I2:J2", "K2:L2", "M2:N2"]


def write_xlsx(path: Path, rows: Sequence[Sequence[Any]], merges: Sequence[str] = (),
               sheet: str = "Sheet1", extra_sheets: dict[str, Sequence[Sequence[Any]]] | None = None) -> Path:
    """Write ``rows`` (row 1 first) to ``path`` with openpyxl, merging the given A1 ranges."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is not None:
                ws.cell(row=r, column=c, value=value)
    for rng in merges:
        ws.merge_cells(rng)
    for name, extra in (extra_sheets or {}).items():
        other = wb.create_sheet(name)
        for r, row in enumerate(extra, start=1):
            for c, value in enumerate(row, start=1):
                if value is not None:
                    other.cell(row=r, column=c, value=value)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def standard_catalog(path: Path, data_rows: Sequence[Sequence[Any]],
                     title: str | None = "城市综合执法领域基层政务公开标准目录",
                     extra_merges: Sequence[str] = ()) -> Path:
    """A catalog in the standard layout: title row 1 (merged A1:N1), two-row header in rows 2-3,
    data from row 4.

    Without a title the header starts in row 1 and merges shift up accordingly.
    """
    rows: list[Sequence[Any]] = []
    merges = list(STANDARD_MERGES)
    if title:
        rows.append([title])
        merges.append("A1:N1")
    else:
        merges = [_shift(m, -1) for m in merges]
    rows += [STANDARD_HEADER_1, STANDARD_HEADER_2, *data_rows]
    return write_xlsx(path, rows, [*merges, *extra_merges])


def _shift(rng: str, by: int) -> str:
    import re

    return re.sub(r"(\d+)", lambda m: str(int(m.group(1)) + by), rng)


@pytest.fixture
def xlsx_builder(tmp_path: Path):
    """``xlsx_builder(rows, merges=(), name="t.xlsx")`` → path of a new workbook."""

    def build(rows: Sequence[Sequence[Any]], merges: Sequence[str] = (), name: str = "t.xlsx",
              **kw: Any) -> Path:
        return write_xlsx(tmp_path / name, rows, merges, **kw)

    return build
