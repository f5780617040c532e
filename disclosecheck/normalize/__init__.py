"""Stage 3: turn the rows under a located header into normalized :class:`~disclosecheck.model.Item` s.

``items`` walks the rows once; ``values``, ``choices``, ``channels`` and ``dates`` read single
cells and are pure functions others may call (``parse_date`` is used by the checks).
"""

from __future__ import annotations

from pathlib import Path

from disclosecheck.model import Catalog, Grid, Layout
from disclosecheck.normalize.dates import parse_date
from disclosecheck.normalize.items import read_items
from disclosecheck.normalize.placeholders import mark_placeholders
from disclosecheck.normalize.values import Placeholders


def normalize(grid: Grid, layout: Layout, path: Path, fmt: str,
              placeholders: Placeholders | None = None) -> Catalog:
    """Items of the table: merges and 同上 resolved, ticks to choices, channels, dates parsed.

    Values that only say "nothing" (the pack's ``placeholders``), and a ``同上`` with nothing above,
    are read as blank (see ``placeholders.py``).
    """
    items = read_items(grid, layout)
    mark_placeholders(items, placeholders)
    return Catalog(path=Path(path), format=fmt, sheet=grid.name, kind=grid.kind, layout=layout, items=items)


__all__ = ["Placeholders", "normalize", "parse_date"]
