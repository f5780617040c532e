"""Fuzzing the scans before calamine: reference syntax and compound-file directories, capped child off.

The capped child that reads a spreadsheet turns any miss of the scans into one clean line, which would
hide it. So these mutants are checked with the child switched off (``DISCLOSECHECK_READ_IN_PROCESS=1``),
by the real CLI in a process capped at 1 GiB: a scan that lets calamine loose aborts that process, and
the test names the mutant (re-run alone, kept under the test's tmp folder).

Mutations aim at what attacks found: cell and row references rewritten in the spellings calamine accepts
(any case, either quote, blanks around ``=``, leading zeros) and pointed far away; shared-string counts
behind long attributes; sheet parts renamed with backslashes and other cases; .xls files holding several
workbook streams in any case, and damaged compound-file headers and directory entries.

The default run is 80 mutants; ``python -m pytest -m slow tests/test_fuzz_boundary.py`` runs 2,000.
"""

from __future__ import annotations

import io
import json
import random
import re
import struct
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import hostile_files as hf
import pytest
from test_read_support import write_cfb

IN_PROCESS = {"DISCLOSECHECK_READ_IN_PROCESS": "1"}
#: What a mutant may end in: a report, or one of these (never a crash, an abort or the memory cap).
EXPECTED_CODES = ("超出安全限制", "文件已损坏或不完整", "文件不完整", "无法识别的文件格式",
                  "没有找到政务公开标准目录表格", "文件设有打开密码", "文件是空的")
FAR_COLUMNS = ["XFD", "xfd", "Xfd", "zz", "ZZ", "SU", "sv", "AAA", "ALL", "BH"]
FAR_ROWS = ["1048576", "150000", "200001", "0000150000", "99999", "65536"]
BATCH = 20


def _rows() -> list[list[str]]:
    return [*hf.CATALOG_ROWS, *hf.catalog_items(20, first=3)]


def _built(build: Callable[[Path], Path]) -> bytes:
    """The bytes of a file a builder writes (into a folder of its own, removed at once)."""
    with tempfile.TemporaryDirectory() as folder:
        return build(Path(folder) / "f").read_bytes()


def xlsx_base() -> bytes:
    return _built(lambda path: hf.write_raw_xlsx(path, hf.sheet_xml(hf.cells_xml(_rows()))))


def _spell(rng: random.Random, value: str) -> str:
    """``r="value"`` as calamine accepts it: a quote of either kind and blanks around ``=``."""
    quote = rng.choice(['"', "'"])
    blanks = ["", " ", "\t", "\n", "  "]
    return f"r{rng.choice(blanks)}={rng.choice(blanks)}{quote}{value}{quote}"


def _far_reference(rng: random.Random) -> str:
    column = rng.choice([*FAR_COLUMNS, "A", "b", "H"])
    row = rng.choice([*FAR_ROWS, "9", "30"])
    return column + row


def mutate_references(rng: random.Random, data: bytes) -> bytes:
    """Respell some references of the sheet, point one or two far away, perhaps move the sheet part."""

    def change(name: str, content: bytes) -> bytes:
        if not name.endswith("sheet1.xml"):
            return content
        text = content.decode("utf-8")
        references = list(re.finditer(r'\br="([A-Z]*)([0-9]+)"', text))
        for match in rng.sample(references, min(len(references), rng.randint(1, 6))):
            letters, digits = match.groups()
            if letters and rng.random() < 0.5:
                letters = "".join(ch.lower() if rng.random() < 0.5 else ch for ch in letters)
            value = _far_reference(rng) if rng.random() < 0.4 else letters + digits
            spelt = _spell(rng, value)
            text = text[:match.start()] + spelt + text[match.end():]
        if rng.random() < 0.3:  # a far cell in a row of its own, written the same ways
            row = rng.choice(FAR_ROWS)
            cell = _far_reference(rng)
            text = text.replace("</sheetData>", f"<row {_spell(rng, row)}><c {_spell(rng, cell)}><v>1</v></c>"
                                                "</row></sheetData>")
        return text.encode("utf-8")

    return _rezip(data, change, rename=_rename_sheet(rng) if rng.random() < 0.3 else None)


def _rename_sheet(rng: random.Random) -> Callable[[str], str]:
    spelling = rng.choice(["xl\\worksheets\\sheet1.xml", "XL/Worksheets/Sheet1.xml",
                           "xl\\WORKSHEETS\\sheet1.xml"])
    return lambda name: spelling if name == "xl/worksheets/sheet1.xml" else name


def mutate_strings(rng: random.Random, data: bytes) -> bytes:
    """A shared-string table whose ``uniqueCount`` (respelt) comes after a long attribute, or none."""
    count = rng.choice(["4000000000", "30000000", "100", "200000"])
    pad = "x" * rng.choice([0, 100, 16_000, 20_000, 70_000])
    quote = rng.choice(['"', "'"])
    attributes = f'pad="{pad}" uniqueCount{rng.choice(["", " "])}={quote}{count}{quote}'
    shared = f'{hf.XML_DECL}<sst xmlns="{hf.NS}" {attributes}><si><t>串</t></si></sst>'

    def change(name: str, content: bytes) -> bytes:
        return shared.encode("utf-8") if name == "xl/sharedStrings.xml" else content

    return _rezip(data, change)


def _rezip(data: bytes, change: Callable[[str, bytes], bytes],
           rename: Callable[[str], str] | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            name = rename(info.filename) if rename else info.filename
            dst.writestr(name, change(info.filename, src.read(info)))
    return out.getvalue()


# --- compound files -----------------------------------------------------------------------------------------

_BIFF: dict[bool, bytes] = {}


def _biff(far: bool) -> bytes:
    if far not in _BIFF:
        _BIFF[far] = hf.biff_catalog(far)
    return _BIFF[far]


def _case(rng: random.Random, name: str) -> str:
    return "".join(ch.upper() if rng.random() < 0.5 else ch.lower() for ch in name)


def xls_streams(rng: random.Random, _data: bytes) -> bytes:
    """An .xls with one to three workbook streams named in any case, one of them perhaps the far one."""
    streams: dict[str, bytes] = {}
    far = rng.randrange(3)
    for i in range(rng.randint(1, 3)):
        name = rng.choice(["Workbook", "Book"])
        if rng.random() < 0.6:
            name = _case(rng, name)
        streams.setdefault(name, _biff(i == far))
    return _built(lambda path: write_cfb(path, streams))


def mutate_directory(rng: random.Random, data: bytes) -> bytes:
    """Damage the compound-file header (FAT, DIFAT, directory, mini-FAT fields) or a directory entry."""
    raw = bytearray(data)
    big = [0, 1, 2, 109, 4096, 409_600, 0xFFFFFFFA, 0xFFFFFFFE, 0xFFFFFFFF, 2 ** 31]
    for _ in range(rng.randint(1, 3)):
        if rng.random() < 0.5:  # a header field: FAT count, first directory, mini-FAT, DIFAT
            offset = rng.choice([0x2C, 0x30, 0x3C, 0x40, 0x44, 0x48, 0x4C, 0x50])
            struct.pack_into("<I", raw, offset, rng.choice(big))
        else:  # a directory entry's kind, start or size (the directory starts at sector first_dir)
            first_dir = struct.unpack_from("<I", raw, 0x30)[0]
            if (first_dir + 2) * 512 > len(raw):
                continue
            entry = (first_dir + 1) * 512 + 128 * rng.randrange(4)
            field, fmt = rng.choice([(0x42, "<B"), (0x74, "<I"), (0x78, "<I")])
            value = rng.choice([0, 1, 2, 5, 0xFF]) if fmt == "<B" else rng.choice(big)
            struct.pack_into(fmt, raw, entry + field, value)
    return bytes(raw)


XLSX_MUTATIONS = [mutate_references, mutate_references, mutate_references, mutate_strings]


def mutants(seed: int, count: int) -> Iterator[tuple[int, str, str, bytes]]:
    """``count`` (index, mutation, suffix, bytes), from a generator seeded with ``seed``."""
    rng = random.Random(seed)
    xlsx = xlsx_base()
    for index in range(count):
        if rng.random() < 0.6:
            mutation = rng.choice(XLSX_MUTATIONS)
            yield index, mutation.__name__, ".xlsx", mutation(rng, xlsx)
        else:
            data = xls_streams(rng, b"")
            name = "xls_streams"
            if rng.random() < 0.5:
                data, name = mutate_directory(rng, data), "mutate_directory"
            yield index, name, ".xls", data


# --- running -----------------------------------------------------------------------------------------------


def check_batch(paths: list[Path], tmp_path: Path) -> tuple[int, str, list[dict]]:
    report = tmp_path / "report.json"
    report.unlink(missing_ok=True)
    result = hf.run_cli_bounded("check", *map(str, paths), "--as-of", "2026-03-01", "-f", "json", "-o",
                                str(report), env=IN_PROCESS, timeout=600)
    files = json.loads(report.read_text(encoding="utf-8"))["files"] if report.exists() else []
    return result.returncode, result.stderr, files


def assert_clean(paths: list[Path], tmp_path: Path) -> None:
    """One CLI run over the batch ends in a report and clean lines, else each mutant alone names a culprit."""
    code, stderr, files = check_batch(paths, tmp_path)
    if code in (0, 1, 2) and len({f["path"] for f in files}) == len(paths) and "Traceback" not in stderr:
        for entry in files:
            assert entry["status"] in ("ok", "error")
            error = entry["error"] or ""
            assert entry["status"] == "ok" or any(text in error for text in EXPECTED_CODES), error
        return
    for path in paths:
        code, stderr, files = check_batch([path], tmp_path)
        assert code in (0, 1, 2) and files and "Traceback" not in stderr, (
            f"{path.name} (kept): exit {code}, {stderr[-400:]}")


def run_fuzz(tmp_path: Path, seed: int, count: int) -> None:
    batch: list[Path] = []
    for index, name, suffix, data in mutants(seed, count):
        path = tmp_path / f"m{index:05d}-{name}{suffix}"
        path.write_bytes(data)
        batch.append(path)
        if len(batch) == BATCH:
            assert_clean(batch, tmp_path)
            for done in batch:
                done.unlink()
            batch = []
    if batch:
        assert_clean(batch, tmp_path)


def test_the_mutants_reach_far_and_stay_readable() -> None:
    """Most reference mutants are still zips whose sheet names a far cell; xls mutants hold streams."""
    rng = random.Random(3)
    far = 0
    for _ in range(20):
        data = mutate_references(rng, xlsx_base())
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            sheet = next(n for n in z.namelist() if n.lower().replace("\\", "/").endswith("sheet1.xml"))
            text = z.read(sheet).decode()
        far += any(column in text for column in ("XFD", "xfd", "Xfd", "zz", "ZZ", "AAA")) or "1048576" in text
    assert far >= 5
    assert xls_streams(random.Random(1), b"").startswith(b"\xd0\xcf\x11\xe0")


def test_fuzz_references_and_directories(tmp_path: Path) -> None:
    run_fuzz(tmp_path, seed=20261203, count=80)


@pytest.mark.slow
def test_fuzz_references_and_directories_2000(tmp_path: Path) -> None:
    run_fuzz(tmp_path, seed=1, count=2_000)
