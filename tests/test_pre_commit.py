"""The pre-commit hook of ``.pre-commit-hooks.yaml``, run by the real pre-commit (``try-repo``).

pre-commit builds the hook's own environment by pip-installing this repository from its git history
(uncommitted edits included), as it would for a user's ``repos:`` entry, so this takes half a minute:
one test does both runs. Skipped where this is not a git checkout (an sdist) or git is missing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import standard_catalog
from test_check_cli import clean_rows, row

ROOT = Path(__file__).resolve().parents[1]


def test_pre_commit_runs_the_hook_on_a_clean_and_a_failing_catalog(tmp_path: Path) -> None:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    pytest.importorskip("pre_commit")
    project = tmp_path / "project"
    project.mkdir()
    subprocess.run(["git", "init", "-q"], cwd=project, check=True)
    standard_catalog(project / "clean.xlsx", clean_rows())
    rows = clean_rows()
    rows[1] = row(2, "绿化管理", "擅自砍伐城市树木", subject=None)
    standard_catalog(project / "bad.xlsx", rows)
    (project / "notes.txt").write_text("not a catalog", encoding="utf-8")
    # the hook must run the code pre-commit installed, not this checkout through PYTHONPATH
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.update(PRE_COMMIT_HOME=str(tmp_path / "cache"), PYTHONIOENCODING="utf-8")

    def try_repo(*files: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "disclosecheck",
                               "--files", *files], cwd=project, env=env, capture_output=True, text=True,
                              timeout=600, check=False)

    clean = try_repo("clean.xlsx", "notes.txt")
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "disclosecheck" in clean.stdout and "Passed" in clean.stdout

    failing = try_repo("clean.xlsx", "bad.xlsx", "notes.txt")
    assert failing.returncode == 1, failing.stdout + failing.stderr
    assert "Failed" in failing.stdout
    finding = "bad.xlsx:5: 错误 [required-elements] Sheet1!G5 公开主体未填写：请写明负责公开该事项的单位"
    assert finding in failing.stdout
    assert "clean.xlsx:" not in failing.stdout
