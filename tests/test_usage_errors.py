"""Mistakes on the command line are one line in the user's language, exit 2 (issue 14)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from guards import HANG_GUARD_S


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "disclosecheck", *args], capture_output=True, text=True,
                          timeout=HANG_GUARD_S)


@pytest.mark.parametrize(("args", "line"), [
    (["check", "x.xlsx", "--format", "foo"],
     "选项 --format / -f 的取值不对：应为 text、json、markdown、html、xlsx"),
    (["check", "--fromat", "json", "x.xlsx"], "命令行里没有“--fromat”这个选项（是不是 --format？）"),
    (["check"], "命令行缺少 FILE..."),
    (["rules", "shwo"], "没有“shwo”这个命令（是不是 show？）"),
])
def test_usage_errors_are_one_chinese_line(args: list[str], line: str) -> None:
    done = _run(*args)
    assert done.returncode == 2
    assert done.stdout == ""
    [said] = done.stderr.splitlines()
    assert said.startswith(line)
    assert said.endswith("--help") and "Error" not in said and "Usage" not in said


def test_english_keeps_the_parsers_words() -> None:
    done = _run("check", "x.xlsx", "--format", "foo", "--lang", "en")
    assert done.returncode == 2
    assert "Invalid value for '--format'" in done.stderr
