"""The annotated workbook: a copy of the catalog with every problem marked where it is.

People fix catalogs in Excel or WPS, so the most useful report is their own table with the bad
cells coloured and commented, plus a first sheet that says the verdict and a sheet that lists
every finding with a link to its cell. The input is never touched: an .xlsx/.xlsm is loaded
with openpyxl (keeping title row, merges, widths and styles) and saved elsewhere; other formats
are rebuilt as a new .xlsx from the raw grid the reader returns.

Everything written here must open in Excel and WPS without a repair prompt: valid, unique sheet
names, no comment or style on a cell hidden inside a merge, links only to sheets that exist,
no control characters, no text that turns into a formula.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
import warnings
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from disclosecheck import shown
from disclosecheck.errors import DiscloseCheckError, InputError
from disclosecheck.model import Catalog, FileResult, Finding, Grid, Merge, Report, Severity
from disclosecheck.render.output import refuse_overwriting_inputs, write_atomic
from disclosecheck.render.report_common import (
    display_path,
    display_sheet,
    is_file_level,
    message,
    omitted_notes,
    severity_label,
    sorted_findings,
    split_cell,
    ui,
    verdict_key,
    verdict_label,
    worst,
)

if TYPE_CHECKING:
    from openpyxl import Workbook as XlWorkbook
    from openpyxl.worksheet.worksheet import Worksheet

#: Fill colours (ARGB) per severity: Excel's own "light red", "yellow" and a light blue.
FILLS: dict[Severity, str] = {
    Severity.ERROR: "FFFFC7CE",
    Severity.WARNING: "FFFFEB9C",
    Severity.INFO: "FFDDEBF7",
}
VERDICT_FILLS: dict[str, str] = {
    "fail": FILLS[Severity.ERROR],
    "warn": FILLS[Severity.WARNING],
    "pass": "FFC6EFCE",
    "error": FILLS[Severity.ERROR],
}
AUTHOR = "disclosecheck"
#: Formats openpyxl can load as they are; anything else is rebuilt from the reader's grid.
OPENPYXL_FORMATS = frozenset({"xlsx", "xlsm"})

#: Widest column of a rebuilt sheet, in Excel's character units; longer text wraps.
MAX_COLUMN_WIDTH = 40
_MAX_SHEET_NAME = 31
_MAX_CELL_CHARS = 32767
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
_ILLEGAL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def write_annotated_xlsx(result: FileResult, output: Path, report: Report, lang: str = "zh") -> None:
    """Write the annotated copy of ``result``'s catalog to ``output`` (.xlsx), atomically.

    Raises the file's own InputError when it could not be read, UsageError when ``output`` is the input.
    """
    write_annotated_xlsx_all([result], output, report, lang)


def write_annotated_xlsx_all(results: Sequence[FileResult], output: Path, report: Report,
                             lang: str = "zh") -> None:
    """Write one annotated copy holding every catalog table of one input file (one result per table).

    A file with a table per domain sheet, or several tables in one sheet, gets all of them marked
    in the same copy and summed up table by table on the first sheet.
    """
    if not results:
        raise ValueError("no result to annotate")
    checked = [r for r in results if r.status != "error" and r.catalog is not None]
    if not checked:
        if isinstance(results[0].error, DiscloseCheckError):
            raise results[0].error
        raise InputError("input.no_catalog", results[0].path)
    sources = {r.catalog.path for r in checked if r.catalog is not None}
    if len(sources) > 1:
        raise ValueError("an annotated copy is made of one input file at a time")
    refuse_overwriting_inputs(output, [*sources, *(r.path for r in checked)])
    book = build_annotated_workbook(checked, report, lang)
    write_atomic(output, lambda tmp: book.save(tmp))


def build_annotated_workbook(results: Sequence[FileResult], report: Report, lang: str = "zh") -> XlWorkbook:
    """The annotated openpyxl workbook of one file's checked tables, not yet saved."""
    catalogs = [r.catalog for r in results if r.catalog is not None]
    if not catalogs:
        raise InputError("input.no_catalog", results[0].path if results else "")
    path = catalogs[0].path
    authors: dict[str, str] = {}
    if (catalogs[0].format.lower() in OPENPYXL_FORMATS and merged_area(path) <= MAX_MERGED_AREA
            and style_records(path) <= MAX_STYLE_RECORDS):
        book = _load_original(path)
        authors = clear_previous_marks(book)
        sheets = {ws.title: ws for ws in book.worksheets}
    else:
        book, sheets = _rebuild_from_grids(catalogs)
    targets = annotate(book, sheets, results, lang, authors)
    _add_summary_sheets(book, results, report, targets, lang)
    mark_as_ours(book, authors)
    return book


# --- loading or rebuilding the workbook -----------------------------------------------------------


#: openpyxl makes an object of every cell inside a merged range when it loads a workbook, so one
#: ``A1:XFD1048576`` in a 1 KB file would take hours and all memory. Past this many merged cells the
#: copy is rebuilt from the grids instead, with merges clipped to the cells that hold something
#: (values and merges kept, the original styles lost). Real catalogs merge a few thousand cells.
MAX_MERGED_AREA = 1_000_000


#: A merged range as openpyxl reads it from a worksheet part: ``<mergeCell ref="B2:C5"/>``, letters in any
#: case (openpyxl reads ``o1:xfd1048576`` as the 16-billion-cell range it is).
_MERGE_CELL = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?mergeCell\b[^>]*?\bref\s*=\s*["\']'
                         rb'\$?([A-Za-z]+)\$?([0-9]+)(?::\$?([A-Za-z]+)\$?([0-9]+))?["\']')


def merged_area(path: Path) -> int:
    """How many cells the merged ranges of the workbook's sheets cover, as written in the file.

    Read from the sheet parts as openpyxl will read them, with no limits of the reader involved: the
    file passed them when it was checked, with whatever limits the user set.
    """
    from disclosecheck.read.extent import sheet_members, whole_tags

    area = 0
    with zipfile.ZipFile(path) as archive:
        for part in sheet_members(archive):  # wherever the relationships put a sheet, as for the reader
            with archive.open(part) as stream:
                for piece in whole_tags(stream, size=1 << 20):
                    area += sum(_range_area(*ref) for ref in _MERGE_CELL.findall(piece))
    return area


#: openpyxl makes objects of every record of the styles part (formats, fonts, fills, borders) when it
#: loads a workbook: 2.9 million distinct ``<xf>`` in a 7.5 MB file took 2.78 GB and 163 s. Excel itself
#: keeps at most 64,000 cell formats, a real catalog a few hundred; past this many elements in the
#: styles part the copy is rebuilt from the grids, as for huge merges (values kept, styles lost).
MAX_STYLE_RECORDS = 200_000

#: Where openpyxl reads the styles from (``openpyxl.xml.constants.ARC_STYLE``), whatever the
#: relationships say.
_STYLES_PART = "xl/styles.xml"


def style_records(path: Path) -> int:
    """Elements in the styles part openpyxl will load, counted from the inflated part as it streams.

    Stops counting once past :data:`MAX_STYLE_RECORDS`: the answer is then only "too many".
    """
    from disclosecheck.read.extent import whole_tags

    records = 0
    with zipfile.ZipFile(path) as archive:
        try:
            stream = archive.open(_STYLES_PART)
        except KeyError:
            return 0
        with stream:
            for piece in whole_tags(stream, size=1 << 20):
                records += piece.count(b"<") - piece.count(b"</") - piece.count(b"<?") - piece.count(b"<!")
                if records > MAX_STYLE_RECORDS:
                    break
    return records


def _range_area(first_col: bytes, first_row: bytes, last_col: bytes, last_row: bytes) -> int:
    from disclosecheck.read.extent import column_index

    rows = abs(int(last_row or first_row) - int(first_row)) + 1
    first, last = first_col.decode().upper(), (last_col or first_col).decode().upper()
    cols = abs(column_index(last) - column_index(first)) + 1
    return rows * cols


def _load_original(path: Path) -> XlWorkbook:
    """The original workbook with its styles; read from a handle so a misnamed .xls holding xlsx loads."""
    import openpyxl

    try:
        with warnings.catch_warnings(), path.open("rb") as handle:
            warnings.simplefilter("ignore")
            return openpyxl.load_workbook(handle, read_only=False, keep_vba=False, data_only=False)
    except OSError as exc:
        raise InputError("input.unreadable", path, reason=str(exc)) from None
    except Exception as exc:  # openpyxl raises many kinds on a damaged package
        raise InputError("input.corrupt", path, reason=type(exc).__name__) from None


def _rebuild_from_grids(catalogs: Sequence[Catalog]) -> tuple[XlWorkbook, dict[str, Worksheet]]:
    """A new workbook holding the catalogs' sheets as the reader saw them: values, merges, widths.

    Returns the workbook and, for each sheet name the findings use, the worksheet it became.
    """
    import openpyxl

    from disclosecheck.read import read_workbook

    path = catalogs[0].path
    workbook = read_workbook(path)
    wanted = {c.sheet for c in catalogs}
    grids = [g for g in workbook.sheets if g.name in wanted]
    if not grids:
        if not workbook.sheets:
            raise InputError("input.no_catalog", path)
        grids = workbook.sheets[:1]
    book = openpyxl.Workbook()
    book.remove(book.active)
    sheets: dict[str, Worksheet] = {}
    for grid in grids:
        ws = book.create_sheet(safe_sheet_name(grid.name, book.sheetnames))
        mine = [c for c in catalogs if c.sheet == grid.name] or list(catalogs)
        write_grid(ws, grid, mine)
        sheets[grid.name] = ws
    for catalog in catalogs:
        sheets.setdefault(catalog.sheet, sheets[grids[0].name])
    return book, sheets


def write_grid(ws: Worksheet, grid: Grid, catalogs: Sequence[Catalog] = ()) -> None:
    """Copy ``grid`` into the empty sheet ``ws``: values, merges, widths, and a plainly styled table.

    Grid row ``r`` goes to the row the user knows it by (``grid.row_number(r)``: for a CSV whose
    quoted cells span lines, its line number), so "F12" in a message is F12 in the copy too.
    """
    from openpyxl.styles import Alignment
    from openpyxl.utils import get_column_letter

    at = grid.row_number
    merges = _valid_merges(grid)
    covered = {(r, c) for m in merges for r in range(m.first_row, m.last_row + 1)
               for c in range(m.first_col, m.last_col + 1) if (r, c) != (m.first_row, m.first_col)}
    spanning = {(m.first_row, m.first_col) for m in merges if m.last_col > m.first_col}
    widths: dict[int, float] = {}
    wrap = Alignment(wrap_text=True, vertical="top")
    for r, row in enumerate(grid.rows):
        for c, value in enumerate(row):
            if value is None or value == "" or (r, c) in covered:
                continue
            cell = ws.cell(row=at(r), column=c + 1)
            set_value(cell, value)
            cell.alignment = wrap
            if (r, c) not in spanning:
                widths[c] = max(widths.get(c, 0.0), _display_width(value))
    for catalog in catalogs:
        _style_table(ws, grid, catalog, covered)
    if len(catalogs) == 1 and catalogs[0].layout.header_rows:
        # Frozen panes and repeated print titles only make sense for a sheet with one table.
        layout = catalogs[0].layout
        if 0 < layout.first_data_row < grid.height:
            ws.freeze_panes = ws.cell(row=at(layout.first_data_row), column=1)
        rows = [at(r) for r in layout.header_rows]
        ws.print_title_rows = f"{min(rows)}:{max(rows)}"
    # Merged last: openpyxl copies the top-left cell's borders onto the merge's edges.
    for m in merges:
        _merge(ws, at(m.first_row), m.first_col + 1, at(m.last_row), m.last_col + 1)

    column_widths = {c: min(max(widths.get(c, 0.0) + 2, 6), MAX_COLUMN_WIDTH) for c in range(grid.width)}
    for c, width in column_widths.items():
        ws.column_dimensions[get_column_letter(c + 1)].width = width
    # Row heights for wrapped text: LibreOffice and WPS do not grow rows that have none.
    for r, row in enumerate(grid.rows):
        lines = max((_line_count(v, column_widths[c]) for c, v in enumerate(row)
                     if isinstance(v, str) and v and (r, c) not in covered and (r, c) not in spanning),
                    default=1)
        if lines > 1:
            ws.row_dimensions[at(r)].height = min(16.5 * lines + 3, 409)
    fit_to_page_width(ws, landscape=True)


def _style_table(ws: Worksheet, grid: Grid, catalog: Catalog, covered: set[tuple[int, int]]) -> None:
    """Title row large, header rows bold and centred, thin borders around the table's cells."""
    from openpyxl.styles import Alignment, Border, Font, Side

    layout = catalog.layout
    at = grid.row_number
    if not layout.header_rows:
        return
    first_header = min(layout.header_rows)
    first_col = min((c.index for c in layout.columns), default=0)
    last_col = max((c.index for c in layout.columns), default=grid.width - 1)
    for r in range(first_header):
        value = grid.value(r, first_col)
        if value not in (None, "") and value == layout.title:
            cell = ws.cell(row=at(r), column=first_col + 1)
            cell.font = Font(bold=True, size=14)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    last_row = grid.height - 1 if layout.end_row is None else layout.end_row - 1
    item_rows = {item.row for item in catalog.items}
    while last_row > layout.first_data_row and at(last_row) not in item_rows:
        last_row -= 1
    thin = Side(style="thin", color="FF808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    header = set(layout.header_rows)
    bold = Font(bold=True)
    centred = Alignment(wrap_text=True, horizontal="center", vertical="center")
    for r in range(first_header, last_row + 1):
        for c in range(first_col, last_col + 1):
            if (r, c) in covered:
                continue
            cell = ws.cell(row=at(r), column=c + 1)
            cell.border = border
            if r in header:
                cell.font = bold
                cell.alignment = centred


def _line_count(text: str, width: float) -> int:
    """Lines ``text`` takes when wrapped in a column ``width`` characters wide."""
    per_line = max(width - 1, 1)
    return sum(max(1, math.ceil(_display_width(line) / per_line)) for line in text.splitlines() or [""])


def _merge(ws: Worksheet, first_row: int, first_col: int, last_row: int, last_col: int) -> None:
    """``ws.merge_cells`` without its test of the new range against every range before it.

    That test makes merging quadratic (5,000 ranges took 45 s, 30,000 would take an hour), and the
    ranges written here are already known not to overlap (:func:`_valid_merges`); the rest is what
    openpyxl's own ``merge_cells`` does.
    """
    from openpyxl.worksheet.cell_range import CellRange
    from openpyxl.worksheet.merge import MergedCellRange

    coord = CellRange(min_col=first_col, min_row=first_row, max_col=last_col, max_row=last_row).coord
    merged = MergedCellRange(ws, coord)
    ws.merged_cells.ranges.add(merged)
    ws._clean_merge_range(merged)


def _valid_merges(grid: Grid) -> list[Merge]:
    """Merges clipped to the grid, without one-cell ranges or overlaps (Excel repairs those).

    A range that overlaps one kept before it is dropped. Which cells are taken is kept a byte a
    cell, column after column, so each range is tested and marked a column at a time at the speed
    of a byte search: tens of thousands of ranges cost milliseconds, not the hours that comparing
    every range with every other would.
    """
    height, width = grid.height, grid.width
    taken = bytearray(height * width)
    kept: list[Merge] = []
    for m in grid.merges:
        first_row, first_col = max(m.first_row, 0), max(m.first_col, 0)
        last_row, last_col = min(m.last_row, height - 1), min(m.last_col, width - 1)
        if last_row < first_row or last_col < first_col or (last_row == first_row and last_col == first_col):
            continue
        columns = [(c * height + first_row, c * height + last_row + 1)
                   for c in range(first_col, last_col + 1)]
        if any(taken.find(1, start, stop) >= 0 for start, stop in columns):
            continue
        for start, stop in columns:
            taken[start:stop] = b"\x01" * (stop - start)
        kept.append(Merge(first_row, first_col, last_row, last_col))
    return kept


def set_value(cell: Any, value: Any) -> None:
    """Store ``value`` as data: text stays text (never a formula), dates lose their time zone."""
    if isinstance(value, bool | int | float):
        if isinstance(value, float) and not math.isfinite(value):
            value = str(value)
        cell.value = value
        return
    if isinstance(value, datetime):
        cell.value = value.replace(tzinfo=None)
        return
    if isinstance(value, date | time):
        cell.value = value
        return
    cell.value = clean_text(str(value))
    if cell.data_type == "f":
        cell.data_type = "s"


def clean_text(text: str) -> str:
    """Text Excel accepts: no control characters, at most 32,767 characters."""
    text = _ILLEGAL_CHARS.sub("", text)
    if len(text) > _MAX_CELL_CHARS:
        text = text[: _MAX_CELL_CHARS - 1] + "…"
    return text


def _display_width(value: Any) -> float:
    """Rough column width of a value: CJK characters count double; the longest line counts."""
    text = value.isoformat() if isinstance(value, date | datetime) else str(value)
    longest = 0.0
    for line in text.splitlines() or [""]:
        longest = max(longest, sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line))
    return longest


def safe_sheet_name(name: str, taken: Iterable[str]) -> str:
    """A valid sheet name (≤31 characters, none of []:*?/\\) not among ``taken`` (case-insensitively)."""
    base = _BAD_SHEET_CHARS.sub("_", clean_text(name)).strip().strip("'") or "Sheet"
    base = base[:_MAX_SHEET_NAME]
    used = {t.casefold() for t in taken}
    if base.casefold() not in used:
        return base
    for n in range(2, 10000):
        suffix = f" ({n})"
        candidate = base[: _MAX_SHEET_NAME - len(suffix)] + suffix
        if candidate.casefold() not in used:
            return candidate
    raise ValueError("no free sheet name")  # pragma: no cover - 10,000 sheets of one name


def sheet_ref(sheet: str, coordinate: str) -> str:
    """An internal link location: ``'Sheet name'!F12``, apostrophes doubled."""
    return "'" + sheet.replace("'", "''") + "'!" + coordinate


# --- marking cells ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Target:
    """The cell a finding was marked on, in the output workbook."""

    sheet: str
    row: int  # 1-based
    col: int  # 1-based

    @property
    def coordinate(self) -> str:
        from openpyxl.utils import get_column_letter

        return f"{get_column_letter(self.col)}{self.row}"


def annotate(book: XlWorkbook, sheets: dict[str, Worksheet], results: Sequence[FileResult],
             lang: str, authors: dict[str, str] | None = None) -> dict[tuple[int, int], Target]:
    """Fill and comment every cell that has a finding.

    A user's own comment on such a cell is kept above ours; its author goes into ``authors``
    (``'Sheet'!F12`` → author) so that a later run can give the comment back as it was.
    Returns where each finding was marked, keyed by (index of its result, index of the finding).
    """
    from openpyxl.comments import Comment
    from openpyxl.styles import PatternFill

    merge_index = {title: _merge_index(ws) for title, ws in sheets.items()}
    by_cell: dict[Target, list[Finding]] = {}
    targets: dict[tuple[int, int], Target] = {}
    for i, result in enumerate(results):
        catalog = result.catalog
        if catalog is None:
            continue
        first_col = min((c.index for c in catalog.layout.columns), default=0) + 1
        for n, finding in enumerate(result.findings):
            name = finding.sheet or catalog.sheet
            ws = sheets.get(name)
            where = _finding_cell(finding, first_col)
            if ws is None or where is None:
                continue
            row, col = _top_left(merge_index[name], *where)
            target = Target(ws.title, row, col)
            targets[i, n] = target
            by_cell.setdefault(target, []).append(finding)
    for target, findings in by_cell.items():
        ws = book[target.sheet]
        cell = ws.cell(row=target.row, column=target.col)
        colour = FILLS[Severity(worst(findings))]
        cell.fill = PatternFill(fill_type="solid", start_color=colour, end_color=colour)
        ordered = sorted(findings, key=lambda f: -Severity(f.severity).rank)
        # several rows under one merged cell raise the same finding there: say it once
        lines = (f"【{severity_label(f.severity, lang)}】{message(f, lang)}" for f in ordered)
        text = "\n".join(dict.fromkeys(lines))
        if cell.comment is not None and cell.comment.author != AUTHOR:
            text = f"{cell.comment.text}{USER_COMMENT_END}{text}"
            if authors is not None:
                authors[sheet_ref(ws.title, cell.coordinate)] = cell.comment.author or ""
        text = clean_text(text)
        width, height = _comment_size(text)
        cell.comment = Comment(text, AUTHOR, height=height, width=width)
    return targets


def _finding_cell(finding: Finding, first_col: int) -> tuple[int, int] | None:
    """1-based (row, column) of a finding: its cell, else its row's first table cell, else None."""
    if finding.cell:
        parsed = split_cell(finding.cell)
        if parsed is not None:
            return parsed[0], parsed[1] + 1
    if finding.row is not None and finding.row >= 1:
        return finding.row, first_col
    return None


def _merge_index(ws: Worksheet) -> dict[int, list[tuple[int, int, int, int]]]:
    """Merged ranges by row, so a finding inside a merge can be moved to its top-left cell."""
    index: dict[int, list[tuple[int, int, int, int]]] = {}
    for rng in ws.merged_cells.ranges:
        bounds = (rng.min_row, rng.min_col, rng.max_row, rng.max_col)
        for r in range(rng.min_row, rng.max_row + 1):
            index.setdefault(r, []).append(bounds)
    return index


def _top_left(index: dict[int, list[tuple[int, int, int, int]]], row: int, col: int) -> tuple[int, int]:
    for min_row, min_col, _max_row, max_col in index.get(row, ()):
        if min_col <= col <= max_col:
            return min_row, min_col
    return row, col


def _comment_size(text: str) -> tuple[int, int]:
    """Comment box (width, height) in points, large enough to read the text without resizing."""
    width = 320
    per_line = 26  # CJK characters per line at that width
    lines = sum(max(1, math.ceil(_display_width(line) / (per_line * 2)))
                for line in text.splitlines() or [""])
    return width, min(max(60, 18 * lines + 16), 600)


# --- re-annotating an annotated copy -------------------------------------------------------------

#: Between a user's own comment and ours in one cell's comment.
USER_COMMENT_END = "\n—\n"
#: Custom document property: the user comment authors of cells whose comment we extended (JSON).
AUTHORS_PROPERTY = "disclosecheck.comment_authors"


def clear_previous_marks(book: XlWorkbook) -> dict[str, str]:
    """Take out what an earlier run of disclosecheck put into ``book``, leaving the user's own marks.

    A clerk fixes the annotated copy and checks it again; the new copy must show only today's
    problems. What is ours is what we can recognise for certain: the sheets the copy's custom
    property names (``disclosecheck.report_sheets``), comments whose author is ``disclosecheck``,
    and on those cells the fill of a severity colour. A user's comment that ours was appended to is
    given back with its author; any other fill or comment stays. Returns the authors of the user
    comments kept so far, for the next run.
    """
    from disclosecheck.read.generated import REPORT_SHEETS_PROPERTY

    props = _custom_properties(book)
    ours = _json_property(props, REPORT_SHEETS_PROPERTY, list)
    authors = _json_property(props, AUTHORS_PROPERTY, dict)
    for name in ours:
        if isinstance(name, str) and name in book.sheetnames and len(book.sheetnames) > 1:
            book.remove(book[name])
    colours = set(FILLS.values())
    kept: dict[str, str] = {}
    for ws in book.worksheets:
        # openpyxl keeps the cells it loaded in ``_cells``; walking them does not create empty ones
        for cell in list(ws._cells.values()):
            comment = cell.comment
            if comment is None or comment.author != AUTHOR:
                continue
            if cell.fill is not None and cell.fill.fill_type == "solid" and cell.fill.fgColor.rgb in colours:
                from openpyxl.styles import PatternFill

                cell.fill = PatternFill(fill_type=None)
            cell.comment = None
            if USER_COMMENT_END in comment.text:
                from openpyxl.comments import Comment

                ref = sheet_ref(ws.title, cell.coordinate)
                user_text = comment.text.split(USER_COMMENT_END, 1)[0]
                author = str(authors.get(ref, "")) if isinstance(authors, dict) else ""
                cell.comment = Comment(user_text, author, height=comment.height, width=comment.width)
                kept[ref] = author
    _drop_properties(book, {REPORT_SHEETS_PROPERTY, AUTHORS_PROPERTY})
    return kept


def mark_as_ours(book: XlWorkbook, authors: dict[str, str]) -> None:
    """Name the report sheets (the first two) and the kept comment authors in custom properties."""
    from openpyxl.packaging.custom import StringProperty

    from disclosecheck.read.generated import REPORT_SHEETS_PROPERTY

    props = _custom_properties(book)
    if props is None:
        return
    _drop_properties(book, {REPORT_SHEETS_PROPERTY, AUTHORS_PROPERTY})
    names = book.sheetnames[:2]
    props.append(StringProperty(name=REPORT_SHEETS_PROPERTY, value=json.dumps(names, ensure_ascii=False)))
    if authors:
        props.append(StringProperty(name=AUTHORS_PROPERTY, value=json.dumps(authors, ensure_ascii=False)))


def _custom_properties(book: XlWorkbook) -> Any:
    return getattr(book, "custom_doc_props", None)


def _json_property(props: Any, name: str, kind: type) -> Any:
    """The JSON value of custom property ``name`` when it is a ``kind``; an empty one otherwise."""
    if props is None:
        return kind()
    for prop in getattr(props, "props", []):
        if prop.name == name:
            try:
                value = json.loads(prop.value)
            except (TypeError, ValueError):
                return kind()
            return value if isinstance(value, kind) else kind()
    return kind()


def _drop_properties(book: XlWorkbook, names: set[str]) -> None:
    props = _custom_properties(book)
    if props is not None and hasattr(props, "props"):
        props.props = [p for p in props.props if p.name not in names]


# --- the 检查结果 and 问题清单 sheets ------------------------------------------------------------------


def _add_summary_sheets(book: XlWorkbook, results: Sequence[FileResult], report: Report,
                        targets: dict[tuple[int, int], Target], lang: str) -> None:
    summary_name = safe_sheet_name(ui("sheet_summary", lang), book.sheetnames)
    summary = book.create_sheet(summary_name, 0)
    findings_name = safe_sheet_name(ui("sheet_findings", lang), book.sheetnames)
    listing = book.create_sheet(findings_name, 1)
    _write_summary(summary, results, report, targets, findings_name, lang)
    _write_findings(listing, results, targets, lang)
    fit_to_page_width(summary, landscape=False)
    fit_to_page_width(listing, landscape=True)
    listing.print_title_rows = "1:1"
    for ws in book.worksheets:
        ws.sheet_view.tabSelected = False
    summary.sheet_view.tabSelected = True
    book.active = 0
    if book.views:
        book.views[0].firstSheet = 0


def fit_to_page_width(ws: Worksheet, landscape: bool) -> None:
    """Print on A4, as wide as the page and as many pages long as needed."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _write_summary(ws: Worksheet, results: Sequence[FileResult], report: Report,
                   targets: dict[tuple[int, int], Target], findings_sheet: str, lang: str) -> None:
    """The file, rule pack and date; per table its counts and verdict; then the file-level findings."""
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.hyperlink import Hyperlink

    from disclosecheck.messages import render

    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    left = Alignment(horizontal="left", vertical="top", wrap_text=True)
    for column, width in (("A", 20), ("B", 70), ("C", 24), ("D", 20)):
        ws.column_dimensions[column].width = width
    ws["A1"] = ui("title", lang)
    ws["A1"].font = Font(bold=True, size=14)

    def pair(r: int, key: str, value: Any) -> Any:
        ws.cell(row=r, column=1, value=ui(key, lang)).font = bold
        cell = ws.cell(row=r, column=2)
        set_value(cell, value)
        cell.alignment = left
        return cell

    head: list[tuple[str, Any]] = [("file", display_path(results[0])), ("rules", shown.name(report.rules)),
                                   ("as_of", report.as_of.isoformat())]
    if report.tool_version:
        head.append(("tool_version", report.tool_version))
    r = 3
    for key, value in head:
        pair(r, key, value)
        r += 1
    for result in results:
        r += 1
        level1, level2, items = _stats(result)
        block: list[tuple[str, Any]] = [
            ("sheet", display_sheet(result)), ("level1", level1), ("level2", level2), ("items", items),
            ("errors", result.count(Severity.ERROR)), ("warnings", result.count(Severity.WARNING)),
            ("infos", result.count(Severity.INFO)),
        ]
        for key, value in block:
            pair(r, key, value)
            r += 1
        verdict = pair(r, "verdict", verdict_label(result, lang))
        colour = VERDICT_FILLS[verdict_key(result)]
        verdict.fill = PatternFill(fill_type="solid", start_color=colour, end_color=colour)
        verdict.font = bold
        r += 1
    r += 1
    ws.cell(row=r, column=1, value=ui("legend", lang)).alignment = Alignment(vertical="top")
    r += 1
    link = ws.cell(row=r, column=1, value=f"→ {findings_sheet}")
    link.hyperlink = Hyperlink(ref=link.coordinate, location=sheet_ref(findings_sheet, "A1"))
    link.style = "Hyperlink"
    r += 2
    ws.cell(row=r, column=1, value=ui("file_findings", lang)).font = Font(bold=True, size=12)
    r += 1
    for c, key in enumerate(("severity", "message", "rule", "sheet"), start=1):
        ws.cell(row=r, column=c, value=ui(key, lang)).font = bold
    r += 1
    file_level = [(f, result) for i, result in enumerate(results) for n, f in enumerate(result.findings)
                  if (i, n) not in targets or is_file_level(f)]
    file_level.sort(key=lambda pair: (-Severity(pair[0].severity).rank, pair[0].sort_key()))
    if not file_level:
        ws.cell(row=r, column=1, value=ui("none", lang))
        r += 1
    for finding, result in file_level:
        sev = ws.cell(row=r, column=1, value=severity_label(finding.severity, lang))
        colour = FILLS[Severity(finding.severity)]
        sev.fill = PatternFill(fill_type="solid", start_color=colour, end_color=colour)
        msg = ws.cell(row=r, column=2)
        set_value(msg, message(finding, lang))
        msg.alignment = wrap
        ws.cell(row=r, column=3, value=clean_text(finding.rule))
        ws.cell(row=r, column=4, value=clean_text(shown.maybe_name(finding.sheet) or display_sheet(result)))
        r += 1
    if report.tool_version:
        r += 1
        ws.cell(row=r, column=1, value=clean_text(render("ui.report.generated_by",
                                                         {"version": report.tool_version}, lang)))


def _stats(result: FileResult) -> tuple[int, int, int]:
    """(一级事项, 二级事项, 事项) counts: the pipeline's stats, or the catalog's when none were set."""
    stats = result.stats
    if stats.items or result.catalog is None:
        return stats.level1, stats.level2, stats.items
    catalog = result.catalog
    return catalog.level1_count, catalog.level2_count, len(catalog.items)


def _write_findings(ws: Worksheet, results: Sequence[FileResult], targets: dict[tuple[int, int], Target],
                    lang: str) -> None:
    """One row per finding, linked to the cell it was marked on; a 工作表 column when tables are several."""
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.hyperlink import Hyperlink

    several = len(results) > 1
    headers: list[tuple[str, int]] = [("row", 8), ("cell", 10), ("element", 16), ("item", 32), ("rule", 24),
                                      ("severity", 10), ("message", 80)]
    if several:
        headers.append(("sheet", 20))
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    top = Alignment(vertical="top")
    for c, (key, width) in enumerate(headers, start=1):
        cell = ws.cell(row=1, column=c, value=ui(key, lang))
        cell.font = bold
        cell.fill = PatternFill(fill_type="solid", start_color="FFD9D9D9", end_color="FFD9D9D9")
        ws.column_dimensions[cell.column_letter].width = width
    r = 2
    for i, result in enumerate(results):
        index = {id(f): n for n, f in enumerate(result.findings)}
        for finding in sorted_findings(result):
            target = targets.get((i, index[id(finding)]))
            values: list[Any] = [finding.row, finding.cell or "", finding.element or "", finding.item or "",
                                 finding.rule, severity_label(finding.severity, lang), message(finding, lang)]
            if several:
                values.append(shown.maybe_name(finding.sheet) or display_sheet(result))
            for c, value in enumerate(values, start=1):
                cell = ws.cell(row=r, column=c)
                if value is not None and value != "":
                    set_value(cell, value)
                cell.alignment = wrap if c in (4, 7) else top
            colour = FILLS[Severity(finding.severity)]
            fill = PatternFill(fill_type="solid", start_color=colour, end_color=colour)
            ws.cell(row=r, column=6).fill = fill
            if target is not None:
                link = ws.cell(row=r, column=2 if finding.cell else 1)
                if link.value is None:
                    link.value = target.coordinate
                location = sheet_ref(target.sheet, target.coordinate)
                link.hyperlink = Hyperlink(ref=link.coordinate, location=location, tooltip=ui("goto", lang))
                link.font = Font(color="FF0563C1", underline="single")
            r += 1
        for omitted, note in zip(result.omitted, omitted_notes(result, lang), strict=True):
            # findings past --max-findings: one row per rule and severity, saying how many
            values = [None, "", "", "", omitted.rule, severity_label(omitted.severity, lang), note]
            if several:
                values.append(display_sheet(result))
            for c, value in enumerate(values, start=1):
                cell = ws.cell(row=r, column=c)
                if value is not None and value != "":
                    set_value(cell, value)
                cell.alignment = wrap if c == 7 else top
            shade = FILLS[Severity(omitted.severity)]
            ws.cell(row=r, column=6).fill = PatternFill(fill_type="solid", start_color=shade, end_color=shade)
            r += 1
    ws.freeze_panes = "A2"
    if r > 2:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{r - 1}"


__all__ = ["FILLS", "build_annotated_workbook", "write_annotated_xlsx", "write_annotated_xlsx_all"]
