"""The shipped examples, end to end through the real CLI: every planted gap found, nothing else.

Each example's expected findings are the complete set, so a finding on a clean row fails the test
as surely as a missed gap. ``examples/README.md`` describes the same gaps for people.
"""

from __future__ import annotations

import hashlib
import json
import re
import runpy
from pathlib import Path

import pytest
from typer.testing import CliRunner

from disclosecheck.cli import app

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
AS_OF = "2026-11-22"

# (rule, code, severity, row, cell, element) of every finding expected in each example.
EXPECTED: dict[str, dict] = {
    "城市综合执法目录_某县城管局.xlsx": {
        "sheet": "城市综合执法",
        "stats": {"items": 12, "level1": 5, "level2": 11},
        "findings": {
            ("required-elements", "required-elements.missing-subject", "error", 9, "G9", "公开主体"),
            ("timelimit", "timelimit.too-many-workdays", "error", 11, "F11", "公开时限"),
            ("legal-basis", "legal-basis.no-document", "warning", 12, "E12", "公开依据"),
            ("channels", "channels.none-chosen", "error", 13, "H13", "公开渠道和载体"),
            ("duplicate-items", "duplicate-items.duplicate", "error", 15, "C15", "二级事项"),
        },
        "exit": 1,
    },
    "市政服务目录_某镇.xlsx": {
        "sheet": "市政服务",
        "stats": {"items": 10, "level1": 6, "level2": 10},
        "findings": {
            ("required-columns", "required-columns.missing-optional", "warning", None, None, "公开层级"),
            ("publish-timeliness", "publish-timeliness.late", "error", 6, "L6", "公开日期"),
            ("publish-timeliness", "publish-timeliness.late", "error", 7, "L7", "公开日期"),
            ("publish-timeliness", "publish-timeliness.future", "error", 9, "L9", "公开日期"),
            ("update-freshness", "update-freshness.future", "error", 9, "M9", "最近更新日期"),
            ("update-freshness", "update-freshness.stale", "warning", 10, "M10", "最近更新日期"),
        },
        "exit": 1,
    },
    "社会救助目录_繁体.xls": {
        "sheet": "社會救助",
        "stats": {"items": 7, "level1": 4, "level2": 7},
        "findings": {
            ("choices", "choices.not-disclosed", "error", 7, "K7", "公开方式"),
            ("timelimit", "timelimit.vague", "warning", 9, "F9", "公开时限"),
        },
        "exit": 1,
    },
    "养老服务目录_某街道_GBK.csv": {
        "sheet": "养老服务目录_某街道_GBK",
        "stats": {"items": 5, "level1": 0, "level2": 5},
        "findings": {
            ("required-elements", "required-elements.missing-content", "error", 4, "C4", "公开内容"),
            ("timelimit", "timelimit.too-many-days", "error", 5, "E5", "公开时限"),
        },
        "exit": 1,
    },
    "公共法律服务目录_系统导出.xls": {
        "sheet": "表1",
        "stats": {"items": 5, "level1": 4, "level2": 5},
        "findings": {
            ("choices", "choices.none", "error", 5, "I5", "公开对象"),
            ("legal-basis", "legal-basis.blank", "error", 6, "E6", "公开依据"),
        },
        "exit": 1,
    },
}


def check_json(path: Path, *extra: str) -> tuple[int, dict]:
    result = CliRunner().invoke(app, ["check", str(path), "--format", "json", "--as-of", AS_OF, *extra])
    return result.exit_code, json.loads(result.stdout)


def test_every_example_file_is_covered() -> None:
    shipped = {p.name for p in EXAMPLES.iterdir() if p.suffix in {".xlsx", ".xls", ".csv", ".ods", ".html"}}
    assert shipped == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_findings_are_exactly_the_planted_gaps(name: str) -> None:
    expected = EXPECTED[name]
    code, data = check_json(EXAMPLES / name)
    assert code == expected["exit"]
    [entry] = data["files"]
    assert entry["status"] == "ok", entry["error"]
    assert entry["sheet"] == expected["sheet"]
    assert entry["stats"] == expected["stats"]
    found = [(f["rule"], f["code"], f["severity"], f["row"], f["cell"], f["element"])
             for f in entry["findings"]]
    assert len(found) == len(set(found)), "a finding reported twice"
    assert set(found) == expected["findings"]
    rows_flagged = {(f[0], f[3]) for f in found}
    assert rows_flagged == {(f[0], f[3]) for f in expected["findings"]}
    for f in entry["findings"]:
        assert f["message"] and f["message"] != f["code"], f"no wording for {f['code']}"
        assert f["sheet"] == expected["sheet"]
        assert (f["item"] is None) == (f["row"] is None)
    severities = [f[2] for f in expected["findings"]]
    assert data["summary"] == {"files": 1, "errors": severities.count("error"),
                               "warnings": severities.count("warning"), "infos": severities.count("info")}


def test_enforcement_duplicate_names_the_first_row() -> None:
    _, data = check_json(EXAMPLES / "城市综合执法目录_某县城管局.xlsx")
    [dup] = [f for f in data["files"][0]["findings"] if f["rule"] == "duplicate-items"]
    assert "第 8 行" in dup["message"]
    assert dup["item"] == "市容环境卫生 / 随意倾倒、抛撒或者堆放建筑垃圾"


def test_service_late_items_count_holiday_aware_working_days() -> None:
    _, data = check_json(EXAMPLES / "市政服务目录_某镇.xlsx")
    findings = data["files"][0]["findings"]
    late = {f["row"]: f["message"] for f in findings if f["code"] == "publish-timeliness.late"}
    # row 6: 2026-09-24 → 2026-10-16 spans Mid-autumn and National Day: 11 working days, not 16 weekdays
    assert "11 个工作日" in late[6]
    assert "6 个工作日" in late[7]
    # row 5 (2026-09-28 → 2026-10-16, limit 10) is on time only because of the holidays: not flagged
    assert 5 not in late


def test_examples_in_english() -> None:
    path = EXAMPLES / "社会救助目录_繁体.xls"
    _, zh = check_json(path)
    _, en = check_json(path, "--lang", "en")
    zh_messages = [f["message"] for f in zh["files"][0]["findings"]]
    en_messages = [f["message"] for f in en["files"][0]["findings"]]
    assert len(en_messages) == len(zh_messages) == 2
    for zh_message, en_message in zip(zh_messages, en_messages, strict=True):
        assert zh_message != en_message
        assert re.search(r"[A-Za-z]{3,}", en_message), en_message


def test_all_examples_in_one_run() -> None:
    paths = [str(EXAMPLES / name) for name in sorted(EXPECTED)]
    result = CliRunner().invoke(app, ["check", *paths, "--as-of", AS_OF])
    assert result.exit_code == 1
    total_errors = sum(1 for e in EXPECTED.values() for f in e["findings"] if f[2] == "error")
    total_warnings = sum(1 for e in EXPECTED.values() for f in e["findings"] if f[2] == "warning")
    verdict = f"未通过：{total_errors} 个错误、{total_warnings} 个警告"
    assert result.stdout.rstrip().splitlines()[-1] == verdict


def test_build_script_regenerates_the_committed_files(tmp_path: Path) -> None:
    module = runpy.run_path(str(EXAMPLES / "build_examples.py"))
    built = module["build_all"](tmp_path)
    assert {p.name for p in built} == set(EXPECTED)
    for path in built:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        assert digest == hashlib.sha256((EXAMPLES / path.name).read_bytes()).hexdigest(), path.name
