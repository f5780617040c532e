"""The reader's boundary: the scans before calamine read a file as calamine reads it, each input is read
once, and the compound-file reader allocates nothing a file's real size does not justify.

Each hostile file here aborted the whole process (or took gigabytes) in an attack on the tool. The scans
are tested with the isolation switched off (``DISCLOSECHECK_READ_IN_PROCESS=1``): the capped child would
turn a scan's miss into a clean line, and these tests are there to see the miss.
"""

from __future__ import annotations

import json
from pathlib import Path

import hostile_files as hf
import pytest
from guards import HANG_GUARD_S

from disclosecheck.errors import InputError
from disclosecheck.read import read_workbook

AS_OF = ("--as-of", "2026-03-01")
IN_PROCESS = {"DISCLOSECHECK_READ_IN_PROCESS": "1"}


@pytest.fixture(autouse=True)
def _scans_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISCLOSECHECK_READ_IN_PROCESS", "1")


def assert_refused(path: Path, tmp_path: Path) -> dict:
    """``check`` of ``path`` read in-process (no capped child): one error entry, exit 2, no abort."""
    report = tmp_path / "r.json"
    result = hf.run_cli_bounded("check", str(path), *AS_OF, "-f", "json", "-o", str(report))
    assert result.returncode == 2, (result.returncode, result.stderr[-500:])
    assert "Traceback" not in result.stderr
    [entry] = json.loads(report.read_text(encoding="utf-8"))["files"]
    assert entry["status"] == "error"
    assert result.stderr.splitlines() == [entry["error"], f"报告已写入：{report}"]
    return entry


# --- the compound-file reader ------------------------------------------------------------------------------


def test_a_compound_file_claiming_409600_fat_sectors_is_refused_before_allocating(tmp_path: Path) -> None:
    """Read in-process (no capped child) by a CLI capped at 1 GiB: the reader itself must not allocate."""
    path = hf.sparse_fat_claim_xls(tmp_path / "fat.xls")
    assert path.stat().st_size == 200 * 1024 * 1024
    entry = assert_refused(path, tmp_path)
    assert entry["error"] == (f"{path}：文件已损坏或不完整，无法读取（FAT of 409600 sectors for a file of "
                              "409600 sectors）；请用 Excel 或 WPS 打开后重新保存")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_in_an_audit_the_file_after_it_is_judged_on_its_own(tmp_path: Path, jobs: str) -> None:
    folder = tmp_path / "county" / "甲镇"
    folder.mkdir(parents=True)
    hf.sparse_fat_claim_xls(folder / "a_fat.xls")
    hf.catalog_xlsx(folder / "b_good.xlsx")
    result = hf.run_cli_bounded("audit", "county", *AS_OF, "--jobs", jobs, "-f", "json", cwd=tmp_path,
                                timeout=HANG_GUARD_S)
    assert result.returncode == 2, result.stderr
    files = {f["path"]: f for f in json.loads(result.stdout)["files"]}
    assert files["county/甲镇/a_fat.xls"]["error"].startswith("county/甲镇/a_fat.xls：文件已损坏或不完整")
    assert files["county/甲镇/b_good.xlsx"]["status"] == "ok"


# --- the scans read references as calamine does ------------------------------------------------------------


@pytest.mark.parametrize("spelling", list(hf.FAR_REFERENCES))
def test_a_far_reference_is_measured_however_calamine_accepts_it(tmp_path: Path, spelling: str) -> None:
    path = hf.far_reference_xlsx(tmp_path / "far.xlsx", hf.FAR_REFERENCES[spelling])
    entry = assert_refused(path, tmp_path)
    assert "超出安全限制" in entry["error"]


def test_a_string_count_after_a_20_kb_attribute_is_read(tmp_path: Path) -> None:
    path = hf.strings_after_long_attribute_xlsx(tmp_path / "sst.xlsx")
    entry = assert_refused(path, tmp_path)
    assert "声称有 4000000000 个共享字符串，实际只有 1 个" in entry["error"]


@pytest.mark.parametrize(("part", "target"), [
    ("xl\\worksheets\\sheet1.xml", "worksheets/sheet1.xml"),
    ("xl\\other\\s.xml", "other/s.xml"),
    ("XL\\Worksheets\\Sheet1.xml", "worksheets/sheet1.xml"),
])
def test_a_sheet_part_named_with_backslashes_is_measured(tmp_path: Path, part: str, target: str) -> None:
    entry = assert_refused(hf.backslash_part_xlsx(tmp_path / "bs.xlsx", part, target), tmp_path)
    assert "列数为 16384" in entry["error"]


@pytest.mark.parametrize("streams", [
    {"Workbook": False, "Book": True},
    {"Workbook": True, "Book": False},
    {"workbook": False, "Book": True},
    {"WORKBOOK": False, "Workbook": True},
    {"WORKBOOK": True, "Workbook": False},
    {"Book": False, "BOOK": True},
    {"BOOK": True},
], ids=lambda streams: "+".join(f"{n}{'*' if far else ''}" for n, far in streams.items()))
def test_every_workbook_stream_of_an_xls_is_measured(tmp_path: Path, streams: dict[str, bool]) -> None:
    """calamine reads one of them by rules of its own (measured: it is not always the one first named)."""
    entry = assert_refused(hf.two_workbook_streams_xls(tmp_path / "two.xls", streams), tmp_path)
    assert "超出安全限制" in entry["error"]


def test_a_workbook_stream_marked_as_a_storage_is_measured_too(tmp_path: Path) -> None:
    entry = assert_refused(hf.storage_marked_workbook_xls(tmp_path / "kind.xls"), tmp_path)
    assert "超出安全限制" in entry["error"]


def test_an_ods_measured_by_the_prefixes_calamine_matches(tmp_path: Path) -> None:
    path = hf.rebound_prefix_ods(tmp_path / "prefix.ods")
    assert path.stat().st_size < 4096
    entry = assert_refused(path, tmp_path)
    assert "超出安全限制" in entry["error"]


def test_an_ods_that_binds_its_prefixes_as_usual_is_read_as_before(tmp_path: Path) -> None:
    from test_read_support import ods_cell, ods_row, write_ods

    rows = [ods_row(*(ods_cell(v) for v in row)) for row in hf.CATALOG_ROWS]
    rows[0] = ods_row(ods_cell("序号", down=2), ods_cell("公开事项", across=2),
                      *(ods_cell(v) for v in hf.CATALOG_ROWS[0][3:]))
    workbook = read_workbook(write_ods(tmp_path / "ok.ods", {"目录": rows}))
    [grid] = workbook.sheets
    merges = [(m.first_row, m.first_col, m.last_row, m.last_col) for m in grid.merges]
    assert merges == [(0, 0, 1, 0), (0, 1, 0, 2)]
    assert grid.rows[2][1] == "行政处罚"


def test_the_annotated_copy_counts_a_lowercase_merge(tmp_path: Path) -> None:
    """openpyxl reads ``o1:xfd1048576`` as 17 billion cells: the copy is rebuilt from the grids."""
    import openpyxl

    path = hf.lowercase_merge_xlsx(tmp_path / "merged.xlsx")
    out = tmp_path / "批注版.xlsx"
    result = hf.run_cli_bounded("check", str(path), *AS_OF, "--format", "xlsx", "-o", str(out))
    assert result.returncode in (0, 1), result.stderr
    assert openpyxl.load_workbook(out)["目录"]["A1"].value == "序号"


# --- read what was checked ---------------------------------------------------------------------------------


def test_a_file_swapped_while_it_is_read_is_the_old_one_or_the_new_one(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A thread swaps the path between a catalog and a hostile file by atomic rename, over and over; every
    read (with the capped child on) is the whole catalog or the hostile file's refusal, never a mixture
    that would pass the scans and abort calamine."""
    import os
    import threading

    monkeypatch.delenv("DISCLOSECHECK_READ_IN_PROCESS")  # a mixture would show as the child's abort
    good = hf.catalog_xlsx(tmp_path / "good.xlsx").read_bytes()
    bad = hf.far_reference_xlsx(tmp_path / "bad.xlsx", hf.FAR_REFERENCES["single quotes"]).read_bytes()
    path = tmp_path / "swapped.xlsx"
    path.write_bytes(good)
    stop = threading.Event()

    def swap() -> None:
        n = 0
        while not stop.is_set():
            n += 1
            spare = tmp_path / f"next{n % 2}.xlsx"
            spare.write_bytes(bad if n % 2 else good)
            os.replace(spare, path)

    swapper = threading.Thread(target=swap, daemon=True)
    swapper.start()
    seen: set[str] = set()
    try:
        for _ in range(150):
            try:
                workbook = read_workbook(path)
            except InputError as exc:
                assert exc.code == "input.limit", exc.render()
                seen.add("refused")
            else:
                assert workbook.sheets[0].rows[0][0] == "序号"
                seen.add("read")
    finally:
        stop.set()
        swapper.join()
    assert seen  # which of the two came up depends on timing; neither may ever be anything else
