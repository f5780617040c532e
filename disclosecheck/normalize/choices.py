"""公开对象 / 公开方式 / 公开层级 as sets of canonical choices.

Either ticks across sub-columns (one column per choice: √, ✓, ●, 是, Y …) or words in one
column (全社会、特定群体; 依申请公开). Words that are not a known choice are returned apart, so a
check can report them (不公开 is not a disclosure mode).
"""

from __future__ import annotations

import re

from disclosecheck.locate.headers import CHOICE_ALIASES, CHOICES, choice_for

#: Marks meaning "this sub-column applies" (compared after stripping spaces).
TICKS: frozenset[str] = frozenset({
    "√", "✓", "✔", "✔️", "●", "是", "Y", "y", "☑", "☑️", "■", "Yes", "YES", "yes", "v", "V", "√√", "○√",
    "对", "有", "▲", "★", "Ｙ", "ｙ", "✅", "\uf0fc", "\uf0fe",
})
#: Marks meaning "does not apply": an empty cell says the same, so they are not unknown words.
NON_TICKS: frozenset[str] = frozenset({
    "×", "✗", "✘", "X", "x", "否", "N", "n", "No", "NO", "no", "无", "-", "—", "－", "/", "／", "0", "□",
    "口", "☐", "○", "不", "\\",
})
_SEPARATORS = re.compile(r"[、，,；;/／\s]+")


def tick_value(text: str) -> bool | None:
    """True for a tick, False for an explicit non-tick or blank, None for some other word."""
    mark = text.replace(" ", "").replace("\u3000", "")
    if not mark:
        return False
    if mark in TICKS:
        return True
    if mark in NON_TICKS:
        return False
    return None


def split_words(text: str) -> list[str]:
    """Words of a one-column choice cell: separators 、，,；;/ spaces and line breaks."""
    return [w for w in _SEPARATORS.split(text) if w]


def parse_choice_words(element: str, text: str) -> tuple[set[str], list[str]]:
    """(canonical choices, unknown words) written in one cell of ``element``'s column."""
    chosen: set[str] = set()
    unknown: list[str] = []
    for word in split_words(text):
        choice = choice_for(element, word) or choice_within(element, word)
        if choice is not None:
            chosen.add(choice)
        elif tick_value(word) is not True:
            unknown.append(word)
    return chosen, unknown


def choice_within(element: str, text: str) -> str | None:
    """The one choice of ``element`` a longer phrase names: 全社会范围主动公开 → 主动 (济南市统计局).

    Only when exactly one choice is named, and never across a negation (不予公开, 不公开 …).
    """
    if "不" in text or "非" in text:
        return None
    aliases = CHOICE_ALIASES.get(element, {})
    found = {choice for alias, choice in aliases.items() if len(alias) >= 2 and alias in text}
    return next(iter(found)) if len(found) == 1 else None


def ordered(element: str, chosen: set[str]) -> list[str]:
    """``chosen`` in the standard order of the element's choices, unknown ones last."""
    order = CHOICES.get(element, ())
    known = [c for c in order if c in chosen]
    return known + sorted(c for c in chosen if c not in order)
