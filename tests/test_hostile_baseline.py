"""Baselines as hostile input (issue 19.1): validated against the published schema, bounded, one line.

Every wrong baseline ends in exit 2 and one line naming the file and what is wrong, in one language;
the schema interpreter of ``disclosecheck.jsonshape`` is held to ``jsonschema`` on each of them.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from conftest import standard_catalog
from guards import HANG_GUARD_S
from typer.testing import CliRunner

from disclosecheck.cli import app
from disclosecheck.jsonshape import first_problem
from disclosecheck.render.json_report import load_schema

AS_OF = ["--as-of", "2026-03-01"]
TAIL_ZH = "：请用 check --format json --output 基线文件 重新生成"


def rows(count: int) -> list[list]:
    return [[n, f"事项{n}", f"子项{n}", "处罚决定书", "《中华人民共和国行政处罚法》", "30个工作日",
             None, "■政府网站", "√", None, "√", None, "√", None] for n in range(1, count + 1)]


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    standard_catalog(tmp_path / "目录.xlsx", rows(3))
    return tmp_path


@pytest.fixture
def report(here: Path) -> dict[str, Any]:
    result = CliRunner().invoke(app, ["check", "目录.xlsx", *AS_OF, "-f", "json"])
    return json.loads(result.stdout)


def check(baseline: str, *extra: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["check", "目录.xlsx", *AS_OF, "--baseline", baseline, *extra])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    return result.exit_code, lines[0]


def broken(report: dict[str, Any], how: str) -> dict[str, Any]:
    doc = copy.deepcopy(report)
    if how == "files-string":
        doc["files"] = "目录.xlsx"
    elif how == "files-number":
        doc["files"] = 3
    elif how == "finding-number":
        doc["files"][0]["findings"][0] = 7
    elif how == "rule-list":
        doc["files"][0]["findings"][0]["rule"] = ["a"]
    elif how == "path-number":
        doc["files"][0]["path"] = 12
    elif how == "no-schema":
        del doc["schema"]
    elif how == "other-schema":
        doc["schema"] = "other/2"
    elif how == "extra-key":
        doc["files"][0]["extra"] = 1
    return doc


CASES = {
    "files-string": "files 应为列表",
    "files-number": "files 应为列表",
    "finding-number": "files[0].findings[0] 应为对象（键值对）",
    "rule-list": "files[0].findings[0].rule 应为文字",
    "path-number": "files[0].path 应为文字",
    "no-schema": "最外层 缺少“schema”",
    "other-schema": "schema 应为 disclosecheck/1",
    "extra-key": "files[0] 有未知的键“extra”",
}


@pytest.mark.parametrize("how", sorted(CASES))
def test_a_baseline_that_breaks_the_schema_is_one_line(here: Path, report: dict[str, Any], how: str) -> None:
    doc = broken(report, how)
    (here / "b.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    code, line = check("b.json")
    assert code == 2
    assert line == f"基线文件 b.json 无法使用（不是 disclosecheck 的 JSON 报告：{CASES[how]}）{TAIL_ZH}"
    # the interpreter agrees with jsonschema on every case
    assert first_problem(doc, load_schema()) is not None
    assert not jsonschema.Draft202012Validator(load_schema()).is_valid(doc)


def test_the_interpreter_accepts_what_jsonschema_accepts(report: dict[str, Any]) -> None:
    jsonschema.validate(report, load_schema())
    assert first_problem(report, load_schema()) is None


def test_english_is_english(here: Path, report: dict[str, Any]) -> None:
    (here / "b.json").write_text(json.dumps(broken(report, "rule-list")), encoding="utf-8")
    code, line = check("b.json", "--lang", "en")
    assert code == 2
    assert line == ("the baseline file b.json cannot be used (not a disclosecheck JSON report: "
                    "files[0].findings[0].rule should be text); make it again with check --format json "
                    "--output FILE")


def test_a_missing_baseline_in_one_language(here: Path) -> None:
    assert check("none.json") == (2, f"基线文件 none.json 无法使用（文件不存在）{TAIL_ZH}")
    assert check("none.json", "--lang", "en") == (
        2, "the baseline file none.json cannot be used (file not found); make it again with check --format "
           "json --output FILE")


def test_100000_nested_brackets(here: Path) -> None:
    (here / "b.json").write_text("[" * 100_000, encoding="utf-8")
    assert check("b.json") == (2, f"基线文件 b.json 无法使用（JSON 嵌套层数过多）{TAIL_ZH}")


def test_malformed_json_says_where(here: Path) -> None:
    (here / "b.json").write_text('{"schema": "disclosecheck/1",\n  oops}', encoding="utf-8")
    assert check("b.json") == (2, f"基线文件 b.json 无法使用（不是有效的 JSON，第 2 行第 3 列有误）{TAIL_ZH}")


def test_not_utf8(here: Path) -> None:
    (here / "b.json").write_bytes('{"schema": "基线"}'.encode("gb18030"))
    assert check("b.json") == (2, f"基线文件 b.json 无法使用（不是 UTF-8 编码的文本）{TAIL_ZH}")


def test_dev_zero_is_refused(here: Path) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    assert check("/dev/zero") == (
        2, f"基线文件 /dev/zero 无法使用（不是普通文件，可能是文件夹、管道或设备）{TAIL_ZH}")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_does_not_hang(here: Path) -> None:
    os.mkfifo(here / "b.json")
    result = subprocess.run([sys.executable, "-m", "disclosecheck", "check", "目录.xlsx", *AS_OF,
                             "--baseline", "b.json"], capture_output=True, text=True, cwd=here,
                            timeout=HANG_GUARD_S,
                            env={**os.environ, "PYTHONIOENCODING": "utf-8"}, check=False)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"基线文件 b.json 无法使用（不是普通文件，可能是文件夹、管道或设备）{TAIL_ZH}"]


def test_a_good_baseline_still_works(here: Path, report: dict[str, Any]) -> None:
    (here / "b.json").write_text(json.dumps(report, ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(app, ["check", "目录.xlsx", *AS_OF, "--baseline", "b.json"])
    assert result.exit_code == 0, result.output
