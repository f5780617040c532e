"""Stage 2: find the catalog table(s) in a workbook: the sheet, the header rows, the column map.

Every sheet is scanned for header rows (see :mod:`disclosecheck.locate.layout`); a sheet may hold
several tables one under the other (a second title and header further down): each is its own
catalog, with the same sheet name and its own ``Layout`` rows (``end_row`` closes the one above).
Sheets without a header (填报说明, 说明, legends) are skipped. Hidden sheets are read only when no
visible sheet holds a catalog, or when ``sheet`` names them.

Decisions worth knowing (see :mod:`~disclosecheck.locate.headers` for the tables):

- A header row names at least three elements, one of them 公开事项, 一级/二级事项 or 公开内容. One
  or two header rows are read; a third header row is not (its texts would be read as an item).
- 三级事项 is kept as an extra column (``Item.extras["公开事项/三级事项"]``): mapping it to 二级事项
  would give that element two columns.
- 公开要求 (one column instead of 公开依据 + 公开时限) is read as 公开时限; a pack's ``headers`` can
  say otherwise. A second column for an element already mapped becomes an extra column.
- Level sub-columns: 乡、村级, 镇级 and 街道级 are read as 乡级; 区级 as 县级.
- A row of column numbers (1, 2, 3 …) right under the header is skipped.
- A second table in the same sheet is found when its header follows an empty, title or notes row
  (at most three filled cells); a header directly under data rows is not looked for.
"""

from __future__ import annotations

from collections.abc import Mapping

from disclosecheck.errors import InputError
from disclosecheck.locate.headers import CORE_ELEMENTS, build_synonyms
from disclosecheck.locate.layout import find_layouts, header_candidates
from disclosecheck.model import ELEMENTS, Grid, Layout, Workbook


def locate(grid: Grid, synonyms: Mapping[str, str] | None = None) -> Layout | None:
    """The (first) catalog layout in ``grid``, or None when it holds no catalog header.

    ``synonyms`` maps extra header texts (as a rule pack writes them) to canonical elements.
    """
    layouts = find_layouts(grid, build_synonyms(synonyms))
    return layouts[0] if layouts else None


def locate_all(grid: Grid, synonyms: Mapping[str, str] | None = None) -> list[Layout]:
    """Every catalog layout in ``grid``, top to bottom."""
    return find_layouts(grid, build_synonyms(synonyms))


def find_catalogs(workbook: Workbook, sheet: str | None = None,
                  synonyms: Mapping[str, str] | None = None) -> list[tuple[Grid, Layout]]:
    """Every (grid, layout) holding a catalog; ``sheet`` restricts to one sheet by name.

    Raises InputError ``input.no_sheet`` or ``input.no_catalog``. The latter carries ``seen``
    (the most header-like rows: ``{"sheet", "row", "texts"}`` with the row as the user sees it)
    and ``expected`` (the element names a header should hold), for ``disclosecheck inspect``.
    """
    table = build_synonyms(synonyms)
    grids = workbook.sheets
    if sheet is not None:
        grids = [g for g in workbook.sheets if g.name == sheet]
        if not grids:
            raise InputError("input.no_sheet", workbook.path, sheet=sheet,
                             sheets="、".join(g.name for g in workbook.sheets))
    found = _catalogs_in([g for g in grids if not g.hidden or sheet is not None], table)
    if not found:
        found = _catalogs_in([g for g in grids if g.hidden], table)
    if not found:
        raise InputError("input.no_catalog", workbook.path, seen=_seen_rows(grids, table),
                         expected=[e for e in ELEMENTS if e in CORE_ELEMENTS or e in _EXPECTED])
    return found


_EXPECTED = frozenset({"序号", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象", "公开方式"})


def _catalogs_in(grids: list[Grid], table: Mapping[str, str]) -> list[tuple[Grid, Layout]]:
    """The tables in ``grids``; a header with nothing under it (a legend, a blank template) counts
    only when no other table has rows."""
    found = [(grid, layout) for grid in grids for layout in find_layouts(grid, table)]
    filled = [(grid, layout) for grid, layout in found if _has_rows(grid, layout)]
    return filled or found


def _has_rows(grid: Grid, layout: Layout) -> bool:
    end = layout.end_row if layout.end_row is not None else grid.height
    return any(v is not None and v != "" for row in grid.rows[layout.first_data_row:end] for v in row)


def _seen_rows(grids: list[Grid], table: Mapping[str, str]) -> list[dict]:
    seen: list[dict] = []
    for grid in grids:
        for r, texts in header_candidates(grid, table):
            seen.append({"sheet": grid.name, "row": grid.row_number(r), "texts": texts})
    seen.sort(key=lambda s: -len(s["texts"]))
    return seen[:5]


__all__ = ["find_catalogs", "locate", "locate_all"]
