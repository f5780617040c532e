"""Stage 2: find the catalog table(s) in a workbook: the sheet, the header rows, the column map."""

from __future__ import annotations

from collections.abc import Mapping

from disclosecheck.model import Grid, Layout, Workbook


def locate(grid: Grid, synonyms: Mapping[str, str] | None = None) -> Layout | None:
    """The catalog layout in ``grid``, or None when it holds no catalog header.

    ``synonyms`` maps extra header texts (as a rule pack writes them) to canonical elements.
    """
    raise NotImplementedError


def find_catalogs(workbook: Workbook, sheet: str | None = None,
                  synonyms: Mapping[str, str] | None = None) -> list[tuple[Grid, Layout]]:
    """Every (grid, layout) holding a catalog; ``sheet`` restricts to one sheet by name.

    Raises InputError ``input.no_sheet`` or ``input.no_catalog``.
    """
    raise NotImplementedError
