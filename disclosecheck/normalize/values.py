"""Cell values → clean text, the way a clerk would read them.

Whole numbers stay whole (calamine returns ``1.0`` for 1 → ``"1"``); dates print as ISO dates;
text is stripped, inner runs of spaces collapse to one, line breaks stay as ``"\\n"``.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from typing import Any

_SPACES = re.compile(r"[ \t\u3000\xa0\u2002\u2003\u2009]+")
_SPACE_AROUND_BREAK = re.compile(r" ?\n ?")
_BREAKS = re.compile(r"\r\n?|\u2028|\u2029|\x0b")
#: ``同上`` and its variants as :func:`clean_text` leaves them (inner spaces collapsed to one).
SAME_AS_ABOVE: frozenset[str] = frozenset(
    word + mark
    for word in ("同上", "同 上", "如上", "同前", "同上栏", "同上条")
    for mark in ("", "。", ".", ";", "；", ",", "，")
)
_ANY_SPACE = re.compile(r"\s+")


def clean_text(value: Any) -> str:
    """The text of a cell value: "" for empty, numbers without a spurious ``.0``, dates as ISO."""
    if value is None:
        return ""
    if isinstance(value, str):
        return _clean_str(value)
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date | int):
        return str(value) if isinstance(value, int) else value.isoformat()
    return _clean_str(str(value))


def _clean_str(text: str) -> str:
    if text.isprintable() and "  " not in text:
        # The common case, skipped past the regexes: every break, tab and wide space is unprintable,
        # so the only blanks here are lone ASCII spaces, which need no collapsing.
        return text.strip()
    if "\r" in text or "\x0b" in text or "\u2028" in text or "\u2029" in text:
        text = _BREAKS.sub("\n", text)
    text = _SPACES.sub(" ", text)
    if "\n" in text:
        text = _SPACE_AROUND_BREAK.sub("\n", text)
    return text.strip()


def is_same_as_above(text: str) -> bool:
    """``同上`` (also ``同上。``, ``同 上``): the value of the item above in the same column."""
    if not text or len(text) > 8:
        return False
    return text in SAME_AS_ABOVE or _ANY_SPACE.sub("", text) in SAME_AS_ABOVE
