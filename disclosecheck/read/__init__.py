"""Stage 1: read a file into a :class:`~disclosecheck.model.Workbook` of raw grids.

The format is chosen by content (magic bytes), never by extension. Every failure a user can
cause is raised as :class:`~disclosecheck.errors.InputError`; nothing else escapes. Inputs are
only ever opened for reading.

Order of work: the path (missing, a folder, not a regular file) → the size limit → the bytes, read
once → the format → the guard against hostile files → the parser of that format.

Each input is opened once and read whole into memory (within ``--max-file-mb``): the format sniff,
the guard, the scans and calamine all work on those bytes, so a file replaced while it is checked is
checked as it was when read, never half old and half new. A zip (xlsx, ods) is parsed once: the
archive the format was told from, with its central directory already parsed, serves the guard and
the scan of sheet extents too. Spreadsheets go through calamine in a capped child process when
``limits.max_memory_mb`` is set (see ``isolation``).
"""

from __future__ import annotations

import errno
import io
import os
import stat
import zipfile
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from disclosecheck.errors import InputError, OsReason
from disclosecheck.model import Workbook
from disclosecheck.read.limits import DEFAULT_LIMITS, MB, LimitError, Limits, check_file_size

if TYPE_CHECKING:
    from disclosecheck.read import isolation

#: Formats read by calamine; the others are text read whole into memory.
SPREADSHEET_FORMATS = ("xlsx", "xlsb", "xls", "ods")
#: A path that is a pipe or a device: reading it would never end or never answer.
NOT_REGULAR = OsReason(text="not a regular file", key="not_regular")
#: First bytes of the containers calamine reads: a zip (xlsx, xlsb, ods) or an OLE2 file (xls).
_CALAMINE_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")


def read_workbook(path: Path, limits: Limits = DEFAULT_LIMITS) -> Workbook:
    """Read ``path`` (xlsx/xlsm/xlsb, xls, ods, csv, HTML-as-xls) into grids. Raises InputError.

    A zip or OLE2 file is read in a child process capped at ``limits.max_memory_mb`` (when set, and
    when this process is not a capped worker already), so the native reader cannot abort this one.
    The guard and the scans that measure it then run here, beside the child's calamine: the two
    cores each do half the work of a large file, and a file they refuse is refused with their reason,
    the child ended. (A child left to calamine alone cannot harm this process: it is capped.)
    """
    from disclosecheck.read import isolation

    path = Path(path)
    ahead = _AHEAD.pop((str(path), limits), None)
    if isinstance(ahead, InputError):
        raise ahead
    if isinstance(ahead, _Started):
        return _measured_result(path, ahead, limits)
    data = ahead if ahead is not None else read_input_bytes(path, limits)
    if data.startswith(_CALAMINE_MAGICS) and isolation.wanted(limits.max_memory_mb):
        return _measured_result(path, _start(path, data, limits), limits)
    return read_bytes(path, data, limits)


@dataclass
class _Started:
    """A spreadsheet's bytes and the capped child reading them with calamine."""

    data: bytes
    child: isolation.Child


def _start(path: Path, data: bytes, limits: Limits) -> _Started:
    from disclosecheck.read import isolation

    assert limits.max_memory_mb is not None
    _import_readers()
    child = isolation.start_child(path, lambda: read_bytes(path, data, limits, measured=True),
                                  limits.max_memory_mb)
    return _Started(data, child)


def _measured_result(path: Path, started: _Started, limits: Limits) -> Workbook:
    """The child's Workbook, once the guard and the scans here have passed the bytes it reads."""
    try:
        measure_bytes(path, started.data, limits)
    except BaseException:
        started.child.cancel()
        raise
    return started.child.result()


_AHEAD: dict[tuple[str, Limits], _Started | bytes | InputError] = {}


def read_ahead(path: Path, limits: Limits = DEFAULT_LIMITS) -> None:
    """Start reading the spreadsheet at ``path`` in its capped child now; :func:`read_workbook` takes it.

    ``check`` calls this for its first file before it loads the rule pack and the checks, so on a
    machine with two cores the child reads (and imports what reading needs) while this process
    imports the rest: a cold check of one catalog no longer waits for both in turn. The child reads
    the bytes this process read, as :func:`read_workbook` would; the bytes of a text file, or the error
    reading met, are kept for :func:`read_workbook` to take in its turn.
    """
    from disclosecheck.read import isolation

    if not isolation.wanted(limits.max_memory_mb) or (str(path), limits) in _AHEAD:
        return
    try:
        data = read_input_bytes(Path(path), limits)
    except InputError as exc:
        _AHEAD[(str(path), limits)] = exc
        return
    if not data.startswith(_CALAMINE_MAGICS):
        _AHEAD[(str(path), limits)] = data
        return
    _AHEAD[(str(path), limits)] = _start(Path(path), data, limits)


def cancel_reads_ahead() -> None:
    """End the children of reads started ahead and never taken (the command stopped early)."""
    while _AHEAD:
        ahead = _AHEAD.popitem()[1]
        if isinstance(ahead, _Started):
            ahead.child.cancel()


def _import_readers() -> None:
    """Import what reading a spreadsheet needs, here in the parent, once: every forked child then starts
    with it loaded (importing python_calamine and the scans in each child cost more than the read)."""
    import python_calamine  # noqa: F401

    from disclosecheck.read import (  # noqa: F401
        extent,
        guard,
        odsscan,
        sniff,
        spreadsheet,
    )


def read_bytes(path: Path, data: bytes, limits: Limits = DEFAULT_LIMITS, measured: bool = False) -> Workbook:
    """The Workbook in ``data``, the bytes of the file at ``path`` (named in messages). Raises InputError.

    ``measured``: the guard and the scans run elsewhere on the same bytes (:func:`measure_bytes`, in
    the parent of the capped child this runs in), so calamine reads at once.
    """
    return _guarded(path, lambda: _read(path, data, limits, measured))


def measure_bytes(path: Path, data: bytes, limits: Limits = DEFAULT_LIMITS) -> None:
    """The guard and the scans of :func:`read_bytes` alone: the InputError that refuses ``data``, if any."""
    _guarded(path, lambda: _read(path, data, limits, measured=False, parse=False))


def _read(path: Path, data: bytes, limits: Limits, measured: bool, parse: bool = True) -> Workbook | None:
    from disclosecheck.read import guard
    from disclosecheck.read.sniff import sniff

    fh = io.BytesIO(data)
    fmt, archive = sniff(path, fh, len(data))
    with archive or nullcontext():  # a zip's central directory is parsed once, here
        if fmt in guard.ZIP_FORMATS and not measured:
            assert archive is not None
            guard.check_zip(path, fh, limits, archive)
        if not parse:
            if fmt in SPREADSHEET_FORMATS and fmt != "ods":  # ods is scanned as it is read: its merges
                from disclosecheck.read.spreadsheet import check_extent

                check_extent(path, fmt, data, limits, archive)
            return None
        return _parse(path, fmt, data, limits, archive, measured)


def _guarded(path: Path, work: Callable[[], Any]) -> Any:
    """``work()``, with every failure but an InputError (a bug, a Rust panic) turned into one."""
    try:
        return work()
    except InputError:
        raise
    except MemoryError:
        raise InputError("input.memory", path) from None
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # our bug, a parser failure nobody foresaw, a Rust panic: one clear line
        raise InputError("input.crashed", path, reason=f"{type(exc).__name__}: {exc}"[:160]) from exc


def read_input_bytes(path: Path, limits: Limits) -> bytes:
    """The whole file at ``path``, read through one open handle, refused past ``max_file_mb``.

    The size is checked on the path (nothing is opened for a file too large, a folder or a device),
    then again on the open handle, and the reading stops one byte past the limit: a file swapped or
    grown after the first look is refused or read as it is now, whole.
    """
    size = _regular_file_size(path)
    check_file_size(path, size, limits)
    if size == 0:
        raise InputError("input.empty", path)
    fd = _open(path)
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputError("input.is_directory", path)
        if not stat.S_ISREG(info.st_mode):  # swapped for a pipe or device after the first look
            raise InputError("input.unreadable", path, reason=NOT_REGULAR)
        check_file_size(path, info.st_size, limits)
        most = limits.max_file_mb * MB
        with os.fdopen(os.dup(fd), "rb") as fh:
            data = _read_up_to(fh, info.st_size, most + 1)
    except OSError as exc:
        raise InputError("input.unreadable", path, reason=OsReason(exc)) from None
    finally:
        os.close(fd)
    if len(data) > most:
        raise LimitError(path, "file_mb", f">{limits.max_file_mb}", limits.max_file_mb)
    if not data:
        raise InputError("input.empty", path)
    return data


def _read_up_to(fh: BinaryIO, expected: int, most: int) -> bytes:
    """At most ``most`` bytes of ``fh``: its ``expected`` size in one read, then pieces if it grew.

    ``read(most)`` would reserve the whole limit up front (200 MB for a 20 KB file).
    """
    first = fh.read(min(expected, most - 1) + 1)
    if len(first) <= expected:
        return first
    data = bytearray(first)
    while len(data) < most and (piece := fh.read(min(1 << 20, most - len(data)))):
        data += piece
    return bytes(data)


def _parse(path: Path, fmt: str, data: bytes, limits: Limits,
           archive: zipfile.ZipFile | None = None, measured: bool = False) -> Workbook:
    if fmt in SPREADSHEET_FORMATS:
        from disclosecheck.read.spreadsheet import read_spreadsheet

        return read_spreadsheet(path, fmt, data, limits, archive, measured)
    if fmt == "html":
        from disclosecheck.read.htmltable import read_html

        return read_html(path, data, limits)
    from disclosecheck.read.csvfile import read_csv

    return read_csv(path, data, limits)


#: Why a path cannot even be looked at, said as the file system says it.
_STAT_ERRORS = {errno.ELOOP: "input.symlink_loop", errno.ENAMETOOLONG: "input.name_too_long"}


def _regular_file_size(path: Path) -> int:
    """The size of ``path``, or the InputError that says why it is not a readable file."""
    try:
        info = path.stat()
    except (FileNotFoundError, NotADirectoryError):
        raise InputError("input.not_found", path) from None
    except PermissionError as exc:
        raise InputError("input.unreadable", path, reason=OsReason(exc)) from None
    except (OSError, ValueError) as exc:  # name too long, symlink loop, NUL in the name
        raise InputError(_STAT_ERRORS.get(getattr(exc, "errno", None), "input.not_found"), path,
                         reason=str(exc)) from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError("input.is_directory", path)
    if not stat.S_ISREG(info.st_mode):  # a pipe or device would never end or never answer
        raise InputError("input.unreadable", path, reason=NOT_REGULAR)
    return info.st_size


def _open(path: Path) -> int:
    """A read-only descriptor of ``path``, turning the ways this fails into InputErrors.

    Opened without blocking, so a path swapped for a FIFO after the first look cannot hang us.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    flags |= getattr(os, "O_BINARY", 0)
    try:
        return os.open(path, flags)
    except FileNotFoundError:
        raise InputError("input.vanished", path) from None
    except PermissionError as exc:
        raise InputError("input.unreadable", path, reason=OsReason(exc)) from None
    except (OSError, ValueError) as exc:
        raise InputError("input.unreadable", path, reason=OsReason(exc)) from None


__all__ = ["DEFAULT_LIMITS", "LimitError", "Limits", "read_bytes", "read_workbook"]
