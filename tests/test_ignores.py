"""``ignore:`` entries with reasons, unused entries reported, and settings from ``[tool.disclosecheck]``.

Real CLI runs in a temporary working folder holding the catalog and the pack, as a project keeps them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_check_cli import AS_OF
from test_ci_formats import catalog, run

PACK = """\
extends: national
ignore:
  - rule: legal-basis
    item: 绿化管理 / 损坏城市树木花草
    element: 公开依据
    reason: 依据为县政府内部文件，暂未公开
  - rule: channels
    item: 已删除的事项
    reason: 去年的例外
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    catalog(tmp_path / "目录.xlsx")  # row 4: legal-basis warning; row 5: required-elements error
    return tmp_path


def rules_of(result) -> list[tuple[str, int]]:
    return [(f["rule"], f["row"]) for f in json.loads(result.stdout)["files"][0]["findings"]]


def test_an_entry_leaves_its_finding_out_and_an_unused_one_is_a_note(project: Path) -> None:
    (project / "disclosecheck.yaml").write_text(PACK, encoding="utf-8")
    result = run("check", "目录.xlsx", *AS_OF, "--format", "json")
    assert result.exit_code == 1
    assert rules_of(result) == [("required-elements", 5)]
    assert result.stderr.splitlines() == [
        "disclosecheck.yaml:7:5: 提示：忽略条目（规则 channels，事项 已删除的事项）没有匹配任何问题，可以删除"
        "（原因：去年的例外）"]
    english = run("check", "目录.xlsx", *AS_OF, "--format", "json", "--lang", "en")
    assert english.stderr.startswith("disclosecheck.yaml:7:5: note: the ignore entry (rule channels")
    assert run("check", "目录.xlsx", *AS_OF, "--quiet").stderr == ""


@pytest.mark.parametrize(("extra", "kept"), [
    ("    item: 损坏城市树木花草\n", []),  # the 二级事项 alone
    ("    item: 绿化管理 / *\n", []),  # a pattern
    ("    item: 绿化管理 / *\n    element: 公开主体\n", [("legal-basis", 4)]),  # another element
    ("    item: '*'\n    file: 其他/*.xlsx\n", [("legal-basis", 4)]),  # another file
    ("    item: '*'\n    file: 目录.xlsx\n", []),
])
def test_what_an_entry_matches(project: Path, extra: str, kept: list) -> None:
    pack = "ignore:\n  - rule: legal-basis\n" + extra + "    reason: 已报批\n"
    (project / "disclosecheck.yaml").write_text(pack, encoding="utf-8")
    result = run("check", "目录.xlsx", *AS_OF, "--format", "json")
    assert rules_of(result) == [*kept, ("required-elements", 5)]


@pytest.mark.parametrize(("pack", "message"), [
    ("ignore:\n  - rule: legal-basis\n    item: x\n",
     "disclosecheck.yaml:2:5: ignore 条目的“reason”没有写或写得不对（null）："
     "rule、item 和 reason（为什么可以不改）都必须写明文字"),
    ("ignore:\n  - rule: legal-basis\n    item: x\n    reason: '  '\n",
     "disclosecheck.yaml:4:13: ignore 条目的“reason”没有写或写得不对（\"  \"）："
     "rule、item 和 reason（为什么可以不改）都必须写明文字"),
    ("ignore:\n  - rule: no-such-rule\n    item: x\n    reason: r\n",
     "disclosecheck.yaml:2:11: 未知的规则“no-such-rule”；可用 disclosecheck rules list 查看所有规则"),
    ("ignore:\n  - rule: legal-basis\n    item: x\n    reason: r\n    line: 3\n",
     "disclosecheck.yaml:5:5: 未知的配置项“ignore[0].line”；可用的有：rule, item, element, file, reason"),
    ("ignore:\n  - legal-basis\n",
     "disclosecheck.yaml:2:5: ignore 的每一条应写成 rule: …、item: …、reason: … 的形式，"
     "实际为 \"legal-basis\""),
])
def test_a_bad_entry_is_one_line_at_its_position(project: Path, pack: str, message: str) -> None:
    (project / "disclosecheck.yaml").write_text(pack, encoding="utf-8")
    result = run("check", "目录.xlsx", *AS_OF)
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [message]


def test_audit_applies_ignores_before_ranking(project: Path) -> None:
    (project / "disclosecheck.yaml").write_text(PACK, encoding="utf-8")
    (project / "乡镇").mkdir()
    catalog(project / "乡镇" / "甲镇.xlsx")
    result = run("audit", "乡镇", *AS_OF, "--jobs", "1", "--format", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert [f["rule"] for f in data["files"][0]["findings"]] == ["required-elements"]
    assert result.stderr.startswith("disclosecheck.yaml:7:5: 提示：忽略条目（规则 channels")


# --- [tool.disclosecheck] in pyproject.toml -------------------------------------------------------------

PYPROJECT = """\
[project]
name = "catalogs"

[tool.disclosecheck]
name = "县目录"
extends = "national"

[tool.disclosecheck.rules]
legal-basis = "disable"

[[tool.disclosecheck.ignore]]
rule = "required-elements"
item = "擅自砍伐城市树木"
reason = "主体待机构改革后确定"

[[tool.disclosecheck.ignore]]
rule = "channels"
item = "*"
reason = "unused"
"""


def test_settings_from_pyproject(project: Path) -> None:
    (project / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    result = run("check", "目录.xlsx", *AS_OF, "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["rules"] == "县目录"
    assert data["files"][0]["findings"] == []
    assert result.stderr.splitlines() == [
        "pyproject.toml:16:1: 提示：忽略条目（规则 channels，事项 *）没有匹配任何问题，"
        "可以删除（原因：unused）"]


def test_disclosecheck_yaml_wins_over_pyproject_in_the_same_folder(project: Path) -> None:
    (project / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    (project / "disclosecheck.yaml").write_text("name: yaml-pack\n", encoding="utf-8")
    assert json.loads(run("check", "目录.xlsx", *AS_OF, "--format", "json").stdout)["rules"] == "yaml-pack"


def test_a_pyproject_without_the_table_is_passed_over(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (project / "disclosecheck.yaml").write_text("name: parent-pack\n", encoding="utf-8")
    sub = project / "sub"
    sub.mkdir()
    (sub / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    monkeypatch.chdir(sub)
    result = run("check", "../目录.xlsx", *AS_OF, "--format", "json")
    assert json.loads(result.stdout)["rules"] == "parent-pack"


@pytest.mark.parametrize("table", [
    "[tool]\ndisclosecheck = { name = 'in-tool' }\n",
    "tool = { disclosecheck = { name = 'in-tool' } }\n",
    "[tool.\"disclosecheck\"]\nname = 'in-tool'\n",
    "[project]\nname = 'disclosecheck'\n[tool.disclosecheck]\nname = 'in-tool'\n",
])
def test_every_way_toml_writes_the_table_is_found(project: Path, monkeypatch: pytest.MonkeyPatch,
                                                  table: str) -> None:
    sub = project / "sub"
    sub.mkdir()
    (sub / "pyproject.toml").write_text(table, encoding="utf-8")
    monkeypatch.chdir(sub)
    result = run("check", "../目录.xlsx", *AS_OF, "--format", "json")
    assert json.loads(result.stdout)["rules"] == "in-tool"


def test_a_pyproject_that_only_names_the_package_is_passed_over(project: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    (project / "disclosecheck.yaml").write_text("name: parent-pack\n", encoding="utf-8")
    sub = project / "sub"
    sub.mkdir()
    (sub / "pyproject.toml").write_text("[project]\nname = 'disclosecheck'\n[project.scripts]\n"
                                        "disclosecheck = 'disclosecheck.cli:main'\n", encoding="utf-8")
    monkeypatch.chdir(sub)
    result = run("check", "../目录.xlsx", *AS_OF, "--format", "json")
    assert json.loads(result.stdout)["rules"] == "parent-pack"


def test_a_mistake_in_pyproject_is_one_line(project: Path) -> None:
    (project / "pyproject.toml").write_text('[tool.disclosecheck]\nrules = { timelimit = "loud" }\n',
                                            encoding="utf-8")
    result = run("check", "目录.xlsx", *AS_OF)
    assert result.exit_code == 2
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith("pyproject.toml: ")
    (project / "pyproject.toml").write_text("[tool.disclosecheck\n", encoding="utf-8")
    broken = run("check", "目录.xlsx", *AS_OF, "--rules", "pyproject.toml")
    assert broken.exit_code == 2
    assert broken.stderr.startswith("pyproject.toml: pyproject.toml 格式错误：")
