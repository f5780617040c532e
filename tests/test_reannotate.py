"""Issue 15: an annotated copy checked again is annotated afresh.

The README's advice — check, fix the annotated copy, check it again — is followed here as a clerk
would: a fixed cell comes out clean, the report sheets are replaced (not piled up), and the user's own
comments and fills elsewhere survive; ``inspect`` and ``check`` never take the report sheets for a
catalog.
"""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
from conftest import standard_catalog
from openpyxl.comments import Comment
from openpyxl.styles import PatternFill
from typer.testing import CliRunner

from disclosecheck.cli import app

CHANNELS = "■政府网站\n□政府公报"
V = "√"


def row(n: int, level2: str, subject: str | None = "县城市管理局") -> list:
    return [n, "绿化管理", level2, "处罚决定", "《城市绿化条例》", "20个工作日内", subject, CHANNELS,
            V, None, V, None, V, None]


def annotate(source: Path, output: Path) -> None:
    result = CliRunner().invoke(app, ["check", str(source), "--format", "xlsx", "-o", str(output),
                                      "--as-of", "2026-11-22"])
    assert result.exit_code in (0, 1), result.output


def test_fix_the_annotated_copy_and_check_it_again(tmp_path: Path) -> None:
    source = standard_catalog(tmp_path / "目录.xlsx", [row(1, "损坏城市树木花草", subject=None),
                                                      row(2, "擅自砍伐城市树木", subject=None)])
    original = openpyxl.load_workbook(source)
    original.active["G4"].comment = Comment("原件缺主体", "张三")  # a user's comment on a cell we mark
    original.save(source)
    first = tmp_path / "批注版.xlsx"
    annotate(source, first)

    book = openpyxl.load_workbook(first)
    assert book.sheetnames[:2] == ["检查结果", "问题清单"]
    sheet = book[book.sheetnames[2]]
    assert sheet["G4"].comment.text.startswith("原件缺主体\n—\n【错误】")
    sheet["G4"] = "县城市管理局"  # the clerk fixes G4 only
    sheet["B4"].comment = Comment("请李科长核对", "李四")  # and notes something of their own
    sheet["D5"].fill = PatternFill(fill_type="solid", start_color="FF00B050", end_color="FF00B050")
    book.save(first)

    second = tmp_path / "批注版2.xlsx"
    annotate(first, second)
    again = openpyxl.load_workbook(second)
    assert again.sheetnames == ["检查结果", "问题清单", sheet.title]
    ws = again[sheet.title]
    assert ws["G4"].fill.fill_type is None
    assert (ws["G4"].comment.text, ws["G4"].comment.author) == ("原件缺主体", "张三")
    assert ws["G5"].comment.text.count("【错误】") == 1 and ws["G5"].fill.fgColor.rgb == "FFFFC7CE"
    assert (ws["B4"].comment.text, ws["B4"].comment.author) == ("请李科长核对", "李四")
    assert ws["D5"].fill.fgColor.rgb == "FF00B050"
    listing = [r for r in again["问题清单"].iter_rows(min_row=2, values_only=True) if any(r)]
    assert [(r[1], r[4]) for r in listing] == [("G5", "required-elements")]

    # checked a third time: still one pair of report sheets, the marks unchanged
    third = tmp_path / "批注版3.xlsx"
    annotate(second, third)
    last = openpyxl.load_workbook(third)
    assert last.sheetnames == ["检查结果", "问题清单", sheet.title]
    assert last[sheet.title]["G5"].comment.text == ws["G5"].comment.text


def test_report_sheets_are_never_taken_for_the_catalog(tmp_path: Path) -> None:
    source = standard_catalog(tmp_path / "目录.xlsx", [row(1, "损坏城市树木花草", subject=None)])
    copy = tmp_path / "批注版.xlsx"
    annotate(source, copy)
    result = CliRunner().invoke(app, ["check", str(copy), "--format", "json", "--as-of", "2026-11-22"])
    data = json.loads(result.stdout)
    assert [f["sheet"] for f in data["files"]] == ["Sheet1"]
    assert [(f["cell"], f["code"]) for f in data["files"][0]["findings"]] == [
        ("G4", "required-elements.missing-subject")]
    shown = CliRunner().invoke(app, ["inspect", str(copy)])
    assert shown.exit_code == 0, shown.output
    assert "检查结果" not in shown.stdout and "问题清单" not in shown.stdout
