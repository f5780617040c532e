"""Hostile and broken inputs, built in code at test time (nothing large is committed).

Each builder writes one file and returns its path. Big payloads are streamed through the zip writer
in chunks, so a zip bomb that inflates to hundreds of MB costs the test only a few hundred KB of
memory and disk. :func:`run_cli_bounded` runs the real CLI in a child process with a memory cap and
a time limit, so a file that would hang or exhaust memory fails its test instead of the machine.
"""

from __future__ import annotations

import os
import resource
import struct
import subprocess
import sys
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from guards import HANG_GUARD_S

MEMORY_CAP = 1024 ** 3  # 1 GiB of address space for the child process
TIME_LIMIT = HANG_GUARD_S  # a hang fails the test; a slow machine never does (see conftest.HANG_GUARD_S)

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

CONTENT_TYPES = (
    XML_DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    "</Types>"
)
ROOT_RELS = (
    XML_DECL + f'<Relationships xmlns="{PKG_REL_NS}"><Relationship Id="rId1" '
    f'Type="{REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
WORKBOOK = (
    XML_DECL + f'<workbook xmlns="{NS}" xmlns:r="{REL_NS}"><sheets>'
    '<sheet name="目录" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    XML_DECL + f'<Relationships xmlns="{PKG_REL_NS}">'
    f'<Relationship Id="rId1" Type="{REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{REL_NS}/sharedStrings" Target="sharedStrings.xml"/>'
    "</Relationships>"
)

#: A small catalog (two-row header, two items) as rows of inline strings.
CATALOG_ROWS: list[list[str]] = [
    ["序号", "公开事项", "", "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体"],
    ["", "一级事项", "二级事项", "", "", "", "", ""],
    ["1", "行政处罚", "处罚决定", "处罚决定书", "《行政处罚法》", "作出决定之日起7个工作日内", "县城管局",
     "政府网站"],
    ["2", "行政许可", "许可结果", "许可决定", "《行政许可法》", "作出决定之日起20个工作日内", "县城管局",
     "政府网站"],
]


def column_letters(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA …"""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def cells_xml(rows: Sequence[Sequence[str]], first_row: int = 1) -> str:
    """``<row>`` elements of inline-string cells (empty strings are left out)."""
    out = []
    for r, row in enumerate(rows, start=first_row):
        cells = "".join(
            f'<c r="{column_letters(c)}{r}" t="inlineStr"><is><t>{_escape(v)}</t></is></c>'
            for c, v in enumerate(row) if v != ""
        )
        out.append(f'<row r="{r}">{cells}</row>')
    return "".join(out)


def sheet_xml(body: str, before: str = "", dimension: str | None = None) -> str:
    """A worksheet part: ``before`` goes between the XML declaration and the root (a DOCTYPE, say)."""
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return f'{XML_DECL}{before}<worksheet xmlns="{NS}">{dim}<sheetData>{body}</sheetData></worksheet>'


def shared_strings_xml(strings: Iterable[str] = (), before: str = "") -> str:
    items = "".join(f"<si><t>{s}</t></si>" for s in strings)
    return f'{XML_DECL}{before}<sst xmlns="{NS}">{items}</sst>'


def write_raw_xlsx(path: Path, sheet: str | bytes | Iterable[bytes], shared: str | None = None,
                   extra: dict[str, str | bytes] | None = None, level: int = 6, *,
                   sheet_part: str = "xl/worksheets/sheet1.xml", workbook: str = WORKBOOK,
                   workbook_rels: str = WORKBOOK_RELS) -> Path:
    """An xlsx written part by part; ``sheet`` may be an iterable of byte chunks, streamed.

    ``sheet_part`` is where the sheet is stored (the content types name it there); the default
    ``workbook_rels`` points at the standard place, so a sheet stored elsewhere needs its own.
    """
    content_types = CONTENT_TYPES.replace("/xl/worksheets/sheet1.xml", "/" + sheet_part)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as z:
        z.writestr("[Content_Types].xml", content_types)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("xl/workbook.xml", workbook)
        z.writestr("xl/_rels/workbook.xml.rels", workbook_rels)
        z.writestr("xl/sharedStrings.xml", shared if shared is not None else shared_strings_xml())
        if isinstance(sheet, str | bytes):
            z.writestr(sheet_part, sheet)
        else:
            with z.open(sheet_part, "w", force_zip64=True) as part:
                for chunk in sheet:
                    part.write(chunk)
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return path


def catalog_xlsx(path: Path) -> Path:
    """A small valid catalog built part by part (the base the hostile variants change)."""
    return write_raw_xlsx(path, sheet_xml(cells_xml(CATALOG_ROWS)))


# --- hostile spreadsheets ----------------------------------------------------------------------------


def xxe_xlsx(path: Path) -> Path:
    """The sheet XML declares an external entity pointing at /etc/passwd and uses it in a cell."""
    doctype = '<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    body = cells_xml(CATALOG_ROWS) + '<row r="9"><c r="A9" t="inlineStr"><is><t>&xxe;</t></is></c></row>'
    return write_raw_xlsx(path, sheet_xml(body, before=doctype))


def billion_laughs_xlsx(path: Path) -> Path:
    """sharedStrings.xml with the classic ten-level entity expansion (10⁹ "lol"s) used by a cell."""
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    ]
    doctype = f"<!DOCTYPE sst [{''.join(entities)}]>"
    shared = shared_strings_xml(["&lol9;"], before=doctype)
    body = cells_xml(CATALOG_ROWS) + '<row r="9"><c r="A9" t="s"><v>0</v></c></row>'
    return write_raw_xlsx(path, sheet_xml(body), shared=shared)


def _padding(total: int, chunk: bytes) -> Iterable[bytes]:
    sent = 0
    while sent < total:
        piece = chunk[: total - sent]
        sent += len(piece)
        yield piece


def zip_bomb_xlsx(path: Path, inflated_mb: int) -> Path:
    """A valid-looking sheet whose XML is padded with ``inflated_mb`` MB of spaces between rows."""
    head = sheet_xml(cells_xml(CATALOG_ROWS)).split("</sheetData>")[0].encode()
    tail = b"</sheetData></worksheet>"

    def chunks() -> Iterable[bytes]:
        yield head
        yield from _padding(inflated_mb * 1024 * 1024, b" " * (1024 * 1024))
        yield tail

    return write_raw_xlsx(path, chunks(), level=9)


def zip_bomb_lying_xlsx(path: Path, inflated_mb: int) -> Path:
    """A zip bomb whose headers claim the sheet is only 1 KB: only counting real bytes catches it."""
    head = sheet_xml(cells_xml(CATALOG_ROWS)).split("</sheetData>")[0].encode()
    tail = b"</sheetData></worksheet>"
    payload_size = inflated_mb * 1024 * 1024
    import zlib

    deflater = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    crc = 0
    compressed = bytearray()
    for piece in (head, *_padding(payload_size, b" " * (1024 * 1024)), tail):
        crc = zlib.crc32(piece, crc)
        compressed += deflater.compress(piece)
    compressed += deflater.flush()
    # Build the real zip with a small placeholder, then splice in the huge stream with honest CRC
    # and compressed size but a lying uncompressed size.
    write_raw_xlsx(path, b"placeholder")
    data = path.read_bytes()
    return _replace_member(path, data, "xl/worksheets/sheet1.xml", bytes(compressed), crc, declared=1024)


def _replace_member(path: Path, data: bytes, member: str, compressed: bytes, crc: int, declared: int) -> Path:
    """Rebuild the zip with ``member``'s deflate stream replaced (sizes and offsets recomputed)."""
    out = bytearray()
    central = bytearray()
    count = 0
    with zipfile.ZipFile(path) as z:
        infos = z.infolist()
        for info in infos:
            local = data[info.header_offset:info.header_offset + 30]
            n, m = struct.unpack_from("<HH", local, 26)
            start = info.header_offset + 30 + n + m
            body = compressed if info.filename == member else data[start:start + info.compress_size]
            this_crc = crc if info.filename == member else info.CRC
            size = declared if info.filename == member else info.file_size
            name = info.filename.encode()
            offset = len(out)
            out += struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, 0, 0, this_crc, len(body), size,
                               len(name), 0) + name + body
            central += struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, 8, 0, 0, this_crc, len(body),
                                   size, len(name), 0, 0, 0, 0, 0, offset) + name
            count += 1
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, count, count, len(central), len(out), 0)
    path.write_bytes(bytes(out + central + end))
    return path


def enormous_sheet_xlsx(path: Path) -> Path:
    """A sheet that declares every cell Excel allows and has a cell at row 1,000,000 and at XFD."""
    body = (cells_xml(CATALOG_ROWS) + '<row r="1000000"><c r="A1000000" t="inlineStr"><is><t>尾</t></is></c>'
            '<c r="XFD1000000" t="inlineStr"><is><t>末</t></is></c></row>')
    return write_raw_xlsx(path, sheet_xml(body, dimension="A1:XFD1048576"))


def million_rows_xlsx(path: Path, rows: int = 1_000_000) -> Path:
    """A sheet with ``rows`` real rows, streamed (compresses to a few MB)."""
    head = sheet_xml(cells_xml(CATALOG_ROWS)).split("</sheetData>")[0].encode()

    def chunks() -> Iterable[bytes]:
        yield head
        batch = []
        for r in range(len(CATALOG_ROWS) + 1, rows + 1):
            batch.append(f'<row r="{r}"><c r="A{r}"><v>{r}</v></c></row>')
            if len(batch) == 10_000:
                yield "".join(batch).encode()
                batch = []
        yield "".join(batch).encode()
        yield b"</sheetData></worksheet>"

    return write_raw_xlsx(path, chunks(), level=1)


def wide_sheet_xlsx(path: Path, columns: int = 16_000) -> Path:
    """A header row 16,000 columns wide."""
    row = [f"列{c}" for c in range(columns)]
    return write_raw_xlsx(path, sheet_xml(cells_xml([row, *CATALOG_ROWS[2:]])))


def unreferenced_cells_xlsx(path: Path, columns: int = 16_384, far_row: int = 150_000) -> Path:
    """6 KB that ask calamine for 2.5 billion cells: a row of bare ``<c/>`` (no ``r``, so each one a
    column further) and one cell on row ``far_row``, below the row limit and named by a short reference."""
    body = (cells_xml(CATALOG_ROWS) + f'<row r="{len(CATALOG_ROWS) + 1}">' + "<c/>" * columns + "</row>"
            f'<row r="{far_row}"><c r="B{far_row}" t="inlineStr"><is><t>尾</t></is></c></row>')
    return write_raw_xlsx(path, sheet_xml(body))


# --- xlsb: BIFF12 records written by hand (nothing on PyPI writes xlsb) -----------------------------------


def _xlsb_record(kind: int, body: bytes = b"") -> bytes:
    """One BIFF12 record: its type in 1–2 bytes and its size in 1–4, 7 bits a byte."""
    head = bytearray([kind] if kind < 0x80 else [(kind & 0x7F) | 0x80, kind >> 7])
    size = len(body)
    while True:
        head.append((size & 0x7F) | (0x80 if size >> 7 else 0))
        size >>= 7
        if not size:
            return bytes(head) + body


def _xlsb_wide(text: str) -> bytes:
    return struct.pack("<I", len(text)) + text.encode("utf-16-le")


def write_xlsb(path: Path, cells: Iterable[tuple[int, int, str | float]], sheet: str = "目录") -> Path:
    """An xlsb of one sheet holding ``cells`` (0-based row, column, value), rows in order."""
    book = (_xlsb_record(131) + _xlsb_record(143)  # BrtBeginBook, BrtBeginBundleShs
            + _xlsb_record(156, struct.pack("<II", 0, 1) + _xlsb_wide("rId1") + _xlsb_wide(sheet))
            + _xlsb_record(144) + _xlsb_record(132))
    data = bytearray()
    row = None
    for r, c, value in cells:
        if r != row:
            data += _xlsb_record(0, struct.pack("<IIHHBI", r, 0, 0x12C, 0, 0, 0))  # BrtRowHdr
            row = r
        cell = struct.pack("<II", c, 0)  # column, style and flags
        data += (_xlsb_record(6, cell + _xlsb_wide(value)) if isinstance(value, str)  # BrtCellSt
                 else _xlsb_record(5, cell + struct.pack("<d", value)))  # BrtCellReal
    dimension = _xlsb_record(148, struct.pack("<IIII", 0, 0, 0, 0))  # BrtWsDim (calamine wants one)
    sheet_part = (_xlsb_record(129) + dimension + _xlsb_record(145) + bytes(data) + _xlsb_record(146)
                  + _xlsb_record(130))
    types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
             'package/2006/content-types"><Default Extension="bin" ContentType="application/'
             'vnd.ms-excel.sheet.binary.macroEnabled.main"/><Default Extension="rels" '
             'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Override PartName="/xl/worksheets/sheet1.bin" '
             'ContentType="application/vnd.ms-excel.worksheet"/></Types>')
    book_rels = (XML_DECL + f'<Relationships xmlns="{PKG_REL_NS}"><Relationship Id="rId1" '
                 f'Type="{REL_NS}/worksheet" Target="worksheets/sheet1.bin"/></Relationships>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", types)
        z.writestr("_rels/.rels", ROOT_RELS.replace("workbook.xml", "workbook.bin"))
        z.writestr("xl/workbook.bin", book)
        z.writestr("xl/_rels/workbook.bin.rels", book_rels)
        z.writestr("xl/worksheets/sheet1.bin", sheet_part)
    return path


def catalog_cells() -> list[tuple[int, int, str]]:
    return [(r, c, v) for r, row in enumerate(CATALOG_ROWS) for c, v in enumerate(row) if v != ""]


def far_cell_xlsb(path: Path) -> Path:
    """A small xlsb catalog plus one cell at row 150,000, column XFD: 2.5 billion cells for calamine."""
    return write_xlsb(path, [*catalog_cells(), (149_999, 16_383, 1.0)])


def moved_far_sheet_xlsx(path: Path, target: str, part: str) -> Path:
    """A catalog with a cell at XFD150000 in a sheet part outside xl/worksheets/, where the
    workbook's relationship ``target`` points (calamine follows it there)."""
    body = cells_xml(CATALOG_ROWS) + '<row r="150000"><c r="XFD150000"><v>1</v></c></row>'
    return write_raw_xlsx(path, sheet_xml(body), sheet_part=part,
                          workbook_rels=WORKBOOK_RELS.replace("worksheets/sheet1.xml", target))


def repeated_merges_xlsx(path: Path, times: int = 2_000) -> Path:
    """2 KB: a catalog reaching row 200,000 and the same merge B3:B200000 written ``times`` times."""
    body = cells_xml(CATALOG_ROWS) + '<row r="200000"><c r="A200000"><v>1</v></c></row>'
    merges = f'<mergeCells count="{times}">' + '<mergeCell ref="B3:B200000"/>' * times + "</mergeCells>"
    return write_raw_xlsx(path, sheet_xml(body).replace("</sheetData>", "</sheetData>" + merges))


def one_sheet_listed_many_times_xlsx(path: Path, times: int = 100, rows: int = 2_000) -> Path:
    """A workbook listing its one sheet part (``rows`` items) ``times`` times: calamine reads each."""
    sheets = "".join(f'<sheet name="目录{i}" sheetId="{i}" r:id="rId1"/>' for i in range(1, times + 1))
    return write_raw_xlsx(path, sheet_xml(cells_xml([*CATALOG_ROWS, *catalog_items(rows, first=3)])),
                          workbook=WORKBOOK.replace('<sheet name="目录" sheetId="1" r:id="rId1"/>', sheets))


def catalog_items(count: int, first: int = 1) -> list[list[str]]:
    """``count`` plain item rows numbered from ``first``, in the layout of CATALOG_ROWS."""
    return [[str(i), "行政处罚", f"事项{i}", "内容", "《行政处罚法》", "7个工作日", "县城管局", "政府网站"]
            for i in range(first, first + count)]


def xls_listing_one_sheet(path: Path, times: int, rows: int = 2_000) -> Path:
    """An .xls (written by xlwt) whose workbook globals list its one sheet stream ``times`` times.

    The BOUNDSHEET record is repeated and every copy's stream offset moved by the bytes added.
    """
    import xlwt
    from test_read_support import write_cfb

    from disclosecheck.read.cfb import CompoundFile

    book = xlwt.Workbook()
    sheet = book.add_sheet("目录")
    for r, row in enumerate([CATALOG_ROWS[0], *catalog_items(rows)]):
        for c, value in enumerate(row):
            if value:
                sheet.write(r, c, value)
    plain = path.with_suffix(".plain.xls")
    book.save(plain)
    with plain.open("rb") as fh:
        ole = CompoundFile(fh, plain.stat().st_size)
        stream = ole.read_head(next(n for n in ole.names if n.lower() == "workbook"), plain.stat().st_size)
    plain.unlink()
    pos = 0
    while True:  # to the first BOUNDSHEET (0x0085) of the globals
        kind, length = struct.unpack_from("<HH", stream, pos)
        if kind == 0x0085:
            break
        pos += 4 + length
    record = stream[pos:pos + 4 + length]
    moved = struct.unpack_from("<I", record, 4)[0] + len(record) * (times - 1)
    copies = (record[:4] + struct.pack("<I", moved) + record[8:]) * times
    return write_cfb(path, {"Workbook": stream[:pos] + copies + stream[pos + len(record):]})


def whole_sheet_merge_xlsx(path: Path) -> Path:
    """A small catalog under one merged range as large as a sheet can be (17 billion cells)."""
    merge = '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'
    sheet = sheet_xml(cells_xml(CATALOG_ROWS)).replace("</sheetData>", "</sheetData>" + merge)
    return write_raw_xlsx(path, sheet)


def announced_strings_xlsx(path: Path, announced: int, held: int = 1) -> Path:
    """A catalog whose shared-string table announces ``announced`` strings and holds ``held``."""
    strings = "".join(f"<si><t>串{i}</t></si>" for i in range(held))
    shared = f'{XML_DECL}<sst xmlns="{NS}" count="{held}" uniqueCount="{announced}">{strings}</sst>'
    return write_raw_xlsx(path, sheet_xml(cells_xml(CATALOG_ROWS)), shared=shared)


#: Sheet data whose rows and cells leave out ``r`` in the ways calamine fills in: (body, rows, columns)
#: with the extent calamine gives the sheet (a row after the row before, a cell after the cell before).
UNREFERENCED_LAYOUTS: dict[str, tuple[str, int, int]] = {
    "row after a numbered row": ('<row r="5"><c r="A5"><v>1</v></c></row><row><c><v>2</v></c></row>', 6, 1),
    "cells after a referenced cell": ('<row r="1"><c r="C1"><v>1</v></c><c><v>2</v></c><c><v>3</v></c></row>',
                                      1, 5),
    "bare cells in a numbered row": ('<row r="5"><c><v>1</v></c><c><v>2</v></c></row>', 5, 2),
    "nothing numbered": ("<row><c><v>1</v></c></row><row><c><v>2</v></c><c><v>3</v></c></row>", 2, 2),
    "a reference moves the column, not the row": (
        '<row r="2"><c r="B2"><v>1</v></c></row><row><c r="A7"><v>2</v></c><c><v>3</v></c></row>'
        "<row><c><v>4</v></c></row>", 7, 2),
    "r after other attributes": ('<row r="1"><c t="n" r="C1"><v>1</v></c><c><v>2</v></c></row>', 1, 4),
    "empty bare cells still step": ('<row r="1"><c/><c/><c/><c><v>1</v></c></row>', 1, 4),
    "prefixed tags": (f'<x:row xmlns:x="{NS}"><x:c><v>1</v></x:c><x:c><v>2</v></x:c></x:row>', 1, 2),
}


def long_cell_xlsx(path: Path, length: int = 100_000) -> Path:
    """A catalog whose 公开内容 cell holds ``length`` characters."""
    rows = [list(r) for r in CATALOG_ROWS]
    rows[2][3] = "长" * length
    return write_raw_xlsx(path, sheet_xml(cells_xml(rows)))


def too_many_parts_xlsx(path: Path, parts: int = 10_001) -> Path:
    """A catalog with more than 10,000 tiny extra members in the zip."""
    catalog_xlsx(path)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_STORED) as z:
        for i in range(parts):
            z.writestr(f"xl/media/x{i}.bin", b"")
    return path


# --- hostile text files --------------------------------------------------------------------------------


def nested_html(path: Path, depth: int = 100_000, tag: str = "div") -> Path:
    """An HTML page ``depth`` elements deep with a catalog table at the bottom."""
    table = "<table>" + "".join(
        "<tr>" + "".join(f"<td>{_escape(v)}</td>" for v in row) + "</tr>" for row in CATALOG_ROWS
    ) + "</table>"
    if tag == "table":
        opening, closing = "<table><tr><td>" * depth, "</td></tr></table>" * depth
    else:
        opening, closing = f"<{tag}>" * depth, f"</{tag}>" * depth
    path.write_text(f"<html><body>{opening}{table}{closing}</body></html>", encoding="utf-8")
    return path


def csv_lines(rows: Sequence[Sequence[str]] = CATALOG_ROWS) -> list[str]:
    return [",".join(row) for row in rows]


def csv_with_nul(path: Path) -> Path:
    """A catalog CSV with NUL bytes inside and between cells."""
    text = "\r\n".join(csv_lines()) + "\r\n"
    data = text.encode("utf-8").replace("处罚决定书".encode(), "处罚\x00决定书".encode()) + b"\x00\x00\x00"
    path.write_bytes(data)
    return path


def csv_mixed_encodings(path: Path) -> Path:
    """Header rows in UTF-8, data rows in GBK (two exports pasted together)."""
    lines = csv_lines()
    data = ("\r\n".join(lines[:2]) + "\r\n").encode("utf-8") + ("\r\n".join(lines[2:]) + "\r\n").encode("gbk")
    path.write_bytes(data)
    return path


# --- running the real CLI with bounds ------------------------------------------------------------------


def _cap_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def run_cli_bounded(*args: str, timeout: float = TIME_LIMIT, cwd: Path | None = None,
                    env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``disclosecheck ARGS`` in a child capped at 1 GiB of memory; TimeoutExpired if it runs too long."""
    child_env = {**os.environ, "PYTHONIOENCODING": "utf-8", "COLUMNS": "200", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "disclosecheck", *args],
        capture_output=True, text=True, timeout=timeout, preexec_fn=_cap_memory, cwd=cwd, env=child_env,
        check=False,
    )


def sparse_far_cell_xlsx(path: Path, row: int = 150_000, column: str = "BH") -> Path:
    """A catalog and one cell at ``column`` ``row``: within every row, column and cell limit (60 × 150,000 is
    9 million cells), yet calamine allocates the whole rectangle, about 300 MB, to read it."""
    body = far_row(row, column)
    return write_raw_xlsx(path, sheet_xml(cells_xml(CATALOG_ROWS) + body))


def far_row(row: int, reference: str) -> str:
    """One row ``row`` holding a number in the cell named ``reference`` + ``row`` (the reference as given)."""
    return f'<row r="{row}"><c r="{reference}{row}"><v>1</v></c></row>'


def sparse_fat_claim_xls(path: Path, fat_sectors: int = 409_600, size_mb: int = 200) -> Path:
    """An .xls whose header claims ``fat_sectors`` FAT sectors, stretched to ``size_mb`` MB by a hole: a few
    KB on disk. Its DIFAT names sector 0 again and again (the header's 109 entries, then a DIFAT sector that
    lists it 127 times and chains to itself), so a reader that believes the header loads 52 million FAT
    entries (found by an attack: 2 GB, then an abort)."""
    from test_read_support import write_cfb

    write_cfb(path, {"Workbook": b"\x09\x08" + b"\x00" * 14})
    loop = 100  # a sector inside the hole
    difat_sectors = -(-(fat_sectors - 109) // 127)
    with path.open("r+b") as fh:
        fh.seek(0x2C)
        fh.write(struct.pack("<I", fat_sectors))
        fh.seek(0x44)
        fh.write(struct.pack("<II", loop, difat_sectors))
        fh.write(struct.pack("<109I", *([0] * 109)))
        fh.seek((loop + 1) * 512)
        fh.write(struct.pack("<128I", *([0] * 127), loop))
        fh.truncate(size_mb * 1024 * 1024)
    return path


# --- references written the ways calamine also reads them (found by attacks; each aborted the process) ----


#: Sheet rows that reach row 1,048,576 or column XFD (or ZZ) in spellings calamine accepts: letters in any
#: case, either quote, blanks around ``=``.
FAR_REFERENCES: dict[str, str] = {
    "lowercase": '<row r="1048576"><c r="xfd1048576"><v>1</v></c></row>',
    "mixed case": '<row r="150000"><c r="Xfd150000"><v>1</v></c></row>',
    "single quotes": "<row r='1048576'><c r='XFD1048576'><v>1</v></c></row>",
    "blanks around =": '<row r = "1048576"><c r = "XFD1048576"><v>1</v></c></row>',
    "tab and newline around =": '<row r\t=\n"150000"><c r\n=\t"XFD150000"><v>1</v></c></row>',
    "lowercase column only": '<row r="9"><c r="A9"><v>1</v></c><c r="zz99999"><v>1</v></c></row>',
    "leading zeros": '<row r="9"><c r="XFD000150000"><v>1</v></c></row>',
}


def far_reference_xlsx(path: Path, row: str) -> Path:
    """A catalog and one ``row`` (from :data:`FAR_REFERENCES`)."""
    return write_raw_xlsx(path, sheet_xml(cells_xml(CATALOG_ROWS) + row))


def strings_after_long_attribute_xlsx(path: Path, padding: int = 20_000) -> Path:
    """A shared-string table announcing 4,000,000,000 strings in an attribute after a 20 KB one."""
    shared = (f'{XML_DECL}<sst xmlns="{NS}" pad="{"x" * padding}" uniqueCount="4000000000">'
              "<si><t>串</t></si></sst>")
    return write_raw_xlsx(path, sheet_xml(cells_xml(CATALOG_ROWS)), shared=shared)


def backslash_part_xlsx(path: Path, part: str = "xl\\worksheets\\sheet1.xml",
                        target: str = "worksheets/sheet1.xml") -> Path:
    """A catalog whose sheet, reaching XFD150000, is stored under a name with backslashes (calamine's zip
    reader turns them into slashes and finds it)."""
    body = cells_xml(CATALOG_ROWS) + far_row(150_000, "XFD")
    return write_raw_xlsx(path, sheet_xml(body), sheet_part=part,
                          workbook_rels=WORKBOOK_RELS.replace("worksheets/sheet1.xml", target))


def lowercase_merge_xlsx(path: Path) -> Path:
    """A small catalog under one lowercase merged range as large as a sheet can be (openpyxl reads it)."""
    merge = '<mergeCells count="1"><mergeCell ref="o1:xfd1048576"/></mergeCells>'
    sheet = sheet_xml(cells_xml(CATALOG_ROWS)).replace("</sheetData>", "</sheetData>" + merge)
    return write_raw_xlsx(path, sheet)


def biff_catalog(far: bool) -> bytes:
    """The workbook stream of an .xls catalog (xlwt), with a cell at the last row and column when ``far``."""
    import xlwt

    book = xlwt.Workbook()
    sheet = book.add_sheet("目录")
    for r, row in enumerate(CATALOG_ROWS):
        for c, value in enumerate(row):
            if value:
                sheet.write(r, c, value)
    if far:
        sheet.write(65_535, 255, 1)  # 16.7 million cells, 500 MB for calamine
    return book.get_biff_data()


def two_workbook_streams_xls(path: Path, streams: dict[str, bool]) -> Path:
    """An .xls holding several workbook streams by name (``Workbook``, ``WORKBOOK``, ``Book`` …); True marks
    the one with the far cell. calamine picks one of them by rules of its own."""
    from test_read_support import write_cfb

    return write_cfb(path, {name: biff_catalog(far) for name, far in streams.items()})


def rebound_prefix_ods(path: Path, rows: int = 150_000, columns: int = 660) -> Path:
    """An .ods whose ``office`` prefix is bound to another namespace, with one row repeated ``rows`` times
    holding a value repeated ``columns`` times: calamine matches ``office:value`` literally and expands
    it to 99 million cells; a namespace-aware scan sees no value at all."""
    import test_read_support as support

    header = [support.ods_row(*(support.ods_cell(v) for v in row)) for row in CATALOG_ROWS]
    bomb = (f'<table:table-row table:number-rows-repeated="{rows}"><table:table-cell '
            f'table:number-columns-repeated="{columns}" office:value-type="float" office:value="1"/>'
            "</table:table-row>")
    real = support._ODS_NS
    support._ODS_NS = real.replace('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
                                   'xmlns:office="urn:example:not-office"')
    try:
        return support.write_ods(path, {"目录": [*header, bomb]})
    finally:
        support._ODS_NS = real


def many_styles_xlsx(path: Path, records: int = 2_900_000) -> Path:
    """A catalog whose styles part holds ``records`` distinct cell formats (issue 19.5: 2.9 million)."""

    def styles() -> Iterable[bytes]:
        yield (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
               b'<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
               b'<fonts count="1"><font><sz val="11"/></font></fonts>'
               b'<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
               b'<borders count="1"><border/></borders>'
               + f'<cellXfs count="{records}">'.encode())
        xf = (b'<xf numFmtId="%d" fontId="0" fillId="0" borderId="0" xfId="0">'
              b'<alignment indent="%d" textRotation="%d"/></xf>')  # distinct: openpyxl keeps every one
        for start in range(0, records, 10_000):
            yield b"".join(xf % (i // 46_336 % 50, i % 256, i // 256 % 181)
                           for i in range(start, min(start + 10_000, records)))
        yield b"</cellXfs></styleSheet>"

    write_raw_xlsx(path, sheet_xml(cells_xml(CATALOG_ROWS)))
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED, compresslevel=9) as z, \
            z.open("xl/styles.xml", "w", force_zip64=True) as part:
        for chunk in styles():
            part.write(chunk)
    return path


def storage_marked_workbook_xls(path: Path) -> Path:
    """An .xls with a small ``Book`` stream and a far-reaching ``Workbook`` whose directory entry says it is a
    storage, not a stream: calamine reads it all the same (found by fuzzing)."""
    from test_read_support import write_cfb

    write_cfb(path, {"Book": biff_catalog(False), "Workbook": biff_catalog(True)})
    data = bytearray(path.read_bytes())
    first_dir = struct.unpack_from("<I", data, 0x30)[0]
    entry = (first_dir + 1) * 512 + 2 * 128  # Root Entry, Book, Workbook
    assert data[entry:entry + 16].decode("utf-16-le") == "Workbook"
    data[entry + 0x42] = 5
    path.write_bytes(bytes(data))
    return path
