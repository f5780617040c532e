"""HTML tables — the "xls" files web systems export — as grids, one per top-level ``<table>``.

Parsed with the standard library's ``html.parser``, which tolerates the loose markup such exports
have (unclosed ``<td>`` and ``<tr>``). ``rowspan``/``colspan`` follow the HTML table model: the
value sits in the top-left cell, the covered cells stay empty and a Merge records the span, the
same shape a spreadsheet with merged cells gives. A table nested inside a cell is not a table of
its own: its text becomes the text of the outer cell. The parser works with counters, not
recursion, so nesting depth costs nothing.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from disclosecheck.errors import InputError
from disclosecheck.model import Grid, Merge, SourceKind, Workbook
from disclosecheck.read.limits import LimitError, Limits, cell_too_long, check_sheet_size
from disclosecheck.read.textcodec import decode_text, strip_nul

_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\n\r\f\xa0]+")
_DIGITS = re.compile(r"\s*(\d+)")
_MAX_COLSPAN = 1000  # the HTML standard's own caps
_MAX_ROWSPAN = 65534
_BLOCKS = frozenset({"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote"})
_SKIPPED = frozenset({"script", "style", "template", "noscript"})
#: Tables or divs open inside one another past which a page is refused. Nesting costs the parser
#: nothing (it counts, it does not recurse) and exports nest a few levels, but 50 MB of nested tags
#: took a minute and a half to walk for nothing: refused after the first ten thousand instead.
MAX_NESTING = 10_000


def read_html(path: Path, data: bytes, limits: Limits) -> Workbook:
    """Every top-level table of the HTML file ``path`` (bytes ``data``); a page without any has no grids."""
    declared = _META_CHARSET.search(data[:4096])
    charset = declared.group(1).decode("ascii") if declared else None
    text, encoding = decode_text(strip_nul(data), path, charset)
    parser = _TableParser(path, limits)
    parser.feed(text)
    parser.close()
    return Workbook(path=path, format="html", sheets=parser.finish(), encoding=encoding)


class _Table:
    """One top-level table being built: its rows, merges, and which columns rowspans still cover."""

    def __init__(self, number: int) -> None:
        self.number = number
        self.caption: list[str] = []
        self.rows: list[list[Any]] = []
        self.merges: list[Merge] = []
        self.busy_until: dict[int, int] = {}  # column -> last grid row a rowspan above still covers
        self.row_open = False
        self.cell: list[str] | None = None  # text parts of the open cell
        self.cell_at = (0, 0)
        self.overflow = 0  # rows seen past the row limit: counted for the message, not kept
        self.width = 0  # the widest row so far: rows x width is what the grid will be once padded

    def grid(self, name: str) -> Grid:
        last = len(self.rows) - 1
        merges = []
        for m in self.merges:
            m.last_row = min(m.last_row, last)
            if m.last_row > m.first_row or m.last_col > m.first_col:
                merges.append(m)
        width = max((len(r) for r in self.rows), default=0)
        for row in self.rows:
            if len(row) < width:
                row.extend([None] * (width - len(row)))
        return Grid(name=name, rows=self.rows, merges=merges, kind=SourceKind.HTML)


class _TableParser(HTMLParser):
    def __init__(self, path: Path, limits: Limits) -> None:
        super().__init__(convert_charrefs=True)
        self.path = path
        self.limits = limits
        self.tables: list[_Table] = []
        self.table: _Table | None = None  # the open top-level table
        self.depth = 0  # how many tables are open around the current position
        self.skipping: str | None = None
        self.in_caption = False
        self.count = 0
        self.cells_before = 0  # cells (rows x width) of the tables already ended, against --max-cells
        self.divs = 0  # <div> elements open around the current position

    # --- events ----------------------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skipping:
            return
        if tag in _SKIPPED:
            self.skipping = tag
            return
        if tag == "div":
            self.divs += 1
            if self.divs > MAX_NESTING:
                raise InputError("input.html_nesting", self.path, tag="div", limit=MAX_NESTING)
        if tag == "table":
            self.depth += 1
            if self.depth > MAX_NESTING:
                raise InputError("input.html_nesting", self.path, tag="table", limit=MAX_NESTING)
            if self.depth == 1:
                self.count += 1
                self.table = _Table(self.count)
            else:
                self._newline(hard=False)
            return
        table = self.table
        if table is None:
            return
        if self.depth > 1:  # inside a nested table: only its text counts
            if tag == "tr" or tag == "br" or tag in _BLOCKS:
                self._newline(hard=tag == "br")
            elif tag in ("td", "th"):
                self._space()
            return
        if tag == "tr":
            self._close_row()
            self._open_row()
        elif tag in ("td", "th"):
            self._close_cell()
            if not table.row_open:
                self._open_row()
            self._open_cell(attrs)
        elif tag == "caption":
            self._close_row()
            self.in_caption = True
        elif tag == "br":
            self._newline(hard=True)
        elif tag in _BLOCKS:
            self._newline(hard=False)

    def handle_endtag(self, tag: str) -> None:
        if self.skipping:
            if tag == self.skipping:
                self.skipping = None
            return
        if tag == "div" and self.divs:
            self.divs -= 1
        if tag == "table":
            if self.depth == 1 and self.table is not None:
                self._end_table()
            elif self.depth > 1:
                self._newline(hard=False)
            self.depth = max(0, self.depth - 1)
            return
        if self.table is None:
            return
        if self.depth > 1:
            if tag == "tr" or tag in _BLOCKS:
                self._newline(hard=False)
            return
        if tag in ("td", "th"):
            self._close_cell()
        elif tag == "tr":
            self._close_row()
        elif tag == "caption":
            self.in_caption = False
        elif tag in _BLOCKS:
            self._newline(hard=False)

    def handle_data(self, data: str) -> None:
        if self.skipping or self.table is None:
            return
        if self.table.cell is not None:
            self.table.cell.append(_SPACES.sub(" ", data))
        elif self.in_caption:
            self.table.caption.append(data)

    # --- building --------------------------------------------------------------------------------------

    def _open_row(self) -> None:
        table = self.table
        assert table is not None
        table.row_open = True
        if len(table.rows) >= self.limits.max_rows:
            table.overflow += 1
            return
        table.rows.append([])
        if table.width and len(table.rows) * table.width > self.cell_room:
            self._refuse_cells(table)

    def _close_row(self) -> None:
        self._close_cell()
        if self.table is not None:
            self.table.row_open = False

    def _open_cell(self, attrs: list[tuple[str, str | None]]) -> None:
        table = self.table
        assert table is not None
        if table.overflow:
            return
        r = len(table.rows) - 1
        row = table.rows[r]
        c = len(row)
        busy = table.busy_until
        if busy:
            while busy.get(c, -1) >= r:
                c += 1
        across = down = 1
        if attrs:
            spans = dict(attrs)
            across = min(_span(spans.get("colspan")), _MAX_COLSPAN)
            down = min(_span(spans.get("rowspan"), zero_means=_MAX_ROWSPAN), _MAX_ROWSPAN)
        if c + across > self.limits.max_cols:
            raise LimitError(self.path, "cols", c + across, self.limits.max_cols, sheet=self._name(table))
        if len(row) < c + across:
            row.extend([None] * (c + across - len(row)))
            if len(row) > table.width:
                table.width = len(row)
                if len(table.rows) * table.width > self.cell_room:
                    self._refuse_cells(table)
        if down > 1:  # only a rowspan reaches into later rows
            for k in range(c, c + across):
                busy[k] = r + down - 1
        if across > 1 or down > 1:
            table.merges.append(Merge(r, c, r + down - 1, c + across - 1))
        table.cell = []
        table.cell_at = (r, c)

    def _close_cell(self) -> None:
        table = self.table
        if table is None or table.cell is None:
            return
        r, c = table.cell_at
        text = _cell_text(table.cell)
        table.cell = None
        if text is not None and len(text) > self.limits.max_cell_chars:
            raise cell_too_long(self.path, self._name(table), r + 1, c, len(text), self.limits)
        table.rows[r][c] = text

    def _end_table(self) -> None:
        table = self.table
        assert table is not None
        self._close_row()
        if table.overflow:
            raise LimitError(self.path, "rows", len(table.rows) + table.overflow, self.limits.max_rows,
                             sheet=self._name(table))
        width = max((len(r) for r in table.rows), default=0)
        check_sheet_size(self.path, self._name(table), len(table.rows), width, self.limits)
        self.cells_before += len(table.rows) * width
        self.tables.append(table)
        self.table = None

    @property
    def cell_room(self) -> int:
        """Cells the open table may reach: the limit per table, less what the tables before it hold."""
        return self.limits.max_cells - self.cells_before

    def _refuse_cells(self, table: _Table) -> None:
        """The open table crossed ``--max-cells``, alone or with the tables before it: refused now.

        Counted as the rows come, not when the table ends: 50 tables of 20,000 rows with
        ``colspan=500`` built 4.1 GB of grid before the end of each table was reached.
        """
        cells = len(table.rows) * table.width
        name = self._name(table)
        if cells > self.limits.max_cells:
            raise LimitError(self.path, "cells", cells, self.limits.max_cells, sheet=name)
        raise LimitError(self.path, "workbook_cells", self.cells_before + cells, self.limits.max_cells,
                         sheet=name)

    def _newline(self, hard: bool) -> None:
        cell = self.table.cell if self.table is not None else None
        if cell is not None and (hard or (cell and not cell[-1].endswith("\n"))):
            cell.append("\n")

    def _space(self) -> None:
        cell = self.table.cell if self.table is not None else None
        if cell and not cell[-1].endswith((" ", "\n")):
            cell.append(" ")

    # --- result ----------------------------------------------------------------------------------------

    def _name(self, table: _Table) -> str:
        caption = _SPACES.sub(" ", "".join(table.caption)).strip()
        return caption[:64] if caption else f"表{table.number}"

    def finish(self) -> list[Grid]:
        if self.table is not None:  # a table never closed: the file was cut off or sloppy
            self._end_table()
        grids: list[Grid] = []
        used: set[str] = set()
        for table in self.tables:
            if not table.rows:
                continue
            name = base = self._name(table)
            k = 2
            while name in used:
                name, k = f"{base} ({k})", k + 1
            used.add(name)
            grids.append(table.grid(name))
        return grids


def _cell_text(parts: list[str]) -> str | None:
    """Inner text of a cell: lines trimmed, blank lines at either end dropped; None when empty."""
    text = "".join(parts)
    if "\n" not in text:
        return text.strip() or None
    lines = [line.strip() for line in text.split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines) or None


def _span(value: str | None, zero_means: int = 1) -> int:
    """A rowspan/colspan attribute as browsers read it: leading digits, at least 1 (0: ``zero_means``)."""
    if not value:
        return 1
    digits = _DIGITS.match(value)
    if not digits:
        return 1
    n = int(digits.group(1)[:7])
    return zero_means if n == 0 else n
