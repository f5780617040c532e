"""The rows under a located header → :class:`~disclosecheck.model.Item` s, in one pass.

What a reader of the sheet sees is what an item holds: a vertically merged cell gives its value
to every row it spans; a blank 一级事项 under a filled one continues it (exports lose merges);
``同上`` repeats the value above. Empty rows, placeholder rows with only a 序号, repeated header
rows and notes rows are not items; the first notes row after some items ends the table.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from disclosecheck.locate.headers import choice_for, is_notes_text
from disclosecheck.model import (
    CHANNELS,
    CHOICE_ELEMENTS,
    DATE_ELEMENTS,
    LEVEL1,
    SEQ,
    Grid,
    Item,
    Layout,
    cell_name,
)
from disclosecheck.normalize.channels import parse_channels
from disclosecheck.normalize.choices import ordered, parse_choice_words, tick_value
from disclosecheck.normalize.dates import parse_date
from disclosecheck.normalize.values import clean_text, is_same_as_above


@dataclass(slots=True)
class _Plan:
    """What to read from each column, worked out once per table."""

    fields: list[tuple[str, int]] = field(default_factory=list)  # (element, column) one value each
    ticks: dict[str, list[tuple[int, str]]] = field(default_factory=dict)  # element -> [(column, choice)]
    extras: list[tuple[str, int]] = field(default_factory=list)  # (key in Item.extras, column)
    columns: list[int] = field(default_factory=list)  # every column of the table
    header_texts: frozenset[str] = frozenset()


def _plan(grid: Grid, layout: Layout) -> _Plan:
    plan = _Plan()
    used_keys: set[str] = set()
    for col in layout.columns:
        plan.columns.append(col.index)
        if col.element is None:
            key = col.header
            if key in used_keys:
                key = f"{col.header}({column_letter(col.index)})"
            used_keys.add(key)
            plan.extras.append((key, col.index))
        elif col.choice is not None:
            plan.ticks.setdefault(col.element, []).append((col.index, col.choice))
        else:
            plan.fields.append((col.element, col.index))
    texts = set()
    for r in layout.header_rows:
        texts.update(v.strip() for v in grid.rows[r] if isinstance(v, str) and v.strip())
    plan.header_texts = frozenset(texts)
    return plan


def column_letter(col: int) -> str:
    """0-based column index → its letter(s): 0 → "A", 27 → "AB"."""
    return cell_name(1, col)[:-1]


def _covered(grid: Grid, first: int, end: int) -> dict[tuple[int, int], int]:
    """(row, column) of each cell hidden under a vertical merge in the data → the merge's top row."""
    covered: dict[tuple[int, int], int] = {}
    for m in grid.merges:
        if m.last_row > m.first_row and m.first_row >= first and m.first_row < end:
            for r in range(m.first_row + 1, min(m.last_row, end - 1) + 1):
                covered[(r, m.first_col)] = m.first_row
    return covered


def _blank(value: Any) -> bool:
    return value is None or (type(value) is str and not value.strip())


def read_items(grid: Grid, layout: Layout) -> list[Item]:
    """Every item of the table ``layout`` describes in ``grid``."""
    plan = _plan(grid, layout)
    first = layout.first_data_row
    end = min(layout.end_row if layout.end_row is not None else grid.height, grid.height)
    covered = _covered(grid, first, end)
    numbers = getattr(grid, "row_numbers", None)
    seq_cols = {c for e, c in plan.fields if e == SEQ}
    table_cols = set(plan.columns)
    items: list[Item] = []
    prev: Item | None = None
    rows = grid.rows

    for r in range(first, end):
        row = rows[r]
        filled = [c for c, v in enumerate(row) if not _blank(v)]
        if not filled:
            continue
        texts = {clean_text(row[c]) for c in filled}
        if len(texts) == 1 and is_notes_text(next(iter(texts))):
            if items:
                break
            continue
        in_table = [c for c in filled if c in table_cols]
        if not in_table or all(c in seq_cols for c in in_table):
            continue
        if len(in_table) >= 3 and sum(1 for c in in_table if _strip(row[c]) in plan.header_texts) >= 3:
            continue  # the header repeated (printed page breaks)

        user_row = numbers[r] if numbers else r + 1

        def value_at(c: int, r: int = r, row: list[Any] = row,
                     user_row: int = user_row) -> tuple[Any, str, bool]:
            value = row[c] if c < len(row) else None
            if _blank(value):
                top = covered.get((r, c))
                if top is not None:
                    src = numbers[top] if numbers else top + 1
                    return rows[top][c] if c < len(rows[top]) else None, cell_name(src, c), True
            return value, cell_name(user_row, c), False

        item = Item(row=user_row)
        for element, c in plan.fields:
            value, cell, merged = value_at(c)
            _read_field(item, element, value, cell, merged, prev)
        for element, group in plan.ticks.items():
            _read_ticks(item, element, group, value_at, cell_name(user_row, group[0][0]), prev)
        for key, c in plan.extras:
            value, _cell, merged = value_at(c)
            text = clean_text(value)
            if is_same_as_above(text) and prev is not None:
                text = prev.extras.get(key, text)
            item.extras[key] = text
        if prev is not None and not item.text.get(LEVEL1, "x") and prev.text.get(LEVEL1):
            item.text[LEVEL1] = prev.text[LEVEL1]
            item.cells[LEVEL1] = prev.cells[LEVEL1]
            item.inherited.add(LEVEL1)
        items.append(item)
        prev = item
    return items


def _strip(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value


def _read_field(item: Item, element: str, value: Any, cell: str, merged: bool, prev: Item | None) -> None:
    """One element read from one cell into ``item``; ``同上`` copies the item above."""
    text = clean_text(value)
    if merged:
        item.inherited.add(element)
    if prev is not None and is_same_as_above(text) and element in prev.text:
        _copy_from(item, prev, element)
        return
    item.text[element] = text
    item.cells[element] = cell
    if element in DATE_ELEMENTS:
        parsed = parse_date(value) if text else None
        item.dates[element] = parsed
        if parsed is None and text:
            item.bad_dates[element] = text
        elif parsed is not None and not isinstance(value, str):
            item.text[element] = parsed.isoformat()
    elif element == CHANNELS:
        item.channels, item.channels_listed = parse_channels(text) if text else ([], [])
    elif element in CHOICE_ELEMENTS:
        chosen, unknown = parse_choice_words(element, text) if text else (set(), [])
        item.choices[element] = chosen
        if unknown:
            item.unknown_choices[element] = unknown


def _copy_from(item: Item, prev: Item, element: str) -> None:
    item.text[element] = prev.text[element]
    item.cells[element] = prev.cells.get(element, "")
    item.inherited.add(element)
    if element in prev.dates:
        item.dates[element] = prev.dates[element]
        if element in prev.bad_dates:
            item.bad_dates[element] = prev.bad_dates[element]
    if element in prev.choices:
        item.choices[element] = set(prev.choices[element])
        if element in prev.unknown_choices:
            item.unknown_choices[element] = list(prev.unknown_choices[element])
    if element == CHANNELS:
        item.channels, item.channels_listed = list(prev.channels), list(prev.channels_listed)


def _read_ticks(item: Item, element: str, group: list[tuple[int, str]], value_at: Any, first_cell: str,
                prev: Item | None) -> None:
    """A tick group (one sub-column per choice) → the set of ticked choices."""
    chosen: set[str] = set()
    unknown: list[str] = []
    merged_any = False
    for c, choice in group:
        value, _cell, merged = value_at(c)
        text = clean_text(value)
        if not text:
            continue
        merged_any = merged_any or merged
        if is_same_as_above(text):
            if prev is not None and element in prev.choices:
                _copy_from(item, prev, element)
                return
            unknown.append(text)
            continue
        mark = tick_value(text)
        if mark:
            chosen.add(choice)
        elif mark is None:
            named = choice_for(element, text)
            if named is not None:
                chosen.add(named)
            else:
                words, others = parse_choice_words(element, text)
                chosen |= words
                unknown.extend(others)
    item.choices[element] = chosen
    item.text[element] = "、".join(ordered(element, chosen))
    item.cells[element] = first_cell
    if unknown:
        item.unknown_choices[element] = unknown
    if merged_any:
        item.inherited.add(element)
