"""Standard output as a stream that can fail: a full disk, a device, a reader that went away.

A report written to ``> /dev/full`` or to a pipe whose reader exited (``| head``) fails inside
whatever happened to be writing — rich, ``json``, Python's own flush at exit — and would end in a
traceback, or in "Exception ignored" after the command had already finished. Here standard output
is wrapped once, in the real process only (``main``), so that every such failure becomes one of two
errors the commands already know how to end on:

- the reader went away (``EPIPE``): :class:`OutputClosed`, a quiet exit 141 (128 + SIGPIPE, what the
  shell shows for ``cat`` or ``grep`` in the same place);
- anything else (``ENOSPC``, ``EIO`` …): a UsageError, one line on stderr and exit 2.

After either, file descriptor 1 is pointed at ``/dev/null``, so the interpreter's last flush of the
data still buffered cannot fail a second time.
"""

from __future__ import annotations

import errno
import os
import sys
from typing import Any, NoReturn, TextIO

from disclosecheck.errors import DiscloseCheckError, OsReason, UsageError

#: The exit status after the reader of standard output went away.
EXIT_CLOSED = 141
#: Characters handed to the underlying stream at a time.
_PIECE = 1 << 15


class OutputClosed(DiscloseCheckError):
    """Standard output was closed by its reader: nothing more to say, nowhere to say it."""

    exit_code = EXIT_CLOSED

    def __init__(self) -> None:
        super().__init__("usage.stdout_closed")


class GuardedStdout:
    """A text stream that turns its writer's OSError into :class:`OutputClosed` or a UsageError."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._failed = False

    def write(self, text: str) -> int:
        """Write in pieces: one huge write to a pipe whose reader left is cut short without an error
        (the buffered writer returns the short count, the text wrapper drops it), so the next piece
        is what reports the closed pipe."""
        if not isinstance(text, str):  # click probes with b"" whether a stream is binary: it is not
            return self._stream.write(text)
        if self._failed:
            return len(text)
        try:
            for start in range(0, len(text), _PIECE):
                self._stream.write(text[start:start + _PIECE])
        except OSError as exc:
            raise self._fail(exc) from None
        return len(text)

    def flush(self) -> None:
        if self._failed:
            return
        try:
            self._stream.flush()
        except OSError as exc:
            raise self._fail(exc) from None

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)

    def _fail(self, exc: OSError) -> DiscloseCheckError:
        """Silence the stream for good and say what happened."""
        self._failed = True
        _point_at_devnull(self._stream)
        if exc.errno == errno.EPIPE or isinstance(exc, BrokenPipeError):
            return OutputClosed()
        return UsageError("usage.cannot_write_stdout", reason=OsReason(exc))


def _point_at_devnull(stream: TextIO) -> None:
    """Send what ``stream`` still holds to /dev/null, so its flush at exit succeeds quietly."""
    try:
        fd = stream.fileno()
        null = os.open(os.devnull, os.O_WRONLY)
    except (OSError, ValueError, AttributeError):
        return
    try:
        os.dup2(null, fd)
    except OSError:
        pass
    finally:
        os.close(null)


def guard_stdout() -> GuardedStdout | None:
    """Wrap ``sys.stdout`` (once); returns the guard, or None when there is no standard output."""
    current = sys.stdout
    if current is None:
        return None
    if isinstance(current, GuardedStdout):
        return current
    guard = GuardedStdout(current)
    sys.stdout = guard  # type: ignore[assignment]
    return guard


def finish(guard: GuardedStdout | None, code: int, lang: str) -> int:
    """Flush what is still buffered before exit: a failure there is reported like any other."""
    if guard is None:
        return code
    try:
        guard.flush()
    except OutputClosed:
        return EXIT_CLOSED
    except UsageError as exc:
        print(exc.render(lang), file=sys.stderr)
        return exc.exit_code
    return code


#: Set by ``main``: this process ends through :func:`exit_now`, so nothing it holds then is ever freed,
#: and a command may leave its last large structures to the operating system (``check_path``).
ENDS_WITHOUT_TEARDOWN: list[bool] = [False]


def exit_now(code: int) -> NoReturn:
    """End the process with ``code`` once standard output and error are flushed, without tearing down.

    By the time a command has returned, every report is written, renamed into place and closed, and
    every worker and reading child has been waited for; what the interpreter would still do is free
    each object and module one by one, about 35 ms of a 0.9 s audit and a tenth of a cold check of one
    catalog, for nothing the user can see. mypy ends the same way (``mypy.util.hard_exit``).
    """
    for stream in (sys.stdout, sys.stderr, sys.__stdout__, sys.__stderr__):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError, DiscloseCheckError):  # already reported by finish(), or closed
            pass
    os._exit(code)
