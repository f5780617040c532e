"""Stage 1: read a file into a :class:`~disclosecheck.model.Workbook` of raw grids.

The format is chosen by content (magic bytes), never by extension. Every failure a user can
cause is raised as :class:`~disclosecheck.errors.InputError`; nothing else escapes. Inputs are
only ever opened for reading.

Order of work: the path (missing, a folder, not a regular file) → the size limit → the format →
the guard against hostile files (``guard.check_before_read``) → the parser of that format.

A zip (xlsx, ods) is opened once: the archive the format was told from, with its central
directory already parsed, serves the guard and the scan of sheet extents too.
"""

from __future__ import annotations

import stat
import zipfile
from contextlib import nullcontext
from pathlib import Path

from disclosecheck.errors import InputError
from disclosecheck.model import Workbook
from disclosecheck.read.limits import DEFAULT_LIMITS, LimitError, Limits, check_file_size

#: Formats read by calamine; the others are text read whole into memory.
SPREADSHEET_FORMATS = ("xlsx", "xlsb", "xls", "ods")


def read_workbook(path: Path, limits: Limits = DEFAULT_LIMITS) -> Workbook:
    """Read ``path`` (xlsx/xlsm/xlsb, xls, ods, csv, HTML-as-xls) into grids. Raises InputError."""
    from disclosecheck.read import guard
    from disclosecheck.read.sniff import sniff

    path = Path(path)
    size = _regular_file_size(path)
    check_file_size(path, size, limits)
    if size == 0:
        raise InputError("input.empty", path)
    try:
        with _open(path) as fh:
            fmt, archive = sniff(path, fh, size)
            with archive or nullcontext():  # a zip's central directory is parsed once, here
                data = None if fmt in SPREADSHEET_FORMATS else _read_all(path, fh)
                with guard.sharing(path, fh, archive):
                    guard.check_before_read(path, fmt, limits)
                return _parse(path, fmt, data, limits, archive)
    except InputError:
        raise
    except MemoryError:
        raise InputError("input.memory", path) from None
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # our bug, a parser failure nobody foresaw, a Rust panic: one clear line
        raise InputError("input.crashed", path, reason=f"{type(exc).__name__}: {exc}"[:160]) from exc


def _parse(path: Path, fmt: str, data: bytes | None, limits: Limits,
           archive: zipfile.ZipFile | None = None) -> Workbook:
    if fmt in SPREADSHEET_FORMATS:
        from disclosecheck.read.spreadsheet import read_spreadsheet

        return read_spreadsheet(path, fmt, limits, archive)
    assert data is not None
    if fmt == "html":
        from disclosecheck.read.htmltable import read_html

        return read_html(path, data, limits)
    from disclosecheck.read.csvfile import read_csv

    return read_csv(path, data, limits)


def _regular_file_size(path: Path) -> int:
    """The size of ``path``, or the InputError that says why it is not a readable file."""
    try:
        info = path.stat()
    except (FileNotFoundError, NotADirectoryError):
        raise InputError("input.not_found", path) from None
    except PermissionError as exc:
        raise InputError("input.unreadable", path, reason=exc.strerror or str(exc)) from None
    except (OSError, ValueError) as exc:  # name too long, symlink loop, NUL in the name
        raise InputError("input.not_found", path, reason=str(exc)) from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError("input.is_directory", path)
    if not stat.S_ISREG(info.st_mode):  # a pipe or device would never end or never answer
        raise InputError("input.unreadable", path, reason="not a regular file")
    return info.st_size


def _open(path: Path):
    """Open read-only, turning the ways this fails into InputErrors."""
    try:
        return path.open("rb")
    except FileNotFoundError:
        raise InputError("input.vanished", path) from None
    except PermissionError as exc:
        raise InputError("input.unreadable", path, reason=exc.strerror or str(exc)) from None
    except OSError as exc:
        raise InputError("input.unreadable", path, reason=exc.strerror or str(exc)) from None


def _read_all(path: Path, fh) -> bytes:
    fh.seek(0)
    try:
        return fh.read()
    except OSError as exc:
        raise InputError("input.unreadable", path, reason=exc.strerror or str(exc)) from None


__all__ = ["DEFAULT_LIMITS", "LimitError", "Limits", "read_workbook"]
