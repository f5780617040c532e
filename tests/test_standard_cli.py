"""``--standard``/``--level`` on check, inspect and audit, coverage in reports, ``template`` (issue 12)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import standard_catalog
from typer.testing import CliRunner

from disclosecheck.cli import app

AS_OF = ["--as-of", "2026-12-01"]
CONTENT = ("政策依据; 申请指南:包括补贴对象、补贴范围、补贴标准、申请程序、申请材料、咨询电话、"
           "受理单位、办理时限、联系方式等; 补贴结果; 监督渠道:包括举报电话、地址等。")
LIMIT = "信息形成或者变更之日起20个工作日内"
V = "√"


def row(n: int, level2: str, content: str = CONTENT, limit: str = LIMIT, mode: tuple = (V, None)) -> list:
    return [n, "农业生产发展资金", level2, content, "《农业生产发展资金管理办法》", limit, "某某镇人民政府",
            "■政府网站", V, None, *mode, None, V]


def run(*args: str):
    return CliRunner().invoke(app, list(args))


@pytest.fixture
def town(tmp_path: Path) -> Path:
    rows = [row(1, "耕地地力保护"), row(2, "种粮大户补贴")]
    return standard_catalog(tmp_path / "某某镇涉农补贴目录.xlsx", rows,
                            title="某某镇涉农补贴领域基层政务公开标准目录")


def findings(result) -> list[tuple]:
    report = json.loads(result.stdout)
    return [(f["rule"], f["code"], f["row"]) for file in report["files"] for f in file["findings"]]


def test_detected_partial_standard_gives_the_figure_not_errors(town: Path) -> None:
    result = run("check", str(town), *AS_OF, "--format", "json")
    assert result.exit_code == 0, result.output
    assert findings(result) == []
    coverage = json.loads(result.stdout)["files"][0]["coverage"]
    assert coverage == {
        "domain": "涉农补贴", "standard": "涉农补贴", "source": "builtin", "partial": True,
        "why": "标题含“涉农补贴”；2 个事项中 1 个与标准目录相符",
        "level": "乡级", "level_why": "标题含“某某镇”",
        "required": 2, "matched": 1, "unleveled": 0, "missing": ["农业生产发展资金 / 新型职业农民培育"],
        "not_in_standard": ["农业生产发展资金 / 种粮大户补贴"]}


def test_a_county_level_unit_is_named_as_written(tmp_path: Path) -> None:
    catalog = standard_catalog(tmp_path / "目录.xlsx", [row(1, "耕地地力保护")],
                               title="腾冲市涉农补贴领域基层政务公开标准目录")
    result = run("check", str(catalog), *AS_OF, "--format", "json")
    coverage = json.loads(result.stdout)["files"][0]["coverage"]
    assert (coverage["level"], coverage["level_why"]) == ("县级", "标题含“腾冲市”")


def test_named_standard_reports_each_missing_item(town: Path) -> None:
    result = run("check", str(town), *AS_OF, "--standard", "涉农补贴", "--format", "json")
    assert result.exit_code == 1
    assert findings(result) == [("standard-coverage", "standard-coverage.missing", None)]
    message = json.loads(result.stdout)["files"][0]["findings"][0]["message"]
    assert message == ("缺少标准目录事项“农业生产发展资金 / 新型职业农民培育”"
                       "（涉农补贴标准目录第 3 项，乡级应列出）：请按涉农补贴领域标准目录补列")


def test_level_option_holds_a_county_to_the_county_items(town: Path) -> None:
    result = run("check", str(town), *AS_OF, "--standard", "涉农资金", "--level", "县级", "--format", "json",
                 "--lang", "en")
    file = json.loads(result.stdout)["files"][0]
    assert (file["coverage"]["level"], file["coverage"]["level_why"]) == ("县级", "--level 县级")
    assert [f["message"].split(" (")[0] for f in file["findings"]] == [
        'Standard item "农业生产发展资金 / 农机购置补贴" is missing',
        'Standard item "农业生产发展资金 / 新型职业农民培育" is missing',
        # the item the town lists is ticked 乡级 only; as a county catalog it must tick 县级
        'The 涉农补贴 standard marks "农业生产发展资金 / 耕地地力保护" for 县级; 县级 is not ticked here']


def test_text_and_markdown_say_which_standard_and_level(town: Path) -> None:
    text = run("check", str(town), *AS_OF).stdout
    assert "标准目录：涉农补贴（内置标准目录不完整）" in text
    assert "层级：乡级（标题含“某某镇”）" in text and "覆盖：1/2" in text
    markdown = run("check", str(town), *AS_OF, "--format", "markdown").stdout
    assert "覆盖：1/2" in markdown
    html = run("check", str(town), *AS_OF, "--format", "html").stdout
    assert 'class="coverage-bar partial"' in html and "<em>1/2</em>" in html


def test_standard_rules_fire_on_a_matched_item(tmp_path: Path) -> None:
    rows = [row(1, "耕地地力保护", content="资金发放的有关信息", limit="30个工作日内", mode=(None, V))]
    path = standard_catalog(tmp_path / "x.xlsx", rows, title="某某镇涉农补贴领域基层政务公开标准目录")
    got = findings(run("check", str(path), *AS_OF, "--format", "json"))
    assert [f for f in got if f[0].startswith("standard-")] == [
        ("standard-content", "standard-content.missing-elements", 4),
        ("standard-timelimit", "standard-timelimit.looser", 4),
        ("standard-fields", "standard-fields.mode-weakened", 4)]


def test_a_standard_file_is_a_catalog(tmp_path: Path, town: Path) -> None:
    county = standard_catalog(tmp_path / "县标准.xlsx", [row(1, "耕地地力保护"), row(2, "秸秆还田补贴")],
                              title="涉农补贴领域基层政务公开标准目录")
    result = run("check", str(town), *AS_OF, "--standard", str(county), "--format", "json")
    file = json.loads(result.stdout)["files"][0]
    assert file["coverage"]["source"] == "given" and file["coverage"]["partial"] is False
    assert file["coverage"]["missing"] == ["秸秆还田补贴"] or file["coverage"]["missing"] == [
        "农业生产发展资金 / 秸秆还田补贴"]
    assert [f["code"] for f in file["findings"]] == ["standard-coverage.missing"]


@pytest.mark.parametrize("args", [("--standard", "不存在"), ("--standard", "无此文件.xlsx"),
                                  ("--level", "市")])
def test_wrong_standard_or_level_is_one_line_exit_2(town: Path, args: tuple) -> None:
    result = run("check", str(town), *args)
    assert result.exit_code == 2
    assert len(result.output.strip().splitlines()) == 1 and "Traceback" not in result.output


def test_inspect_says_which_standard_and_lists_items_not_in_it(town: Path) -> None:
    result = run("inspect", str(town))
    assert result.exit_code == 0, result.output
    assert "标准目录：涉农补贴" in result.stdout
    assert "标准目录以外的事项：农业生产发展资金 / 种粮大户补贴" in result.stdout


def test_template_round_trips_through_check_reporting_only_what_to_fill(tmp_path: Path) -> None:
    out = tmp_path / "目录.xlsx"
    result = run("template", "涉农补贴", "--level", "乡级", "-o", str(out))
    assert result.exit_code == 0, result.output
    check = run("check", str(out), *AS_OF, "--format", "json")
    file = json.loads(check.stdout)["files"][0]
    assert [(f["code"], f["cell"]) for f in file["findings"]] == [
        ("required-elements.to-fill", "G4"), ("required-elements.to-fill", "G5")]
    assert file["findings"][0]["message"] == "公开主体待填写：请填写（模板留空的单元格）"
    coverage = file["coverage"]
    assert (coverage["level"], coverage["matched"], coverage["required"]) == ("乡级", 2, 2)
    from openpyxl import load_workbook

    ws = load_workbook(out).active
    assert ws.data_validations.dataValidation and ws.merged_cells.ranges
    assert str(ws.cell(row=ws.max_row, column=1).value).startswith("说明：")


def test_template_for_a_level_without_items_is_a_usage_error(tmp_path: Path) -> None:
    result = run("template", "城市综合执法", "--level", "乡级", "-o", str(tmp_path / "x.xlsx"))
    assert result.exit_code == 2
    assert "没有标为乡级的事项" in result.output


def test_audit_takes_the_standard_too(tmp_path: Path, town: Path) -> None:
    result = run("audit", str(town.parent), *AS_OF, "--standard", "涉农补贴", "--format", "json")
    assert result.exit_code in (0, 1), result.output
    report = json.loads(result.stdout)
    assert any(f["code"] == "standard-coverage.missing" for file in report["files"] for f in file["findings"])


def test_audit_ranks_coverage_and_lists_the_items_most_often_missing(tmp_path: Path) -> None:
    towns = {"甲镇": [row(1, "耕地地力保护")], "乙镇": [row(1, "耕地地力保护"), row(2, "新型职业农民培育")]}
    for town, rows in towns.items():
        standard_catalog(tmp_path / town / "涉农补贴目录.xlsx", rows,
                         title=f"{town}涉农补贴领域基层政务公开标准目录")
    result = run("audit", str(tmp_path), *AS_OF, "--standard", "涉农补贴", "--format", "json")
    report = json.loads(result.stdout)
    assert {u["unit"]: u["coverage"] for u in report["units"]} == {"甲镇": 0.5, "乙镇": 1.0}
    assert report["standard_missing"] == [
        {"standard": "涉农补贴", "item": "农业生产发展资金 / 新型职业农民培育", "units": 1}]
    csv_text = run("audit", str(tmp_path), *AS_OF, "--standard", "涉农补贴", "--format", "csv").stdout
    assert csv_text.splitlines()[0].endswith(",标准覆盖(%)")
    assert "甲镇,1,1,1,0,0.00,,50.00" in csv_text  # after skipped_files
