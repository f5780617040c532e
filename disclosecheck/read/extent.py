"""How far each sheet of an xlsx, xlsb or xls reaches, measured before calamine loads it.

calamine allocates a dense grid from the top-left to the bottom-right cell holding a value, and
aborts the whole process (it cannot be caught) when that allocation fails. Two cells, ``A1`` and
``XFD1048576``, are enough for a 16-billion-cell request. So the cell references are scanned first
and a sheet over ``max_rows``/``max_cols`` is refused with ``input.limit`` before calamine sees it.

xlsx: the worksheet XML is streamed and searched for ``r="…"`` references; only references long
enough to possibly break a limit are looked at, which keeps the scan near the speed of inflating.
A cell or row may also come without a reference: calamine then puts a cell one column after the cell
before it and a row one below the row before it, so 16,384 bare ``<c/>`` in one row and one cell on
row 150,000 ask for 2.5 billion cells. When a part holds any such tag, its tags are walked in order,
placed as calamine places them. The number of strings a shared-string table announces, for which
calamine reserves room up front, is held to the strings it really holds.
xlsb: the BIFF12 records of each sheet part are walked as calamine walks them: a row header sets
the row, a cell record names its column.
xls: the BIFF records of the Workbook stream are walked; each cell record carries its row and
column.
"""

from __future__ import annotations

import posixpath
import re
import struct
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO

from disclosecheck.errors import InputError
from disclosecheck.read.cfb import CompoundFile
from disclosecheck.read.limits import LimitError, Limits, check_sheet_size, sheet_fits

_CHUNK = 8 << 20
_OVERLAP = 512  # longer than any reference or row tag, so none is lost between chunks
_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def check_xlsx_extent(path: Path, limits: Limits, archive: zipfile.ZipFile | None = None) -> None:
    """Refuse an xlsx/xlsm whose cell references reach past the row, column or cell limit.

    ``archive`` is the file already opened by the reader, if it has one. Sheet names only serve the
    message, so workbook.xml is parsed for them only for a sheet that is refused (finding the sheet
    parts only searches it).
    """
    _on_archive(path, archive, limits, _check_xlsx_parts)


def _on_archive(path: Path, archive: zipfile.ZipFile | None, limits: Limits,
                check: Callable[[Path, zipfile.ZipFile, Limits], None]) -> None:
    """``check`` the zip the reader already has open, else the file at ``path`` opened here."""
    if archive is None:
        with zipfile.ZipFile(path) as opened:
            check(path, opened, limits)
    else:
        check(path, archive, limits)


def _check_xlsx_parts(path: Path, archive: zipfile.ZipFile, limits: Limits) -> None:
    sheets = _sheet_keys(archive, "xml")
    for info in archive.infolist():  # every member, duplicates too: which calamine takes is not ours to guess
        key = part_key(info.filename)
        if key.endswith("sharedstrings.xml"):
            _check_string_count(path, archive, info)
        elif key in sheets:
            rows, cols = _scan_part(archive, info, _reference_pattern(limits, narrow=True))
            if rows * max(cols, 26) > limits.max_cells and cols < 26:  # columns A-Z were not looked at
                rows, cols = _scan_part(archive, info, _reference_pattern(limits, narrow=False))
            if not sheet_fits(rows, cols, limits):
                sheet = _named(_xlsx_sheet_names(archive), info.filename)
                check_sheet_size(path, sheet, rows, cols, limits)


def part_key(name: str) -> str:
    """A part's name as calamine finds it: its zip reader turns backslashes into slashes, and any case."""
    return name.replace("\\", "/").lower()


_RELATIONSHIP = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?Relationship\b([^>]*)>")
_REL_ID = re.compile(rb'\sId\s*=\s*["\']([^"\']*)["\']')
_REL_TYPE = re.compile(rb'\sType\s*=\s*["\']([^"\']*)["\']')
_REL_TARGET = re.compile(rb'\sTarget\s*=\s*["\']([^"\']*)["\']')
#: The relationship id of a ``<sheet>`` in workbook.xml, whatever prefix its namespace was given.
_SHEET_REL_ID = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?sheet\s[^>]*?\s[A-Za-z_][\w.-]*:id\s*=\s*'
                           rb'["\']([^"\']*)["\']')


def sheet_members(archive: zipfile.ZipFile, kind: str = "xml") -> list[zipfile.ZipInfo]:
    """Every member calamine may read as a worksheet of an xlsx (``kind`` "xml") or xlsb ("bin").

    Those under ``xl/worksheets/``, and wherever else a file puts one: the targets of the workbook's
    relationships that a sheet names or whose type is a worksheet. Names are compared as calamine
    finds parts (:func:`part_key`), and a name written twice yields both members.
    """
    keys = _sheet_keys(archive, kind)
    return [info for info in archive.infolist() if part_key(info.filename) in keys]


def sheet_parts(archive: zipfile.ZipFile, kind: str = "xml") -> set[str]:
    """The names of :func:`sheet_members`."""
    return {info.filename for info in sheet_members(archive, kind)}


def _sheet_keys(archive: zipfile.ZipFile, kind: str) -> set[str]:
    """The :func:`part_key` of every sheet part, found with a few searches rather than by parsing the
    XML, which would cost more than the whole scan of an ordinary sheet. Every copy of the workbook and
    its relationships is searched (a zip may hold two under names calamine does not tell apart)."""
    keys = {key for key in map(part_key, archive.namelist())
            if key.startswith("xl/worksheets/") and key.endswith(f".{kind}")}
    books = [i for i in archive.infolist() if part_key(i.filename) == f"xl/workbook.{kind}"]
    rels = [i for i in archive.infolist() if part_key(i.filename) == f"xl/_rels/workbook.{kind}.rels"]
    try:
        ids = set().union(*(_sheet_rel_ids(archive, book, kind) for book in books))
        relationships = [found for info in rels for found in _RELATIONSHIP.findall(archive.read(info))]
    except zipfile.BadZipFile:
        return keys
    for attributes in relationships:
        rel_id, rel_type, target = (m.group(1) if (m := pattern.search(attributes)) else b""
                                    for pattern in (_REL_ID, _REL_TYPE, _REL_TARGET))
        if rel_id in ids or rel_type.endswith(b"/worksheet"):
            text = target.decode("utf-8", "replace")
            part = text.lstrip("/") if text.startswith("/") else f"xl/{text}"
            keys.update(part_key(p) for p in (part, posixpath.normpath(part)))
    return keys


def _sheet_rel_ids(archive: zipfile.ZipFile, workbook: zipfile.ZipInfo, kind: str) -> set[bytes]:
    """The relationship ids the workbook's sheets are found by, from its part ``workbook``."""
    if kind == "xml":
        return set(_SHEET_REL_ID.findall(archive.read(workbook)))
    return {rel_id.encode("utf-8") for rel_id, _name in _xlsb_sheets(archive, workbook)}


#: The shared-string table calamine reads (by this name, in any case) when it opens the workbook.
_SHARED_STRINGS = "xl/sharedstrings.xml"
#: calamine reserves room for the ``uniqueCount`` strings the table announces before reading one, so
#: 4,000,000,000 in a 1 KB file aborts the process. Up to this many, a count is believed without
#: counting, and a table may announce this many more than it holds (some writers overstate a little).
_STRING_SLACK = 100_000
_SST_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?sst\b[^>]*>")
_UNIQUE_COUNT = re.compile(rb'\suniqueCount\s*=\s*["\']\s*([0-9]+)')
_HEAD = 16 * 1024


def _check_string_count(path: Path, archive: zipfile.ZipFile, part: zipfile.ZipInfo) -> None:
    """Refuse a shared-string table that announces far more strings than it holds (``<si>`` elements).

    The ``<sst>`` start tag is read whole wherever its ``uniqueCount`` stands (after a 20 KB attribute,
    say): :func:`whole_tags` never cuts a tag.
    """
    from disclosecheck.read.guard import GuardError

    announced = None
    held = 0
    with archive.open(part) as stream:
        for piece in whole_tags(stream, size=_HEAD):
            if announced is None:
                tag = _SST_TAG.search(piece)
                if tag is None:
                    continue  # still in the prolog
                found = _UNIQUE_COUNT.search(tag.group(0))
                if found is None or int(found.group(1)) <= _STRING_SLACK:
                    return
                announced = int(found.group(1))
                piece = piece[tag.end():]
            held += piece.count(b"<si") + piece.count(b":si")  # :si for a prefixed <x:si>
    if announced is not None and announced > held + _STRING_SLACK:
        raise GuardError(path, "guard.string_count", part=part.filename, count=announced, actual=held)


#: Rows that hold cells (``<row …>``, not the self-closing ``<row …/>`` of a row that is only formatted).
_ROW_TAG = re.compile(rb'<row\b[^>]*?\sr\s*=\s*["\']([0-9]+)["\'][^>]*(?<!/)>')


def _reference_pattern(limits: Limits, narrow: bool) -> re.Pattern[bytes]:
    """``r="…"`` references worth a look: all of them, or (``narrow``) those with two letters or more
    or with enough digits to pass the row limit; the rest cannot break a limit on their own.

    Written as calamine reads them: letters in any case, either quote, blanks around ``=``.
    """
    digits = len(str(limits.max_rows)) if narrow else 1
    letters = 2 if narrow else 1
    return re.compile(rb'r\s*=\s*["\'](?:([A-Za-z]{%d,})([0-9]+)|[A-Za-z]*([0-9]{%d,}))["\']'
                      % (letters, digits))


#: What sends a part to the walk that places every cell: a cell or row tag whose first attribute is not
#: ``r`` (Excel, WPS, LibreOffice and openpyxl all write it first), or a tag with a namespace prefix.
#: Three searches with a literal start each, because one with alternatives scans four times slower.
_UNUSUAL_TAGS = (re.compile(rb"<c(?=[\s/>])(?!\s+r\s*=)"), re.compile(rb"<row(?=[\s/>])(?!\s+r\s*=)"),
                 re.compile(rb":(?:c|row)[\s/>]"))
#: Cell and row start tags in document order: the tag's name and its attributes.
_CELL_OR_ROW = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?(c|row)(?=[\s/>])([^>]*)>')
_R_ATTRIBUTE = re.compile(rb'\sr\s*=\s*["\']([A-Za-z]*)([0-9]*)["\']')


def _scan_part(archive: zipfile.ZipFile, part: zipfile.ZipInfo,
               pattern: re.Pattern[bytes]) -> tuple[int, int]:
    """The rows and columns one sheet part reaches: its last row with cells, its farthest references."""
    rows = 0
    seen_letters: set[bytes] = set()
    unreferenced = False
    with archive.open(part) as stream:
        tail = b""
        while chunk := stream.read(_CHUNK):
            data = tail + chunk
            for letters, row, far_row in pattern.findall(data):
                if letters:
                    seen_letters.add(letters)
                rows = max(rows, int(row or far_row))
            numbers = _ROW_TAG.findall(data)
            if numbers:
                rows = max(rows, max(map(int, numbers)))
            unreferenced = unreferenced or any(tag.search(data) for tag in _UNUSUAL_TAGS)
            tail = data[-_OVERLAP:]
    cols = max((column_index(letters.decode("ascii").upper()) + 1 for letters in seen_letters), default=0)
    if unreferenced:
        placed_rows, placed_cols = _place_cells(archive, part)
        return max(rows, placed_rows), max(cols, placed_cols)
    return rows, cols


def whole_tags(stream: BinaryIO, head: bytes = b"", size: int = _CHUNK) -> Iterator[bytes]:
    """The bytes of an XML part in pieces that never cut a tag: a tag cut off at the end of a read
    is held back and begins the next piece. ``head`` is what was already read from ``stream``.
    """
    pending = head
    while chunk := stream.read(size):
        data = pending + chunk
        cut = data.rfind(b"<")  # a tag's attributes hold no "<", so every tag before it is whole
        if cut < 0:
            yield data
            pending = b""
        else:
            yield data[:cut]
            pending = data[cut:]
    if pending:
        yield pending


def _place_cells(archive: zipfile.ZipFile, part: zipfile.ZipInfo) -> tuple[int, int]:
    """The rows and columns a sheet part reaches with every cell placed as calamine places it.

    A row without ``r`` is the one after the row before it; a cell without ``r`` is in its row, one
    column after the cell before it (a referenced cell moves the column on, not the row). Empty
    ``<c/>`` tags count too, as a bound on what calamine may allocate.
    """
    rows = cols = 0
    row = col = -1
    with archive.open(part) as stream:
        for piece in whole_tags(stream):
            for name, attributes in _CELL_OR_ROW.findall(piece):
                ref = _R_ATTRIBUTE.search(attributes)
                letters, digits = ref.groups() if ref else (b"", b"")
                if name == b"row":
                    row = int(digits) - 1 if digits else row + 1
                    col = -1
                    continue
                col = column_index(letters.decode("ascii").upper()) if letters else col + 1
                cell_row = int(digits) - 1 if digits else max(row, 0)
                rows, cols = max(rows, cell_row + 1), max(cols, col + 1)
    return rows, cols


def _xlsx_sheet_names(archive: zipfile.ZipFile) -> dict[str, str]:
    """Worksheet part name → sheet name, from workbook.xml and its relationships (best effort)."""
    from defusedxml.ElementTree import fromstring  # only for a refused sheet's message: 5 ms to import

    try:
        book = fromstring(archive.read("xl/workbook.xml"))
        rels = fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except (KeyError, Exception):  # names are only for the message; a broken book fails in calamine
        return {}
    targets = _relationship_targets(rels)
    names = {}
    for sheet in book.iter():
        if sheet.tag.endswith("}sheet") and sheet.get(f"{_REL_NS}id") in targets:
            names[targets[sheet.get(f"{_REL_NS}id")]] = sheet.get("name", "")
    return names


def _named(names: dict[str, str], part: str) -> str:
    """The sheet name of ``part`` for a message, matched in any case as calamine finds parts."""
    lowered = {part_key(p): name for p, name in names.items()}
    return lowered.get(part_key(part), PurePosixPath(part.replace("\\", "/")).stem)


def _relationship_targets(rels: Any) -> dict[str | None, str]:
    """Relationship id → the part it points at, from a parsed ``xl/_rels/workbook.*.rels``."""
    targets = {}
    for rel in rels:
        target = rel.get("Target", "")
        part = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        targets[rel.get("Id")] = posixpath.normpath(part)
    return targets


def column_letters(index: int) -> str:
    """0-based column index → letters (0 → A, 26 → AA)."""
    letters = ""
    n = index + 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def column_index(letters: str) -> int:
    """Letters → 0-based column index (A → 0, AA → 26)."""
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


# --- xlsb ------------------------------------------------------------------------------------------------

_BRT_ROW_HDR, _BRT_BEGIN_SHEET_DATA, _BRT_END_SHEET_DATA, _BRT_BUNDLE_SH = 0, 145, 146, 156
#: Cell records that start with their column (BrtCellBlank … BrtFmlaError, BrtCellRString), and the
#: short ones that carry none and so stand one column after the cell before them.
_XLSB_CELLS = frozenset({*range(1, 12), 62})
_XLSB_SHORT_CELLS = frozenset(range(12, 19))


def check_xlsb_extent(path: Path, limits: Limits, archive: zipfile.ZipFile | None = None) -> None:
    """Refuse an xlsb whose cell records reach past the row, column or cell limit."""
    _on_archive(path, archive, limits, _check_xlsb_parts)


def _check_xlsb_parts(path: Path, archive: zipfile.ZipFile, limits: Limits) -> None:
    for info in sheet_members(archive, "bin"):
        rows, cols = _xlsb_reach(archive, info)
        if not sheet_fits(rows, cols, limits):
            sheet = _named(_xlsb_sheet_names(archive), info.filename)
            check_sheet_size(path, sheet, rows, cols, limits)


def _xlsb_reach(archive: zipfile.ZipFile, part: zipfile.ZipInfo) -> tuple[int, int]:
    """The rows and columns the cell records of one sheet part reach."""
    rows = cols = 0
    row = col = -1
    in_data = False
    with archive.open(part) as stream:
        for kind, body in _xlsb_records(stream):
            if kind == _BRT_BEGIN_SHEET_DATA:
                in_data = True
            elif kind == _BRT_END_SHEET_DATA:
                in_data = False
            elif not in_data:
                continue
            elif kind == _BRT_ROW_HDR and len(body) >= 4:
                row, col = struct.unpack_from("<I", body)[0], -1
            elif (kind in _XLSB_CELLS and len(body) >= 4) or kind in _XLSB_SHORT_CELLS:
                col = struct.unpack_from("<I", body)[0] if kind in _XLSB_CELLS else col + 1
                rows, cols = max(rows, max(row, 0) + 1), max(cols, col + 1)
    return rows, cols


def _xlsb_records(stream: BinaryIO) -> Iterator[tuple[int, bytes]]:
    """``(type, body)`` of each BIFF12 record: a 1–2 byte type and a 1–4 byte size, 7 bits a byte."""
    data, pos = b"", 0
    while True:
        header = _record_header(data, pos)
        if header is None or header[1] + header[2] > len(data):
            more = stream.read(_CHUNK)
            if not more:
                return
            data, pos = data[pos:] + more, 0
            continue
        kind, start, size = header
        yield kind, data[start:start + size]
        pos = start + size


def _record_header(data: bytes, pos: int) -> tuple[int, int, int] | None:
    """(type, body offset, body size) of the record at ``pos``, None when ``data`` ends inside its header."""
    end = len(data)
    if pos >= end:
        return None
    kind = data[pos] & 0x7F
    if data[pos] & 0x80:
        if pos + 1 >= end:
            return None
        kind |= (data[pos + 1] & 0x7F) << 7
        pos += 1
    pos += 1
    size = 0
    for shift in (0, 7, 14, 21):
        if pos >= end:
            return None
        byte = data[pos]
        pos += 1
        size |= (byte & 0x7F) << shift
        if not byte & 0x80:
            break
    return kind, pos, size


def _xlsb_sheet_names(archive: zipfile.ZipFile) -> dict[str, str]:
    """Worksheet part name → sheet name, from workbook.bin and its relationships (best effort)."""
    from defusedxml.ElementTree import fromstring

    try:
        rels = fromstring(archive.read("xl/_rels/workbook.bin.rels"))
        sheets = _xlsb_sheets(archive, "xl/workbook.bin")
    except Exception:  # names are only for the message
        return {}
    targets = _relationship_targets(rels)
    return {targets[rel_id]: name for rel_id, name in sheets if rel_id in targets}


def _xlsb_sheets(archive: zipfile.ZipFile, workbook: str | zipfile.ZipInfo) -> list[tuple[str, str]]:
    """(relationship id, sheet name) of each sheet record (BrtBundleSh) of ``workbook``."""
    sheets = []
    with archive.open(workbook) as stream:
        for kind, body in _xlsb_records(stream):
            if kind == _BRT_BUNDLE_SH:
                rel_id, offset = _wide_string(body, 8)
                sheets.append((rel_id, _wide_string(body, offset)[0]))
    return sheets


def _wide_string(body: bytes, offset: int) -> tuple[str, int]:
    """An XLWideString at ``offset`` (a 32-bit count of UTF-16 units, then the units) and where it ends."""
    if offset + 4 > len(body):
        return "", len(body)
    count = struct.unpack_from("<I", body, offset)[0]
    if count == 0xFFFFFFFF:  # a null XLNullableWideString
        return "", offset + 4
    end = min(len(body), offset + 4 + 2 * count)
    return body[offset + 4:end].decode("utf-16-le", "replace"), end


# --- xls -------------------------------------------------------------------------------------------------

_EOF, _BOUNDSHEET, _DIMENSIONS, _SST = 0x000A, 0x0085, 0x0200, 0x00FC
_BOFS = frozenset({0x0809, 0x0409, 0x0209, 0x0009})
_XLS_ROWS, _XLS_COLS = 65536, 256  # the most an .xls sheet can hold
#: Records that place one value: (row, col) are their first two 16-bit fields. BLANK records (mere
#: formatting) are left out, as calamine leaves them out of the grid.
_CELL_RECORDS = frozenset({0x0006, 0x00FD, 0x0203, 0x0204, 0x0205, 0x027E, 0x00D6, 0x0406})
#: MULRK, a run of numbers in one row: the last 16-bit field is the last column.
_RUN_RECORDS = frozenset({0x00BD})


def check_xls_extent(path: Path, fh: BinaryIO, size: int, limits: Limits) -> None:
    """Refuse an .xls whose cell records reach past the row, column or cell limit.

    Walks the records as calamine does: the workbook globals up to their EOF (string table, sheet
    list), then each sheet from the position its BOUNDSHEET record gives, up to that sheet's EOF.
    """
    ole = CompoundFile(fh, size)
    # every workbook stream, whatever its case: calamine picks one of ``Workbook``/``WORKBOOK``/``Book``
    # by rules of its own (measured: ``Workbook`` before ``Book``, ``WORKBOOK`` not always), so the file
    # is refused if any of them is over the limits
    for index in ole.streams_named("Workbook", "Book"):
        _check_xls_stream(path, ole.read_entry(index, size), limits)


def _check_xls_stream(path: Path, data: bytes, limits: Limits) -> None:
    """Refuse one BIFF workbook stream whose sheets, or all of them together, are over the limits."""
    sheets: list[tuple[str, int]] = []
    for kind, body, length in _records(data, 0):
        if kind == _SST and length >= 8:
            # calamine reserves room for this many strings up front; each takes 3 bytes at least
            if not 0 <= struct.unpack_from("<i", data, body + 4)[0] <= len(data) // 3:
                raise InputError("input.corrupt", path, reason="SST record: impossible string count")
        elif kind == _BOUNDSHEET and length >= 8:
            position = struct.unpack_from("<I", data, body)[0]
            sheets.append((_boundsheet_name(data[body + 6:body + length]), position))
    reach: dict[int, tuple[int, int]] = {}  # a workbook may list one sheet stream thousands of times
    cells = 0
    for name, position in sheets:
        if position not in reach:
            reach[position] = _xls_sheet_reach(path, data, position)
        rows, cols = reach[position]
        check_sheet_size(path, name, rows, cols, limits)
        cells += rows * cols
        if cells > limits.max_cells:  # as read_spreadsheet counts them, before calamine reads any
            raise LimitError(path, "workbook_cells", cells, limits.max_cells, sheet=name)


def _xls_sheet_reach(path: Path, data: bytes, position: int) -> tuple[int, int]:
    """The rows and columns the cell records of the sheet substream at ``position`` reach."""
    rows = cols = 0
    for kind, body, length in _records(data, position):
        if kind in _CELL_RECORDS and length >= 4:
            row, col = struct.unpack_from("<HH", data, body)
            rows, cols = max(rows, row + 1), max(cols, col + 1)
        elif kind in _RUN_RECORDS and length >= 6:
            row = struct.unpack_from("<H", data, body)[0]
            last = struct.unpack_from("<H", data, body + length - 2)[0]
            rows, cols = max(rows, row + 1), max(cols, last + 1)
        elif kind == _DIMENSIONS:
            _check_dimensions(path, data[body:body + length])
    return rows, cols


def _records(data: bytes, offset: int) -> Iterator[tuple[int, int, int]]:
    """``(type, body offset, length)`` of the records of one substream, from its BOF to its EOF."""
    end = len(data)
    first = True
    while offset + 4 <= end:
        kind, length = struct.unpack_from("<HH", data, offset)
        body = offset + 4
        if body + length > end or (first and kind not in _BOFS):
            return
        yield kind, body, length
        if kind == _EOF:
            return
        first = False
        offset = body + length


def _check_dimensions(path: Path, raw: bytes) -> None:
    """Refuse a DIMENSIONS record that calamine would turn into a giant reservation.

    calamine reserves (last - first + 1) rows x columns up front from this record, in unsigned
    arithmetic: a first row after the last one wraps around to billions of cells.
    """
    if len(raw) == 14:
        first_row, last_row, first_col, last_col = struct.unpack_from("<IIHH", raw)
    elif len(raw) == 10:
        first_row, last_row, first_col, last_col = struct.unpack_from("<HHHH", raw)
    else:
        return
    if last_row < 1 or last_col < 1:
        return
    if (first_row > last_row - 1 or first_col > last_col - 1
            or last_row > _XLS_ROWS or last_col > _XLS_COLS):
        raise InputError("input.corrupt", path, reason="DIMENSIONS record out of range")


def _boundsheet_name(raw: bytes) -> str:
    if len(raw) < 2:
        return ""
    count, flags = raw[0], raw[1]
    if flags & 1:
        return raw[2:2 + 2 * count].decode("utf-16-le", "replace")
    return raw[2:2 + count].decode("latin-1")
