"""Whatever a sheet holds, locating and normalizing never crash, and what they return is consistent."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from conftest import STANDARD_HEADER_1, STANDARD_HEADER_2
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from disclosecheck.locate import locate_all
from disclosecheck.model import ELEMENTS, Grid, Merge
from disclosecheck.normalize import normalize

WORDS = [
    "公开事项",
    "公开内容",
    "公开时限",
    "公開依據",
    "序号",
    "一级事项",
    "二级事项",
    "公开对象",
    "全社会",
    "√",
    "同上",
    "同 上",
    "注：说明",
    "■政府网站 □政府公报",
    "t政府网站",
    "口",
    "2026年3月5日",
    "县级、乡级",
    "",
    "  ",
    "\n",
    "不公开",
    "备注",
    "三级事项",
    "1",
    "公开层级",
]
VALUES = st.one_of(
    st.none(),
    st.sampled_from(WORDS),
    st.text(max_size=8),
    st.integers(-5, 50000),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(min_value=date(1990, 1, 1)),
    st.datetimes(min_value=datetime(1990, 1, 1)),
)
ROWS = st.lists(st.lists(VALUES, max_size=16), max_size=14)
MERGES = st.lists(
    st.tuples(st.integers(0, 20), st.integers(0, 18), st.integers(0, 3), st.integers(0, 3)), max_size=6
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=ROWS, merges=MERGES, with_header=st.booleans())
def test_never_crashes_and_items_are_consistent(rows, merges, with_header) -> None:
    if with_header:
        rows = [list(STANDARD_HEADER_1), list(STANDARD_HEADER_2), *rows]
    grid = Grid("S", rows, [Merge(r, c, r + dr, c + dc) for r, c, dr, dc in merges])
    layouts = locate_all(grid)
    if with_header:
        assert layouts and layouts[0].header_rows[0] == 0
    for layout in layouts:
        catalog = normalize(grid, layout, Path("t.xlsx"), "xlsx")
        mapped = {c.element for c in layout.columns if c.element}
        assert mapped <= set(ELEMENTS)
        rows_seen = [item.row for item in catalog.items]
        assert rows_seen == sorted(set(rows_seen))
        for item in catalog.items:
            assert layout.first_data_row < item.row <= (layout.end_row or grid.height)
            assert set(item.text) == mapped
            assert set(item.cells) == mapped
            assert all(isinstance(t, str) for t in item.text.values())
            assert set(item.channels) <= set(item.channels_listed)
            assert set(item.inherited) <= mapped
