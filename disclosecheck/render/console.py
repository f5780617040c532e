"""The console the text reports are printed on.

rich pads table titles and cells with spaces to the table's width; on a terminal nobody sees them, but
piped into a file, an e-mail or ``diff`` every such line ends in trailing spaces. When standard output is
not a terminal, lines go out with their trailing spaces removed.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from typing import IO, Any


class TrimmedLines:
    """A text stream that forwards complete lines to ``target`` without their trailing spaces."""

    def __init__(self, target: IO[str]) -> None:
        self.target = target
        self._pending = ""

    def write(self, text: str) -> int:
        data = self._pending + text
        head, sep, self._pending = data.rpartition("\n")
        if sep:
            self.target.write("\n".join(line.rstrip(" ") for line in head.split("\n")) + "\n")
        return len(text)

    def flush(self) -> None:
        if self._pending:
            self.target.write(self._pending.rstrip(" "))
            self._pending = ""
        self.target.flush()

    def isatty(self) -> bool:
        return False

    def __getattr__(self, name: str) -> Any:
        return getattr(self.target, name)


def report_console(**options: Any) -> Any:
    """A rich Console on standard output; trailing spaces trimmed when it is not a terminal."""
    from rich.console import Console

    stream = sys.stdout
    if not stream.isatty():
        return Console(file=TrimmedLines(stream), **options)  # type: ignore[arg-type]
    return Console(**options)


@dataclass
class PlainConsole:
    """What the check report needs of a console when it goes to a pipe or a file: no colour, a width.

    rich costs 20–35 ms to import, a tenth of a cold ``check``, to learn on a pipe what this learns
    from the environment: no colour, and the width rich would use (``COLUMNS``, else the terminal
    that standard input, output or error is attached to, else 80).
    """

    file: Any
    width: int
    color_system: None = None
    legacy_windows: bool = False
    is_jupyter: bool = False
    record: bool = False


def check_report_console() -> Any:
    """The console of ``check``'s text report: :class:`PlainConsole` when rich would print plain text
    to a pipe or a file anyway, else rich's (a terminal, forced colour, Jupyter, Windows)."""
    if not _plain_for_sure():
        return report_console(highlight=False, emoji=False, markup=False)
    return PlainConsole(file=TrimmedLines(sys.stdout), width=_width())


def _plain_for_sure() -> bool:
    """Whether rich would see no terminal: standard output is no tty and nothing forces one."""
    import builtins

    if sys.platform == "win32" or hasattr(builtins, "get_ipython"):
        return False
    if os.environ.get("FORCE_COLOR") is not None or os.environ.get("TTY_COMPATIBLE") is not None:
        return False
    if getattr(sys.stdin, "__module__", "").startswith("idlelib"):
        return False
    try:
        return not sys.stdout.isatty()
    except ValueError:  # closed
        return False


def _width() -> int:
    """The width rich gives a console that is not a terminal (``rich.console.Console.size``)."""
    columns = os.environ.get("COLUMNS")
    if columns is not None and columns.isdigit() and int(columns):
        return int(columns)
    for fd in (0, 1, 2):
        try:
            width = os.get_terminal_size(fd).columns
        except (AttributeError, ValueError, OSError):
            continue
        return width or 80
    return 80
