"""Reading real spreadsheets: xlsx/xlsm (openpyxl), old .xls (xlwt), ods (written by hand)."""

from __future__ import annotations

import shutil
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
import xlwt
from test_read_support import digest, ods_cell, ods_covered, ods_row, write_ods

from disclosecheck.model import Merge, SourceKind
from disclosecheck.read import read_workbook


def _catalog_xlsx(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "目录"
    ws["A1"] = "城市综合执法领域基层政务公开标准目录"
    ws.merge_cells("A1:D1")
    ws["A2"], ws["B2"], ws["D2"] = "序号", "公开事项", "公开时限"
    ws.merge_cells("B2:C2")
    ws["B3"], ws["C3"] = "一级事项", "二级事项"
    ws["A4"], ws["B4"], ws["C4"], ws["D4"] = 1.0, "绿化管理", "损坏城市树木花草", "20个工作日"
    ws["A5"], ws["C5"], ws["D5"] = 2, "", date(2024, 3, 1)
    ws["E5"] = datetime(2024, 3, 1, 9, 30)
    ws["B4"].value = "绿化管理"
    ws.merge_cells("B4:B5")
    hidden = wb.create_sheet("说明")
    hidden["B2"] = "注：本表为示例"
    hidden.sheet_state = "hidden"
    wb.save(path)
    return path


EXPECTED_ROWS = [
    ["城市综合执法领域基层政务公开标准目录", None, None, None, None],
    ["序号", "公开事项", None, "公开时限", None],
    [None, "一级事项", "二级事项", None, None],
    [1.0, "绿化管理", "损坏城市树木花草", "20个工作日", None],
    [2.0, None, None, date(2024, 3, 1), datetime(2024, 3, 1, 9, 30)],
]
EXPECTED_MERGES = {(0, 0, 0, 3), (1, 1, 1, 2), (3, 1, 4, 1)}


def test_xlsx_values_merges_and_hidden_sheets(tmp_path: Path) -> None:
    path = _catalog_xlsx(tmp_path / "目录.xlsx")
    before = digest(path)
    wb = read_workbook(path)
    assert wb.format == "xlsx"
    assert wb.encoding is None
    assert [g.name for g in wb.sheets] == ["目录", "说明"]
    grid, notes = wb.sheets
    assert grid.rows == EXPECTED_ROWS
    assert type(grid.rows[3][0]) is float  # whole floats stay floats; normalization makes them "1"
    assert set(map(_key, grid.merges)) == EXPECTED_MERGES
    assert grid.kind is SourceKind.SHEET
    assert grid.hidden is False
    assert notes.hidden is True
    assert notes.rows == [[None, None], [None, "注：本表为示例"]]  # counted from A1, not from B2
    assert grid.row_numbers is None and grid.row_number(3) == 4
    assert digest(path) == before


@pytest.mark.parametrize("name", ["目录.xlsm", "目录.txt", "目录.csv", "目录"])
def test_extension_is_ignored(tmp_path: Path, name: str) -> None:
    source = _catalog_xlsx(tmp_path / "source.xlsx")
    path = tmp_path / name
    shutil.copyfile(source, path)
    wb = read_workbook(path)
    assert wb.format == "xlsx"
    assert wb.sheets[0].rows == EXPECTED_ROWS


def test_xls_values_merges_hidden(tmp_path: Path) -> None:
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("目录")
    sheet.write(0, 0, "序号")
    sheet.write_merge(0, 0, 1, 2, "公开事项")
    sheet.write(1, 1, "一级事项")
    sheet.write(1, 2, "二级事项")
    sheet.write(2, 0, 1)
    sheet.write_merge(2, 3, 1, 1, "社会救助")
    sheet.write(2, 2, "办事指南")
    sheet.write(3, 2, 2.5)
    other = book.add_sheet("隐藏")
    other.write(0, 0, "x")
    other.visibility = 1
    path = tmp_path / "old.xls"
    book.save(str(path))
    before = digest(path)

    wb = read_workbook(path)
    assert wb.format == "xls"
    grid, hidden = wb.sheets
    assert grid.name == "目录"
    assert grid.rows == [
        ["序号", "公开事项", None],
        [None, "一级事项", "二级事项"],
        [1, "社会救助", "办事指南"],
        [None, None, 2.5],
    ]
    assert set(map(_key, grid.merges)) == {(0, 1, 0, 2), (2, 1, 3, 1)}
    assert hidden.hidden is True and hidden.rows == [["x"]]
    assert digest(path) == before


def test_ods_values_and_merges_read_from_content_xml(tmp_path: Path) -> None:
    path = write_ods(tmp_path / "目录.ods", {
        "目录": [
            ods_row(repeat=2),  # two empty rows above the table
            ods_row(ods_cell(None), ods_cell("公开事项", across=2), ods_covered(), ods_cell("公开时限")),
            ods_row(ods_cell(1), ods_cell("绿化管理", down=2), ods_cell("损坏城市树木花草"),
                    ods_cell("20个工作日")),
            ods_row(ods_cell(2), ods_covered(), ods_cell("违法建设"), ods_cell(None, repeat=3)),
        ],
        "说明": [ods_row(ods_cell("注：示例"))],
    })
    before = digest(path)
    wb = read_workbook(path)
    assert wb.format == "ods"
    grid, notes = wb.sheets
    assert grid.rows == [
        [None, None, None, None],
        [None, None, None, None],
        [None, "公开事项", None, "公开时限"],
        [1.0, "绿化管理", "损坏城市树木花草", "20个工作日"],
        [2.0, None, "违法建设", None],
    ]
    assert [_key(m) for m in grid.merges] == [(2, 1, 2, 2), (3, 1, 4, 1)]
    assert notes.rows == [["注：示例"]] and notes.merges == []
    assert digest(path) == before


def test_ods_named_xls_is_read_as_ods(tmp_path: Path) -> None:
    path = write_ods(tmp_path / "export.xls", {"S": [ods_row(ods_cell("a"), ods_cell("b"))]})
    wb = read_workbook(path)
    assert wb.format == "ods"
    assert wb.sheets[0].rows == [["a", "b"]]


def test_empty_sheet_is_an_empty_grid(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.title = "空"
    wb.create_sheet("有")["A1"] = "x"
    path = tmp_path / "t.xlsx"
    wb.save(path)
    sheets = read_workbook(path).sheets
    assert [(g.name, g.rows) for g in sheets] == [("空", []), ("有", [["x"]])]


def _key(m: Merge) -> tuple[int, int, int, int]:
    return (m.first_row, m.first_col, m.last_row, m.last_col)


def test_equal_strings_share_one_object(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    for r in range(1, 4):
        wb.active.cell(row=r, column=2, value="■政府网站 □政府公报")
    path = tmp_path / "shared.xlsx"
    wb.save(path)
    rows = read_workbook(path).sheets[0].rows
    assert rows[0][1] == "■政府网站 □政府公报"
    assert rows[0][1] is rows[1][1] is rows[2][1]
    assert [row[0] for row in rows] == [None, None, None]
