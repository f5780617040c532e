"""Merged ranges of an OpenDocument spreadsheet, which calamine does not report for ods.

A catalog's two-row header and its vertically merged 一级事项 depend on merges, so they are read
here from ``content.xml``: one streaming pass that only counts rows and cells and notes the cells
with ``number-columns-spanned`` / ``number-rows-spanned``.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from defusedxml.ElementTree import iterparse

from disclosecheck.model import Merge

_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_T_TABLE, _T_ROW = f"{_TABLE}table", f"{_TABLE}table-row"
_T_CELL, _T_COVERED = f"{_TABLE}table-cell", f"{_TABLE}covered-table-cell"
_NAME = f"{_TABLE}name"
_ROWS_REPEATED, _COLS_REPEATED = f"{_TABLE}number-rows-repeated", f"{_TABLE}number-columns-repeated"
_COLS_SPANNED, _ROWS_SPANNED = f"{_TABLE}number-columns-spanned", f"{_TABLE}number-rows-spanned"


def read_ods_merges(path: Path) -> dict[str, list[Merge]]:
    """Merged ranges of every sheet of the ods file at ``path``, by sheet name (0-based, inclusive).

    Tables nested inside cells are skipped: only rows of the sheet itself are counted.
    """
    merges: dict[str, list[Merge]] = {}
    depth = 0
    name = ""
    row = col = 0
    rows_repeated = 1
    current: list[Merge] = []
    with zipfile.ZipFile(path) as archive, archive.open("content.xml") as content:
        for event, elem in iterparse(content, events=("start", "end")):
            tag = elem.tag
            if tag == _T_TABLE:
                if event == "start":
                    depth += 1
                    if depth == 1:
                        name, row, current = elem.get(_NAME, ""), 0, []
                else:
                    depth -= 1
                    if depth == 0:
                        merges[name] = current
                    elem.clear()
            elif depth != 1:
                continue
            elif tag == _T_ROW:
                if event == "start":
                    col, rows_repeated = 0, _int(elem.get(_ROWS_REPEATED))
                else:
                    row += rows_repeated
                    elem.clear()
            elif event == "start" and tag in (_T_CELL, _T_COVERED):
                across, down = _int(elem.get(_COLS_SPANNED)), _int(elem.get(_ROWS_SPANNED))
                if tag == _T_CELL and (across > 1 or down > 1):
                    current.append(Merge(row, col, row + down - 1, col + across - 1))
                col += _int(elem.get(_COLS_REPEATED))
    return merges


def _int(value: str | None) -> int:
    try:
        return max(1, int(value)) if value else 1
    except ValueError:
        return 1
