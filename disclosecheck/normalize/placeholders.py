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

from collections.abc import Sequence
from itertools import islice

from disclosecheck.model import CHANNELS, CHOICE_ELEMENTS, DATE_ELEMENTS, SEQ, Item
from disclosecheck.normalize.values import Placeholders, is_same_as_above, is_unfilled_other

#: What ``Item.placeholders`` holds for a ``同上`` with nothing above it.
SAME_AS_NOTHING = "同上"


def mark_placeholders(items: Sequence[Item], placeholders: Placeholders | None) -> None:
    """Empty every element of ``items`` that holds only a placeholder, recording what it held.

    Catalogs repeat their texts row after row and file after file, and most hold no placeholder at
    all: so the distinct texts of a stretch of rows are gathered, those not judged before are judged
    (most by C loops, :meth:`Placeholders.candidates`), and only the rows holding a text found to
    be a placeholder are walked cell by cell. What was judged is kept with the pack's placeholders for
    the next file of an audit. 100,000 rows of distinct names took 0.4 s walked cell by cell.
    """
    words = placeholders if placeholders else _SAME_ONLY  # a pack without words: 同上 alone
    judged, found = words.judged, words.found
    if len(judged) >= _KEPT:  # full: this table's own texts take the room
        judged.clear()
        found.clear()
    for start in range(0, len(items), _STRETCH):
        stretch = items[start:start + _STRETCH]
        texts: set[str] = set()
        for item in stretch:
            texts.update(item.text.values())
        texts.discard("")
        unseen = texts.difference(judged)
        flagged = {text: found[text] for text in texts.intersection(found)} if found else {}
        unkept = []  # placeholders found with no room left to keep them: judged again next time
        for text in words.candidates(unseen):
            said = SAME_AS_NOTHING if is_same_as_above(text) else words.match(text)
            if said is not None:
                flagged[text] = said
                if len(found) < _KEPT:
                    found[text] = said
                else:
                    unkept.append(text)
        unseen.difference_update(unkept)
        judged.update(islice(unseen, max(_KEPT - len(judged), 0)))
        if flagged:
            for item in stretch:
                if not flagged.keys().isdisjoint(item.text.values()):
                    for element, text in item.text.items():
                        if text in flagged and element != SEQ:
                            _blank(item, element, flagged[text])
        if placeholders:  # the pack's words: an unfilled 其他___ is a placeholder too
            for item in stretch:
                if item.channels and "其" in "".join(item.channels):
                    _drop_unfilled_channels(item)  # only a 其他/其它 can be an unfilled 其他___


#: Rows whose distinct texts are gathered at a time: bounded, so a large catalog adds no large set.
_STRETCH = 4096
#: At most this many judged texts are kept: a 200,000-row catalog of distinct names would otherwise keep
#: them all alive beside its items, and after it is freed, near the memory budget.
_KEPT = 20_000
#: No words and no marks: for a pack without placeholders, where only a 同上 with nothing above is blank.
_SAME_ONLY = Placeholders()


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
