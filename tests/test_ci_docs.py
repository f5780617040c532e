"""docs/ci.md's GitHub Actions workflow and GitLab CI job, run on a sample repository.

The commands are taken from the document itself (its YAML blocks), so the documentation cannot drift
from what the tool does. The install steps are left out: the ``disclosecheck`` on PATH here is a shim
that runs this checkout's code. The sample repository has a ``main`` with two clean township catalogs
but for one old warning, and a branch that adds an item with a blank 公开主体 and shortens a time limit.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from conftest import standard_catalog
from test_check_cli import clean_rows, row

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "ci.md"
SCHEMA = Path(__file__).parent / "fixtures" / "sarif" / "sarif-schema-2.1.0.json"
JIA = "catalogs/甲镇/目录.xlsx"


def yaml_blocks() -> list:
    from ruamel.yaml import YAML

    texts = re.findall(r"```yaml\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.DOTALL)
    return [YAML(typ="safe").load(text) for text in texts]


def github_workflow() -> dict:
    return next(b for b in yaml_blocks() if isinstance(b, dict) and "jobs" in b)


def gitlab_job() -> dict:
    return next(b for b in yaml_blocks() if isinstance(b, dict) and "disclosecheck" in b)["disclosecheck"]


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def jia_rows(edited: bool) -> list[list]:
    rows = clean_rows()
    rows[0] = row(1, "绿化管理", "损坏城市树木花草", basis="城市绿化条例")  # an old warning, on main already
    if edited:
        rows[1] = row(2, "绿化管理", "擅自砍伐城市树木", limit="信息形成或者变更之日起10个工作日内")
        rows.append(row(4, "市容环境卫生", "未经批准设置大型户外广告", subject=None))  # new, with a gap
    return rows


@pytest.fixture
def sample(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A clone on the branch ``edit`` with ``origin/main`` behind it, and the environment of a CI job."""
    origin = tmp_path / "origin.git"
    work = tmp_path / "work"
    work.mkdir()
    git(tmp_path, "init", "-q", "--bare", "-b", "main", str(origin))
    git(work, "init", "-q", "-b", "main")
    git(work, "config", "user.email", "ci@example.org")
    git(work, "config", "user.name", "ci")
    standard_catalog(work / JIA, jia_rows(edited=False))
    standard_catalog(work / "catalogs" / "乙镇" / "目录.xlsx", clean_rows())
    git(work, "add", ".")
    git(work, "commit", "-q", "-m", "catalogs")
    git(work, "remote", "add", "origin", str(origin))
    git(work, "push", "-q", "-u", "origin", "main")
    git(work, "checkout", "-q", "-b", "edit")
    standard_catalog(work / JIA, jia_rows(edited=True))
    git(work, "commit", "-q", "-am", "edit")

    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    shim = bin_dir / "disclosecheck"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m disclosecheck "$@"\n', encoding="utf-8")
    shim.chmod(0o755)
    (tmp_path / "runner").mkdir()
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}", "PYTHONPATH": str(ROOT),
           "PYTHONIOENCODING": "utf-8", "GITHUB_BASE_REF": "main", "GITHUB_EVENT_NAME": "pull_request",
           "GITHUB_STEP_SUMMARY": str(tmp_path / "summary.md"), "RUNNER_TEMP": str(tmp_path / "runner")}
    return work, env


def bash(command: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    """A command as GitHub runs a ``run:`` step (and GitLab a script line): bash, -e, pipefail."""
    return subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", command], cwd=cwd,
                          env=env, capture_output=True, text=True, timeout=300, check=False)


NEW_ERROR = "Sheet1!G7: 公开主体未填写：请写明负责公开该事项的单位"
OLD_WARNING = ("Sheet1!E4: 公开依据“城市绿化条例”没有写明具体文件：请写出法律、法规或文件的全称并加书名号，"
               "如《城市绿化条例》")


def test_the_github_workflow(sample: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    work, env = sample
    steps = github_workflow()["jobs"]["disclosecheck"]["steps"]
    runs = {s["name"]: s["run"] for s in steps if "run" in s and not s["name"].startswith("Install")}
    assert list(runs) == ["Findings as annotations on the pull request", "Code scanning report",
                          "What this pull request changed, and its new findings"]
    annotate, sarif, changes = (bash(command, work, env) for command in runs.values())

    assert annotate.returncode == 1, annotate.stderr  # an error fails the job
    assert annotate.stdout.splitlines() == [
        f"::warning file={JIA},line=4,title=disclosecheck (legal-basis)::{OLD_WARNING}",
        f"::error file={JIA},line=7,title=disclosecheck (required-elements)::{NEW_ERROR}",
    ]

    assert sarif.returncode == 0, sarif.stderr
    log = json.loads((work / "disclosecheck.sarif").read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).validate(log)
    assert [r["ruleId"] for r in log["runs"][0]["results"]] == ["legal-basis", "required-elements"]
    upload = next(s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload-sarif"))
    assert upload["with"]["sarif_file"] == "disclosecheck.sarif"

    # only the changed catalog, only the new finding; the job summary says what changed
    assert changes.returncode == 1, changes.stderr
    assert changes.stdout.splitlines() == [
        f"{JIA}:7: 错误 [required-elements] {NEW_ERROR.replace(': ', ' ', 1)}"]
    summary = (tmp_path / "summary.md").read_text(encoding="utf-8")
    assert "新增 1，删除 0，改名 0，修改 1，未变 2" in summary
    assert "| 新增 | 第 7 行 | 市容环境卫生 / 未经批准设置大型户外广告 |" in summary


def test_the_gitlab_job(sample: tuple[Path, dict[str, str]]) -> None:
    from junitparser import JUnitXml

    work, env = sample
    job = gitlab_job()
    assert job["before_script"] == ["pip install disclosecheck"]
    codes = [bash(line, work, env).returncode for line in job["script"]]
    assert codes == [0, 1]  # the report is always written; the JUnit line fails the job on an error
    reports = job["artifacts"]["reports"]
    assert job["artifacts"]["when"] == "always"
    issues = json.loads((work / reports["codequality"]).read_text(encoding="utf-8"))
    assert [(i["check_name"], i["severity"], i["location"]) for i in issues] == [
        ("legal-basis", "minor", {"path": JIA, "lines": {"begin": 4}}),
        ("required-elements", "major", {"path": JIA, "lines": {"begin": 7}})]
    xml = JUnitXml.fromfile(str(work / reports["junit"]))
    assert [s.name for s in xml] == ["catalogs/乙镇/目录.xlsx", JIA]  # in the order audit walks them
    assert (xml.tests, xml.failures, xml.errors) == (22, 1, 0)
