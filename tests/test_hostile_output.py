"""Outputs that cannot be written (issues 17.3, 17.6, 18.5): one line and exit 2, or a quiet exit.

A full disk is /dev/full; a reader that goes away is a pipe closed after the first bytes. Each case
runs the real command in a subprocess, since the interpreter's own flush at exit is part of it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import standard_catalog
from guards import HANG_GUARD_S

AS_OF = ["--as-of", "2026-03-01"]
ENV = {**os.environ, "PYTHONIOENCODING": "utf-8"}
FULL = Path("/dev/full")
needs_dev_full = pytest.mark.skipif(not FULL.exists(), reason="no /dev/full on this system")


def rows(count: int) -> list[list]:
    return [[n, f"事项{n}", f"子项{n}", "处罚决定书", "《中华人民共和国行政处罚法》", "30个工作日",
             None, "■政府网站", "√", None, "√", None, "√", None] for n in range(1, count + 1)]


@pytest.fixture
def catalog(tmp_path: Path) -> Path:
    return standard_catalog(tmp_path / "目录.xlsx", rows(30))


def run(*args: str, stdout: object = subprocess.PIPE, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "disclosecheck", *args], stdout=stdout,
                          stderr=subprocess.PIPE, text=True, env=ENV, cwd=cwd, timeout=HANG_GUARD_S,
                          check=False)


def one_line(stderr: str) -> str:
    assert "Traceback" not in stderr and "Exception ignored" not in stderr, stderr
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    return lines[0]


@needs_dev_full
@pytest.mark.parametrize("fmt", ["text", "json", "markdown", "html"])
def test_a_full_disk_on_stdout_is_one_line(catalog: Path, fmt: str) -> None:
    with FULL.open("w") as full:
        result = run("check", str(catalog), *AS_OF, "-f", fmt, stdout=full)
    assert result.returncode == 2
    assert one_line(result.stderr) == ("无法输出检查报告（磁盘已满）："
                                       "请检查磁盘是否已满，或改用 --output 写入文件")


@needs_dev_full
def test_a_full_disk_on_stdout_in_english(catalog: Path) -> None:
    with FULL.open("w") as full:
        result = run("check", str(catalog), *AS_OF, "--lang", "en", stdout=full)
    assert result.returncode == 2
    assert one_line(result.stderr) == (
        "cannot write the report to standard output (No space left on device); "
        "check that the disk is not full, or use --output FILE")


@needs_dev_full
@pytest.mark.parametrize("fmt", ["json", "xlsx"])
def test_a_full_device_as_output_is_one_line(catalog: Path, fmt: str) -> None:
    result = run("check", str(catalog), *AS_OF, "-f", fmt, "-o", str(FULL))
    assert result.returncode == 2
    assert one_line(result.stderr) == ("无法写入输出文件 /dev/full（磁盘已满）："
                                       "请检查文件夹是否存在、可写，磁盘是否已满")


@needs_dev_full
def test_a_full_disk_under_audit_is_one_line(catalog: Path) -> None:
    with FULL.open("w") as full:
        result = run("audit", str(catalog.parent), *AS_OF, "-j", "1", "-f", "json", stdout=full)
    assert result.returncode == 2
    assert one_line(result.stderr).startswith("无法输出检查报告")


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_a_closed_pipe_ends_quietly(tmp_path: Path, fmt: str) -> None:
    """``| head -1``: the reader leaves after one line; no message, exit 141 as for cat.

    The report (megabytes) is far larger than what the pipe and the reader take in at once.
    """
    catalog = standard_catalog(tmp_path / "大目录.xlsx", rows(400))
    proc = subprocess.Popen([sys.executable, "-m", "disclosecheck", "check", *[str(catalog)] * 20, *AS_OF,
                             "-f", fmt], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()
    stderr = proc.stderr.read().decode()
    assert proc.wait(timeout=HANG_GUARD_S) == 141
    assert stderr == ""


def test_an_output_name_of_250_bytes_is_written(catalog: Path, tmp_path: Path) -> None:
    """The temporary name must not make a name that fits too long."""
    output = tmp_path / ("报" * 80 + "a" * 5 + ".json")  # 240 + 5 + 5 = 250 bytes
    assert len(os.fsencode(output.name)) == 250
    result = run("check", str(catalog), *AS_OF, "-f", "json", "-o", str(output))
    assert result.returncode == 1, result.stderr
    assert output.is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["目录.xlsx", output.name])


@pytest.mark.parametrize("fmt", ["json", "xlsx"])
def test_an_output_name_over_255_bytes_is_one_line(catalog: Path, tmp_path: Path, fmt: str) -> None:
    output = tmp_path / ("a" * 260 + "." + fmt)
    result = run("check", str(catalog), *AS_OF, "-f", fmt, "-o", str(output))
    assert result.returncode == 2
    assert one_line(result.stderr) == (f"无法写入输出文件 {output}（文件名太长）："
                                       "请检查文件夹是否存在、可写，磁盘是否已满")
