"""Every way a file can fail to be read ends in one InputError with a stable code, never another exception."""

from __future__ import annotations

import os
import pickle
import random
import struct
import zipfile
from pathlib import Path

import openpyxl
import pytest
import xlwt
from test_read_support import biff_with_filepass, digest, ods_cell, ods_row, write_cfb, write_ods

from disclosecheck.errors import InputError
from disclosecheck.read import read_workbook
from disclosecheck.read.limits import LimitError, Limits


def _code(path: Path, limits: Limits | None = None) -> str:
    with pytest.raises(InputError) as exc:
        read_workbook(path, limits) if limits else read_workbook(path)
    return exc.value.code


def _xlsx(path: Path, rows: int = 30, cols: int = 3) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "目录"
    for r in range(1, rows + 1):
        for c in range(1, cols + 1):
            ws.cell(row=r, column=c, value=f"公开事项{r}-{c}")
    wb.save(path)
    return path


def test_missing_file(tmp_path: Path) -> None:
    assert _code(tmp_path / "nope.xlsx") == "input.not_found"
    assert _code(tmp_path / "nope" / "under.xlsx") == "input.not_found"


def test_folder(tmp_path: Path) -> None:
    assert _code(tmp_path) == "input.is_directory"


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    path.write_bytes(b"")
    assert _code(path) == "input.empty"


def test_random_bytes(tmp_path: Path) -> None:
    path = tmp_path / "noise.xlsx"
    path.write_bytes(random.Random(7).randbytes(5000))
    assert _code(path) == "input.unknown_format"


@pytest.mark.parametrize(("head", "kind"), [(b"%PDF-1.7\n", "pdf"), (b"\x89PNG\r\n\x1a\n", "image")])
def test_other_binary_formats_are_named(tmp_path: Path, head: bytes, kind: str) -> None:
    path = tmp_path / "not_a_sheet.xls"
    path.write_bytes(head + b"plain looking text" * 10)
    assert _code(path) == f"input.not_a_table.{kind}"


def test_truncated_xlsx(tmp_path: Path) -> None:
    data = _xlsx(tmp_path / "whole.xlsx").read_bytes()
    path = tmp_path / "half.xlsx"
    path.write_bytes(data[: len(data) // 2])
    assert _code(path) == "input.truncated"


def test_xlsx_with_a_damaged_part_is_corrupt(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "bad.xlsx")
    with zipfile.ZipFile(path) as archive:
        parts = {n: archive.read(n) for n in archive.namelist()}
    parts["xl/worksheets/sheet1.xml"] = b"<worksheet><sheetData><row><c r='A1' t='s'><v>99"  # cut-off XML
    damaged = tmp_path / "damaged.xlsx"
    with zipfile.ZipFile(damaged, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    with pytest.raises(InputError) as exc:
        read_workbook(damaged)
    assert exc.value.code == "input.corrupt"
    assert exc.value.params["reason"]


def test_zip_that_is_not_a_spreadsheet(tmp_path: Path) -> None:
    path = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("a.txt", "hello")
    assert _code(path) == "input.unknown_format"


def test_cfb_writer_makes_files_calamine_reads(tmp_path: Path) -> None:
    """The hand-built OLE2 container of the tests below is a real one: a plain .xls in it reads."""
    book = xlwt.Workbook(encoding="utf-8")
    book.add_sheet("目录").write(0, 0, "公开事项")
    path = write_cfb(tmp_path / "plain.xls", {"Workbook": book.get_biff_data()})
    wb = read_workbook(path)
    assert wb.format == "xls"
    assert wb.sheets[0].rows == [["公开事项"]]


def test_password_protected_xlsx_is_an_ole_file_with_encryption_streams(tmp_path: Path) -> None:
    path = write_cfb(tmp_path / "locked.xlsx", {
        "EncryptionInfo": b"\x04\x00\x04\x00\x40\x00\x00\x00" + b"<encryption/>",
        "EncryptedPackage": os.urandom(6000),
        "\x06DataSpaces": b"",
    })
    before = digest(path)
    assert _code(path) == "input.encrypted"
    assert digest(path) == before


def test_password_protected_xls_has_a_filepass_record(tmp_path: Path) -> None:
    book = xlwt.Workbook(encoding="utf-8")
    book.add_sheet("目录").write(0, 0, "公开事项")
    path = write_cfb(tmp_path / "locked.xls", {"Workbook": biff_with_filepass(book.get_biff_data())})
    assert _code(path) == "input.encrypted"


def test_a_word_document_is_named(tmp_path: Path) -> None:
    path = write_cfb(tmp_path / "letter.xls", {"WordDocument": b"w" * 100})
    assert _code(path) == "input.not_a_table.word"


def test_other_ole_documents_are_unknown(tmp_path: Path) -> None:
    path = write_cfb(tmp_path / "other.xls", {"Contents": b"w" * 100})
    assert _code(path) == "input.unknown_format"


def test_truncated_ole_file(tmp_path: Path) -> None:
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("目录")
    for r in range(300):
        sheet.write(r, 0, f"公开事项{r}")
    whole = tmp_path / "whole.xls"
    book.save(str(whole))
    data = whole.read_bytes()
    path = tmp_path / "half.xls"
    path.write_bytes(data[: len(data) // 2])
    assert _code(path) == "input.truncated"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any file")
def test_no_permission_for_real(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "secret.xlsx")
    path.chmod(0)
    try:
        assert _code(path) == "input.unreadable"
    finally:
        path.chmod(0o644)


def test_no_permission_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _xlsx(tmp_path / "secret.xlsx")
    real_open = os.open

    def refuse(name: object, *args: object, **kwargs: object) -> int:
        if Path(str(name)) == path:
            raise PermissionError(13, "Permission denied", str(name))
        return real_open(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(InputError) as exc:
        read_workbook(path)
    assert exc.value.code == "input.unreadable"
    assert str(exc.value.params["reason"]) == "Permission denied"
    assert exc.value.render("zh").endswith("没有读取权限，无法打开：没有权限")  # one language per line


def test_parser_bug_still_ends_as_input_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "t.csv"
    path.write_text("a,b\n", encoding="utf-8")

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("unexpected")

    monkeypatch.setattr("disclosecheck.read.csvfile.parse_csv", boom)
    with pytest.raises(InputError) as exc:
        read_workbook(path)
    assert exc.value.code == "input.crashed"
    assert "RuntimeError: unexpected" in exc.value.params["reason"]


# --- limits ------------------------------------------------------------------------------------------


def _limit(path: Path, limits: Limits) -> InputError:
    with pytest.raises(InputError) as exc:
        read_workbook(path, limits)
    assert exc.value.code == "input.limit"
    return exc.value


def test_too_many_rows_and_columns_in_a_sheet(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "big.xlsx", rows=30, cols=4)
    rows = _limit(path, Limits(max_rows=29))
    assert {k: rows.params[k] for k in ("what", "actual", "limit", "option", "sheet")} == {
        "what": "rows", "actual": 30, "limit": 29, "option": "--max-rows", "sheet": "目录"}
    cols = _limit(path, Limits(max_cols=3))
    assert (cols.params["what"], cols.params["actual"], cols.params["option"]) == ("cols", 4, "--max-cols")
    assert read_workbook(path, Limits(max_rows=30, max_cols=4)).sheets[0].height == 30


def test_rows_are_counted_from_a1(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active["C40"] = "x"
    path = tmp_path / "low.xlsx"
    wb.save(path)
    assert _limit(path, Limits(max_rows=39)).params["actual"] == 40
    assert _limit(path, Limits(max_cols=2)).params["actual"] == 3


def test_too_long_cell(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active["B3"] = "长" * 101
    path = tmp_path / "long.xlsx"
    wb.save(path)
    error = _limit(path, Limits(max_cell_chars=100))
    assert {k: error.params[k] for k in ("what", "actual", "limit", "cell", "option")} == {
        "what": "cell_chars", "actual": 101, "limit": 100, "cell": "B3", "option": "--max-cell-chars"}
    assert read_workbook(path, Limits(max_cell_chars=101)).sheets[0].rows[2][1] == "长" * 101


def test_csv_limits(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("a,b,c\n" * 50 + 'x,"' + "长" * 300 + '",z\n', encoding="utf-8")
    assert _limit(path, Limits(max_rows=40)).params["actual"] == 51
    assert _limit(path, Limits(max_cols=2)).params["actual"] == 3
    long = _limit(path, Limits(max_cell_chars=200))
    assert (long.params["cell"], long.params["actual"]) == ("B51", 300)


def test_file_size_limit_is_checked_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "huge.csv"
    path.write_bytes(b"a,b\n" * (300 * 1024))  # 1.2 MB

    def must_not_open(self: Path, *args: object, **kwargs: object) -> None:
        raise AssertionError("opened a file over the size limit")

    monkeypatch.setattr(Path, "open", must_not_open)
    error = _limit(path, Limits(max_file_mb=1))
    assert (error.params["what"], error.params["actual"], error.params["limit"]) == ("file_mb", 1.2, 1)


def test_limit_messages_name_the_limit_in_each_language(tmp_path: Path) -> None:
    error = LimitError(tmp_path / "a.xlsx", "cell_chars", 40000, 32767, sheet="目录", cell="F12")
    zh, en = error.render("zh"), error.render("en")
    assert "“目录”中 F12 单元格的字符数为 40000，上限为 32767" in zh
    assert "--max-cell-chars" in zh
    assert 'the length of cell F12 in "目录" (characters) is 40000, the limit is 32767' in en
    assert "--max-cell-chars" in en


def test_limit_error_survives_pickling_to_another_process(tmp_path: Path) -> None:
    error = LimitError(tmp_path / "a.xlsx", "rows", 300_001, 200_000, sheet="目录")
    copy = pickle.loads(pickle.dumps(error))
    assert isinstance(copy, LimitError)
    assert copy.params == error.params
    assert copy.render("en") == error.render("en")


# --- sheets that claim a huge area in a few bytes: refused before calamine allocates it ---------------


def test_two_cells_far_apart_in_an_xlsx(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.title = "目录"
    wb.active["A1"] = "公开事项"
    wb.active["XFD1048576"] = "z"  # calamine would try to allocate 17 billion cells and abort
    path = tmp_path / "sparse.xlsx"
    wb.save(path)
    error = _limit(path, Limits())
    assert (error.params["what"], error.params["actual"], error.params["sheet"]) == ("rows", 1048576, "目录")
    cols = _limit(path, Limits(max_rows=2_000_000))
    assert (cols.params["what"], cols.params["actual"]) == ("cols", 16384)


def test_xls_cell_record_far_to_the_right(tmp_path: Path) -> None:
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("目录")
    sheet.write(0, 0, "公开事项")
    sheet.write(3, 7, 1 / 3)  # a NUMBER record at row 3, column 7 (1/3 does not fit an RK record)
    biff = bytearray(book.get_biff_data())
    at = biff.find(struct.pack("<HHHH", 0x0203, 14, 3, 7))
    assert at > 0
    struct.pack_into("<HH", biff, at + 4, 65000, 60000)  # move it to row 65001, column 60001:
    path = write_cfb(tmp_path / "wide.xls", {"Workbook": bytes(biff)})  # 3.9 billion cells for calamine
    error = _limit(path, Limits())
    assert (error.params["what"], error.params["actual"], error.params["sheet"]) == ("cols", 60001, "目录")
    assert _limit(path, Limits(max_rows=65000)).params["what"] == "rows"


def test_ods_cell_repeated_a_hundred_million_times(tmp_path: Path) -> None:
    path = write_ods(tmp_path / "repeat.ods", {"目录": [
        ods_row(ods_cell("公开事项")),
        ods_row(ods_cell("x", repeat=100_000_000)),
    ]})
    params = _limit(path, Limits()).params
    assert (params["what"], params["actual"], params["sheet"]) == ("cols", 100_000_000, "目录")
    rows = write_ods(tmp_path / "rows.ods", {"目录": [ods_row(ods_cell("x"), repeat=5_000_000)]})
    assert _limit(rows, Limits()).params["actual"] == 5_000_000


FIXTURES = Path(__file__).parent / "fixtures" / "read"


def test_calamine_panic_on_a_damaged_xls_is_an_input_error() -> None:
    """A fuzzed .xls on which calamine 0.37 panics in parse_merge_cells (found by mutation testing).

    pyo3 turns a Rust panic into PanicException, a BaseException that ``except Exception`` misses.
    """
    path = FIXTURES / "calamine_panic.xls"
    before = digest(path)
    try:
        read_workbook(path)
    except InputError as exc:
        assert exc.code in {"input.corrupt", "input.truncated"}
    assert digest(path) == before


def test_panics_from_the_parser_become_input_corrupt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    class PanicException(BaseException):  # what pyo3 raises for a Rust panic
        pass

    def panic(*args: object) -> None:
        raise PanicException("index out of range")

    monkeypatch.setattr("disclosecheck.read.spreadsheet._open_book", panic)
    with pytest.raises(InputError) as exc:
        read_workbook(_xlsx(tmp_path / "t.xlsx"))
    assert (exc.value.code, exc.value.params["reason"]) == ("input.corrupt", "index out of range")


def _patched_biff(record: int, patch: tuple[str, int, tuple[int, ...]]) -> bytes:
    """xlwt's workbook stream with the first ``record`` changed: (struct format, offset in body, values)."""
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("目录")
    for r in range(5):
        sheet.write(r, 0, f"公开事项{r}")
    biff = bytearray(book.get_biff_data())
    offset = 0
    while offset + 4 <= len(biff):
        kind, length = struct.unpack_from("<HH", biff, offset)
        if kind == record:
            fmt, at, values = patch
            struct.pack_into(fmt, biff, offset + 4 + at, *values)
            return bytes(biff)
        offset += 4 + length
    raise AssertionError(f"no record {record:#06x}")


@pytest.mark.parametrize(("record", "patch", "reason"), [
    # first row 10,747,904 after the last row 33: calamine's reservation wraps to ~20 billion cells
    (0x0200, ("<I", 0, (0x00A40000,)), "DIMENSIONS record out of range"),
    (0x0200, ("<I", 4, (1_000_000,)), "DIMENSIONS record out of range"),  # more rows than an .xls holds
    (0x00FC, ("<i", 4, (0x7FFFFFFF,)), "SST record: impossible string count"),  # 2 billion strings
])
def test_xls_records_that_would_make_calamine_reserve_gigabytes(
        tmp_path: Path, record: int, patch: tuple[str, int, tuple[int, ...]], reason: str) -> None:
    """Found by mutation testing: calamine aborts the whole process (not an exception) on these."""
    path = write_cfb(tmp_path / "bad.xls", {"Workbook": _patched_biff(record, patch)})
    with pytest.raises(InputError) as exc:
        read_workbook(path)
    assert (exc.value.code, exc.value.params["reason"]) == ("input.corrupt", reason)


def test_xls_helper_leaves_a_readable_file_when_unpatched(tmp_path: Path) -> None:
    path = write_cfb(tmp_path / "ok.xls", {"Workbook": _patched_biff(0x0200, ("<I", 4, (5,)))})
    assert read_workbook(path).sheets[0].rows[4] == ["公开事项4"]


def _calamine_must_not_run(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object) -> None:
        raise AssertionError("calamine was called on a sheet over the limits")

    monkeypatch.setattr("disclosecheck.read.spreadsheet._open_book", refuse)


def test_too_many_cells_refused_before_calamine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    wb = openpyxl.Workbook()
    wb.active.title = "目录"
    wb.active["A1"] = "公开事项"
    wb.active["OJ30000"] = "x"  # 30,000 rows x 400 columns: each within its limit, 12 million cells
    path = tmp_path / "cells.xlsx"
    wb.save(path)
    _calamine_must_not_run(monkeypatch)
    error = _limit(path, Limits())
    assert {k: error.params[k] for k in ("what", "actual", "limit", "option", "sheet")} == {
        "what": "cells", "actual": 12_000_000, "limit": 10_000_000, "option": "--max-cells", "sheet": "目录"}


def test_cells_of_single_letter_columns_are_counted_exactly(tmp_path: Path) -> None:
    limits = Limits(max_rows=1_000_000, max_cells=100)
    small = _xlsx(tmp_path / "small.xlsx", rows=10, cols=5)  # 50 cells: no false alarm from the estimate
    assert read_workbook(small, limits).sheets[0].height == 10
    large = _xlsx(tmp_path / "large.xlsx", rows=30, cols=5)
    assert _limit(large, limits).params["actual"] == 150


def test_too_many_cells_in_xls_ods_csv_html(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    limits = Limits(max_cells=20)
    book = xlwt.Workbook(encoding="utf-8")
    book.add_sheet("目录").write(6, 3, "x")  # 7 rows x 4 columns
    xls = tmp_path / "t.xls"
    book.save(str(xls))
    ods_rows = [ods_row(ods_cell("a"), ods_cell(None, repeat=5), ods_cell("b"))] * 3
    ods = write_ods(tmp_path / "t.ods", {"目录": ods_rows})
    csv_path = tmp_path / "t.csv"
    csv_path.write_text("a,b,c,d,e,f,g\n" * 3, encoding="utf-8")
    html = tmp_path / "t.html"
    html.write_text("<table>" + "<tr><td>a</td><td colspan=6>b</td></tr>" * 3 + "</table>", encoding="utf-8")
    _calamine_must_not_run(monkeypatch)
    assert [_limit(p, limits).params["actual"] for p in (xls, ods, csv_path, html)] == [28, 21, 21, 21]
    assert [_limit(p, limits).params["what"] for p in (xls, ods, csv_path, html)] == ["cells"] * 4
