"""Issue 15, point 4: the small things on a clerk's path.

``-o`` says where the report went (and ``--quiet`` keeps quiet); ``-h`` is ``--help`` everywhere;
``rules show`` answers a typo with the rule meant; ``audit`` writes HTML and Markdown with the ranking,
the compliance chart and the common problems.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import standard_catalog
from typer.testing import CliRunner

from disclosecheck.cli import app

AS_OF = ["--as-of", "2026-11-22"]


def run(*args: str):
    return CliRunner().invoke(app, list(args))


def row(n: int, level2: str, subject: str | None = "县城市管理局") -> list:
    return [n, "绿化管理", level2, "处罚决定", "《城市绿化条例》", "20个工作日内", subject, "■政府网站",
            "√", None, "√", None, "√", None]


@pytest.fixture
def county(tmp_path: Path) -> Path:
    standard_catalog(tmp_path / "county" / "甲镇" / "目录.xlsx", [row(1, "损坏城市树木花草", subject=None)])
    standard_catalog(tmp_path / "county" / "乙镇" / "目录.xlsx", [row(1, "损坏城市树木花草")])
    return tmp_path / "county"


def test_output_says_where_the_report_went(county: Path, tmp_path: Path) -> None:
    out = tmp_path / "报告.json"
    result = run("check", str(county / "甲镇" / "目录.xlsx"), "-f", "json", "-o", str(out), *AS_OF)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"报告已写入：{out}"]
    assert out.exists()
    quiet = run("check", str(county / "甲镇" / "目录.xlsx"), "-f", "json", "-o", str(out), "--quiet", *AS_OF)
    assert quiet.stderr == ""
    english = run("audit", str(county), "-f", "json", "-o", str(out), "--jobs", "1", "--lang", "en", *AS_OF)
    assert english.stderr.splitlines() == [f"Report written to {out}"]


@pytest.mark.parametrize("command", [[], ["check"], ["audit"], ["inspect"], ["rules"], ["rules", "show"],
                                     ["rules", "list"], ["rules", "validate"], ["rules", "domains"]])
def test_h_is_help_on_every_command(command: list[str]) -> None:
    short, long = run(*command, "-h"), run(*command, "--help")
    assert short.exit_code == 0 and short.stdout == long.stdout
    assert short.stdout.startswith("Usage:")


def test_rules_show_suggests_the_rule_meant() -> None:
    result = run("rules", "show", "timelimt")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "没有规则“timelimt”；是不是“timelimit”？可用 disclosecheck rules show timelimit 查看"]
    english = run("rules", "show", "legal_basis", "--lang", "en")
    assert english.stderr.splitlines() == [
        'no rule "legal_basis"; did you mean "legal-basis"? See disclosecheck rules show legal-basis']
    assert run("rules", "show", "zzz").stderr.splitlines() == [
        "没有规则“zzz”；可用 disclosecheck rules list 查看所有规则"]


def test_audit_writes_markdown(county: Path) -> None:
    result = run("audit", str(county), "-f", "markdown", "--jobs", "1", *AS_OF)
    assert result.exit_code == 1, result.output
    text = result.stdout
    assert text.startswith("# 政务公开标准目录批量检查　规则包：national　检查日期：2026-11-22\n")
    ranking = text.split("## 各单位合规情况（由差到好）")[1].split("##")[0]
    assert [line for line in ranking.splitlines() if line.startswith("| 1") or line.startswith("| 2")] == [
        "| 1 | 甲镇 | 1 | 1 | 1 | 0 | 0.0% |", "| 2 | 乙镇 | 1 | 1 | 0 | 0 | 100.0% |"]
    assert "| 要素未填写（required-elements） | 1 | 1 | 1 |" in text
    assert "公开主体未填写" in text  # check's per-file sections follow


def test_audit_writes_html_with_the_chart(county: Path, tmp_path: Path) -> None:
    out = tmp_path / "全县.html"
    result = run("audit", str(county), "-f", "html", "-o", str(out), "--jobs", "1", *AS_OF)
    assert result.exit_code == 1, result.output
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    ranking = page.split('<section class="ranking">')[1].split("</section>")[0]
    rank = r"<tr class=\"[a-z]*\"><td class=\"num\">(\d)</td><td class=\"\">([^<]+)</td>"
    assert re.findall(rank, ranking) == [("1", "甲镇"), ("2", "乙镇")]
    chart = page.split('<section class="rates">')[1].split("</section>")[0]
    assert "<svg" in chart and "0.0%" in chart and "100.0%" in chart
    assert "要素未填写（required-elements）" in page.split('<section class="common">')[1]
    assert "<script" not in page and "http://" not in page.replace("http://www.w3.org/2000/svg", "")
