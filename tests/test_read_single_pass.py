"""The read stage does each piece of work once; these tests show the refusals it makes still fire."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from conftest import write_xlsx

from disclosecheck.errors import InputError
from disclosecheck.read import read_workbook
from disclosecheck.read.limits import LimitError, Limits, check_sheet_size, sheet_fits


def test_sheet_fits_agrees_with_check_sheet_size() -> None:
    """The cheap pre-test and the refusal it stands in for never disagree."""
    limits = Limits(max_rows=10, max_cols=5, max_cells=30)
    for rows, cols in itertools.product(range(13), range(8)):
        try:
            check_sheet_size(Path("x.xlsx"), "s", rows, cols, limits)
            refused = False
        except LimitError:
            refused = True
        assert sheet_fits(rows, cols, limits) is not refused, (rows, cols)


def test_a_refused_sheet_is_named_even_when_it_is_not_the_first(tmp_path: Path) -> None:
    """Sheet names are looked up only for a refused sheet, and it is still the right name."""
    small = [["公开事项", "公开内容"]]
    big = [[f"r{r}c{c}" for c in range(3)] for r in range(12)]
    path = write_xlsx(tmp_path / "two.xlsx", small, sheet="说明", extra_sheets={"目录": big})
    with pytest.raises(InputError) as exc:
        read_workbook(path, Limits(max_rows=11))
    params = exc.value.params
    assert (params["what"], params["actual"], params["sheet"]) == ("rows", 12, "目录")
    assert [g.name for g in read_workbook(path, Limits(max_rows=12)).sheets] == ["说明", "目录"]
