"""Safety limits applied before a file is read, so no file can exhaust memory or hang the checker.

A limit that is hit raises :class:`LimitError`, an ``input.limit`` InputError whose ``what`` names
the limit as a stable key (``rows``, ``cols``, ``cell_chars``, ``file_mb``, ``unzipped_mb``) so JSON
stays language-neutral, while the rendered message names it in the user's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from disclosecheck.errors import InputError


@dataclass(frozen=True, slots=True)
class Limits:
    """Upper bounds on what one input may hold. Each can be raised on the command line."""

    max_file_mb: int = 200  # size on disk
    max_uncompressed_mb: int = 500  # total inflated size of the parts of an xlsx/ods zip
    max_rows: int = 200_000  # rows in one sheet
    max_cols: int = 500  # columns in one sheet
    max_cell_chars: int = 32_767  # characters in one cell (Excel's own limit)
    #: Cells in one sheet, rows x columns counted from A1, and in all the sheets of a workbook together.
    #: calamine allocates the whole rectangle at once, so two far-apart cells within the row and column
    #: limits could still ask for gigabytes; and a workbook can list one sheet part thousands of times.
    max_cells: int = 10_000_000
    #: Address space (MB) of the child process that reads a spreadsheet through calamine: past it, the
    #: file is refused with ``input.read_memory``. None reads in-process (audit workers, capped already).
    max_memory_mb: int | None = 1024


DEFAULT_LIMITS = Limits()

#: The command-line option that raises each limit, by the ``what`` key of :class:`LimitError`.
OPTIONS: dict[str, str] = {
    "rows": "--max-rows",
    "cols": "--max-cols",
    "cell_chars": "--max-cell-chars",
    "file_mb": "--max-file-mb",
    "unzipped_mb": "--max-unzipped-mb",
    "cells": "--max-cells",
    "workbook_cells": "--max-cells",
}

MB = 1024 * 1024


class LimitError(InputError):
    """``input.limit``: the file is over one of the :class:`Limits`.

    ``params["what"]`` is a key of :data:`OPTIONS`; ``InputError.render`` words it through the
    message ``limit.<what>`` (filled with ``sheet`` and ``cell`` when the limit concerns one place).
    """

    def __init__(self, path: Path | str, what: str, actual: Any, limit: Any, **where: Any) -> None:
        super().__init__("input.limit", path, what=what, actual=actual, limit=limit,
                         option=OPTIONS.get(what, ""), **where)

    def __reduce__(self) -> tuple:
        fixed = ("path", "what", "actual", "limit", "option")
        params = {k: v for k, v in self.params.items() if k not in fixed}
        return (_rebuild_limit_error, (self.params["path"], self.params["what"], self.params["actual"],
                                       self.params["limit"], params))


def _rebuild_limit_error(path: str, what: str, actual: Any, limit: Any, where: dict[str, Any]) -> LimitError:
    return LimitError(path, what, actual, limit, **where)


def check_file_size(path: Path, size: int, limits: Limits) -> None:
    """Refuse a file larger than ``max_file_mb`` before any byte of it is read."""
    if size > limits.max_file_mb * MB:
        raise LimitError(path, "file_mb", round(size / MB, 1), limits.max_file_mb)


def sheet_fits(rows: int, cols: int, limits: Limits) -> bool:
    """Whether :func:`check_sheet_size` would let a sheet of this extent through.

    Lets a caller put off work that only its error message needs (such as the sheet's name).
    """
    return rows <= limits.max_rows and cols <= limits.max_cols and rows * cols <= limits.max_cells


def check_sheet_size(path: Path, sheet: str, rows: int, cols: int, limits: Limits) -> None:
    """Refuse a sheet (grid counted from A1) with more rows, columns or cells than allowed."""
    if rows > limits.max_rows:
        raise LimitError(path, "rows", rows, limits.max_rows, sheet=sheet)
    if cols > limits.max_cols:
        raise LimitError(path, "cols", cols, limits.max_cols, sheet=sheet)
    if rows * cols > limits.max_cells:
        raise LimitError(path, "cells", rows * cols, limits.max_cells, sheet=sheet)


def cell_too_long(path: Path, sheet: str, row_label: int, col: int, length: int,
                  limits: Limits) -> LimitError:
    """The error for a cell longer than ``max_cell_chars``; ``row_label`` is the row the user sees."""
    from disclosecheck.model import cell_name

    return LimitError(path, "cell_chars", length, limits.max_cell_chars, sheet=sheet,
                      cell=cell_name(row_label, col))
