"""The read stage does each piece of work once; these tests show the refusals it makes still fire."""

from __future__ import annotations

import itertools
import zipfile
from pathlib import Path

import hostile_files as hf
import pytest
from conftest import write_xlsx
from test_read_support import ods_cell, ods_row, write_ods

from disclosecheck.errors import InputError
from disclosecheck.read import guard, read_workbook
from disclosecheck.read.limits import LimitError, Limits, check_sheet_size, sheet_fits


def test_sheet_fits_agrees_with_check_sheet_size() -> None:
    """The cheap pre-test and the refusal it stands in for never disagree."""
    limits = Limits(max_rows=10, max_cols=5, max_cells=30)
    for rows, cols in itertools.product(range(13), range(8)):
        try:
            check_sheet_size(Path("x.xlsx"), "s", rows, cols, limits)
            refused = False
        except LimitError:
            refused = True
        assert sheet_fits(rows, cols, limits) is not refused, (rows, cols)


def test_a_refused_sheet_is_named_even_when_it_is_not_the_first(tmp_path: Path) -> None:
    """Sheet names are looked up only for a refused sheet, and it is still the right name."""
    small = [["公开事项", "公开内容"]]
    big = [[f"r{r}c{c}" for c in range(3)] for r in range(12)]
    path = write_xlsx(tmp_path / "two.xlsx", small, sheet="说明", extra_sheets={"目录": big})
    with pytest.raises(InputError) as exc:
        read_workbook(path, Limits(max_rows=11))
    params = exc.value.params
    assert (params["what"], params["actual"], params["sheet"]) == ("rows", 12, "目录")
    assert [g.name for g in read_workbook(path, Limits(max_rows=12)).sheets] == ["说明", "目录"]


# --- one zip, opened once: the format sniff's archive serves the guard and the extent scan ----------------


def _truncated(path: Path) -> Path:
    whole = hf.catalog_xlsx(path).read_bytes()
    path.write_bytes(whole[: len(whole) // 2])
    return path


def _damaged(path: Path) -> Path:
    whole = hf.catalog_xlsx(path).read_bytes()
    with zipfile.ZipFile(path) as z:
        offset = z.getinfo("xl/worksheets/sheet1.xml").header_offset
    path.write_bytes(whole[:offset] + b"XXXX" + whole[offset + 4:])
    return path


def _relabelled_bzip2(path: Path) -> Path:
    """Deflated sheet data labelled bzip2: the guard inflates it through zipfile, on the shared file."""
    hf.catalog_xlsx(path)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as z:
        info = z.getinfo("xl/worksheets/sheet1.xml")
    method = zipfile.ZIP_BZIP2.to_bytes(2, "little")
    data[info.header_offset + 8:info.header_offset + 10] = method
    entry = data.index(b"PK\x01\x02")
    while data[entry + 46:entry + 46 + len(info.filename)] != info.filename.encode():
        entry = data.index(b"PK\x01\x02", entry + 4)
    data[entry + 10:entry + 12] = method
    path.write_bytes(bytes(data))
    return path


def _ods_with_entities(path: Path) -> Path:
    plain = write_ods(path.with_name("plain.ods"), {"目录": [ods_row(ods_cell("公开事项"))]})
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "content.xml":
                data = data.replace(b"?>", b'?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>', 1)
            dst.writestr(info, data)
    return path


def _never_ending_prolog(path: Path) -> Path:
    before = "<!--" + "x" * 40_000 + "-->"
    return hf.write_raw_xlsx(path, hf.sheet_xml(hf.cells_xml(hf.CATALOG_ROWS), before=before))


#: (hostile file, limits, what the refusal must be): every protection of the guard, through the reader.
HOSTILE = {
    "external entity": (hf.xxe_xlsx, Limits(), ("input.corrupt", "guard.xml_entities")),
    "billion laughs": (hf.billion_laughs_xlsx, Limits(), ("input.corrupt", "guard.xml_entities")),
    "prolog that never ends": (_never_ending_prolog, Limits(), ("input.corrupt", "guard.xml_entities")),
    "entities in ods": (_ods_with_entities, Limits(), ("input.corrupt", "guard.xml_entities")),
    "declared size": (lambda p: hf.zip_bomb_xlsx(p, 12), Limits(max_uncompressed_mb=10),
                      ("input.limit", "unzipped_mb")),
    "declared ratio": (lambda p: hf.zip_bomb_xlsx(p, 12), Limits(), ("input.corrupt", "guard.zip_ratio")),
    "counted ratio": (lambda p: hf.zip_bomb_lying_xlsx(p, 12), Limits(max_uncompressed_mb=11),
                      ("input.corrupt", "guard.zip_ratio")),
    "counted size": (lambda p: hf.zip_bomb_lying_xlsx(p, 12), Limits(max_uncompressed_mb=5),
                     ("input.limit", "unzipped_mb")),
    "too many parts": (hf.too_many_parts_xlsx, Limits(), ("input.corrupt", "guard.too_many_parts")),
    "file size": (hf.catalog_xlsx, Limits(max_file_mb=0), ("input.limit", "file_mb")),
    "truncated": (_truncated, Limits(), ("input.truncated", None)),
    "damaged": (_damaged, Limits(), ("input.corrupt", None)),  # reason: bad local file header
    "relabelled bzip2": (_relabelled_bzip2, Limits(), ("input.corrupt", None)),
}


def _kind(error: InputError) -> tuple[str, str | None]:
    return error.code, error.params.get("reason_key") or error.params.get("what")


@pytest.mark.parametrize("name", list(HOSTILE))
def test_each_protection_fires_through_the_shared_archive(tmp_path: Path, name: str) -> None:
    """The reader (one archive for sniff, guard and extent) refuses what the guard alone refuses."""
    build, limits, expected = HOSTILE[name]
    path = build(tmp_path / ("h.ods" if "ods" in name else "h.xlsx"))
    with pytest.raises(InputError) as shared:
        read_workbook(path, limits)
    assert _kind(shared.value) == expected
    with pytest.raises(InputError) as alone:
        guard.check_before_read(path, "ods" if "ods" in name else "xlsx", limits)
    assert shared.value.params == alone.value.params


def test_the_guard_uses_the_shared_archive_only_for_its_own_file(tmp_path: Path) -> None:
    """Sharing is scoped: a check of another path inside it opens that path as before."""
    ok = hf.catalog_xlsx(tmp_path / "ok.xlsx")
    hostile = hf.xxe_xlsx(tmp_path / "xxe.xlsx")
    with ok.open("rb") as fh, zipfile.ZipFile(fh) as archive, guard.sharing(ok, fh, archive):
        guard.check_before_read(ok, "xlsx", Limits())
        with pytest.raises(InputError) as exc:
            guard.check_before_read(hostile, "xlsx", Limits())
    assert exc.value.params["reason_key"] == "guard.xml_entities"


def test_an_xlsx_central_directory_is_parsed_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Sniff, guard and extent scan share one parse of the zip listing (calamine reads its own)."""
    monkeypatch.setenv("DISCLOSECHECK_READ_IN_PROCESS", "1")  # counted in this process, not a child
    parsed = []
    real = zipfile.ZipFile._RealGetContents

    def counting(self: zipfile.ZipFile) -> None:
        parsed.append(self.filename)
        real(self)

    monkeypatch.setattr(zipfile.ZipFile, "_RealGetContents", counting)
    path = hf.catalog_xlsx(tmp_path / "c.xlsx")
    assert read_workbook(path).sheets[0].rows[0][0] == hf.CATALOG_ROWS[0][0]
    assert len(parsed) == 1
    ods = write_ods(tmp_path / "c.ods", {"目录": [ods_row(ods_cell("公开事项"))]})
    parsed.clear()
    assert read_workbook(ods).sheets[0].rows == [["公开事项"]]
    assert len(parsed) == 1
