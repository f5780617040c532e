"""Hostile files: each ends in one clean line (or a report) from the real CLI, within minutes and 1 GiB.

Every file is built in code (tests/hostile_files.py) and checked by ``disclosecheck check`` in a child
process whose address space is capped at 1 GiB and whose run is cut off after 3 minutes, so a hang or a
memory blow-up fails the test instead of the machine. The guard's own logic is also tested directly.
"""

from __future__ import annotations

import json
import pickle
import zipfile
from pathlib import Path

import hostile_files as hf
import pytest
from test_read_support import ods_cell, ods_row, write_ods

from disclosecheck.errors import InputError
from disclosecheck.read import guard, read_workbook
from disclosecheck.read.extent import check_xlsb_extent, check_xlsx_extent
from disclosecheck.read.limits import LimitError, Limits

AS_OF = ("--as-of", "2026-03-01")


def check_json(path: Path, tmp_path: Path, *extra: str) -> tuple[int, list[str], dict]:
    """Run ``check PATH -f json -o report.json``: exit status, stderr lines and the JSON report."""
    report = tmp_path / "report.json"
    result = hf.run_cli_bounded("check", str(path), *AS_OF, "-f", "json", "-o", str(report), *extra)
    assert "Traceback" not in result.stderr, result.stderr
    assert report.exists(), result.stderr
    lines = result.stderr.splitlines()
    written = f"Report written to {report}" if "en" in extra else f"报告已写入：{report}"
    assert lines[-1:] == [written]  # -o says where the report went (issue 15)
    return result.returncode, lines[:-1], json.loads(report.read_text(encoding="utf-8"))


def assert_refused(path: Path, tmp_path: Path, *extra: str) -> str:
    """The file is one error entry, exit 2, and exactly one line on stderr that says the same."""
    status, lines, data = check_json(path, tmp_path, *extra)
    assert status == 2, lines
    [entry] = data["files"]
    assert entry["status"] == "error"
    assert entry["findings"] == []
    assert lines == [entry["error"]]
    return entry["error"]


def test_the_base_catalog_is_read(tmp_path: Path) -> None:
    """The hostile variants below differ from this valid file only by what makes them hostile."""
    status, lines, data = check_json(hf.catalog_xlsx(tmp_path / "ok.xlsx"), tmp_path)
    assert lines == []
    [entry] = data["files"]
    assert entry["status"] == "ok"
    assert entry["stats"] == {"items": 2, "level1": 2, "level2": 2}
    assert status in (0, 1)


# --- XML tricks ----------------------------------------------------------------------------------------


def test_external_entity_is_refused(tmp_path: Path) -> None:
    path = hf.xxe_xlsx(tmp_path / "xxe.xlsx")
    error = assert_refused(path, tmp_path)
    assert error == (f"{path}：文件已损坏或不完整，无法读取（“xl/worksheets/sheet1.xml”含有 XML 实体声明，"
                     "可能是恶意文件）；请用 Excel 或 WPS 打开后重新保存")
    assert "root:" not in error


def test_billion_laughs_is_refused(tmp_path: Path) -> None:
    path = hf.billion_laughs_xlsx(tmp_path / "laughs.xlsx")
    error = assert_refused(path, tmp_path, "--lang", "en")
    assert error == (f'{path}: the file is damaged and cannot be read ("xl/sharedStrings.xml" declares XML '
                     "entities, possibly a malicious file); open it in Excel or WPS and save it again")


# --- zip bombs and huge sheets ------------------------------------------------------------------------


def test_zip_bomb_is_refused_before_inflating(tmp_path: Path) -> None:
    path = hf.zip_bomb_xlsx(tmp_path / "bomb.xlsx", inflated_mb=520)
    assert path.stat().st_size < 2 * 1024 * 1024
    error = assert_refused(path, tmp_path)
    assert error == (f"{path}：超出安全限制：解压后的大小（MB）为 520.0，上限为 500；"
                     "如确需检查，请用 --max-unzipped-mb 调高上限")


def test_zip_bomb_that_lies_about_its_size_is_caught_by_counting(tmp_path: Path) -> None:
    path = hf.zip_bomb_lying_xlsx(tmp_path / "liar.xlsx", inflated_mb=520)
    with zipfile.ZipFile(path) as z:
        assert z.getinfo("xl/worksheets/sheet1.xml").file_size == 1024  # the lie
    error = assert_refused(path, tmp_path)
    assert error.startswith(f"{path}：文件已损坏或不完整，无法读取（“xl/worksheets/sheet1.xml”的压缩比高达 ")
    assert error.endswith(":1，可能是“压缩炸弹”恶意文件）；请用 Excel 或 WPS 打开后重新保存")


def test_lying_sizes_within_the_ratio_are_stopped_at_the_limit(tmp_path: Path) -> None:
    """Counted bytes pass --max-unzipped-mb before the ratio rule could fire: the limit is named."""
    path = hf.zip_bomb_lying_xlsx(tmp_path / "liar.xlsx", inflated_mb=12)
    with pytest.raises(LimitError) as exc:
        read_workbook(path, Limits(max_uncompressed_mb=5))
    assert exc.value.params["what"] == "unzipped_mb"
    assert exc.value.params["actual"] == ">5"
    assert "--max-unzipped-mb" in exc.value.render()


def test_enormous_declared_sheet(tmp_path: Path) -> None:
    path = hf.enormous_sheet_xlsx(tmp_path / "enormous.xlsx")
    error = assert_refused(path, tmp_path)
    assert error == (f"{path}：超出安全限制：“目录”的行数为 1000000，上限为 200000；"
                     "如确需检查，请用 --max-rows 调高上限")


def test_a_million_real_rows(tmp_path: Path) -> None:
    path = hf.million_rows_xlsx(tmp_path / "million.xlsx")
    error = assert_refused(path, tmp_path, "--lang", "en")
    assert "1000000" in error
    assert error.endswith("raise it with --max-rows if needed")


def test_sixteen_thousand_columns(tmp_path: Path) -> None:
    path = hf.wide_sheet_xlsx(tmp_path / "wide.xlsx")
    error = assert_refused(path, tmp_path)
    assert error == (f"{path}：超出安全限制：“目录”的列数为 16000，上限为 500；"
                     "如确需检查，请用 --max-cols 调高上限")


def test_cells_without_references_are_placed_before_calamine_allocates(tmp_path: Path) -> None:
    """Unchecked, calamine would ask for 78 GB for this 6 KB file and abort the whole process."""
    path = hf.unreferenced_cells_xlsx(tmp_path / "bare.xlsx")
    assert path.stat().st_size < 10_000
    error = assert_refused(path, tmp_path)
    assert error == (f"{path}：超出安全限制：“目录”的列数为 16384，上限为 500；"
                     "如确需检查，请用 --max-cols 调高上限")


@pytest.mark.parametrize("layout", list(hf.UNREFERENCED_LAYOUTS))
def test_unreferenced_rows_and_cells_reach_as_far_as_calamine_puts_them(tmp_path: Path, layout: str) -> None:
    body, rows, cols = hf.UNREFERENCED_LAYOUTS[layout]
    path = hf.write_raw_xlsx(tmp_path / "bare.xlsx", hf.sheet_xml(body))
    [sheet] = read_workbook(path).sheets
    assert (sheet.height, max(map(len, sheet.rows))) == (rows, cols)  # calamine's own extent
    check_xlsx_extent(path, Limits(max_rows=rows, max_cols=cols))  # the scan, before calamine: as far
    tight = [Limits(max_rows=rows - 1)] if rows > 1 else []
    for limits in [*tight, Limits(max_cols=cols - 1)]:
        with pytest.raises(LimitError):
            check_xlsx_extent(path, limits)


def test_a_string_table_announcing_billions_is_refused_before_calamine_reserves_them(tmp_path: Path) -> None:
    path = hf.announced_strings_xlsx(tmp_path / "sst.xlsx", 4_000_000_000)
    error = assert_refused(path, tmp_path)
    assert error == (f"{path}：文件已损坏或不完整，无法读取（“xl/sharedStrings.xml”声称有 4000000000 个"
                     "共享字符串，实际只有 1 个，可能是恶意文件）；请用 Excel 或 WPS 打开后重新保存")
    assert assert_refused(path, tmp_path, "--lang", "en").endswith(
        "(“xl/sharedStrings.xml” announces 4000000000 shared strings but holds 1, possibly a malicious "
        "file); open it in Excel or WPS and save it again")


@pytest.mark.parametrize(("announced", "held"), [(100_000, 1), (100_500, 600), (150_000, 150_000)])
def test_string_tables_that_hold_about_what_they_announce_are_read(tmp_path: Path, announced: int,
                                                                   held: int) -> None:
    path = hf.announced_strings_xlsx(tmp_path / "sst.xlsx", announced, held)
    assert read_workbook(path).sheets[0].rows[2][1] == "行政处罚"


def test_an_annotated_copy_of_a_sheet_wide_merge_is_rebuilt_not_loaded_by_openpyxl(tmp_path: Path) -> None:
    """openpyxl would make an object of each of the 17 billion merged cells; the copy is rebuilt."""
    import openpyxl

    path = hf.whole_sheet_merge_xlsx(tmp_path / "merged.xlsx")
    out = tmp_path / "批注版.xlsx"
    result = hf.run_cli_bounded("check", str(path), *AS_OF, "--format", "xlsx", "-o", str(out))
    assert result.returncode in (0, 1), result.stderr
    copy = openpyxl.load_workbook(out)
    sheet = copy["目录"]
    assert sheet["A1"].value == "序号"
    assert [str(r) for r in sheet.merged_cells.ranges] == ["A1:H4"]  # clipped to the cells holding something


def test_an_xlsb_catalog_is_read(tmp_path: Path) -> None:
    path = hf.write_xlsb(tmp_path / "目录.xlsb", hf.catalog_cells())
    [sheet] = read_workbook(path).sheets
    assert sheet.name == "目录"
    assert sheet.rows[2][:3] == ["1", "行政处罚", "处罚决定"]


def test_an_xlsb_cell_far_out_is_refused_before_calamine_allocates(tmp_path: Path) -> None:
    """Unchecked, calamine asks for 78 GB for this 1 KB file and aborts the whole process."""
    path = hf.far_cell_xlsb(tmp_path / "far.xlsb")
    error = assert_refused(path, tmp_path)
    assert error == (f"{path}：超出安全限制：“目录”的列数为 16384，上限为 500；"
                     "如确需检查，请用 --max-cols 调高上限")


@pytest.mark.parametrize("cells", [[(0, 0, "a"), (4, 2, 7.0)], [(2, 3, "x")], [(0, 5, 1.0), (9, 0, "y")]])
def test_xlsb_cells_reach_as_far_as_calamine_puts_them(tmp_path: Path, cells: list) -> None:
    path = hf.write_xlsb(tmp_path / "cells.xlsb", cells)
    [sheet] = read_workbook(path).sheets
    rows, cols = sheet.height, max(map(len, sheet.rows))
    assert (rows, cols) == (max(r for r, _, _ in cells) + 1, max(c for _, c, _ in cells) + 1)
    check_xlsb_extent(path, Limits(max_rows=rows, max_cols=cols))
    for limits in [Limits(max_rows=rows - 1)] if rows > 1 else []:
        with pytest.raises(LimitError):
            check_xlsb_extent(path, limits)
    with pytest.raises(LimitError):
        check_xlsb_extent(path, Limits(max_cols=cols - 1))


@pytest.mark.parametrize(("target", "part"), [("elsewhere/s.xml", "xl/elsewhere/s.xml"),
                                            ("/data/s.xml", "data/s.xml"), ("../data/s.xml", "data/s.xml"),
                                            ("worksheets/sheet1.xml", "XL/WORKSHEETS/SHEET1.XML")])
def test_a_sheet_part_outside_the_worksheets_folder_is_measured_too(tmp_path: Path, target: str,
                                                                     part: str) -> None:
    path = hf.moved_far_sheet_xlsx(tmp_path / "moved.xlsx", target, part)
    error = assert_refused(path, tmp_path)
    assert error == (f"{path}：超出安全限制：“目录”的列数为 16384，上限为 500；"
                     "如确需检查，请用 --max-cols 调高上限")


def test_a_merge_repeated_thousands_of_times_is_walked_once(tmp_path: Path) -> None:
    """Each copy used to be walked row by row: 400 million steps for 2 KB, far past the 20 s bound."""
    path = hf.repeated_merges_xlsx(tmp_path / "merges.xlsx")
    status, lines, data = check_json(path, tmp_path)
    assert status == 1, lines
    [entry] = data["files"]
    assert entry["status"] == "ok" and entry["stats"]["items"] == 2


def test_cells_are_counted_over_all_sheets_of_a_workbook(tmp_path: Path) -> None:
    """75 KB listing one 2,000-row sheet 2,000 times made 32 million cells; the total is a limit too."""
    path = hf.one_sheet_listed_many_times_xlsx(tmp_path / "sheets.xlsx")
    error = assert_refused(path, tmp_path, "--max-cells", "100000")
    assert error == (f"{path}：超出安全限制：全部工作表合计的单元格数（读到“目录7”时）为 112224，"
                     "上限为 100000；如确需检查，请用 --max-cells 调高上限")  # 7 sheets of 2,004 x 8
    _status, _lines, data = check_json(hf.one_sheet_listed_many_times_xlsx(tmp_path / "three.xlsx", 3),
                                      tmp_path, "--max-cells", "100000")
    assert [f["sheet"] for f in data["files"]] == ["目录1", "目录2", "目录3"]


def test_an_xls_listing_one_sheet_thousands_of_times_is_refused_without_walking_each(tmp_path: Path) -> None:
    """Each listing used to be walked record by record: 42 million records for 600 KB."""
    path = hf.xls_listing_one_sheet(tmp_path / "listed.xls", 3_000)
    error = assert_refused(path, tmp_path)
    assert error.startswith(f"{path}：超出安全限制：全部工作表合计的单元格数（读到“目录”时）为 ")
    assert error.endswith("，上限为 10000000；如确需检查，请用 --max-cells 调高上限")
    three = hf.xls_listing_one_sheet(tmp_path / "three.xls", 3, rows=20)
    [grid, *_] = read_workbook(three).sheets
    assert len(read_workbook(three).sheets) == 3 and grid.rows[1][:2] == ["1", "行政处罚"]


def test_very_long_cell(tmp_path: Path) -> None:
    path = hf.long_cell_xlsx(tmp_path / "long.xlsx")
    error = assert_refused(path, tmp_path)
    assert error == (f"{path}：超出安全限制：“目录”中 D3 单元格的字符数为 100000，上限为 32767；"
                     "如确需检查，请用 --max-cell-chars 调高上限")


def test_very_long_cell_is_read_when_the_limit_is_raised(tmp_path: Path) -> None:
    path = hf.long_cell_xlsx(tmp_path / "long.xlsx")
    status, lines, data = check_json(path, tmp_path, "--max-cell-chars", "200000")
    assert status in (0, 1)
    assert lines == []
    assert data["files"][0]["status"] == "ok"
    assert data["files"][0]["stats"]["items"] == 2


def test_too_many_zip_members(tmp_path: Path) -> None:
    path = hf.too_many_parts_xlsx(tmp_path / "parts.xlsx")
    error = assert_refused(path, tmp_path)
    assert "超过 10000 个，可能是恶意文件" in error


# --- text formats ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("tag", ["div", "table"])
def test_deeply_nested_html(tmp_path: Path, tag: str) -> None:
    path = hf.nested_html(tmp_path / f"deep-{tag}.html", depth=100_000, tag=tag)
    status, lines, data = check_json(path, tmp_path)
    [entry] = data["files"]
    if entry["status"] == "error":
        assert status == 2
        assert lines == [entry["error"]]
    else:
        assert lines == []
        assert entry["stats"]["items"] == 2


def test_csv_with_nul_bytes(tmp_path: Path) -> None:
    path = hf.csv_with_nul(tmp_path / "nul.csv")
    status, lines, data = check_json(path, tmp_path)
    [entry] = data["files"]
    assert status in (0, 1)
    assert lines == []
    assert entry["status"] == "ok"
    assert entry["stats"] == {"items": 2, "level1": 2, "level2": 2}


def test_csv_with_mixed_encodings(tmp_path: Path) -> None:
    path = hf.csv_mixed_encodings(tmp_path / "mixed.csv")
    error = assert_refused(path, tmp_path)
    assert error == f"{path}：无法识别文本编码，请另存为 UTF-8 或 GBK 编码的 CSV"


# --- the guard itself ------------------------------------------------------------------------------------


def _refusal(path: Path, limits: Limits | None = None) -> InputError:
    return _refusal_as(path, "xlsx", limits)


def _refusal_as(path: Path, fmt: str, limits: Limits | None = None) -> InputError:
    with pytest.raises(InputError) as exc:
        guard.check_before_read(path, fmt, limits or Limits())
    return exc.value


def test_doctype_after_comments_and_processing_instructions(tmp_path: Path) -> None:
    before = "<!-- exported -->\n<?mso-application progid=\"Excel.Sheet\"?>\n<!DOCTYPE worksheet>"
    path = hf.write_raw_xlsx(tmp_path / "d.xlsx", hf.sheet_xml(hf.cells_xml(hf.CATALOG_ROWS), before=before))
    error = _refusal(path)
    assert error.code == "input.corrupt"
    assert error.params["reason_key"] == "guard.xml_entities"
    assert error.params["part"] == "xl/worksheets/sheet1.xml"


def test_doctype_in_a_utf16_part(tmp_path: Path) -> None:
    xml = hf.sheet_xml("", before='<!DOCTYPE worksheet [<!ENTITY a "b">]>').replace("UTF-8", "UTF-16")
    path = hf.write_raw_xlsx(tmp_path / "u.xlsx", "\ufeff".encode("utf-16-le") + xml.encode("utf-16-le"))
    assert _refusal(path).params["reason_key"] == "guard.xml_entities"


def test_a_prolog_that_never_ends_is_refused(tmp_path: Path) -> None:
    before = "<!--" + "x" * 40_000 + "-->"
    path = hf.write_raw_xlsx(tmp_path / "p.xlsx", hf.sheet_xml(hf.cells_xml(hf.CATALOG_ROWS), before=before))
    assert _refusal(path).params["reason_key"] == "guard.xml_entities"


def test_declaration_text_inside_a_cell_is_harmless(tmp_path: Path) -> None:
    """Cell text is escaped, so a catalog that quotes "<!DOCTYPE" in a cell still reads."""
    rows = [list(r) for r in hf.CATALOG_ROWS]
    rows[2][3] = "<!DOCTYPE html> <!ENTITY x>"
    path = hf.write_raw_xlsx(tmp_path / "c.xlsx", hf.sheet_xml(hf.cells_xml(rows)))
    guard.check_before_read(path, "xlsx", Limits())
    assert read_workbook(path).sheets[0].rows[2][3] == "<!DOCTYPE html> <!ENTITY x>"


def test_openpyxl_and_ods_files_pass(tmp_path: Path, xlsx_builder) -> None:
    path = xlsx_builder([["公开事项", "公开内容"], ["行政处罚", "处罚决定书"]])
    guard.check_before_read(path, "xlsx", Limits())
    guard.check_before_read(hf.catalog_xlsx(tmp_path / "c.xlsx"), "xlsx", Limits())
    ods = write_ods(tmp_path / "c.ods", {"目录": [ods_row(ods_cell("公开事项"), ods_cell("公开内容"))]})
    guard.check_before_read(ods, "ods", Limits())
    assert read_workbook(ods).sheets[0].rows == [["公开事项", "公开内容"]]


def test_entities_in_ods_content_are_refused(tmp_path: Path) -> None:
    plain = write_ods(tmp_path / "plain.ods", {"目录": [ods_row(ods_cell("公开事项"))]})
    path = tmp_path / "xxe.ods"
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "content.xml":
                data = data.replace(b"?>", b'?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>', 1)
            dst.writestr(info, data)
    error = _refusal_as(path, "ods")
    assert error.params["part"] == "content.xml"
    with pytest.raises(InputError) as exc:
        read_workbook(path)
    assert exc.value.code == "input.corrupt"


def test_an_ordinary_file_is_never_inflated_in_full(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Small archives are bounded by deflate's maximal ratio; only XML heads are read."""
    read = []
    real = guard._inflate

    def counting(path, fh, info, chunk):
        for piece in real(path, fh, info, chunk):
            read.append(len(piece))
            yield piece

    monkeypatch.setattr(guard, "_inflate", counting)
    path = hf.long_cell_xlsx(tmp_path / "l.xlsx", length=30_000)
    guard.check_before_read(path, "xlsx", Limits())
    assert sum(read) <= 6 * guard.PROLOG_BYTES
    assert sum(read) < 90_000  # the sheet alone inflates to more


def test_the_declared_total_is_checked_first(tmp_path: Path) -> None:
    path = hf.zip_bomb_xlsx(tmp_path / "b.xlsx", inflated_mb=12)
    error = _refusal(path, Limits(max_uncompressed_mb=10))
    assert isinstance(error, LimitError)
    assert error.params["actual"] == 12.0
    ratio = _refusal(path)  # under the size limit, but 12 MB of blanks compress far beyond 200:1
    assert ratio.params["reason_key"] == "guard.zip_ratio"


def test_truncated_and_damaged_zips(tmp_path: Path) -> None:
    whole = hf.catalog_xlsx(tmp_path / "whole.xlsx").read_bytes()
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(whole[: len(whole) // 2])
    assert _refusal(cut).code == "input.truncated"
    damaged = tmp_path / "damaged.xlsx"
    with zipfile.ZipFile(tmp_path / "whole.xlsx") as z:
        offset = z.getinfo("xl/worksheets/sheet1.xml").header_offset
    damaged.write_bytes(whole[:offset] + b"XXXX" + whole[offset + 4:])
    assert _refusal(damaged).code == "input.corrupt"


def test_a_member_without_a_name(tmp_path: Path) -> None:
    """Found by fuzzing: a damaged central directory can hold an empty file name."""
    path = hf.catalog_xlsx(tmp_path / "c.xlsx")
    with zipfile.ZipFile(path, "a") as z:
        z.writestr("~", b"<x/>")
    data = bytearray(path.read_bytes())
    entry = data.rindex(b"PK\x01\x02")  # the last central directory entry: "~"
    assert data[entry + 46:entry + 47] == b"~"
    data[entry + 28:entry + 32] = (0).to_bytes(2, "little") + (1).to_bytes(2, "little")  # name → extra
    path.write_bytes(bytes(data))
    with zipfile.ZipFile(path) as z:
        assert "" in z.namelist()
    guard.check_before_read(path, "xlsx", Limits())
    try:
        workbook = read_workbook(path)
    except InputError as exc:
        assert exc.code == "input.corrupt"
    else:
        assert workbook.sheets[0].rows[0][0] == "序号"


@pytest.mark.parametrize("method", [zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA])
def test_deflated_data_labelled_as_another_method_is_corrupt(tmp_path: Path, method: int) -> None:
    """Found by fuzzing: one flipped bit turns deflate (8) into bzip2 (12); its decoder raises OSError."""
    path = hf.write_raw_xlsx(tmp_path / "m.xlsx", hf.sheet_xml(hf.cells_xml(hf.CATALOG_ROWS)))
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as z:
        info = z.getinfo("xl/worksheets/sheet1.xml")
    data[info.header_offset + 8:info.header_offset + 10] = method.to_bytes(2, "little")
    entry = data.index(b"PK\x01\x02")  # the central directory entry of the sheet
    while data[entry + 46:entry + 46 + len(info.filename)] != info.filename.encode():
        entry = data.index(b"PK\x01\x02", entry + 4)
    data[entry + 10:entry + 12] = method.to_bytes(2, "little")
    path.write_bytes(bytes(data))
    error = _refusal(path)
    assert error.code == "input.corrupt"
    assert error.params["reason"].startswith("xl/worksheets/sheet1.xml: ")


def test_file_size_limit_is_the_readers(tmp_path: Path) -> None:
    path = hf.catalog_xlsx(tmp_path / "c.xlsx")
    error = _refusal(path, Limits(max_file_mb=0))
    assert isinstance(error, LimitError)
    assert error.params["what"] == "file_mb"


def test_guard_errors_cross_process_boundaries(tmp_path: Path) -> None:
    error = _refusal(hf.xxe_xlsx(tmp_path / "x.xlsx"))
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert copy.render("en") == error.render("en")
    assert copy.params == error.params
