"""The shortcuts normalize takes for speed read every cell exactly as the long way would."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from conftest import STANDARD_HEADER_1
from hypothesis import given
from hypothesis import strategies as st
from test_locate_layout import grid, standard_grid
from test_normalize_items import row

from disclosecheck.locate import locate
from disclosecheck.model import Grid, Item
from disclosecheck.normalize import normalize
from disclosecheck.normalize.values import clean_text

_SPACES = re.compile(r"[ \t\u3000\xa0\u2002\u2003\u2009]+")
_SPACE_AROUND_BREAK = re.compile(r" ?\n ?")
_BREAKS = re.compile(r"\r\n?|\u2028|\u2029|\x0b")


def _clean_the_long_way(text: str) -> str:
    """clean_text of a string with every regex applied, as it was before the plain-text shortcut."""
    text = _BREAKS.sub("\n", text)
    text = _SPACES.sub(" ", text)
    text = _SPACE_AROUND_BREAK.sub("\n", text)
    return text.strip()


_TRICKY = " \t\u3000\xa0\u2002\u2003\u2009\n\r\x0b\u2028\u2029\x1c\x85\u200b\u2000\u202f\ufeff"


_LETTERS = [*_TRICKY, "a", "Z", "1", ".", "同", "上", "■", "√", "（"]


@given(st.text(alphabet=st.sampled_from(_LETTERS), max_size=24))
def test_clean_text_of_a_string_matches_the_long_way(text: str) -> None:
    assert clean_text(text) == _clean_the_long_way(text)


@given(st.text(max_size=40))
def test_clean_text_of_any_string_matches_the_long_way(text: str) -> None:
    assert clean_text(text) == _clean_the_long_way(text)


def _items(g: Grid) -> list[Item]:
    layout = locate(g)
    assert layout is not None
    return normalize(g, layout, Path("t.xlsx"), "xlsx").items


def test_numbers_and_booleans_keep_their_own_text() -> None:
    """Numbers are remembered per table; equal values of another type (True == 1.0) are not confused."""
    seqs: list[Any] = [1.0, True, 1, 0.0, -0.0, 2.5, 1.0, False, 0]
    items = _items(standard_grid([row(s, "a", f"b{i}") for i, s in enumerate(seqs)]))
    assert [i.text["序号"] for i in items] == ["1", "是", "1", "0", "0", "2.5", "1", "否", "0"]


def test_rows_shorter_than_the_table_read_their_missing_cells_as_blank() -> None:
    full = row(1, "a", "b", ticks=("√", None, "√", None, "√", None))
    short = row(2, "a", "c")[:9]  # ends in 全社会: no 特定群体, 公开方式 or 公开层级 cells at all
    shorter = row(3, "a", "d")[:5]  # ends in 公开依据
    items = _items(standard_grid([full, short, shorter, full]))
    assert [i.choices for i in items] == [
        {"公开对象": {"全社会"}, "公开方式": {"主动"}, "公开层级": {"县级"}},
        {"公开对象": {"全社会"}, "公开方式": set(), "公开层级": set()},
        {"公开对象": set(), "公开方式": set(), "公开层级": set()},
        {"公开对象": {"全社会"}, "公开方式": {"主动"}, "公开层级": {"县级"}},
    ]
    assert items[2].text["公开时限"] == "" and items[2].cells["公开时限"] == "F6"
    assert items[2].cells["公开层级"] == "M6" and items[2].text["公开层级"] == ""


def test_a_tick_group_of_one_column() -> None:
    h1 = ["序号", "公开事项", None, "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体",
          "公开对象", "公开层级"]
    h2 = [None, "一级事项", "二级事项", None, None, None, None, None, "全社会", "县级"]
    data = [[i, "a", f"b{i}", "c", "d", "e", "f", "■政府网站", tick, "√"]
            for i, tick in enumerate(["√", None, "√", "同上", "县级", "×", "√"], start=1)]
    merges = ["A1:A2", "B1:C1", "D1:D2", "E1:E2", "F1:F2", "G1:G2", "H1:H2"]
    items = _items(grid([h1, h2, *data], merges))
    ticked = {"全社会"}
    assert [i.choices["公开对象"] for i in items] == [ticked, set(), ticked, ticked, set(), set(), ticked]
    assert "公开对象" in items[3].inherited  # 同上 copies the row above, and is never remembered as a pattern
    assert items[4].unknown_choices == {"公开对象": ["县级"]}
    assert [i.cells["公开对象"] for i in items] == ["I3", "I4", "I5", "I5", "I7", "I8", "I9"]


def test_cells_outside_the_table_do_not_make_a_row() -> None:
    """A table that starts in column B: a note in column A alone is not an item."""
    rows = [[None, *r] for r in (["城市综合执法目录"], *_standard_rows())]
    rows.append(["备注", None, None])
    rows.append([None, *row(2, "a", "c")])
    items = _items(grid(rows))
    assert [i.text["二级事项"] for i in items] == ["b", "c"]
    assert items[1].cells["二级事项"] == "D6"


def _standard_rows() -> list[list[Any]]:
    g = standard_grid([row(1, "a", "b")])
    return g.rows[1:]


_WORDS = ["a", "b", "同上", "√", "备注：本目录每年更新", "序号", "公开事项", "■政府网站", "20个工作日", "无",
          "其他"]
_CELLS = st.one_of(st.none(), st.sampled_from(_WORDS), st.integers(min_value=0, max_value=9).map(float))


@st.composite
def _rows(draw: st.DrawFn) -> list[list[Any]]:
    """Data rows as catalogs hold them: full items, items with cells left empty, a 序号 alone, a note,
    the header repeated (also as a note in three cells), a row running past the table or only beside it."""
    out = []
    for n in range(draw(st.integers(min_value=1, max_value=12))):
        kind = draw(st.sampled_from(["item", "holes", "seq", "note", "notes", "header", "wide", "beside"]))
        if kind == "item":
            out.append(row(n + 1, draw(_CELLS), draw(_CELLS)))
        elif kind == "holes":
            out.append([draw(_CELLS) for _ in range(draw(st.integers(min_value=0, max_value=16)))])
        elif kind == "seq":
            out.append([n + 1])
        elif kind == "note":
            out.append(["备注：以上事项按年度更新"])
        elif kind == "notes":
            out.append(["备注：以上事项按年度更新"] * 3)
        elif kind == "beside":
            beside = draw(st.lists(_CELLS, max_size=6))
            out.append([None] * 14 + beside)
        elif kind == "header":
            out.append(list(STANDARD_HEADER_1))
        else:
            out.append([*row(n + 1, "a", f"w{n}"), "表外", "备注"])
    return out


@given(_rows())
def test_rows_of_a_grid_without_blank_texts_read_as_the_long_way_reads_them(data: list[list[Any]]) -> None:
    """A reader that saw no text of blanks only lets the row loop count filled cells without listing
    them: the items are exactly those of the long way."""
    quick = standard_grid(data)
    quick.blank_texts = False
    slow = standard_grid(data)
    assert slow.blank_texts
    assert _items(quick) == _items(slow)
