"""Build a Catalog the way the normalizer would, from a case's element → value rows, and run rules on it.

Cell values go through the normalizer's own value parsers (choice words, channel checklists, dates),
so the items look exactly like real ones; merges, 同上 and header location are not involved. A choice
element's value is a list of the ticked choices or words written (a plain string is one entry per
word separated by spaces, commas or slashes; 、 stays inside a word, as in 乡、村级).

Cells use the standard layout of DOMAIN.md: A 序号, B 一级事项 (or 公开事项 in a single-事项 table),
C 二级事项, D 公开内容, E 公开依据, F 公开时限, G 公开主体, H 公开渠道和载体, I-J 公开对象, K-L 公开方式,
M-N 公开层级, then O 信息形成日期, P 公开日期, Q 最近更新日期. Data rows are numbered from 4 (title row
and the two header rows above).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from itertools import pairwise
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from disclosecheck.checks import CHECK_MODULES, CHECKS
from disclosecheck.checks.runner import run_checks
from disclosecheck.model import (
    AUDIENCE,
    BASIS,
    CHANNELS,
    CHOICE_ELEMENTS,
    CONTENT,
    DATE_ELEMENTS,
    FORMED,
    ITEM,
    LEVEL,
    LEVEL1,
    LEVEL2,
    MODE,
    PUBLISHED,
    SEQ,
    SUBJECT,
    TIMELIMIT,
    UPDATED,
    Catalog,
    Column,
    Finding,
    Item,
    Layout,
    Severity,
    SourceKind,
)
from disclosecheck.normalize.channels import parse_channels
from disclosecheck.normalize.choices import parse_choice_words
from disclosecheck.normalize.dates import parse_date
from disclosecheck.normalize.placeholders import mark_placeholders
from disclosecheck.normalize.values import Placeholders
from disclosecheck.pack.validate import build

FIRST_ROW = 4
LETTERS = {SEQ: "A", LEVEL1: "B", ITEM: "B", LEVEL2: "C", CONTENT: "D", BASIS: "E", TIMELIMIT: "F",
           SUBJECT: "G", CHANNELS: "H", AUDIENCE: "I", MODE: "K", LEVEL: "M", FORMED: "O", PUBLISHED: "P",
           UPDATED: "Q"}
#: The tick sub-columns of the standard header.
TICKS = {AUDIENCE: ("全社会", "特定群体"), MODE: ("主动", "依申请"), LEVEL: ("县级", "乡级")}
STANDARD_COLUMNS = (SEQ, LEVEL1, LEVEL2, CONTENT, BASIS, TIMELIMIT, SUBJECT, CHANNELS, AUDIENCE, MODE, LEVEL)

_WORDS = re.compile(r"[，,；;/\s]+")


def _col_index(letter: str) -> int:
    return ord(letter) - ord("A")


DEFAULT_TITLE = "城市综合执法领域基层政务公开标准目录"


def make_layout(columns: Sequence[str], title: str | None = DEFAULT_TITLE) -> Layout:
    cols: list[Column] = []
    for element in columns:
        index = _col_index(LETTERS[element])
        if element in TICKS:
            cols += [Column(index + i, f"{element}/{c}", element, c) for i, c in enumerate(TICKS[element])]
        else:
            cols.append(Column(index, element, element))
    return Layout(sheet="Sheet1", header_rows=[1, 2], first_data_row=FIRST_ROW - 1, columns=cols,
                  title=title)


def _words(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value if str(v)]
    return [w for w in _WORDS.split(str(value)) if w]


def make_item(row: int, values: Mapping[str, Any], columns: Sequence[str]) -> Item:
    """One item; ``values["inherited"]`` lists elements filled from a merge or 同上."""
    unknown = set(values) - set(columns) - {"inherited"} - set(LETTERS)
    assert not unknown, f"not elements: {unknown}"
    item = Item(row=row, inherited=set(values.get("inherited", ())))
    for element in columns:
        value = values.get(element)
        item.cells[element] = f"{LETTERS[element]}{row}"
        if element in CHOICE_ELEMENTS:
            chosen: set[str] = set()
            unknown: list[str] = []
            for word in _words(value):
                said, others = parse_choice_words(element, word)
                chosen |= said
                unknown += others
            item.text[element] = "、".join(sorted(chosen))
            item.choices[element] = chosen
            if unknown:
                item.unknown_choices[element] = unknown
        elif element == CHANNELS:
            text = "" if value is None else str(value).strip()
            item.text[element] = text
            if text:
                item.channels, item.channels_listed = (list(x) for x in parse_channels(text))
        elif element in DATE_ELEMENTS:
            text = "" if value is None else str(value).strip()
            parsed = parse_date(value) if text else None
            item.text[element] = parsed.isoformat() if parsed is not None else text
            item.dates[element] = parsed
            if parsed is None and text:
                item.bad_dates[element] = text
        else:
            item.text[element] = "" if value is None else str(value).strip()
    return item


@functools.cache
def national_placeholders() -> Placeholders:
    """The built-in pack's placeholder words and template marks, as ``check`` uses them."""
    from disclosecheck.pack import load_pack
    from disclosecheck.pipeline import pack_placeholders

    return pack_placeholders(load_pack("national"))


def make_catalog(rows: Sequence[Mapping[str, Any]], columns: Sequence[str] = STANDARD_COLUMNS,
                 title: str | None = DEFAULT_TITLE) -> Catalog:
    """A Catalog of ``rows`` (data from row 4) with the given columns present, under a title row."""
    layout = make_layout(columns, title)
    items = [make_item(FIRST_ROW + i, row, columns) for i, row in enumerate(rows)]
    for above, item in pairwise(items):
        for element in item.inherited:  # like the normalizer: the cell the value was read from
            if element in above.cells:
                item.cells[element] = above.cells[element]
    mark_placeholders(items, national_placeholders())  # like the normalizer: 无, /, 待定 … read as blank
    return Catalog(path=Path("case.xlsx"), format="xlsx", sheet="Sheet1", kind=SourceKind.SHEET,
                   layout=layout, items=items)


def make_pack(enabled: Iterable[str] | None = None, options: Mapping[str, Mapping[str, Any]] | None = None,
              severities: Mapping[str, str] | None = None, holidays: Iterable[date] = (),
              workdays: Iterable[date] = ()) -> SimpleNamespace:
    """A stand-in for ``disclosecheck.pack.Pack`` with the attributes ``run_checks`` reads.

    ``enabled`` None enables every rule; otherwise only the rules named.
    """
    options = options or {}
    severities = severities or {}
    rules = {}
    for module in CHECK_MODULES:
        rules[module.ID] = SimpleNamespace(
            id=module.ID,
            enabled=enabled is None or module.ID in enabled,
            severity=Severity(severities.get(module.ID, module.SEVERITY)),
            options=build(module.Options, options.get(module.ID, {})),
        )
    return SimpleNamespace(name="test", rules=rules, holidays=list(holidays), workdays=list(workdays))


def run_rule(rule: str, catalog: Catalog, as_of: date, **pack_kw: Any) -> list[Finding]:
    assert rule in CHECKS, rule
    pack = make_pack(**pack_kw)
    return sorted(run_checks(catalog, pack, as_of), key=lambda f: f.sort_key())  # type: ignore[arg-type]
