"""Stage 3: turn the rows under a located header into normalized :class:`~disclosecheck.model.Item` s."""

from __future__ import annotations

from pathlib import Path

from disclosecheck.model import Catalog, Grid, Layout


def normalize(grid: Grid, layout: Layout, path: Path, fmt: str) -> Catalog:
    """Items of the table: merges and 同上 resolved, ticks to choices, channels, dates parsed."""
    raise NotImplementedError
