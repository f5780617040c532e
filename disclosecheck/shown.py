"""Names and text from files, made safe to show: every file name and cell value is data, never control.

A file name is bytes on Linux. One saved by a GBK system (``b'\\xc4\\xbf\\xc2\\xbc.xlsx'``) reaches
Python as text with *surrogate escapes*, which no UTF-8 writer accepts: every report format ended in
``UnicodeEncodeError``. A name or a cell may also hold control characters: ESC and OSC sequences
retitle or repaint a terminal (and can hide text), BEL rings it, a newline forges a second line of
an error message, and openpyxl refuses them outright in a sheet. Bidirectional overrides reorder
what a reader sees.

So everything shown is passed through :func:`name` (file, sheet, folder and pack names: one line,
nothing raw) or :func:`text` (cell values and messages, which may keep their line breaks and tabs):
an undecodable byte becomes ``\\xc4``, a control character ``\\x1b``, a bidi control ``\\u202e`` —
visible, unambiguous, and the same in the terminal, JSON, CSV, Markdown, HTML and workbooks.
Printable text (Chinese, emoji, brackets) is left exactly as it is; rich markup is a separate
matter, handled by printing through ``rich.text.Text`` (see ``render/terminal.py``).
"""

from __future__ import annotations

import functools
import os
import re
from typing import Any

#: DEL, C1 controls, lone surrogates (undecodable bytes of a name), bidi controls.
_UNSAFE_ALWAYS = "\x7f-\x9f\ud800-\udfff\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"


@functools.cache
def _unsafe(keep_lines: bool) -> re.Pattern[str]:
    """Names escape every C0 control; cells and messages keep their line breaks and tabs.
    Compiled on first use, not at import (``disclosecheck --help`` imports this module)."""
    controls = "\x00-\x08\x0b-\x1f" if keep_lines else "\x00-\x1f"
    return re.compile(f"[{controls}{_UNSAFE_ALWAYS}]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, kept by surrogateescape
        return f"\\x{code - 0xDC00:02x}"
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}"


def name(value: Any) -> str:
    """A file, folder, sheet, unit or pack name as one safe line (paths via ``os.fspath``)."""
    if not isinstance(value, str):
        value = os.fspath(value) if isinstance(value, os.PathLike) else str(value)
        if isinstance(value, bytes):
            value = os.fsdecode(value)
    if value.isprintable():  # every character escaped here is one Python calls unprintable
        return value
    unsafe = _unsafe(False)
    return unsafe.sub(_escape, value) if unsafe.search(value) else value


def text(value: str) -> str:
    """Text from a file (a cell, a message quoting one): controls escaped, line breaks and tabs kept."""
    if value.isprintable():
        return value
    unsafe = _unsafe(True)
    return unsafe.sub(_escape, value) if unsafe.search(value) else value


def maybe_text(value: str | None) -> str | None:
    return None if value is None else text(value)


def maybe_name(value: Any) -> str | None:
    return None if value is None else name(value)
