"""``disclosecheck inspect``: column map, counts and first items of real workbooks; the no-catalog message."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import STANDARD_HEADER_1, STANDARD_HEADER_2, standard_catalog, write_xlsx
from typer.testing import CliRunner

from disclosecheck.cli import app

DATA = [
    [
        1,
        "绿化管理",
        "损坏城市树木花草",
        "处罚决定",
        "《城市绿化条例》",
        "20个工作日内",
        "城管局",
        "■政府网站 □政府公报 ■两微一端",
        "√",
        None,
        "√",
        None,
        "√",
        None,
    ],
    [
        2,
        None,
        "擅自砍伐城市树木",
        "同上",
        "同上",
        "同上",
        "同上",
        "同上",
        None,
        "√",
        None,
        "不公开",
        None,
        "√",
    ],
    [
        3,
        "市容管理",
        "占道经营",
        "处罚决定",
        "《城市市容和环境卫生管理条例》",
        "7个工作日",
        "城管局",
        "t政府网站",
        "√",
        None,
        "√",
        None,
        "√",
        None,
    ],
]


@pytest.fixture(autouse=True)
def _no_local_pack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run in an empty folder so no disclosecheck.yaml of the checkout changes the synonyms."""
    monkeypatch.chdir(tmp_path)


def run(*args: str):
    return CliRunner().invoke(app, ["inspect", *args])


def lines(text: str) -> list[str]:
    """Table rows as lists of cell texts (box characters removed)."""
    return [[c.strip() for c in re.split(r"[│┃]", line)[1:-1]] for line in text.splitlines() if "│" in line]


def test_column_map_counts_and_items(tmp_path: Path) -> None:
    path = standard_catalog(tmp_path / "目录.xlsx", DATA, extra_merges=["B4:B5"])
    result = run(str(path), "--rows", "2")
    assert result.exit_code == 0, result.output
    out = result.output
    assert str(path) in out
    assert "xlsx" in out
    assert "第 2–3 行" in out
    assert "城市综合执法领域基层政务公开标准目录" in out
    assert "一级事项 2 个，二级事项 3 个，事项 3 个" in out
    rows = lines(out)
    assert ["A", "序号", "序号", ""] in rows
    assert ["B", "公开事项/一级事项", "一级事项", ""] in rows
    assert ["D", "公开内容（要素）", "公开内容", ""] in rows
    assert ["J", "公开对象/特定群体", "公开对象", "特定群体"] in rows
    assert ["L", "公开方式/依申请", "公开方式", "依申请"] in rows
    assert ["N", "公开层级/乡级", "公开层级", "乡级"] in rows
    # The first two items, normalized, with their cells.
    assert "第 4 行：绿化管理 / 损坏城市树木花草" in out
    assert "第 5 行：绿化管理 / 擅自砍伐城市树木" in out
    assert "第 6 行" not in out
    assert ["一级事项", "绿化管理", "B4", "沿用上方的值"] in rows
    assert ["公开依据", "《城市绿化条例》", "E4", "沿用上方的值"] in rows
    assert ["公开方式", "", "K5", "无法识别的选项：不公开"] in rows
    assert ["公开渠道和载体", "政府网站、两微一端", "H4", "列出的渠道：政府网站、政府公报、两微一端"] in rows


def test_english_labels_and_unmapped_columns(tmp_path: Path) -> None:
    header = ["序号", "事项名称", "公开内容", "公开时限", "责任单位", "咨询电话", "最后更新"]
    path = write_xlsx(
        tmp_path / "c.xlsx", [header, [1, "低保", "条件", "20个工作日", "民政局", "12345", "2026/3/5"]]
    )
    result = run(str(path), "--lang", "en")
    assert result.exit_code == 0, result.output
    rows = lines(result.output)
    assert ["B", "事项名称", "公开事项", ""] in rows
    assert ["E", "责任单位", "公开主体", ""] in rows
    assert ["F", "咨询电话", "unmapped", ""] in rows
    assert ["G", "最后更新", "最近更新日期", ""] in rows
    assert ["最近更新日期", "2026-03-05", "G2", ""] in rows
    assert ["咨询电话（unmapped）", "12345", "", ""] in rows
    assert "Header rows" in result.output and "row 1" in result.output
    assert "0 first-level, 1 second-level, 1 item" in result.output


def test_sheet_option_and_two_catalogs(tmp_path: Path) -> None:
    single = [["序号", "公开事项", "公开内容", "公开时限"], [1, "养老机构名单", "名单", "10个工作日"]]
    path = write_xlsx(
        tmp_path / "c.xlsx",
        [STANDARD_HEADER_1, STANDARD_HEADER_2, DATA[0]],
        sheet="执法",
        extra_sheets={"填报说明": [["填报说明"]], "养老": single},
    )
    both = run(str(path), "--rows", "0")
    assert both.exit_code == 0, both.output
    assert "目录表 1/2" in both.output and "目录表 2/2" in both.output
    assert "第 2 行" not in both.output  # --rows 0 shows no item
    one = run(str(path), "--sheet", "养老")
    assert one.exit_code == 0, one.output
    assert "目录表 1/1" in one.output
    assert "第 2 行：养老机构名单" in one.output
    assert ["公开时限", "10个工作日", "D2", ""] in lines(one.output)
    missing = run(str(path), "--sheet", "卫生")
    assert missing.exit_code == 2
    assert "没有名为“卫生”的工作表；现有工作表：执法、填报说明、养老" in missing.output


def test_rule_pack_synonyms(tmp_path: Path) -> None:
    header = ["序号", "事项", "信息要素", "办理时限"]
    path = write_xlsx(tmp_path / "c.xlsx", [header, [1, "a", "b", "c"]])
    assert run(str(path)).exit_code == 2
    pack = tmp_path / "pack.yaml"
    pack.write_text(
        "extends: national\nheaders:\n  信息要素: 公开内容\n  办理时限: 公开时限\n", encoding="utf-8"
    )
    result = run(str(path), "--rules", str(pack))
    assert result.exit_code == 0, result.output
    assert ["C", "信息要素", "公开内容", ""] in lines(result.output)


def test_no_catalog_says_what_it_saw(tmp_path: Path) -> None:
    rows = [["某县政务公开目录"], ["序号", "事项", "内容说明", "备注"], [1, "a", "b", "c"]]
    path = write_xlsx(tmp_path / "c.xlsx", rows, extra_sheets={"说明": [["注：本表为示例"]]})
    result = run(str(path))
    assert result.exit_code == 2
    assert "没有找到政务公开标准目录表格" in result.output
    assert "工作表“Sheet1”第 2 行：序号、事项、备注" in result.output
    assert "公开内容" in result.output and "公开时限" in result.output
    en = run(str(path), "--lang", "en")
    assert en.exit_code == 2
    assert 'sheet "Sheet1" row 2: 序号、事项、备注' in en.output
    assert "no disclosure catalog table found" in en.output


def test_unreadable_file_is_one_line(tmp_path: Path) -> None:
    result = run(str(tmp_path / "missing.xlsx"))
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        f"{tmp_path / 'missing.xlsx'}：文件不存在，请检查路径是否写对"
    ]
