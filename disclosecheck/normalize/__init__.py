"""Stage 3: turn the rows under a located header into normalized :class:`~disclosecheck.model.Item` s.

``items`` walks the rows once; ``values``, ``choices``, ``channels`` and ``dates`` read single
cells and are pure functions others may call (``parse_date`` is used by the checks).
"""

from __future__ import annotations

from pathlib import Path

from disclosecheck.model import Catalog, Grid, Layout
from disclosecheck.normalize.dates import parse_date
from disclosecheck.normalize.items import read_items


def normalize(grid: Grid, layout: Layout, path: Path, fmt: str) -> Catalog:
    """Items of the table: merges and 同上 resolved, ticks to choices, channels, dates parsed."""
    return Catalog(path=Path(path), format=fmt, sheet=grid.name, kind=grid.kind, layout=layout,
                   items=read_items(grid, layout))


__all__ = ["normalize", "parse_date"]
