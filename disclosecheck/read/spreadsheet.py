"""Spreadsheets (xlsx, xlsm, xlsb, xls, ods) through calamine, one grid per worksheet.

calamine is a Rust reader: it parses the sheet outside Python, so the only per-cell Python work
left is one pass that turns empty strings into None and lets equal strings share one object.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

from disclosecheck.errors import InputError
from disclosecheck.model import Grid, Merge, SourceKind, Workbook
from disclosecheck.read.limits import LimitError, Limits, cell_too_long, check_sheet_size


def read_spreadsheet(path: Path, fmt: str, data: bytes, limits: Limits,
                     archive: zipfile.ZipFile | None = None, measured: bool = False) -> Workbook:
    """Every worksheet of the spreadsheet in ``data`` (the bytes of ``path``) as a Grid.

    Chart and macro sheets are skipped. ``archive`` is the xlsx/ods zip the reader already has open
    on ``data``, so its parts are scanned without parsing the zip again; calamine reads the same
    bytes the scans measured, never the file again. ``measured``: :func:`check_extent` runs elsewhere
    (in the parent of this capped process); an ods is scanned here all the same, for its merges.
    """
    from python_calamine import CalamineWorkbook, PasswordError, SheetTypeEnum, SheetVisibleEnum

    from disclosecheck.read.generated import report_sheets

    ods_merges = check_extent(path, fmt, data, limits, archive) if not measured or fmt == "ods" else {}
    try:
        book = _open_book(CalamineWorkbook, data)
    except PasswordError:
        raise InputError("input.encrypted", path) from None
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # a Rust panic in calamine arrives as pyo3's PanicException, a BaseException
        raise _parser_error(path, exc) from exc
    grids: list[Grid] = []
    # An annotated copy checked again: its 检查结果/问题清单 sheets are disclosecheck's, not a catalog.
    generated = report_sheets(archive) if archive is not None and fmt == "xlsx" else frozenset()
    cells = 0  # in the sheets read so far: a workbook may list one sheet part thousands of times
    try:
        for meta in book.sheets_metadata:
            if meta.typ != SheetTypeEnum.WorkSheet or meta.name in generated:
                continue
            sheet = book.get_sheet_by_name(meta.name)
            height, width = _extent(sheet)
            cells += height * width
            if cells > limits.max_cells:
                raise LimitError(path, "workbook_cells", cells, limits.max_cells, sheet=meta.name)
            hidden = meta.visible != SheetVisibleEnum.Visible
            merges = ods_merges.get(meta.name, []) if fmt == "ods" else _merges(sheet.merged_cell_ranges)
            grids.append(_grid(path, sheet, hidden, merges, limits))
    except InputError:
        raise
    except PasswordError:
        raise InputError("input.encrypted", path) from None
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # PanicException too, see above
        raise _parser_error(path, exc) from exc
    finally:
        book.close()
    return Workbook(path=path, format=fmt, sheets=grids)


def _open_book(calamine_workbook: Any, data: bytes) -> Any:
    """calamine's workbook over the bytes already read (it tells the format by content, not name)."""
    return calamine_workbook.from_filelike(io.BytesIO(data))


def _grid(path: Path, sheet: Any, hidden: bool, merges: list[Merge], limits: Limits) -> Grid:
    """One sheet as a Grid counted from A1, refused before conversion when over the limits.

    Rows are converted one at a time as calamine yields them, so the raw and the converted grid
    never both sit in memory. Equal strings become one object: a catalog repeats the same √, the
    same 公开时限 and the same channel list on every row, and sharing them roughly halves the
    memory a large catalog takes. Empty strings become None on the way.
    """
    height, width = _extent(sheet)
    check_sheet_size(path, sheet.name, height, width, limits)
    rows: list[list[Any]] = []
    strings: dict[str, str | None] = {"": None}
    if height:
        share = strings.setdefault
        lead = [None] * sheet.start[1]  # iter_rows starts at row 1 but at the first used column
        for row in sheet.iter_rows():
            values = [share(v, v) if v.__class__ is str else v for v in row]
            rows.append(lead + values if lead else values)
    if max(map(len, strings), default=0) > limits.max_cell_chars:
        _raise_long_cell(path, sheet.name, rows, limits)
    blank = any(not text.strip() for text in strings if text)  # distinct texts: a few hundred, looked at once
    return Grid(name=sheet.name, rows=rows, merges=merges, kind=SourceKind.SHEET, hidden=hidden,
                blank_texts=blank)


def _extent(sheet: Any) -> tuple[int, int]:
    """Rows and columns of a calamine sheet counted from A1, (0, 0) for an empty one."""
    end = sheet.end
    return (end[0] + 1, end[1] + 1) if end else (0, 0)


def _raise_long_cell(path: Path, sheet: str, rows: list[list[Any]], limits: Limits) -> None:
    longest = limits.max_cell_chars
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if isinstance(v, str) and len(v) > longest:
                raise cell_too_long(path, sheet, r + 1, c, len(v), limits)


def _merges(ranges: list[tuple[tuple[int, int], tuple[int, int]]] | None) -> list[Merge]:
    return [Merge(r1, c1, r2, c2) for (r1, c1), (r2, c2) in ranges or ()]


def check_extent(path: Path, fmt: str, data: bytes, limits: Limits,
                  archive: zipfile.ZipFile | None = None) -> dict[str, list[Merge]]:
    """Refuse a sheet over the row/column limits before calamine allocates it; ods merges on the way.

    calamine allocates the whole rectangle up to the farthest cell at once and aborts the process
    when it cannot, so the limits must hold before it is called (see ``extent``).
    """
    from disclosecheck.read.cfb import CfbError
    from disclosecheck.read.extent import check_xls_extent, check_xlsb_extent, check_xlsx_extent

    try:
        if fmt == "xlsx":
            check_xlsx_extent(path, limits, archive)
        elif fmt == "xlsb":
            check_xlsb_extent(path, limits, archive)
        elif fmt == "xls":
            check_xls_extent(path, io.BytesIO(data), len(data), limits)
        elif fmt == "ods":
            from disclosecheck.read.odsscan import scan_ods

            sheets = scan_ods(path, archive)
            for name, sheet in sheets.items():
                check_sheet_size(path, name, sheet.rows, sheet.cols, limits)
            return {name: sheet.merges for name, sheet in sheets.items()}
    except InputError:
        raise
    except CfbError as exc:
        if exc.truncated:
            raise InputError("input.truncated", path) from None
        raise InputError("input.corrupt", path, reason=str(exc)) from None
    except Exception as exc:  # bad zip, bad XML, defusedxml's refusals (entities, DTDs) and the like
        raise _parser_error(path, exc) from exc
    return {}


def _parser_error(path: Path, exc: BaseException) -> InputError:
    """A calamine failure as a user error: truncated when the zip lost its end, else corrupt."""
    if isinstance(exc, MemoryError):
        return InputError("input.memory", path)
    text = " ".join(str(exc).split()) or type(exc).__name__  # one line: calamine may quote broken XML
    if "EOCD" in text or "end of central directory" in text.lower():
        return InputError("input.truncated", path)
    if "password" in text.lower() or "encrypt" in text.lower():
        return InputError("input.encrypted", path)
    return InputError("input.corrupt", path, reason=text if len(text) <= 120 else text[:117] + "...")
