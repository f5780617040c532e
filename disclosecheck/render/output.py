"""Writing outputs safely: never over an input, never half-written.

Every output goes to a temporary file in the target folder and is renamed into place only when
complete, so Ctrl-C or a crash leaves either the old file or the new one, never a torn one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TextIO

from disclosecheck.errors import UsageError


def refuse_overwriting_inputs(output: Path, inputs: Iterable[Path]) -> None:
    """Raise UsageError when ``output`` is one of ``inputs`` (same file, whatever the spelling)."""
    out = output.resolve()
    for path in inputs:
        same = out == path.resolve()
        if not same and out.exists() and path.exists():
            with contextlib.suppress(OSError):
                same = os.path.samefile(out, path)
        if same:
            raise UsageError("usage.output_is_input", path=str(output))


def write_atomic(output: Path, write: Callable[[Path], None]) -> None:
    """Create ``output`` through ``write(tmp_path)`` and an atomic rename; parent folders are created.

    An output that exists and is not a regular file (a pipe, ``/dev/stdout``) is written into
    directly: renaming over it would replace the device or pipe with a file. A failure of the
    file system (disk full, a file where a folder should be) is a UsageError, one line.
    """
    try:
        if output.exists() and not output.is_file():
            write(output)
            return
        output.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".part", dir=output.parent)
    except OSError as exc:
        raise _cannot_write(output, exc) from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        # mkstemp makes the file private (0600); an output is an ordinary file for its owner's tools.
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, output)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _cannot_write(output, exc) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _cannot_write(output: Path, exc: OSError) -> UsageError:
    return UsageError("usage.cannot_write", path=str(output), reason=exc.strerror or type(exc).__name__)


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
