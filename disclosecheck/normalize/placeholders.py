"""Placeholders are blanks: ``无``, ``/``, ``——``, ``待定``, ``《XX省…方案》`` fill a cell, say nothing.

Padding a catalog with such values is among the commonest ways catalogs fail an evaluation, so after
the rows are read every element that holds only a placeholder is emptied, the way a blank cell reads,
and the placeholder is kept in ``Item.placeholders`` for the finding to name. Every check then sees a
blank and reports it as its own blank (公开依据 ``无`` is ``legal-basis.blank``, an error, not a
"names no document" warning). ``同上`` left unresolved — nothing above it to repeat — is a blank of
the same kind. The words come from the rule pack (``placeholders`` and ``template_marks`` in
rules/national.yaml), so a county can add its own.

This runs as a pass of its own over the items, not inside the row loop of ``items.py``: it touches only
the few cells that are placeholders, and a value copied by ``同上`` or a merge is judged as it reads.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from disclosecheck.model import CHANNELS, CHOICE_ELEMENTS, DATE_ELEMENTS, SEQ, Item
from disclosecheck.normalize.values import Placeholders, is_same_as_above, is_unfilled_other

#: What ``Item.placeholders`` holds for a ``同上`` with nothing above it.
SAME_AS_NOTHING = "同上"


def mark_placeholders(items: Iterable[Item], placeholders: Placeholders | None) -> None:
    """Empty every element of ``items`` that holds only a placeholder, recording what it held."""
    match = placeholders.match if placeholders else None
    # Catalogs repeat their texts row after row and file after file: each text is judged once, and
    # the verdicts are kept with the pack's placeholders (an audit's worker checks many files).
    verdicts = placeholders.verdicts if placeholders else _SAME_ONLY
    if len(verdicts) >= _VERDICTS_KEPT:  # full: this table's own texts take the room
        verdicts.clear()
    verdict = verdicts.get
    for item in items:
        for element, text in item.text.items():
            if not text or element == SEQ:
                continue
            said = verdict(text, _UNSEEN)
            if said is _UNSEEN:
                said = SAME_AS_NOTHING if is_same_as_above(text) else (
                    match(text) if match is not None else None)
                if len(verdicts) < _VERDICTS_KEPT:
                    verdicts[text] = said
            if said is not None:
                _blank(item, element, said)  # type: ignore[arg-type]
        if match is not None:
            for name in item.channels:
                if name[:1] == "其":  # only a 其他/其它 can be an unfilled 其他___
                    _drop_unfilled_channels(item)
                    break


#: At most this many verdicts are kept: a 200,000-row catalog of distinct names would otherwise keep
#: them all alive beside its items, and after it is freed, near the memory budget.
_VERDICTS_KEPT = 20_000
#: Verdicts on 同上 alone, for a pack without placeholder words.
_SAME_ONLY: dict[str, str | None] = {}
_UNSEEN: Any = object()


def _blank(item: Item, element: str, said: str) -> None:
    """``element`` of ``item`` read as blank; ``said`` is what the cell held."""
    item.placeholders[element] = said
    item.text[element] = ""
    if element == CHANNELS:
        item.channels, item.channels_listed = [], []
    elif element in CHOICE_ELEMENTS:
        item.choices[element] = set()
        item.unknown_choices.pop(element, None)
    elif element in DATE_ELEMENTS:
        item.dates[element] = None
        item.bad_dates.pop(element, None)


def _drop_unfilled_channels(item: Item) -> None:
    """A chosen ``■其他___`` names no channel: it is not counted as one chosen."""
    kept = [name for name in item.channels if not is_unfilled_other(name)]
    if len(kept) < len(item.channels):
        dropped = next(name for name in item.channels if is_unfilled_other(name))
        item.channels = kept
        if not kept:
            item.placeholders[CHANNELS] = dropped
