"""One streaming pass over an OpenDocument spreadsheet's ``content.xml``: merges and true extent.

calamine reports no merged ranges for ods, yet a catalog's two-row header and its vertically
merged 一级事项 depend on them, so they are read here. The same pass measures how far each sheet
really reaches (``number-rows-repeated`` / ``number-columns-repeated`` on a cell that holds
something can claim millions of cells in a few bytes), so the size limits are enforced before
calamine expands anything.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from defusedxml.ElementTree import iterparse

from disclosecheck.model import Merge

_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_T_TABLE, _T_ROW = f"{_TABLE}table", f"{_TABLE}table-row"
_T_CELL, _T_COVERED = f"{_TABLE}table-cell", f"{_TABLE}covered-table-cell"
_NAME = f"{_TABLE}name"
_ROWS_REPEATED, _COLS_REPEATED = f"{_TABLE}number-rows-repeated", f"{_TABLE}number-columns-repeated"
_COLS_SPANNED, _ROWS_SPANNED = f"{_TABLE}number-columns-spanned", f"{_TABLE}number-rows-spanned"
_VALUE_TYPE = f"{_OFFICE}value-type"


@dataclass(slots=True)
class OdsSheet:
    """What the scan learnt of one sheet: its merges and the rows/columns its non-empty cells reach."""

    merges: list[Merge] = field(default_factory=list)
    rows: int = 0
    cols: int = 0


def scan_ods(path: Path, archive: zipfile.ZipFile | None = None) -> dict[str, OdsSheet]:
    """Every sheet of the ods file at ``path`` by name (merges 0-based, inclusive).

    ``archive`` is the file already opened by the reader, if it has one. Tables nested inside cells
    are skipped: only rows of the sheet itself are counted.
    """
    if archive is None:
        with zipfile.ZipFile(path) as opened:
            return _scan_content(opened)
    return _scan_content(archive)


def _scan_content(archive: zipfile.ZipFile) -> dict[str, OdsSheet]:
    sheets: dict[str, OdsSheet] = {}
    depth = 0
    row = col = cell_col = 0
    rows_repeated = 1
    current = OdsSheet()
    with archive.open("content.xml") as content:
        for event, elem in iterparse(content, events=("start", "end")):
            tag = elem.tag
            if tag == _T_TABLE:
                if event == "start":
                    depth += 1
                    if depth == 1:
                        row, current = 0, OdsSheet()
                        sheets[elem.get(_NAME, "")] = current
                else:
                    depth -= 1
                    elem.clear()
            elif depth != 1:
                continue
            elif tag == _T_ROW:
                if event == "start":
                    col, rows_repeated = 0, _int(elem.get(_ROWS_REPEATED))
                else:
                    row += rows_repeated
                    elem.clear()
            elif tag in (_T_CELL, _T_COVERED):
                repeated = _int(elem.get(_COLS_REPEATED))
                if event == "start":
                    across, down = _int(elem.get(_COLS_SPANNED)), _int(elem.get(_ROWS_SPANNED))
                    if tag == _T_CELL and (across > 1 or down > 1):
                        current.merges.append(Merge(row, col, row + down - 1, col + across - 1))
                    cell_col = col
                    col += repeated
                elif len(elem) or elem.get(_VALUE_TYPE):  # the cell holds something
                    current.rows = max(current.rows, row + rows_repeated)
                    current.cols = max(current.cols, cell_col + repeated)
    return sheets


def _int(value: str | None) -> int:
    try:
        return max(1, int(value)) if value else 1
    except ValueError:
        return 1
