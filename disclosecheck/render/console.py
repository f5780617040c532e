"""The console the text reports are printed on.

rich pads table titles and cells with spaces to the table's width; on a terminal nobody sees them, but
piped into a file, an e-mail or ``diff`` every such line ends in trailing spaces. When standard output is
not a terminal, lines go out with their trailing spaces removed.
"""

from __future__ import annotations

import sys
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
