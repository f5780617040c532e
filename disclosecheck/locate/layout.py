"""Finding header rows in a grid and reading them into a column map.

A header row is a row naming at least three elements, one of them a core one (事项 or 公开内容).
It may be followed by a second header row of sub-columns (一级事项/二级事项, tick groups such as
公开对象 → 全社会/特定群体). Merges tell the groups when the file kept them; when an export lost
them, an empty top cell over a filled sub-cell continues the group on its left.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from disclosecheck.locate.headers import (
    CORE_ELEMENTS,
    choice_for,
    header_choice,
    header_element,
    is_known_extra,
    is_notes_text,
    normalize_header,
    strip_brackets,
)
from disclosecheck.model import CHOICE_ELEMENTS, MODE, Column, Grid, Layout, Merge

#: Cells longer than this are data, never a header (keeps the scan of big sheets cheap).
MAX_HEADER_CHARS = 40
#: How many rows above a header may hold its title.
TITLE_ROWS = 3


_Memo = dict[str, str | None]


def row_elements(row: list[Any], table: Mapping[str, str], memo: _Memo | None = None) -> set[str]:
    """The elements the cells of ``row`` name as headers (``memo`` caches texts already looked up)."""
    found: set[str] = set()
    for value in row:
        if type(value) is str and 0 < len(value) <= MAX_HEADER_CHARS:
            if memo is None:
                element = header_element(value, table)
            else:
                element = memo.get(value, _UNSEEN)
                if element is _UNSEEN:
                    if len(memo) > 200_000:
                        memo.clear()
                    element = memo[value] = header_element(value, table)
            if element is not None:
                found.add(element)
    return found


_UNSEEN: Any = object()


def is_header_row(row: list[Any], table: Mapping[str, str], memo: _Memo | None = None) -> bool:
    found = row_elements(row, table, memo)
    return len(found) >= 3 and not found.isdisjoint(CORE_ELEMENTS)


def _sparse(row: list[Any]) -> bool:
    """At most three filled cells: a title, a note or an empty row, after which a new table may start."""
    return len(row) - row.count(None) - row.count("") <= 3


def header_like_texts(row: list[Any], table: Mapping[str, str]) -> list[str]:
    """The texts of ``row`` that look like headers (elements, choices, known extra columns)."""
    return [str(v).strip() for v in row
            if type(v) is str and 0 < len(v) <= MAX_HEADER_CHARS and _header_like(v, table)]


def _header_like(text: str, table: Mapping[str, str]) -> bool:
    return (header_element(text, table) is not None or header_choice(text) is not None
            or is_known_extra(text))


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ("" if value is None else str(value).strip())


def _merges_at(grid: Grid, row: int) -> dict[int, Merge]:
    """Merges whose top-left cell is in ``row``, by first column."""
    return {m.first_col: m for m in grid.merges if m.first_row == row}


def _is_sub_header(grid: Grid, h: int, table: Mapping[str, str], top_merges: dict[int, Merge]) -> bool:
    """Whether row ``h + 1`` holds sub-column headings of row ``h``."""
    if h + 1 >= grid.height:
        return False
    grouped: set[int] = set()
    spans_down = False
    for m in top_merges.values():
        if m.last_col > m.first_col:
            grouped.update(range(m.first_col, m.last_col + 1))
        if m.last_row > h:
            spans_down = True
    cells = [(c, v) for c, v in enumerate(grid.rows[h + 1]) if _text(v)]
    if not cells:
        return spans_down
    for c, v in cells:
        if not isinstance(v, str) or len(v) > MAX_HEADER_CHARS:
            return False
        if c in grouped or _header_like(v, table) or not strip_brackets(normalize_header(v)):
            continue  # a remark alone under its heading, 公开内容 over (要素), is part of the header
        return False
    return True


def _title(grid: Grid, h: int, top: int) -> tuple[str | None, int]:
    """The title text above header row ``h`` (not above ``top``) and the first row of the block."""
    texts: list[str] = []
    start = h
    r = h - 1
    while r >= max(top, h - TITLE_ROWS - 1):
        values = [_text(v) for v in grid.rows[r]]
        filled = [v for v in values if v]
        if filled:
            if len(filled) > 3 or is_notes_text(filled[0]):
                break
            texts.insert(0, " ".join(filled))
            start = r
        elif texts:
            break
        r -= 1
    return (" ".join(texts) or None), start


def build_columns(grid: Grid, h: int, sub: bool, table: Mapping[str, str],
                  top_merges: dict[int, Merge]) -> list[Column]:
    """The column map of a header at row ``h`` (and ``h + 1`` when ``sub``)."""
    top_row = grid.rows[h]
    sub_row = grid.rows[h + 1] if sub else []
    width = max(len(top_row), len(sub_row))
    # Parent text of each column: the cell itself, or the top-left of a merge spanning it.
    parent: list[str] = [_text(top_row[c]) if c < len(top_row) else "" for c in range(width)]
    for m in top_merges.values():
        if m.last_col > m.first_col and m.first_col < width:
            for c in range(m.first_col + 1, min(m.last_col, width - 1) + 1):
                parent[c] = parent[m.first_col]
    subs = [_text(sub_row[c]) if c < len(sub_row) else "" for c in range(width)]
    # Exports lose merges: an empty top over a filled sub-cell continues the group on its left.
    for c in range(1, width):
        if not parent[c] and subs[c] and subs[c - 1] and parent[c - 1]:
            parent[c] = parent[c - 1]

    columns: list[Column] = []
    for c in range(width):
        top, low = parent[c], subs[c]
        if top and low:
            columns.append(_grouped_column(c, top, low, table))
        elif top or low:
            columns.append(_single_column(c, top or low, table))
    return _dedupe(columns)


def _grouped_column(c: int, top: str, low: str, table: Mapping[str, str]) -> Column:
    header = f"{top}/{low}"
    parent_element = header_element(top, table)
    if parent_element in CHOICE_ELEMENTS:
        choice = choice_for(parent_element, low)
        if choice is None:
            # A group printed under the wrong name (三门县: 公开方式 twice, over 县级 / 乡、村级) is
            # the element its sub-columns name.
            other = header_choice(low)
            if other is not None and other[0] != parent_element:
                return Column(c, header, other[0], other[1])
        return Column(c, header, parent_element, choice or " ".join(low.split()))
    element, choice = _element_of(low, table)
    if element is None and parent_element is not None and not is_known_extra(low):
        # A sub-heading that only repeats or qualifies its parent (公开时限/工作日): the parent's column.
        return Column(c, header, parent_element)
    return Column(c, header, element, choice)


def _single_column(c: int, text: str, table: Mapping[str, str]) -> Column:
    return Column(c, text, *_element_of(text, table))


def _element_of(text: str, table: Mapping[str, str]) -> tuple[str | None, str | None]:
    """(element, choice) a header names: an element by name or synonym, else a lone choice (主动)."""
    element = header_element(text, table)
    if element is not None:
        return element, None
    picked = header_choice(text)
    if picked is not None:
        return picked[0], picked[1]
    return None, None


def _dedupe(columns: list[Column]) -> list[Column]:
    """One column per element: a repeated element is kept as an extra column.

    Choice elements may have several tick columns (one per choice); when they have any, a word
    column of the same element is kept as an extra, as is a second tick column for the same choice.
    """
    seen: set[str] = set()
    seen_choices: set[tuple[str, str]] = set()
    ticked = {c.element for c in columns if c.choice is not None}
    # 公开属性 is the very name of 主动/依申请 in information-disclosure systems; beside it, a column
    # headed 公开方式 holds the form (全文发布, 摘要) — 平武县's 社会保险 catalog.
    if any(c.element == MODE and c.choice is None and normalize_header(c.header) == "公开属性"
           for c in columns):
        for col in columns:
            if col.element == MODE and col.choice is None and normalize_header(col.header) != "公开属性":
                col.element = None
    for col in columns:
        element = col.element
        if element is None:
            continue
        if col.choice is not None:
            key = (element, col.choice)
            if key in seen_choices:
                col.element, col.choice = None, None
            seen_choices.add(key)
        elif element in seen or element in ticked:
            col.element = None
        else:
            seen.add(element)
    return columns


def _is_numbering_row(row: list[Any]) -> bool:
    """A row of column numbers under the header (1, 2, 3 …), as printed forms have: not an item."""
    numbers: list[float] = []
    for value in row:
        if value is None or value == "":
            continue
        if isinstance(value, bool):
            return False
        if isinstance(value, int | float):
            numbers.append(float(value))
        elif isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
            numbers.append(float(value.strip()))  # isascii: '¹'.isdigit() holds, float('¹') fails
        else:
            return False
    return len(numbers) >= 3 and numbers == [float(i) for i in range(1, len(numbers) + 1)]


def find_layouts(grid: Grid, table: Mapping[str, str]) -> list[Layout]:
    """Every catalog header block in ``grid``, top to bottom, each ending where the next one starts.

    After the first table, only a row following a sparse row (a title, a note, an empty row) can
    start another one: a data row never does, and big sheets are scanned quickly.
    """
    layouts: list[Layout] = []
    starts: list[int] = []
    rows = grid.rows
    memo: dict[str, str | None] = {}
    r = 0
    top = 0
    while r < grid.height:
        if (layouts and not _sparse(rows[r - 1])) or not is_header_row(rows[r], table, memo):
            r += 1
            continue
        top_merges = _merges_at(grid, r)
        sub = _is_sub_header(grid, r, table, top_merges)
        title, start = _title(grid, r, top)
        columns = build_columns(grid, r, sub, table, top_merges)
        header_rows = [r, r + 1] if sub else [r]
        first_data = header_rows[-1] + 1
        if first_data < grid.height and _is_numbering_row(rows[first_data]):
            first_data += 1
        layouts.append(Layout(sheet=grid.name, header_rows=header_rows, first_data_row=first_data,
                              columns=columns, title=title))
        starts.append(start)
        top = first_data
        r = first_data
    for layout, next_start in zip(layouts, starts[1:], strict=False):
        layout.end_row = next_start
    return layouts


def header_candidates(grid: Grid, table: Mapping[str, str], limit: int = 3) -> list[tuple[int, list[str]]]:
    """The rows with the most header-like texts (0-based row, texts), for a "no catalog" message."""
    scored: list[tuple[int, int, list[str]]] = []
    for r, row in enumerate(grid.rows):
        texts = header_like_texts(row, table)
        if texts:
            scored.append((len(texts), r, texts))
    scored.sort(key=lambda t: (-t[0], t[1]))
    return sorted(((r, texts) for _, r, texts in scored[:limit]), key=lambda t: t[0])
