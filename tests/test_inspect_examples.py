"""``disclosecheck inspect`` understands every shipped example: sheet, header rows and column map."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from disclosecheck.cli import app
from disclosecheck.model import cell_name
from disclosecheck.pipeline import load_catalogs

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

STANDARD = ["序号", "一级事项", "二级事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体",
            "公开对象/全社会", "公开对象/特定群体", "公开方式/主动", "公开方式/依申请", "公开层级/县级",
            "公开层级/乡级"]

# file -> (sheet, header rows as the user sees them, items, column letter -> element[/choice])
EXPECTED = {
    "城市综合执法目录_某县城管局.xlsx": ("城市综合执法", [2, 3], 12, STANDARD),
    "公共法律服务目录_系统导出.xls": ("表1", [1, 2], 5, STANDARD),
    "市政服务目录_某镇.xlsx": ("市政服务", [2], 10,
                          ["序号", "一级事项", "二级事项", "公开内容", "公开依据", "公开时限", "公开主体",
                           "公开渠道和载体", "公开对象", "公开方式", "信息形成日期", "公开日期",
                           "最近更新日期", None]),
    "社会救助目录_繁体.xls": ("社會救助", [2, 3], 7,
                         [*STANDARD[:10], "公开方式", "公开层级/县级", "公开层级/乡级"]),
    "养老服务目录_某街道_GBK.csv": ("养老服务目录_某街道_GBK", [1], 5,
                               ["序号", "公开事项", "公开内容", "公开依据", "公开时限", "公开主体",
                                "公开渠道和载体", "公开对象", "公开方式", "公开层级"]),
}


def _mapped(column) -> str | None:
    if column.element is None:
        return None
    return f"{column.element}/{column.choice}" if column.choice else column.element


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_column_map_of_each_example(name: str) -> None:
    sheet, header_rows, items, columns = EXPECTED[name]
    [catalog] = load_catalogs(EXAMPLES / name)
    assert catalog.sheet == sheet
    assert [r + 1 for r in catalog.layout.header_rows] == header_rows
    assert len(catalog.items) == items
    assert [_mapped(c) for c in catalog.layout.columns] == columns
    assert [cell_name(1, c.index)[:-1] for c in catalog.layout.columns] == [
        cell_name(1, i)[:-1] for i in range(len(columns))]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_inspect_command_on_each_example(name: str) -> None:
    result = CliRunner().invoke(app, ["inspect", str(EXAMPLES / name), "--rows", "1"])
    assert result.exit_code == 0, result.output
    assert EXPECTED[name][0] in result.stdout
    assert "公开渠道和载体" in result.stdout
