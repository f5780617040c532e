"""The rows under a located header → :class:`~disclosecheck.model.Item` s, in one pass.

What a reader of the sheet sees is what an item holds: a vertically merged cell gives its value
to every row it spans; a blank 一级事项 under a filled one continues it (exports lose merges);
``同上`` repeats the value above. Empty rows, placeholder rows with only a 序号, repeated header
rows and notes rows are not items; the first notes row after some items ends the table.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from disclosecheck.locate.headers import choice_for, is_notes_text
from disclosecheck.model import (
    CHANNELS,
    CHOICE_ELEMENTS,
    DATE_ELEMENTS,
    ITEM,
    LEVEL1,
    LEVEL2,
    SEQ,
    Grid,
    Item,
    Layout,
    cell_name,
)
from disclosecheck.normalize.channels import parse_channels
from disclosecheck.normalize.choices import ordered, parse_choice_words, tick_value
from disclosecheck.normalize.dates import parse_date
from disclosecheck.normalize.values import SAME_AS_ABOVE, clean_text


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
            key = clean_text(col.header).replace("\n", "")  # 责任\n科室 → 责任科室
            if key in used_keys:
                key = f"{key}({column_letter(col.index)})"
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
    """(row, column) of each cell hidden under a vertical merge in the data → the merge's top row.

    Overlapping ranges are invalid (Excel repairs them away): a cell stays with the first range that
    covers it, and a later range stops where it runs into one, so the work stays within the cells of
    the table however many times a file repeats a range.
    """
    covered: dict[tuple[int, int], int] = {}
    for m in grid.merges:
        top, col = m.first_row, m.first_col
        if m.last_row <= top or not first <= top < end or (top, col) in covered:
            continue
        for r in range(top + 1, min(m.last_row, end - 1) + 1):
            if (r, col) in covered:
                break
            covered[(r, col)] = top
    return covered


class _Memo:
    """Per-table caches: catalogs repeat the same texts (channels, ticks, 主体, 时限) row after row."""

    __slots__ = ("channels", "joins", "text", "ticks", "words")

    def __init__(self) -> None:
        self.text: dict[str, str] = {}
        self.channels: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
        self.ticks: dict[tuple[str, str], tuple[set[str], list[str]]] = {}
        self.words: dict[tuple[str, str], tuple[frozenset[str], tuple[str, ...]]] = {}
        self.joins: dict[tuple[str, frozenset[str]], str] = {}

    def joined(self, element: str, chosen: set[str]) -> str:
        """The chosen names in the standard order, joined with 、."""
        if not chosen:
            return ""
        key = (element, frozenset(chosen))
        found = self.joins.get(key)
        if found is None:
            found = self.joins[key] = "、".join(ordered(element, chosen))
        return found

    def clean(self, value: Any) -> str:
        if type(value) is not str:
            return clean_text(value)
        found = self.text.get(value)
        if found is None:
            if len(self.text) > 100_000:
                self.text.clear()
            found = self.text[value] = clean_text(value)
        return found

    def channel_lists(self, text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        found = self.channels.get(text)
        if found is None:
            chosen, listed = parse_channels(text)
            found = self.channels[text] = (tuple(chosen), tuple(listed))
        return found

    def choice_words(self, element: str, text: str) -> tuple[frozenset[str], tuple[str, ...]]:
        key = (element, text)
        found = self.words.get(key)
        if found is None:
            chosen, unknown = parse_choice_words(element, text)
            found = self.words[key] = (frozenset(chosen), tuple(unknown))
        return found

    def tick(self, element: str, choice: str, text: str) -> tuple[set[str], list[str]]:
        """(choices, unknown words) one tick cell says."""
        key = (choice, text)
        found = self.ticks.get(key)
        if found is None:
            mark = tick_value(text)
            if mark:
                found = ({choice}, [])
            elif mark is False:
                found = (set(), [])
            else:
                named = choice_for(element, text)
                if named is not None:
                    found = ({named}, [])
                elif choice == "特定群体":
                    # 特定群体(请写明): the column asks for the group's name (项目单位, 低保对象 …)
                    found = ({choice}, [])
                else:
                    words, others = self.choice_words(element, text)
                    found = (set(words), list(others))
            self.ticks[key] = found
        return found


def _name_spans(grid: Grid, plan: _Plan, first: int, end: int) -> frozenset[int]:
    """Rows whose item name is one cell merged across 一级事项 and 二级事项.

    The 养老服务 and 社会救助 guidelines print an item without sub-items that way: its name is both
    levels at once, and its 二级事项 is not blank.
    """
    columns = dict(plan.fields)
    level1, level2 = columns.get(LEVEL1), columns.get(LEVEL2)
    if level1 is None or level2 is None:
        return frozenset()
    low, high = min(level1, level2), max(level1, level2)
    rows: set[int] = set()
    for m in grid.merges:
        if m.first_col <= low and m.last_col >= high and m.last_row >= first and m.first_row < end:
            rows.update(range(max(m.first_row, first), min(m.last_row, end - 1) + 1))
    return frozenset(rows)


def read_items(grid: Grid, layout: Layout) -> list[Item]:
    """Every item of the table ``layout`` describes in ``grid``.

    The per-row work is kept lean because it runs for every row of every catalog of an audit: what
    can be decided per column is decided once here, rows too short for the table are padded once
    (a missing cell and ``None`` read the same), and repeated tick patterns are looked up whole.
    """
    plan = _plan(grid, layout)
    first = layout.first_data_row
    end = min(layout.end_row if layout.end_row is not None else grid.height, grid.height)
    covered = _covered(grid, first, end)
    covered_cols = {c for _, c in covered}
    name_spans = _name_spans(grid, plan, first, end) if grid.merges else frozenset()
    columns = dict(plan.fields)
    name_col = next((columns[e] for e in (LEVEL2, ITEM, LEVEL1) if e in columns), None) if covered else None
    seq_col = columns.get(SEQ)
    prev_r = -1
    after_header = False
    numbers = getattr(grid, "row_numbers", None)
    seq_cols = frozenset(c for e, c in plan.fields if e == SEQ)
    table_cols = frozenset(plan.columns)
    # Rows no wider than this hold table columns only, so their filled cells are all in the table.
    all_in_table = next(c for c in range(len(table_cols) + 1) if c not in table_cols)
    width = max(plan.columns, default=-1) + 1  # shorter rows are padded with None up to here
    letters = {c: column_letter(c) for c in plan.columns}
    header_texts = plan.header_texts
    probe = next((c for e, c in plan.fields if e != SEQ), None)  # cheap test for a repeated header
    fields = [(element, c, _KINDS.get(element, _TEXT), letters[c]) for element, c in plan.fields]
    ticks = [_TickGroup(element, group, letters[group[0][0]], any(c in covered_cols for c, _ in group))
             for element, group in plan.ticks.items()]
    memo = _Memo()
    clean = memo.clean
    texts_seen = memo.text.get
    same = SAME_AS_ABOVE
    items: list[Item] = []
    prev: Item | None = None
    rows = grid.rows

    def merged_value(r: int, c: int) -> tuple[Any, str] | None:
        """The value a vertical merge above gives cell (r, c), and the merge's top-left cell."""
        top = covered.get((r, c))
        if top is None:
            return None
        above = rows[top]
        return (above[c] if c < len(above) else None), letters[c] + str(numbers[top] if numbers else top + 1)

    # A grid whose reader saw no text of blanks only: a row's filled cells are its non-None ones, and
    # a full row of a table (most rows) needs no list of them (see below).
    blank_texts = getattr(grid, "blank_texts", True)
    few = max(3, len(seq_cols))
    for r in range(first, end):
        row = rows[r]
        n = len(row)
        if not blank_texts and n <= all_in_table and n - row.count(None) > few:
            filled = in_table = None  # many cells, all in the table: not a note, not a 序号 alone
        else:
            filled = [c for c, v in enumerate(row) if v is not None and (v.__class__ is not str or v.strip())]
            if not filled:
                continue
            if len(filled) <= 3:
                texts = {clean(row[c]) for c in filled}
                if len(texts) == 1 and is_notes_text(next(iter(texts))):
                    if items:
                        break
                    continue
            in_table = filled if n <= all_in_table else [c for c in filled if c in table_cols]
            if not in_table or seq_cols.issuperset(in_table):
                continue
        if (probe is not None and probe < n and _strip(row[probe]) in header_texts
                and sum(1 for c in (in_table if in_table is not None else range(n))
                        if _strip(row[c]) in header_texts) >= 3):
            after_header = True  # a blank 一级事项 below a repeated header continues nothing
            continue  # the header repeated (printed page breaks)

        if n < width:
            row = row + [None] * (width - n)
        if (prev is not None and name_col is not None
                and _continues(covered, row, r, prev_r, name_col, seq_col)):
            _append_continuation(prev, row, fields, covered, r, clean)
            continue
        user_row = numbers[r] if numbers else r + 1
        tail = str(user_row)
        item = Item(row=user_row)
        text = item.text
        names = item.cells
        for element, c, kind, letter in fields:
            value = row[c]
            name = None
            if covered and (value is None or value == ""):
                found = merged_value(r, c)
                if found is not None:
                    value, name = found
                    item.inherited.add(element)
            if value is None:
                t = ""
            elif value.__class__ is str:
                t = texts_seen(value) or clean(value)
            else:
                t = clean(value)
            if t in same and prev is not None and element in prev.text:
                _copy_from(item, prev, element, letter + tail)
                continue
            text[element] = t
            names[element] = name or letter + tail
            if kind:
                _read_special(item, element, kind, value, t, memo)
        for group in ticks:
            element = group.element
            values = group.values(row)
            cells_of = values if group.many else (values,)
            known = group.patterns.get(values) if group.cacheable else None
            if known is not None:
                # Most rows repeat a few tick patterns: each pattern's result is remembered.
                item.choices[element] = set(known[0])
                text[element] = known[2]
                names[element] = group.letter + tail
                if known[1]:
                    item.unknown_choices[element] = list(known[1])
                continue
            cells = []
            for (c, choice), value in zip(group.group, cells_of, strict=True):
                merged = False
                if covered and (value is None or value == ""):
                    found = merged_value(r, c)
                    if found is not None:
                        value, merged = found[0], True
                cells.append((value, choice, merged))
            _read_ticks(item, element, cells, group.letter + tail, prev, memo)
            if (group.cacheable and len(group.patterns) < 10_000
                    and all(v is None or (type(v) is str and clean(v) not in same) for v in cells_of)):
                unknown = tuple(item.unknown_choices.get(element, ()))
                group.patterns[values] = (frozenset(item.choices[element]), unknown, text[element])
        for key, c in plan.extras:
            value = row[c]
            if covered and (value is None or value == ""):
                found = merged_value(r, c)
                if found is not None:
                    value = found[0]
            t = clean(value)
            if t in same and prev is not None:
                t = prev.extras.get(key, t)
            item.extras[key] = t
        if r in name_spans and text.get(LEVEL1) and not text.get(LEVEL2):
            text[LEVEL2] = text[LEVEL1]
            names[LEVEL2] = names[LEVEL1]
            item.inherited.add(LEVEL2)
        if prev is not None and not after_header and not text.get(LEVEL1, "x") and prev.text.get(LEVEL1):
            text[LEVEL1] = prev.text[LEVEL1]
            names[LEVEL1] = prev.cells[LEVEL1]
            item.inherited.add(LEVEL1)
        items.append(item)
        prev = item
        prev_r = r
        after_header = False
    return items


def _continues(covered: dict[tuple[int, int], int], row: list[Any], r: int, prev_r: int, name_col: int,
               seq_col: int | None) -> bool:
    """Whether row ``r`` only continues the item of row ``prev_r``.

    Some catalogs spread one item's 公开内容 over several rows and merge every other cell down over
    them (江上乡's 财政预决算 item 政府预算): the item's name and its 序号 come from the same merge as
    the item above, so the row holds no item of its own, only more of that item's text.
    """
    if covered.get((r, name_col)) != prev_r:
        return False
    if seq_col is None:
        return True
    if (r, seq_col) in covered:
        return covered[(r, seq_col)] == prev_r
    seq = row[seq_col]
    return seq is None or (isinstance(seq, str) and not seq.strip())


def _append_continuation(item: Item, row: list[Any], fields: list[tuple[str, int, Any, str]],
                         covered: dict[tuple[int, int], int], r: int, clean: Any) -> None:
    """Add the row's own texts (those no merge gives it) to the item, each on a new line."""
    for element, c, _, _ in fields:
        value = row[c]
        if (r, c) in covered or value is None:
            continue
        t = clean(value)
        if t:
            before = item.text.get(element, "")
            item.text[element] = f"{before}\n{t}" if before else t


class _TickGroup:
    """One element's tick sub-columns, with the results of the tick patterns already read in them."""

    __slots__ = ("cacheable", "element", "group", "letter", "many", "patterns", "values")

    def __init__(self, element: str, group: list[tuple[int, str]], letter: str, merged: bool) -> None:
        self.element = element
        self.group = group  # [(column, choice)]
        self.letter = letter  # of the first column, named as the group's cell
        #: A merge reaching into the group makes a row's values depend on rows above: never cached.
        self.cacheable = not merged
        #: The group's cells in one row: a tuple, or the bare value for a group of one column.
        self.values = itemgetter(*(c for c, _ in group))
        self.many = len(group) > 1
        self.patterns: dict[Any, tuple[frozenset[str], tuple[str, ...], str]] = {}


_TEXT, _DATE, _CHANNELS, _WORDS = range(4)
_KINDS: dict[str, int] = {
    **dict.fromkeys(DATE_ELEMENTS, _DATE), CHANNELS: _CHANNELS, **dict.fromkeys(CHOICE_ELEMENTS, _WORDS),
}


def _strip(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value


def _read_special(item: Item, element: str, kind: int, value: Any, text: str, memo: _Memo) -> None:
    """Dates, channel checklists and choice words read from a cell already cleaned to ``text``."""
    if kind == _DATE:
        parsed = parse_date(value) if text else None
        item.dates[element] = parsed
        if parsed is None and text:
            item.bad_dates[element] = text
        elif parsed is not None and not isinstance(value, str):
            item.text[element] = parsed.isoformat()
    elif kind == _CHANNELS:
        if text:
            chosen, listed = memo.channel_lists(text)
            item.channels, item.channels_listed = list(chosen), list(listed)
    elif text:
        words, unknown = memo.choice_words(element, text)
        item.choices[element] = set(words)
        if unknown:
            item.unknown_choices[element] = list(unknown)
    else:
        item.choices[element] = set()


def _copy_from(item: Item, prev: Item, element: str, own_cell: str | None = None) -> None:
    """``同上``: the row above's value. Findings stay on the row's own cell, saying where it came from."""
    item.text[element] = prev.text[element]
    source = prev.same_as.get(element) or prev.cells.get(element, "")
    item.cells[element] = own_cell or prev.cells.get(element, "")
    if own_cell and source:
        item.same_as[element] = source
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


def _read_ticks(item: Item, element: str, cells: list[tuple[Any, str, bool]], first_cell: str,
                prev: Item | None, memo: _Memo) -> None:
    """A tick group (value, choice, merged) per sub-column → the set of ticked choices."""
    chosen: set[str] = set()
    unknown: list[str] = []
    merged_any = False
    for value, choice, merged in cells:
        if value is None:
            continue
        text = memo.clean(value)
        if not text:
            continue
        merged_any = merged_any or merged
        if text in SAME_AS_ABOVE:
            if prev is not None and element in prev.choices:
                _copy_from(item, prev, element)
                return
            unknown.append(text)
            continue
        said, others = memo.tick(element, choice, text)
        chosen |= said
        if others:
            unknown.extend(others)
    item.choices[element] = chosen
    item.text[element] = memo.joined(element, chosen)
    item.cells[element] = first_cell
    if unknown:
        item.unknown_choices[element] = unknown
    if merged_any:
        item.inherited.add(element)
