"""Nothing is lost: inputs are never changed, outputs are whole or absent, Ctrl-C ends cleanly (exit 130).

Inputs are compared by sha256 before and after ``check``, an annotated xlsx export and an ``audit``.
Crashes while writing are simulated by making the writer put part of its bytes on disk and then
fail; a real SIGINT is sent to a real ``disclosecheck check`` process working on a slow input.
"""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import hostile_files as hf
import openpyxl
import pytest
from conftest import standard_catalog
from guards import HANG_GUARD_S
from typer.testing import CliRunner

from disclosecheck.cli import app

AS_OF = ["--as-of", "2026-03-01"]
CHANNELS = "■政府网站\n□政府公报"


def catalog_rows(count: int) -> list[list]:
    return [[n, f"事项{n // 5}", f"子项{n}", "处罚决定书", "《中华人民共和国行政处罚法》",
             "作出决定之日起7个工作日内", "县城管局" if n % 7 else None, CHANNELS,
             "√", None, "√", None, "√", None]
            for n in range(1, count + 1)]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tree_digest(root: Path) -> dict[str, tuple[str, int]]:
    """Every file under ``root``: content hash and modification time (ns)."""
    return {str(p.relative_to(root)): (sha256(p), p.stat().st_mtime_ns)
            for p in sorted(root.rglob("*")) if p.is_file()}


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".") or p.suffix == ".part")


def cli(*args: str):
    return CliRunner().invoke(app, list(args))


@pytest.fixture
def catalog(tmp_path: Path) -> Path:
    return standard_catalog(tmp_path / "in" / "目录.xlsx", catalog_rows(12))


# --- inputs unchanged ------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["text", "json", "markdown", "html"])
def test_check_leaves_the_input_unchanged(catalog: Path, tmp_path: Path, fmt: str) -> None:
    before = tree_digest(catalog.parent)
    result = cli("check", str(catalog), *AS_OF, "--format", fmt, "-o", str(tmp_path / f"report.{fmt}"))
    assert result.exit_code == 1, result.output  # 公开主体 is blank in some rows: errors found
    assert tree_digest(catalog.parent) == before


def test_annotated_xlsx_export_leaves_the_input_unchanged(catalog: Path, tmp_path: Path) -> None:
    before = tree_digest(catalog.parent)
    out = tmp_path / "out" / "批注.xlsx"
    result = cli("check", str(catalog), *AS_OF, "--format", "xlsx", "-o", str(out))
    assert result.exit_code == 1, result.output
    assert tree_digest(catalog.parent) == before
    assert openpyxl.load_workbook(out).sheetnames  # a whole workbook was written next to it
    assert sha256(out) != sha256(catalog)


def test_audit_leaves_every_input_unchanged(tmp_path: Path) -> None:
    root = tmp_path / "county"
    standard_catalog(root / "甲镇" / "目录.xlsx", catalog_rows(5))
    standard_catalog(root / "乙镇" / "目录.xlsx", catalog_rows(9))
    (root / "丙镇").mkdir()
    hf.xxe_xlsx(root / "丙镇" / "目录.xlsx")
    hf.csv_mixed_encodings(root / "丙镇" / "导出.csv")
    (root / "丁镇").mkdir()
    (root / "丁镇" / "空.xlsx").write_bytes(b"")
    before = tree_digest(root)
    for fmt, name in (("json", "a.json"), ("xlsx", "a.xlsx"), ("csv", "a.csv")):
        result = cli("audit", str(root), *AS_OF, "--jobs", "1", "--format", fmt, "-o", str(tmp_path / name))
        assert result.exit_code == 2, result.output
        assert (tmp_path / name).stat().st_size > 0
    assert tree_digest(root) == before


def test_hostile_and_broken_inputs_are_left_as_they_were(tmp_path: Path) -> None:
    files = [hf.xxe_xlsx(tmp_path / "x.xlsx"), hf.long_cell_xlsx(tmp_path / "l.xlsx"),
             hf.csv_with_nul(tmp_path / "n.csv"), hf.nested_html(tmp_path / "d.html", depth=2000)]
    before = tree_digest(tmp_path)
    result = cli("check", *map(str, files), *AS_OF, "--format", "json")
    assert result.exit_code == 2
    assert tree_digest(tmp_path) == before


# --- outputs whole or absent -----------------------------------------------------------------------------


def _half_then(exc: BaseException):
    """A replacement for Path.write_text that writes half of the text, then fails with ``exc``."""

    def write_text(self: Path, data: str, *args, **kwargs) -> int:
        with open(self, "w", encoding="utf-8") as fh:
            fh.write(data[: len(data) // 2])
        raise exc

    return write_text


@pytest.mark.parametrize("fmt", ["json", "text", "markdown", "html"])
def test_crash_while_writing_leaves_no_output_and_no_temp_file(
        catalog: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    output = out_dir / "report.out"
    monkeypatch.setattr(Path, "write_text", _half_then(OSError(28, "No space left on device")))

    def half_a_json_report(doc, out) -> None:  # JSON is streamed to the file, not written by write_text
        out.write('{\n  "schema": ')
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("disclosecheck.render.json_report.write_doc", half_a_json_report)
    result = cli("check", str(catalog), *AS_OF, "--format", fmt, "-o", str(output))
    assert result.exit_code != 0
    assert list(out_dir.iterdir()) == []


def test_interrupt_while_writing_exits_130_and_keeps_the_old_report(
        catalog: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    output = tmp_path / "report.json"
    output.write_text("old report", encoding="utf-8")
    monkeypatch.setattr(Path, "write_text", _half_then(KeyboardInterrupt()))

    def half_then_interrupt(doc, out) -> None:  # JSON is streamed to the file, not written by write_text
        out.write('{\n  "schema": ')
        raise KeyboardInterrupt

    monkeypatch.setattr("disclosecheck.render.json_report.write_doc", half_then_interrupt)
    result = cli("check", str(catalog), *AS_OF, "--format", "json", "-o", str(output))
    assert result.exit_code == 130
    assert result.stderr.strip() != ""
    assert "Traceback" not in result.output
    assert output.read_text(encoding="utf-8") == "old report"
    assert leftovers(tmp_path) == []


def _save_half_then_interrupt(self, filename) -> None:
    """openpyxl's save, cut off by Ctrl-C after part of the zip is on disk."""
    Path(filename).write_bytes(b"PK\x03\x04" + b"\x00" * 500)
    raise KeyboardInterrupt


def test_interrupt_while_saving_the_annotated_workbook(
        catalog: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()

    monkeypatch.setattr(openpyxl.Workbook, "save", _save_half_then_interrupt)
    result = cli("check", str(catalog), *AS_OF, "--format", "xlsx", "-o", str(out_dir / "批注.xlsx"))
    assert result.exit_code == 130
    assert list(out_dir.iterdir()) == []


def test_interrupt_while_saving_the_audit_workbook(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "county"
    standard_catalog(root / "甲镇" / "目录.xlsx", catalog_rows(5))
    out_dir = tmp_path / "out"
    out_dir.mkdir()

    monkeypatch.setattr(openpyxl.Workbook, "save", _save_half_then_interrupt)
    output = out_dir / "排名.xlsx"
    result = cli("audit", str(root), *AS_OF, "--jobs", "1", "--format", "xlsx", "-o", str(output))
    assert result.exit_code == 130
    assert list(out_dir.iterdir()) == []


# --- a real Ctrl-C ------------------------------------------------------------------------------------------


def _slow_catalog(path: Path, rows: int = 60_000) -> Path:
    """A CSV catalog big enough that checking several copies of it takes many seconds."""
    header = ("序号,一级事项,二级事项,公开内容（要素）,公开依据,公开时限,公开主体,公开渠道和载体,"
              "公开对象,公开方式,公开层级")
    lines = [header] + [
        f"{n},事项{n // 10},子项{n},处罚决定书,《行政处罚法》,作出决定之日起7个工作日内,县城管局,政府网站,"
        "全社会,主动,县级"
        for n in range(1, rows + 1)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _wait_until_inside_the_command(pid: int, timeout: float = HANG_GUARD_S) -> None:
    """Wait until the child has loaded ``_csv``, the native module of the CSV reader, which only reading
    a CSV input imports (the slow catalogs here are CSV files).

    A Ctrl-C during interpreter start-up is Python's own business (exit by KeyboardInterrupt), so
    the signal must arrive once the command runs; a fixed sleep would be flaky on a busy machine.
    """
    maps = Path(f"/proc/{pid}/maps")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if "/_csv." in maps.read_text():
                return
        except OSError:
            return
        time.sleep(0.05)


def _sigint_as_default() -> None:
    """In the child before exec: SIGINT back to its default action.

    A shell starts a background job (``python -m pytest &``) with SIGINT ignored, children inherit
    that, and Python then installs no KeyboardInterrupt handler, so the Ctrl-C this test sends would
    do nothing. The test sets the child's SIGINT itself, so it holds however the suite is started.
    """
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_exits_130_without_a_half_written_output(tmp_path: Path) -> None:
    slow = _slow_catalog(tmp_path / "big.csv")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    output = out_dir / "report.json"
    before = sha256(slow)
    proc = subprocess.Popen(
        [sys.executable, "-m", "disclosecheck", "check", *[str(slow)] * 8, *AS_OF,
         "-f", "json", "-o", str(output)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"}, preexec_fn=_sigint_as_default,
    )
    _wait_until_inside_the_command(proc.pid)
    time.sleep(0.5)
    assert proc.poll() is None, "the input was not slow enough to interrupt"
    proc.send_signal(signal.SIGINT)
    try:
        _stdout, stderr = proc.communicate(timeout=HANG_GUARD_S)  # a hang guard, never the test's pace
    finally:
        proc.kill()
    assert proc.returncode == 130, stderr
    assert "Traceback" not in stderr
    assert stderr.strip() != ""
    assert list(out_dir.iterdir()) == []
    assert sha256(slow) == before


# --- outputs that cannot be written as asked ---------------------------------------------------------------


def test_an_output_that_cannot_be_written_is_one_line(catalog: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder is expected", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "disclosecheck", "check", str(catalog), *AS_OF, "-f", "json",
         "-o", str(blocker / "report.json")],
        capture_output=True, text=True, env={**os.environ, "PYTHONIOENCODING": "utf-8"}, check=False,
    )
    assert "Traceback" not in result.stderr
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1


def test_an_output_that_is_not_a_regular_file_is_not_replaced(catalog: Path, tmp_path: Path) -> None:
    import stat
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []

    def drain() -> None:  # if the report is written through the pipe, read it
        with open(fifo, "rb") as fh:
            received.append(fh.read())

    threading.Thread(target=drain, daemon=True).start()
    subprocess.run(
        [sys.executable, "-m", "disclosecheck", "check", str(catalog), *AS_OF, "-f", "json", "-o", str(fifo)],
        capture_output=True, text=True, timeout=HANG_GUARD_S, check=False,
    )
    assert stat.S_ISFIFO(fifo.stat().st_mode)
