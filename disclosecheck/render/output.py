"""Writing outputs safely: never over an input, never half-written.

Every output goes to a temporary file in the target folder and is renamed into place only when
complete, so Ctrl-C or a crash leaves either the old file or the new one, never a torn one.
"""

from __future__ import annotations

import gc
import os
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TextIO

from disclosecheck.errors import OsReason, UsageError


def refuse_overwriting_inputs(output: Path, inputs: Iterable[Path]) -> None:
    """Raise UsageError when ``output`` is one of ``inputs`` (same file, whatever the spelling).

    An output path the system refuses to look at (a name over 255 bytes, a symlink loop) cannot be
    written either: that is said here, in one line, before any work is done.
    """
    try:
        out = output.resolve()
        out_exists = out.exists()
    except (OSError, RuntimeError) as exc:  # RuntimeError: Python's own "Symlink loop"
        raise _cannot_write(output, exc) from None
    if not out_exists:  # no file there yet: only an input spelled as the same path can be it
        spelled = os.path.abspath(output)
        if any(os.path.abspath(path) == spelled for path in inputs):
            raise UsageError("usage.output_is_input", path=str(output))
        return
    try:
        target = os.stat(out)
    except OSError:
        return
    # One stat per input, compared by device and inode: the same file through any spelling, symlink or
    # hard link. (Resolving each of an audit's hundreds of inputs took milliseconds, before any work.)
    for path in inputs:
        try:
            info = os.stat(path)
        except (OSError, ValueError):  # an input that cannot be looked at is reported as unreadable
            continue
        if (info.st_dev, info.st_ino) == (target.st_dev, target.st_ino):
            raise UsageError("usage.output_is_input", path=str(output))


def write_atomic(output: Path, write: Callable[[Path], None]) -> None:
    """Create ``output`` through ``write(tmp_path)`` and an atomic rename; parent folders are created.

    An output that exists and is not a regular file (a pipe, ``/dev/stdout``) is written into
    directly: renaming over it would replace the device or pipe with a file. A failure of the
    file system (disk full, a file where a folder should be) is a UsageError, one line.
    """
    try:
        if output.exists() and not output.is_file():
            try:
                write(output)
            except OSError as exc:
                _drop_failed_writer(exc)
                raise _cannot_write(output, exc) from None
            return
        output.parent.mkdir(parents=True, exist_ok=True)
        # A short temporary name: one built from the output's own name would pass the file system's
        # 255-byte limit for an output name that is itself within it.
        fd, tmp_name = tempfile.mkstemp(prefix=".dc-", suffix=".part", dir=output.parent)
    except (OSError, RuntimeError) as exc:
        raise _cannot_write(output, exc) from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        # mkstemp makes the file private (0600); an output is an ordinary file for its owner's tools.
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, output)
    except OSError as exc:
        _drop_failed_writer(exc)
        tmp.unlink(missing_ok=True)
        raise _cannot_write(output, exc) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _cannot_write(output: Path, exc: OSError | RuntimeError) -> UsageError:
    return UsageError("usage.cannot_write", path=str(output), reason=OsReason(exc))


def _drop_failed_writer(exc: BaseException) -> None:
    """Release what a failed writer left open, now and silently.

    A ``ZipFile`` (openpyxl's writer) that failed on a full disk is still referenced from the
    traceback; when it is collected later its ``__del__`` flushes again, fails again, and Python
    prints "Exception ignored in: ZipFile.__del__" with a traceback after the one-line message.
    Clearing the traceback's frames collects it here, where that second failure is expected.
    """
    previous = sys.unraisablehook
    sys.unraisablehook = lambda unraisable: None
    try:
        traceback.clear_frames(exc.__traceback__)
        exc.__traceback__ = None
        gc.collect()
    finally:
        sys.unraisablehook = previous


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_text_atomic(output: Path, text: str) -> None:
    write_atomic(output, lambda tmp: tmp.write_text(text, encoding="utf-8"))


def write_stream_atomic(output: Path, write: Callable[[TextIO], None]) -> None:
    """Like :func:`write_text_atomic`, for a renderer that writes its text piece by piece to a stream.

    A large report then never exists as one string (nor twice, as a string and its UTF-8 bytes).
    """

    def to_file(tmp: Path) -> None:
        with tmp.open("w", encoding="utf-8") as stream:
            write(stream)

    write_atomic(output, to_file)


def write_bytes_atomic(output: Path, data: bytes) -> None:
    write_atomic(output, lambda tmp: tmp.write_bytes(data))
