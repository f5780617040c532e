"""The native reader runs in a capped child: whatever it does, the file is one line and the rest is reported.

The file used throughout is honest by every scan (``hostile_files.sparse_far_cell_xlsx``: 60 columns ×
150,000 rows, inside every row, column and cell limit) but makes calamine allocate about 300 MB, so a
``--max-memory-mb`` of 200 drives the native reader to its allocation failure and abort.
"""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import hostile_files as hf
import pytest

from disclosecheck.audit.pool import OK, run_tasks
from disclosecheck.errors import InputError
from disclosecheck.read import isolation, read_workbook
from disclosecheck.read.limits import LimitError, Limits

AS_OF = ("--as-of", "2026-03-01")
RUST_NOISE = {"RUST_BACKTRACE": "1"}  # the child must silence even a full backtrace


def _zh(path: Path, limit: int = 200) -> str:
    return (f"{path}：文件结构异常，读取时超出内存上限（{limit} MB）；"
            "如确需检查，请用 --max-memory-mb 调高上限")


def test_a_file_over_the_memory_limit_is_one_line_and_the_others_are_still_reported(tmp_path: Path) -> None:
    bomb = hf.sparse_far_cell_xlsx(tmp_path / "bomb.xlsx")
    good = hf.catalog_xlsx(tmp_path / "good.xlsx")
    report = tmp_path / "r.json"
    result = hf.run_cli_bounded("check", str(bomb), str(good), *AS_OF, "--max-memory-mb", "200", "-f", "json",
                                "-o", str(report), env=RUST_NOISE)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [_zh(bomb), f"报告已写入：{report}"]
    files = json.loads(report.read_text(encoding="utf-8"))["files"]
    assert [(f["path"], f["status"]) for f in files] == [(str(bomb), "error"), (str(good), "ok")]
    assert files[0]["error"] == _zh(bomb)


def test_the_text_report_and_english(tmp_path: Path) -> None:
    bomb = hf.sparse_far_cell_xlsx(tmp_path / "bomb.xlsx")
    result = hf.run_cli_bounded("check", str(bomb), *AS_OF, "--max-memory-mb", "200", "--lang", "en",
                                env=RUST_NOISE)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"{bomb}: the file's structure is abnormal: reading it went over the memory limit (200 MB); "
        "raise it with --max-memory-mb if needed"]
    assert "memory allocation" not in result.stdout + result.stderr


def test_inspect_is_isolated_too(tmp_path: Path) -> None:
    bomb = hf.sparse_far_cell_xlsx(tmp_path / "bomb.xlsx")
    result = hf.run_cli_bounded("inspect", str(bomb), "--max-memory-mb", "200", env=RUST_NOISE)
    assert (result.returncode, result.stderr.splitlines()) == (2, [_zh(bomb)])


def test_debug_shows_what_the_reader_said(tmp_path: Path) -> None:
    bomb = hf.sparse_far_cell_xlsx(tmp_path / "bomb.xlsx")
    result = hf.run_cli_bounded("check", str(bomb), *AS_OF, "--max-memory-mb", "200", "--debug")
    assert result.returncode == 2
    assert "reader's last line: memory allocation of" in result.stderr
    assert result.stderr.splitlines()[-1] == _zh(bomb)


def test_raising_the_limit_reads_the_file(tmp_path: Path) -> None:
    """The same file is read whole once the limit allows calamine's rectangle (the bounded CLI has 1 GiB)."""
    bomb = hf.sparse_far_cell_xlsx(tmp_path / "bomb.xlsx")
    report = tmp_path / "r.json"
    result = hf.run_cli_bounded("check", str(bomb), *AS_OF, "--max-memory-mb", "900", "-f", "json", "-o",
                                str(report))
    assert result.returncode in (0, 1), result.stderr
    assert json.loads(report.read_text(encoding="utf-8"))["files"][0]["status"] == "ok"


# --- the child's protocol, directly ------------------------------------------------------------------------


def test_a_value_comes_back_and_an_input_error_arrives_as_itself(tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    assert isolation.run_in_child(path, lambda: {"rows": [[1, "公开"]]}, 512) == {"rows": [[1, "公开"]]}

    def refuse() -> None:
        raise LimitError(path, "rows", 9, 5, sheet="目录")

    with pytest.raises(LimitError) as exc:
        isolation.run_in_child(path, refuse, 512)
    assert exc.value.render() == LimitError(path, "rows", 9, 5, sheet="目录").render()


@pytest.mark.parametrize(("how", "reason"), [
    (lambda: os.kill(os.getpid(), signal.SIGSEGV), "reader killed by signal 11 (SIGSEGV)"),
    (lambda: os._exit(3), "reader exited with status 3"),
    (lambda: 1 / 0, "ZeroDivisionError: division by zero"),
])
def test_a_child_that_dies_is_one_crashed_error(tmp_path: Path, how, reason: str) -> None:
    with pytest.raises(InputError) as exc:
        isolation.run_in_child(tmp_path / "x.xlsx", how, 512)
    assert (exc.value.code, exc.value.params["reason"]) == ("input.crashed", reason)


def test_a_memory_error_in_the_child_is_the_memory_limit(tmp_path: Path) -> None:
    def hungry() -> bytes:
        return bytes(600 * 1024 * 1024)

    with pytest.raises(InputError) as exc:
        isolation.run_in_child(tmp_path / "x.xlsx", hungry, 256)
    assert exc.value.code == "input.read_memory"
    assert exc.value.params["limit"] == 256


def test_the_reader_isolates_spreadsheets_only_and_the_switch_turns_it_off(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[Path] = []
    real = isolation.start_child

    def counting(path, fn, max_memory_mb):
        calls.append(path)
        return real(path, fn, max_memory_mb)

    monkeypatch.setattr(isolation, "start_child", counting)
    xlsx = hf.catalog_xlsx(tmp_path / "c.xlsx")
    csv = tmp_path / "c.csv"
    csv.write_text("\n".join(hf.csv_lines()), encoding="utf-8")
    read_workbook(xlsx)
    read_workbook(csv)
    read_workbook(xlsx, Limits(max_memory_mb=None))
    assert calls == [xlsx]
    monkeypatch.setenv(isolation.ENV_IN_PROCESS, "1")
    read_workbook(xlsx)
    assert calls == [xlsx]


# --- audit workers -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_an_audit_worker_stopped_by_its_limit_says_so_and_the_next_file_is_judged_alone(
        tmp_path: Path, jobs: str) -> None:
    """The bomb is queued first; the good file behind it on the same worker goes to a fresh one."""
    folder = tmp_path / "county" / "甲镇"
    folder.mkdir(parents=True)
    hf.sparse_far_cell_xlsx(folder / "a_bomb.xlsx")
    hf.catalog_xlsx(folder / "b_good.xlsx")
    hf.catalog_xlsx(folder / "c_good.xlsx")
    result = hf.run_cli_bounded("audit", "county", *AS_OF, "--max-memory-mb", "200", "--jobs", jobs, "-f",
                                "json", cwd=tmp_path, env=RUST_NOISE)
    assert result.returncode == 2, result.stderr
    files = {f["path"]: f for f in json.loads(result.stdout)["files"]}
    bomb = "county/甲镇/a_bomb.xlsx"
    assert files[bomb]["error"] == (f"{bomb}：检查时超出内存上限（200 MB）已停止，文件可能过大或异常；"
                                    "如确需检查，请用 --max-memory-mb 调高上限")
    assert files["county/甲镇/b_good.xlsx"]["status"] == "ok"
    assert files["county/甲镇/c_good.xlsx"]["status"] == "ok"
    assert "memory allocation" not in result.stderr
    assert result.stderr.splitlines() == [files[bomb]["error"]]


def _spend_heap_or_say_pid(task: str, _setup: object) -> int:
    """A task that catches its own MemoryError (as the reader does) and asks for a fresh worker."""
    if task == "bomb":
        from disclosecheck.audit.pool import retire_after_this_task

        try:
            bytes(900 * 1024 * 1024)
        except MemoryError:
            retire_after_this_task()
    return os.getpid()


def test_a_worker_whose_task_spent_its_heap_takes_no_other_task() -> None:
    outcomes = run_tasks(["bomb", "next", "after"], _spend_heap_or_say_pid, jobs=1, max_memory_mb=300)
    assert [o.kind for o in outcomes] == [OK, OK, OK]
    bomb, following, after = (o.value for o in outcomes)
    assert following != bomb
    assert after == following  # a worker that was fine goes on


def test_a_file_read_ahead_is_read_once_in_its_child_and_taken_as_it_was(tmp_path: Path) -> None:
    from disclosecheck.read import _AHEAD, read_ahead

    path = hf.catalog_xlsx(tmp_path / "c.xlsx")
    limits = Limits(max_memory_mb=500)
    expected = read_workbook(path, limits)
    read_ahead(path, limits)
    child = _AHEAD[(str(path), limits)].child
    path.write_bytes(b"not a catalog any more")  # replaced after the read began: the bytes read count
    assert read_workbook(path, limits) == expected
    with pytest.raises(ChildProcessError):  # the child was waited for: it is gone
        os.waitpid(child.pid, os.WNOHANG)


def test_a_file_the_scans_refuse_ends_the_child_that_reads_it(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """The guard and the scans run in this process beside the child's calamine: their refusal wins."""
    started: list[isolation.Child] = []
    real = isolation.start_child

    def recorded(*args, **kwargs):
        started.append(real(*args, **kwargs))
        return started[-1]

    monkeypatch.setattr(isolation, "start_child", recorded)
    path = hf.catalog_xlsx(tmp_path / "c.xlsx")
    with pytest.raises(LimitError) as exc:
        read_workbook(path, Limits(max_memory_mb=500, max_rows=3))
    assert (exc.value.code, exc.value.params["what"]) == ("input.limit", "rows")
    assert len(started) == 1 and started[0].done
    with pytest.raises(ChildProcessError):  # killed and waited for
        os.waitpid(started[0].pid, os.WNOHANG)


def test_a_command_that_stops_after_reading_ahead_leaves_no_child(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from disclosecheck.cli import app
    from disclosecheck.read import _AHEAD

    started: list[isolation.Child] = []
    real = isolation.start_child

    def recorded(*args, **kwargs):
        started.append(real(*args, **kwargs))
        return started[-1]

    monkeypatch.setattr(isolation, "start_child", recorded)
    path = hf.catalog_xlsx(tmp_path / "c.xlsx")
    result = CliRunner().invoke(app, ["check", str(path), *AS_OF, "--rules", str(tmp_path / "none.yaml")])
    assert result.exit_code == 2, result.output
    assert len(started) == 1 and not _AHEAD
    with pytest.raises(ChildProcessError):  # ended and waited for, not left running or a zombie
        os.waitpid(started[0].pid, os.WNOHANG)
