"""公开渠道和载体 checklists: ``■政府网站 □政府公报 ■两微一端`` → chosen and listed channels.

■ marks a chosen channel, □ one not chosen. Converted files corrupt the glyphs: ``t`` or ``þ``
(Wingdings) for ■, ``口`` for □; some write √ or ☑. A cell of plain words without any box
(政府网站、公开查阅点) lists only chosen channels.
"""

from __future__ import annotations

import re

#: Chosen / not chosen marks. The private-use characters are Wingdings glyphs whose font was lost
#: in a conversion (U+F06E ■, U+F0FE ☑, U+F0FC ✓; U+F06F □, U+F0A8 □, U+F071 ❑).
CHOSEN_MARKS = "■▪◼☑√✓✔þ\uf06e\uf0fe\uf0fc"
UNCHOSEN_MARKS = "□☐▫◻❑\uf06f\uf0a8\uf071"
#: Marks that are only marks at the start of a word (they also occur inside names: 窗口).
_WEAK = {"口": False, "t": True}
_STRONG = re.compile(f"([{re.escape(CHOSEN_MARKS + UNCHOSEN_MARKS)}])")
_WORDS = re.compile(r"[\s、，,；;]+")
_MARK_SPACE = re.compile(f"([{re.escape(CHOSEN_MARKS + UNCHOSEN_MARKS)}])[ \t\u3000]+")
_WEAK_SPACE = re.compile(r"(^|\s)([口t])[ \t\u3000]+(?=[\u3400-\u9fff])")


def parse_channels(text: str) -> tuple[list[str], list[str]]:
    """(chosen, listed) channel names in the order written."""
    tokens: list[tuple[bool | None, str]] = []  # (chosen? None when unmarked, name)
    for word in _WORDS.split(_WEAK_SPACE.sub(r"\1\2", _MARK_SPACE.sub(r"\1", text))):
        if not word:
            continue
        for piece in _split_marks(word):
            tokens.append(piece)
    if not any(mark is not None for mark, _ in tokens):
        names = [name for _, name in tokens]
        return list(names), list(names)
    chosen: list[str] = []
    listed: list[str] = []
    last_mark: bool | None = None
    for mark, name in tokens:
        if mark is None:
            if listed:  # an unmarked word continues the name before it (■其他 村务公开栏)
                old = listed[-1]
                listed[-1] = f"{old} {name}"
                if last_mark and chosen and chosen[-1] == old:
                    chosen[-1] = listed[-1]
                continue
            mark = True
        last_mark = mark
        listed.append(name)
        if mark:
            chosen.append(name)
    return chosen, listed


def _split_marks(word: str) -> list[tuple[bool | None, str]]:
    """``■政府网站□政府公报`` → [(True, 政府网站), (False, 政府公报)]; weak marks only at the start."""
    pieces: list[tuple[bool | None, str]] = []
    mark: bool | None = None
    for part in _STRONG.split(word):
        if not part:
            continue
        if len(part) == 1 and part in CHOSEN_MARKS:
            mark = True
            continue
        if len(part) == 1 and part in UNCHOSEN_MARKS:
            mark = False
            continue
        if mark is None and len(part) > 1 and part[0] in _WEAK and "\u3400" <= part[1] <= "\u9fff":
            mark, part = _WEAK[part[0]], part[1:]
        pieces.append((mark, part))
        mark = None
    return pieces
