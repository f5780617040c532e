"""``--output`` whose extension does not fit ``--format`` is refused before any work (issue 16).

The format is never guessed from the name: the user is told which extension the chosen format writes
(and, when the name fits another format, which --format would fit it). Nothing is written.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from guards import HANG_GUARD_S

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "城市综合执法目录_某县城管局.xlsx"


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "disclosecheck", *args], capture_output=True, text=True,
                          cwd=cwd, timeout=HANG_GUARD_S)


def test_an_xlsx_copy_is_never_written_under_xls(tmp_path: Path) -> None:
    done = _run("check", str(EXAMPLE), "-f", "xlsx", "-o", "报告.xls", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr == ("输出文件 报告.xls 的扩展名 .xls 与报告格式 xlsx 不符：本工具不写 .xls 文件，"
                           "xlsx 格式写出的是 .xlsx 文件；请改名为 报告.xlsx\n")
    assert done.stdout == ""
    assert list(tmp_path.iterdir()) == []


def test_a_name_of_another_format_names_the_format_that_fits(tmp_path: Path) -> None:
    done = _run("check", str(EXAMPLE), "-o", "report.json", "--lang", "en", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr == ("the output file report.json ends in .json, which does not fit the text format: "
                           "text writes a .txt file; name it report.txt, or use --format json\n")
    assert list(tmp_path.iterdir()) == []


def test_audit_checks_the_name_too(tmp_path: Path) -> None:
    folder = tmp_path / "county" / "甲镇"
    folder.mkdir(parents=True)
    (folder / "目录.xlsx").write_bytes(EXAMPLE.read_bytes())
    done = _run("audit", "county", "-f", "csv", "-o", "汇总.xlsx", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr == ("输出文件 汇总.xlsx 的扩展名 .xlsx 与报告格式 csv 不符："
                           "csv 格式写出的是 .csv 文件；请改名为 汇总.csv，或改用 --format xlsx\n")


@pytest.mark.parametrize(("fmt", "name"), [
    ("json", "r.json"), ("sarif", "r.sarif"), ("sarif", "r.sarif.json"), ("gitlab", "gl.json"),
    ("junit", "junit.xml"), ("markdown", "r.md"), ("html", "r.htm"), ("text", "r.txt"), ("text", "r.out"),
    ("text", "report"), ("xlsx", "批注版.XLSX"),
])
def test_names_that_fit_are_written(tmp_path: Path, fmt: str, name: str) -> None:
    done = _run("check", str(EXAMPLE), "--as-of", "2026-11-22", "-f", fmt, "-o", name, "--fail-on", "never",
                cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / name).stat().st_size > 0
