"""Cell values → clean text, the way a clerk would read them.

Whole numbers stay whole (calamine returns ``1.0`` for 1 → ``"1"``); dates print as ISO dates;
text is stripped, inner runs of spaces collapse to one, line breaks stay as ``"\\n"``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
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
    return text in SAME_AS_ABOVE or "".join(text.split()) in SAME_AS_ABOVE


# --- placeholders: values that only say "nothing" ----------------------------------------------------

#: Punctuation a clerk puts after a placeholder (``无。``) or around it; ignored when comparing.
_PLACEHOLDER_TRIM = " \t\u3000\n。.，,；;：:、"
#: Full-width forms folded to the ASCII ones a pack writes (``／`` → ``/``, ``－`` → ``-``).
_FOLD_FROM = "／－―─＿"
_FOLD = str.maketrans(dict(zip(_FOLD_FROM, "/-——_", strict=True)))
#: An unfilled "other" entry of a checklist: ``其他``, ``其他___``, ``其他：``, ``其他（请注明）``.
_UNFILLED_OTHER = re.compile(r"^其[他它][_＿\s：:（(]*(?:请注明|请填写|请写明)?[）)]?[_＿\s]*$")


class Placeholders:
    """The pack's placeholder words and template marks, matched the way a clerk would read a cell.

    A placeholder is a whole cell that says "nothing" (``无``, ``/``, ``——``, ``待定``, ``见附件``):
    matched after spaces and trailing punctuation are dropped and full-width forms folded, so ``无。``
    and ``／`` count too, while a ``/`` inside a real value (``发布会/听证会``) does not. A template mark
    (``XX``, ``××``) anywhere in a value is residue of a template nobody filled in
    (``《XX省…实施方案》``). Built once per pack; it keeps the texts it has judged (``judged``, ``found``),
    since catalogs repeat the same values row after row and file after file.
    """

    __slots__ = ("_any_mark", "_patterns", "_word_like", "found", "judged", "marks", "words")

    def __init__(self, words: Iterable[str] = (), marks: Iterable[str] = ()) -> None:
        self.words = frozenset(self.key(w) for w in words if self.key(w))
        self.marks = tuple(m for m in dict.fromkeys(marks) if m)
        self._patterns = tuple(_mark_pattern(m) for m in self.marks)
        # Cheap first looks, C loops over many texts at once, for the many that are neither (a name, a
        # sentence): a text of a character no word, blank, fold, trimmed mark or 同上 holds cannot be a
        # placeholder word or a 同上; one without any mark cannot hold a mark.
        chars = {*"".join(self.words), *_FOLD_FROM, *_PLACEHOLDER_TRIM}
        self._word_like = short_text_pattern(chars).fullmatch
        self._any_mark = re.compile("|".join(map(re.escape, self.marks))).search if self.marks else None
        #: The texts judged already, and those of them found to be placeholders (or a 同上 with nothing
        #: above), with what the cell is recorded as: kept here by
        #: :func:`disclosecheck.normalize.placeholders.mark_placeholders`, for every file of the pack.
        self.judged: set[str] = set()
        self.found: dict[str, str] = {}

    @staticmethod
    def key(text: str) -> str:
        """``text`` as placeholders are compared: no spaces, no trailing punctuation, folded."""
        return "".join(text.split()).translate(_FOLD).strip(_PLACEHOLDER_TRIM)

    def __bool__(self) -> bool:
        return bool(self.words or self.marks)

    def match(self, text: str) -> str | None:
        """The placeholder ``text`` is (the text itself, as written), or None for a real value."""
        if text and ((len(text) <= 16 and self._word_like(text) is not None and self.key(text) in self.words)
                     or self._residue(text)):
            return text
        return None

    def candidates(self, texts: set[str]) -> set[str]:
        """Those of ``texts`` that may be a placeholder or a 同上 at all (a few, for :meth:`match` and
        :func:`is_same_as_above` to judge): found by C loops, without a Python step per text."""
        found = set(filter(self._word_like, texts))
        if self._any_mark is not None:
            found.update(filter(self._any_mark, texts))
        return found

    def _residue(self, text: str) -> bool:
        """Whether a template mark stands in ``text`` (one search for any mark first: nearly every value
        has none)."""
        if self._any_mark is None or self._any_mark(text) is None:
            return False
        for mark, pattern in zip(self.marks, self._patterns, strict=True):
            if mark in text and pattern.search(text) is not None:
                return True
        return False


def short_text_pattern(chars: Iterable[str] = ()) -> re.Pattern[str]:
    """Up to 16 of ``chars``, blanks and the characters of a 同上: what a placeholder word or 同上 may be."""
    allowed = {*chars, *"".join(SAME_AS_ABOVE)}
    return re.compile(r"[\s" + "".join(map(re.escape, sorted(allowed))) + r"]{1,16}")


def _mark_pattern(mark: str) -> re.Pattern[str]:
    """Where ``mark`` is template residue: a Latin mark (``XX``) only as a word of its own letters.

    ``XX县XX局`` is residue, while Latin letters around it (a URL, ``XXL``) make it part of a word.
    """
    if mark.isascii() and mark.isalpha():
        if len(set(mark)) == 1:
            return re.compile(rf"(?<![A-Za-z]){re.escape(mark[0])}{{{len(mark)},}}(?![A-Za-z])")
        return re.compile(rf"(?<![A-Za-z]){re.escape(mark)}(?![A-Za-z])")
    return re.compile(re.escape(mark))


def is_unfilled_other(name: str) -> bool:
    """``其他___`` chosen in a channel checklist without saying which: not a channel."""
    return bool(_UNFILLED_OTHER.match(name))
