"""The Markdown report: exact tables for a small report, escaping, error files, both languages."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from disclosecheck.errors import InputError
from disclosecheck.messages import en as en_messages
from disclosecheck.messages import zh as zh_messages
from disclosecheck.model import TIMELIMIT, FileResult, Finding, Report, Severity, Stats
from disclosecheck.render.markdown import escape, render_markdown


@pytest.fixture(autouse=True)
def _test_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(zh_messages.MESSAGES, "test.too_slow", "{cell}：公开时限“{value}”超过20个工作日")
    monkeypatch.setitem(en_messages.MESSAGES, "test.too_slow", "{cell}: limit \"{value}\" is over 20 days")
    monkeypatch.setitem(zh_messages.MESSAGES, "test.no_level", "缺少“公开层级”列")
    monkeypatch.setitem(en_messages.MESSAGES, "test.no_level", "no 公开层级 column")


def small_report() -> Report:
    ok = FileResult(
        path=Path("目录/城管.xlsx"), sheet="Sheet1", stats=Stats(items=12, level1=3, level2=10),
        findings=[
            Finding("timeliness", Severity.ERROR, "test.too_slow", {"cell": "F4", "value": "30|个\n工作日"},
                    sheet="Sheet1", row=4, cell="F4", element=TIMELIMIT, item="绿化管理 / 损坏城市树木花草"),
            Finding("required-columns", Severity.WARNING, "test.no_level", {}, sheet="Sheet1"),
        ])
    clean = FileResult(path=Path("目录/民政.xlsx"), sheet="社会救助",
                       stats=Stats(items=5, level1=1, level2=5))
    broken = FileResult(path=Path("目录/坏.xls"), status="error",
                        error=InputError("input.encrypted", Path("目录/坏.xls")))
    return Report(as_of=date(2026, 11, 22), rules="national", files=[ok, clean, broken], tool_version="0.1.0")


def test_markdown_tables_are_exact() -> None:
    assert render_markdown(small_report()) == """\
# 政务公开标准目录检查报告

- 规则包：national
- 检查基准日：2026-11-22
- 工具版本：0.1.0

## 检查汇总

| 文件 | 工作表 | 事项 | 错误 | 警告 | 提示 | 结论 |
| --- | --- | ---: | ---: | ---: | ---: | --- |
| 目录/城管.xlsx | Sheet1 | 12 | 1 | 1 | 0 | 不通过 |
| 目录/民政.xlsx | 社会救助 | 5 | 0 | 0 | 0 | 通过 |
| 目录/坏.xls |  |  | 0 | 0 | 0 | 无法检查 |
| 合计 |  | 17 | 1 | 1 | 0 |  |

## 目录/城管.xlsx · Sheet1

| 行 | 单元格 | 要素 | 事项 | 级别 | 问题 |
| ---: | --- | --- | --- | --- | --- |
|  |  |  |  | 警告 | 缺少“公开层级”列 |
| 4 | F4 | 公开时限 | 绿化管理 / 损坏城市树木花草 | 错误 | F4：公开时限“30\\|个<br>工作日”超过20个工作日 |

## 目录/民政.xlsx · 社会救助

未发现问题

## 目录/坏.xls

此文件未能检查：目录/坏.xls：文件设有打开密码（已加密），请在 Excel 或 WPS 中取消密码后另存，再检查
"""


def test_markdown_in_english() -> None:
    text = render_markdown(small_report(), "en")
    assert text.startswith("# Disclosure catalog check report\n\n"
                           "- Rule pack: national\n- As of: 2026-11-22\n")
    assert "| File | Sheet | Items | Errors | Warnings | Notes | Verdict |" in text
    assert "| 目录/城管.xlsx | Sheet1 | 12 | 1 | 1 | 0 | Fail |" in text
    row = ("| 4 | F4 | 公开时限 | 绿化管理 / 损坏城市树木花草 | error | "
           "F4: limit \"30\\|个<br>工作日\" is over 20 days |")
    assert row in text
    assert "This file could not be checked: 目录/坏.xls: the file is encrypted with a password" in text


def test_every_table_row_has_as_many_cells_as_its_header() -> None:
    for lang in ("zh", "en"):
        blocks: list[list[str]] = [[]]
        for line in render_markdown(small_report(), lang).splitlines():
            if line.startswith("|"):
                blocks[-1].append(line)
            elif blocks[-1]:
                blocks.append([])
        tables = [b for b in blocks if b]
        assert [len(t) for t in tables] == [6, 4]  # header + rule + rows
        for block in tables:
            cells = {line.replace("\\|", "").count("|") for line in block}
            assert len(cells) == 1


def test_escape() -> None:
    assert escape("a|b") == "a\\|b"
    assert escape("一\r\n二\r三\n四") == "一<br>二<br>三<br>四"
    assert escape("  空白  ") == "空白"


def test_check_command_prints_markdown(tmp_path: Path) -> None:
    import json

    from conftest import standard_catalog
    from typer.testing import CliRunner

    from disclosecheck.cli import app

    rows = [[1, "绿化管理", "损坏城市树木花草", "处罚决定", "《城市绿化条例》", "30个工作日内", "城管局",
             "■政府网站", "√", None, "√", None, "√", None],
            [2, "绿化管理", "擅自砍伐城市树木", "处罚决定", "", "20个工作日内", "城管局",
             "■政府网站", "√", None, "√", None, "√", None]]
    path = standard_catalog(tmp_path / "城管.xlsx", rows)
    runner = CliRunner()
    args = ["check", str(path), "--as-of", "2026-11-22", "--format"]
    text = runner.invoke(app, [*args, "markdown"]).stdout
    findings = json.loads(runner.invoke(app, [*args, "json"]).stdout)["files"][0]["findings"]
    assert findings
    table = text[text.index("| 行 | 单元格 |"):].splitlines()
    assert len([line for line in table if line.startswith("|")]) == len(findings) + 2
    for finding in findings:
        assert escape(finding["message"]) in text
    assert f"| {path} | Sheet1 | 2 |" in text
