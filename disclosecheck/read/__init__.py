"""Stage 1: read a file into a :class:`~disclosecheck.model.Workbook` of raw grids.

The format is chosen by content (magic bytes), never by extension. Every failure a user can
cause is raised as :class:`~disclosecheck.errors.InputError`.
"""

from __future__ import annotations

from pathlib import Path

from disclosecheck.model import Workbook
from disclosecheck.read.limits import DEFAULT_LIMITS, Limits


def read_workbook(path: Path, limits: Limits = DEFAULT_LIMITS) -> Workbook:
    """Read ``path`` (xlsx/xlsm, xls, ods, csv, HTML-as-xls) into grids. Raises InputError."""
    raise NotImplementedError


__all__ = ["DEFAULT_LIMITS", "Limits", "read_workbook"]
