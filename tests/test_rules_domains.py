"""``disclosecheck rules domains``: the built-in domain standards with counts, completeness and basis."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from disclosecheck.cli import app

EN = """\
Built-in domain standards (rules/domains/):
  Domain        Level-1  Level-2  Complete  Guideline                             Basis
  义务教育      4        8        partial   not confirmed                         derived from 5 published local catalogs that agree item by item
  保障性住房    1        1        partial   not confirmed                         derived from 4 published local catalogs that agree item by item
  公共文化服务  1        3        partial   not confirmed                         derived from 3 published local catalogs that agree item by item
  公共法律服务  2        4        partial   司办通〔2019〕57号                    derived from 5 published local catalogs that agree item by item
  养老服务      3        3        partial   民办函〔2019〕52号                    derived from 2 published local catalogs that agree item by item
  农村危房改造  4        5        partial   not confirmed                         derived from 6 published local catalogs that agree item by item
  城市综合执法  4        9        partial   not confirmed                         derived from 4 published local catalogs that agree on every fixed column; each offence is shown by one of them
  安全生产      1        5        partial   not confirmed                         derived from 5 published local catalogs that agree item by item
  就业          1        2        partial   人社厅函〔2019〕113号                 derived from 3 published local catalogs that agree item by item
  市政服务      2        5        partial   not confirmed                         derived from 3 published local catalogs that agree item by item
  户籍管理      4        5        partial   《户籍管理领域基层政务公开标准指引》  derived from 4 published local catalogs that agree item by item
  救灾          1        6        partial   not confirmed                         derived from 6 published local catalogs that agree item by item
  涉农补贴      1        3        partial   not confirmed                         derived from 5 published local catalogs that agree item by item
  生态环境      1        2        partial   环办厅函〔2019〕672号                 derived from 5 published local catalogs that agree item by item
  社会救助      2        4        partial   民办函〔2019〕52号                    derived from 5 published local catalogs that agree item by item

15 domains, 0 complete. "partial": the sources showed only the first rows of a catalog; what is missing is listed under missing in each file. Items are derived from published local catalogs, not the guideline text.
"""  # noqa: E501


def run(*args: str):
    return CliRunner().invoke(app, ["rules", "domains", *args])


def test_english_table() -> None:
    result = run("--lang", "en")
    assert result.exit_code == 0, result.output
    assert result.output == EN


def test_chinese_by_default() -> None:
    result = run()
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "内置领域标准目录（rules/domains/）："
    assert lines[1].split() == ["领域", "一级事项", "二级事项", "完整", "指引", "来源"]
    assert lines[6].split() == ["养老服务", "3", "3", "部分", "民办函〔2019〕52号",
                                "由", "2", "份已发布的地方目录整理（各事项逐项一致）"]
    assert lines[8].split()[-1] == "份已发布的地方目录整理（固定各列一致，每个二级事项只见于其中一份）"
    assert lines[-1].startswith("共 15 个领域，0 个完整。“部分”表示所见来源只显示了目录的前几行")


def test_json() -> None:
    result = run("--format", "json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert doc["schema"] == "disclosecheck-domains/1"
    by_name = {d["domain"]: d for d in doc["domains"]}
    assert len(by_name) == 15
    social = by_name["社会救助"]
    assert (social["file"], social["level1"], social["level2"]) == ("社会救助.yaml", 2, 4)
    assert social["complete"] is False
    assert social["aliases"] == ["社会救助及福利"]
    assert social["guideline"] == {
        "title": "社会救助领域基层政务公开标准指引", "number": "民办函〔2019〕52号",
        "department": "民政部办公厅",
        "source": "http://www.fj.gov.cn/zwgk/ztzl/qmtjjczwgkbzhgfhgz/gzjz/202008/t20200811_5352675.htm"}
    assert social["numbers"] == [1, 2, 3, 4]
    assert [s["id"] for s in social["sources"]] == ["tjbd", "dazhu", "gaizhou", "mdx", "tengchong"]
    assert social["sources"][1] == {"id": "dazhu", "url": "http://www.dazhu.gov.cn/xxgk-show-199777.html",
                                    "unit": "大竹县（县信息公开办）", "date": "2022-09-28"}
    assert by_name["农村危房改造"]["numbers"] == [1, 2, 4, 5, 6]


def test_a_broken_builtin_is_one_line_and_exit_2(monkeypatch, tmp_path) -> None:
    (tmp_path / "涉农补贴.yaml").write_text("domain: 涉农补贴\ncomplete: maybe\n", encoding="utf-8")
    monkeypatch.setattr("disclosecheck.standards.load.standards_folder", lambda: tmp_path)
    result = run("--lang", "en")
    assert result.exit_code == 2
    assert result.output == f"{tmp_path / '涉农补贴.yaml'}: domain standard is wrong: basis: required\n"
