"""The CI report formats of ``check`` and ``audit`` (issue 13): SARIF, GitHub, GitLab, JUnit, and
``--statistics``/``--quiet``.

Each format is checked the way its consumer reads it: SARIF against the published SARIF 2.1.0 schema
(vendored in tests/fixtures/sarif with its source), JUnit against Jenkins' junit-10.xsd (vendored in
tests/fixtures/junit) and by junitparser (the parser CI plugins use),
GitLab Code Quality by the fields GitLab requires, GitHub workflow commands by their escaping rules.
Every run is a real CLI run on a workbook built here, in the working folder, as CI runs it.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from conftest import standard_catalog
from test_check_cli import AS_OF, clean_rows, row
from typer.testing import CliRunner

from disclosecheck.cli import app
from disclosecheck.render.github import command, escape_data, escape_property

SCHEMA = Path(__file__).parent / "fixtures" / "sarif" / "sarif-schema-2.1.0.json"
JUNIT_XSD = Path(__file__).parent / "fixtures" / "junit" / "junit-10.xsd"
NATIONAL_RULES = ["no-items", "required-columns", "required-elements", "choices", "channels", "legal-basis",
                  "duplicate-items", "timelimit", "publish-timeliness", "update-freshness",
                  "workdays-approximate"]


def run(*args: str):
    return CliRunner().invoke(app, list(args))


def catalog(path: Path, insert_first: bool = False) -> Path:
    """Row 5 (item 擅自砍伐城市树木): 公开主体 blank (error); row 4: 公开依据 names no document (warning).
    ``insert_first`` adds a clean item above, moving both down one row."""
    rows = clean_rows()
    rows[0] = row(1, "绿化管理", "损坏城市树木花草", basis="城市绿化条例")
    rows[1] = row(2, "绿化管理", "擅自砍伐城市树木", subject=None)
    if insert_first:
        rows.insert(0, row(0, "绿化管理", "古树名木保护"))
    return standard_catalog(path, rows)


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    catalog(tmp_path / "目录" / "城管局.xlsx")
    return tmp_path


def sarif_of(*args: str) -> dict:
    result = run("check", *args, *AS_OF, "--format", "sarif")
    assert result.exit_code == 1, result.output
    data = json.loads(result.stdout)
    jsonschema.Draft4Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).validate(data)
    return data


# --- SARIF ---------------------------------------------------------------------------------------------


def test_sarif_is_valid_and_says_where_each_finding_is(workdir: Path) -> None:
    data = sarif_of("目录/城管局.xlsx")
    assert data["version"] == "2.1.0"
    (run_,) = data["runs"]
    rules = run_["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == NATIONAL_RULES
    subject = rules[2]
    assert subject["shortDescription"]["text"] == "每个事项都要填写事项名称、公开内容和公开主体"
    assert "Legal basis:" in subject["help"]["text"]
    assert subject["defaultConfiguration"] == {"level": "error"}
    results = run_["results"]
    assert [(r["ruleId"], r["level"], r["locations"][0]["physicalLocation"]["region"]["startLine"],
             r["locations"][0]["logicalLocations"][0]["fullyQualifiedName"]) for r in results] == [
        ("legal-basis", "warning", 4, "Sheet1!E4"), ("required-elements", "error", 5, "Sheet1!G5")]
    location = results[1]["locations"][0]["physicalLocation"]["artifactLocation"]
    # the path relative to the working folder, percent-encoded as a URI reference
    assert location == {"uri": "%E7%9B%AE%E5%BD%95/%E5%9F%8E%E7%AE%A1%E5%B1%80.xlsx",
                        "uriBaseId": "%SRCROOT%"}
    assert run_["originalUriBaseIds"]["%SRCROOT%"]["uri"] == workdir.as_uri() + "/"
    assert results[1]["message"]["text"] == "公开主体未填写：请写明负责公开该事项的单位"
    assert results[1]["ruleIndex"] == 2
    assert run_["invocations"] == [{"executionSuccessful": True}]


def test_sarif_fingerprints_survive_inserted_rows(workdir: Path) -> None:
    before = sarif_of("目录/城管局.xlsx")["runs"][0]["results"]
    catalog(workdir / "目录" / "城管局.xlsx", insert_first=True)
    after = sarif_of("目录/城管局.xlsx")["runs"][0]["results"]
    assert [r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in after] == [5, 6]
    assert [r["fingerprints"] for r in after] == [r["fingerprints"] for r in before]
    assert len({r["fingerprints"]["disclosecheck/v1"] for r in after}) == 2


def test_sarif_in_english_and_an_unreadable_file_as_a_notification(workdir: Path) -> None:
    (workdir / "坏.xlsx").write_bytes(b"PK\x03\x04 a cut-off workbook")
    result = run("check", "目录/城管局.xlsx", "坏.xlsx", *AS_OF, "--format", "sarif", "--lang", "en")
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    jsonschema.Draft4Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).validate(data)
    (invocation,) = data["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is False
    (note,) = invocation["toolExecutionNotifications"]
    assert note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "%E5%9D%8F.xlsx"
    assert data["runs"][0]["results"][1]["message"]["text"].startswith("公开主体 (disclosing body) is blank")


def test_audit_writes_valid_sarif(workdir: Path) -> None:
    catalog(workdir / "目录" / "乙镇" / "目录.xlsx")
    result = run("audit", "目录", *AS_OF, "--jobs", "1", "--format", "sarif", "--output", "out.sarif")
    assert result.exit_code == 1, result.output
    data = json.loads((workdir / "out.sarif").read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).validate(data)
    assert len(data["runs"][0]["results"]) == 4


# --- GitHub workflow commands -------------------------------------------------------------------------------


def test_github_escaping_follows_the_workflow_command_rules() -> None:
    assert escape_data("50% done\r\nnext") == "50%25 done%0D%0Anext"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    assert command("error", "x: y, z", file="目录,1:2.xlsx", line=3, title="t") == (
        "::error file=目录%2C1%3A2.xlsx,line=3,title=t::x: y, z")
    assert command("notice", "m", file="f", line=None) == "::notice file=f::m"


def test_github_annotations_of_a_check(workdir: Path) -> None:
    (workdir / "目录" / "城管局.xlsx").rename(workdir / "目录" / "城管局,2026:v1.xlsx")
    result = run("check", "目录/城管局,2026:v1.xlsx", *AS_OF, "--format", "github")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "::warning file=目录/城管局%2C2026%3Av1.xlsx,line=4,title=disclosecheck (legal-basis)::Sheet1!E4: "
        "公开依据“城市绿化条例”没有写明具体文件：请写出法律、法规或文件的全称并加书名号，如《城市绿化条例》",
        "::error file=目录/城管局%2C2026%3Av1.xlsx,line=5,title=disclosecheck (required-elements)::"
        "Sheet1!G5: "
        "公开主体未填写：请写明负责公开该事项的单位",
    ]


# --- GitLab Code Quality ------------------------------------------------------------------------------------


def test_gitlab_code_quality_report_with_stable_fingerprints(workdir: Path) -> None:
    first = run("check", "目录/城管局.xlsx", *AS_OF, "--format", "gitlab")
    issues = json.loads(first.stdout)
    assert [(i["check_name"], i["severity"], i["location"]) for i in issues] == [
        ("legal-basis", "minor", {"path": "目录/城管局.xlsx", "lines": {"begin": 4}}),
        ("required-elements", "major", {"path": "目录/城管局.xlsx", "lines": {"begin": 5}}),
    ]
    for issue in issues:  # the fields GitLab requires, with the types it requires
        assert isinstance(issue["description"], str) and issue["description"]
        assert issue["severity"] in {"info", "minor", "major", "critical", "blocker"}
        assert isinstance(issue["fingerprint"], str)
    catalog(workdir / "目录" / "城管局.xlsx", insert_first=True)
    moved = json.loads(run("check", "目录/城管局.xlsx", *AS_OF, "--format", "gitlab").stdout)
    assert [i["fingerprint"] for i in moved] == [i["fingerprint"] for i in issues]
    assert [i["location"]["lines"]["begin"] for i in moved] == [5, 6]


# --- JUnit --------------------------------------------------------------------------------------------------


def assert_valid_junit(path: Path) -> None:
    """Valid against Jenkins' junit-10.xsd (vendored from pytest's sdist, see fixtures/junit/SOURCE.md)."""
    import xmlschema

    xmlschema.XMLSchema(str(JUNIT_XSD)).validate(str(path))


def test_junit_has_a_suite_per_file_and_a_case_per_rule(workdir: Path) -> None:
    from junitparser import Error, Failure, JUnitXml

    catalog(workdir / "目录" / "乙镇.xlsx")
    (workdir / "坏.xlsx").write_bytes(b"PK\x03\x04 a cut-off workbook")
    result = run("check", "目录/城管局.xlsx", "目录/乙镇.xlsx", "坏.xlsx", *AS_OF, "--format", "junit",
                 "--fail-on", "warning", "--output", "report.xml")
    assert result.exit_code == 2
    assert_valid_junit(workdir / "report.xml")
    xml = JUnitXml.fromfile(str(workdir / "report.xml"))
    suites = list(xml)
    assert [s.name for s in suites] == ["目录/城管局.xlsx", "目录/乙镇.xlsx", "坏.xlsx"]
    assert [c.name for c in suites[0]] == NATIONAL_RULES
    failed = {c.name: c.result[0] for c in suites[0] if c.result}
    assert sorted(failed) == ["legal-basis", "required-elements"]
    assert all(isinstance(r, Failure) for r in failed.values())
    assert failed["required-elements"].text == (
        "目录/城管局.xlsx:5: Sheet1!G5 [错误] 公开主体未填写：请写明负责公开该事项的单位")
    assert (suites[0].tests, suites[0].failures, suites[0].errors) == (11, 2, 0)
    (read,) = list(suites[2])
    assert isinstance(read.result[0], Error)
    assert (xml.tests, xml.failures, xml.errors) == (23, 4, 1)


def test_junit_findings_below_fail_on_pass_with_their_lines_in_system_out(workdir: Path) -> None:
    from junitparser import JUnitXml

    result = run("check", "目录/城管局.xlsx", *AS_OF, "--format", "junit", "--output", "r.xml")
    assert result.exit_code == 1
    assert_valid_junit(workdir / "r.xml")
    (suite,) = list(JUnitXml.fromfile(str(workdir / "r.xml")))
    case = next(c for c in suite if c.name == "legal-basis")
    assert case.is_passed
    assert case.system_out.startswith("目录/城管局.xlsx:4: Sheet1!E4 [警告]")
    assert suite.failures == 1


# --- --statistics and --quiet -------------------------------------------------------------------------------


STATS = ["规则               错误  警告  提示  合计",
         "required-elements     1     0     0     1",
         "legal-basis           0     1     0     1",
         "全部规则              1     1     0     2"]
QUIET = ["目录/城管局.xlsx:4: 警告 [legal-basis] Sheet1!E4 公开依据“城市绿化条例”没有写明具体文件："
         "请写出法律、法规或文件的全称并加书名号，如《城市绿化条例》",
         "目录/城管局.xlsx:5: 错误 [required-elements] Sheet1!G5 公开主体未填写：请写明负责公开该事项的单位"]


@pytest.mark.parametrize("command_args", [["check", "目录/城管局.xlsx"], ["audit", "目录", "--jobs", "1"]])
def test_statistics_and_quiet_are_the_same_in_check_and_audit(workdir: Path, command_args: list[str]) -> None:
    stats = run(*command_args, *AS_OF, "--statistics")
    assert stats.exit_code == 1
    assert stats.stdout.splitlines() == STATS
    quiet = run(*command_args, *AS_OF, "--quiet")
    assert quiet.exit_code == 1
    assert quiet.stdout.splitlines() == QUIET
    both = run(*command_args, *AS_OF, "-q", "--statistics", "--lang", "en")
    assert both.stdout.splitlines()[-1] == "all rules              1        1     0      2"


def test_statistics_go_to_stderr_beside_a_machine_format(workdir: Path) -> None:
    result = run("check", "目录/城管局.xlsx", *AS_OF, "--format", "json", "--statistics")
    assert json.loads(result.stdout)["summary"]["errors"] == 1
    assert result.stderr.splitlines() == STATS


def test_quiet_prints_nothing_for_a_clean_catalog(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    standard_catalog(tmp_path / "clean.xlsx", clean_rows())
    result = run("check", "clean.xlsx", *AS_OF, "-q")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert run("check", "clean.xlsx", *AS_OF, "--statistics").stdout == "没有发现问题\n"
