"""One streaming pass over an OpenDocument spreadsheet's ``content.xml``: merges and true extent.

calamine reports no merged ranges for ods, yet a catalog's two-row header and its vertically
merged 一级事项 depend on them, so they are read here. The same pass measures how far each sheet
really reaches (``number-rows-repeated`` / ``number-columns-repeated`` on a cell that holds
something can claim millions of cells in a few bytes), so the size limits are enforced before
calamine expands anything.

calamine matches names as they are written — ``table:table-row``, ``office:value`` — not by the
namespace a prefix is bound to, so this pass does too: an .ods that binds ``office`` to another
namespace is measured as calamine will read it, not as a namespace-aware parser would. The XML is
parsed by expat without namespace processing, with entity declarations refused (the guard has
already refused a DTD in the prolog; this is the second lock).
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.parsers import expat

from disclosecheck.model import Merge

_TABLE, _ROW = "table:table", "table:table-row"
_CELL, _COVERED = "table:table-cell", "table:covered-table-cell"
_NAME = "table:name"
_ROWS_REPEATED, _COLS_REPEATED = "table:number-rows-repeated", "table:number-columns-repeated"
_COLS_SPANNED, _ROWS_SPANNED = "table:number-columns-spanned", "table:number-rows-spanned"
#: The attributes that give a cell a value in calamine (any one of them, or a string value type, or a
#: formula): a cell without them is empty to calamine, and its repeats cost nothing.
_VALUES = ("office:value", "office:string-value", "office:date-value", "office:time-value",
           "office:boolean-value")
_CHUNK = 1 << 20


class OdsScanError(ValueError):
    """content.xml is not XML the scan can read, or declares entities."""


@dataclass(slots=True)
class OdsSheet:
    """What the scan learnt of one sheet: its merges and the rows/columns its non-empty cells reach."""

    merges: list[Merge] = field(default_factory=list)
    rows: int = 0
    cols: int = 0


def scan_ods(path: Path, archive: zipfile.ZipFile | None = None) -> dict[str, OdsSheet]:
    """Every sheet of the ods file at ``path`` by name (merges 0-based, inclusive).

    ``archive`` is the file already opened by the reader, if it has one. Tables nested inside cells
    are skipped, as calamine skips them: only rows of the sheet itself are counted. A zip holding
    ``content.xml`` more than once is measured in every copy (the last one's merges are kept).
    """
    if archive is None:
        with zipfile.ZipFile(path) as opened:
            return scan_ods(path, opened)
    members = [i for i in archive.infolist() if i.filename.replace("\\", "/") == "content.xml"]
    if not members:
        raise KeyError("content.xml")
    sheets: dict[str, OdsSheet] = {}
    for info in members:
        for name, sheet in _scan_content(archive, info).items():
            known = sheets.get(name)
            if known is not None:
                sheet.rows, sheet.cols = max(sheet.rows, known.rows), max(sheet.cols, known.cols)
            sheets[name] = sheet
    return sheets


class _Scan:
    """The state of one pass: which table, row and column we are in, and what each sheet reaches."""

    def __init__(self) -> None:
        self.sheets: dict[str, OdsSheet] = {}
        self.current = OdsSheet()
        self.in_table = False
        self.skip = 0  # depth inside a cell: its content (nested tables included) is not the sheet's
        self.row = self.col = 0
        self.rows_repeated = 1

    def start(self, name: str, attrs: dict[str, str]) -> None:
        if self.skip:
            self.skip += 1
            return
        if name == _TABLE and not self.in_table:
            self.in_table = True
            self.row, self.current = 0, OdsSheet()
            self.sheets[attrs.get(_NAME, "")] = self.current
        elif not self.in_table:
            return
        elif name == _ROW:
            self.col, self.rows_repeated = 0, _int(attrs.get(_ROWS_REPEATED))
        elif name in (_CELL, _COVERED):
            self.skip = 1
            repeated = _int(attrs.get(_COLS_REPEATED))
            across, down = _int(attrs.get(_COLS_SPANNED)), _int(attrs.get(_ROWS_SPANNED))
            if name == _CELL and (across > 1 or down > 1):
                last_row, last_col = self.row + down - 1, self.col + across - 1
                self.current.merges.append(Merge(self.row, self.col, last_row, last_col))
            if _holds_value(attrs):
                self.current.rows = max(self.current.rows, self.row + self.rows_repeated)
                self.current.cols = max(self.current.cols, self.col + repeated)
            self.col += repeated

    def end(self, name: str) -> None:
        if self.skip:
            self.skip -= 1
        elif name == _ROW and self.in_table:
            self.row += self.rows_repeated
            self.rows_repeated = 1
        elif name == _TABLE:
            self.in_table = False


def _holds_value(attrs: dict[str, str]) -> bool:
    """Whether calamine gives the cell a value: a value attribute, a string type (its text), a formula."""
    return (any(key in attrs for key in _VALUES) or attrs.get("office:value-type") == "string"
            or bool(attrs.get("table:formula")))


def _scan_content(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> dict[str, OdsSheet]:
    scan = _Scan()
    parser = expat.ParserCreate()  # no namespace processing: names as written, as calamine matches them
    parser.StartElementHandler = scan.start
    parser.EndElementHandler = scan.end
    parser.EntityDeclHandler = _refuse_entities
    parser.UnparsedEntityDeclHandler = _refuse_entities
    parser.ExternalEntityRefHandler = _refuse_entities
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    try:
        with archive.open(info) as content:
            while chunk := content.read(_CHUNK):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except expat.ExpatError as exc:
        raise OdsScanError(f"content.xml: {exc}") from None
    return scan.sheets


def _refuse_entities(*_args: object) -> None:
    raise OdsScanError("content.xml declares entities")


def _int(value: str | None) -> int:
    try:
        return max(1, int(value)) if value else 1
    except ValueError:
        return 1
