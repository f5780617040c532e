"""``rules validate`` (and any command given a bad pack) reports every mistake of a pack at once.

Each mistake is one ``file:line:column: message`` line, in file and line order, the extended pack's
mistakes included; a pack with a single mistake still gives exactly that one line.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_ci_formats import run

PACK = """\
name: 某县
extends: base.yaml
colour: red
holidays: [2027-01-01, 2027-02-30]
headers:
  责任单位: 公开单位
rules:
  timelimit:
    max_workdays: many
  legal-basis: loud
  no-such-rule: error
ignore:
  - rule: channels
    item: x
"""
BASE = """\
rules:
  channels:
    severity: fatal
"""
EXPECTED = [
    "disclosecheck.yaml:3:1: 未知的配置项“colour”；可用的有：name, title, description, extends, headers, "
    "holidays, workdays, placeholders, template_marks, rules, ignore",
    "disclosecheck.yaml:4:24:",
    "disclosecheck.yaml:6:9:",
    "disclosecheck.yaml:9:19:",
    "disclosecheck.yaml:10:16:",
    "disclosecheck.yaml:11:3:",
    "disclosecheck.yaml:13:5:",
    "base.yaml:3:15:",
]


@pytest.fixture
def pack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "base.yaml").write_text(BASE, encoding="utf-8")
    path = tmp_path / "disclosecheck.yaml"
    path.write_text(PACK, encoding="utf-8")
    return path


def test_rules_validate_reports_every_mistake(pack: Path) -> None:
    result = run("rules", "validate", "disclosecheck.yaml")
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == len(EXPECTED), result.stderr
    for line, start in zip(lines, EXPECTED, strict=True):
        assert line.startswith(start), (line, start)
    assert "Traceback" not in result.output


def test_every_command_given_the_pack_reports_them_all(pack: Path, tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text("序号,公开事项\n", encoding="utf-8")
    for args in (["check", "a.csv"], ["audit", "."], ["rules", "list"], ["diff", "a.csv", "a.csv"]):
        result = run(*args)
        assert result.exit_code == 2, args
        assert [line.split(": ")[0] + ":" for line in result.stderr.splitlines()] == [
            e.split(": ")[0] + ":" if ": " in e else e for e in EXPECTED], args


def test_a_single_mistake_is_still_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "p.yaml").write_text("rules:\n  timelimit:\n    max_workdays: 0\n", encoding="utf-8")
    result = run("rules", "validate", "p.yaml", "--lang", "en")
    assert result.exit_code == 2
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith("p.yaml:3:19: ")


def test_a_yaml_syntax_error_stops_there(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "p.yaml").write_text("rules: [\ncolour: red\n", encoding="utf-8")
    result = run("rules", "validate", "p.yaml")
    assert result.exit_code == 2
    assert len(result.stderr.splitlines()) == 1
