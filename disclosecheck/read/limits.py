"""Safety limits applied before a file is read, so no file can exhaust memory or hang the checker."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Limits:
    """Upper bounds on what one input may hold. Each can be raised on the command line."""

    max_file_mb: int = 200  # size on disk
    max_uncompressed_mb: int = 500  # total inflated size of the parts of an xlsx/ods zip
    max_rows: int = 200_000  # rows in one sheet
    max_cols: int = 500  # columns in one sheet
    max_cell_chars: int = 32_767  # characters in one cell (Excel's own limit)


DEFAULT_LIMITS = Limits()
