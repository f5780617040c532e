"""What changed between two versions of a catalog, item by item: ``disclosecheck diff OLD NEW``.

A catalog under review changes by rows: items added, removed, renamed, and elements rewritten. Both
files go through the same read → locate → normalize stages as ``check``, so the comparison is of
what the catalogs *say*, not of how they are laid out: an .xls then an .xlsx, a tick grid then words,
a title row added or a column moved all compare equal when the items are.

Items are paired by their name (一级事项 + 二级事项, or 公开事项), in order among equal names; what is
left over on both sides is paired by similarity (rapidfuzz) of the name and of the rest of the item,
so a renamed item is one rename, not a removal and an addition. ``check --since OLD`` uses the same
pairing to report only the findings on items that were added or changed.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from disclosecheck.model import CHANNELS, ELEMENTS, ITEM, LEVEL1, LEVEL2, SEQ, Catalog, Item

#: A rename needs names at least this similar (0–100, rapidfuzz's ratio) …
NAME_SIMILAR = 80
#: … or, with names at least RENAME_NAME_FLOOR similar, the rest of the item nearly the same.
CONTENT_SIMILAR = 90
RENAME_NAME_FLOOR = 50
#: Fuzzy pairing of more leftovers than this on each side is skipped (they stay added and removed).
MAX_FUZZY = 5_000

_SPACE = re.compile(r"\s+")
#: Elements that name the item: a change there is a rename.
NAME_ELEMENTS = (LEVEL1, LEVEL2, ITEM)


@dataclass(slots=True)
class Change:
    element: str
    old: str
    new: str


@dataclass(slots=True)
class ItemChange:
    """One item that differs: ``kind`` is added, removed, renamed or changed."""

    kind: str
    old_label: str | None = None
    new_label: str | None = None
    old_row: int | None = None
    new_row: int | None = None
    changes: list[Change] = field(default_factory=list)
    similarity: int | None = None  # of the names, for a rename

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "old": self.old_label, "new": self.new_label, "old_row": self.old_row,
                "new_row": self.new_row, "similarity": self.similarity,
                "changes": [{"element": c.element, "old": c.old, "new": c.new} for c in self.changes]}


@dataclass(slots=True)
class CatalogDiff:
    """The comparison of one catalog table of OLD with one of NEW (either may be absent)."""

    old_path: str
    new_path: str
    old_sheet: str | None
    new_sheet: str | None
    items: list[ItemChange] = field(default_factory=list)
    unchanged: int = 0
    columns_added: list[str] = field(default_factory=list)
    columns_removed: list[str] = field(default_factory=list)

    def count(self, kind: str) -> int:
        return sum(1 for i in self.items if i.kind == kind)

    @property
    def changed_rows(self) -> set[int]:
        """Rows of NEW holding an item that was added, renamed or changed."""
        return {i.new_row for i in self.items if i.new_row is not None and i.kind != "removed"}

    def to_dict(self) -> dict[str, Any]:
        return {"old": {"path": self.old_path, "sheet": self.old_sheet},
                "new": {"path": self.new_path, "sheet": self.new_sheet},
                "summary": {k: self.count(k) for k in ("added", "removed", "renamed", "changed")}
                | {"unchanged": self.unchanged},
                "columns": {"added": self.columns_added, "removed": self.columns_removed},
                "items": [i.to_dict() for i in self.items]}


def _norm(text: str) -> str:
    return _SPACE.sub("", text or "")


def value(item: Item, element: str) -> str:
    """What an element says, independent of layout: a checklist's chosen channels, else the text."""
    if element == CHANNELS and item.channels_listed:
        return "、".join(item.channels)
    return _SPACE.sub(" ", item.text.get(element, "")).strip()


def name_of(item: Item) -> str:
    return " / ".join(p for p in (value(item, LEVEL1), value(item, LEVEL2) or value(item, ITEM)) if p)


def _compared(old: Catalog, new: Catalog) -> tuple[list[str], list[str], list[str]]:
    """(elements compared, columns added, columns removed); 序号 is never compared (it moves)."""
    before, after = old.layout.elements, new.layout.elements
    # a catalog with one 事项 column and one with 一级/二级 name the same items differently
    name_cols = set(NAME_ELEMENTS)
    both = [e for e in ELEMENTS if e in before and e in after and e != SEQ and e not in name_cols]
    added = [e for e in ELEMENTS if e in after and e not in before and e not in name_cols]
    removed = [e for e in ELEMENTS if e in before and e not in after and e not in name_cols]
    return [*NAME_ELEMENTS, *both], added, removed


def _changes(a: Item, b: Item, elements: list[str]) -> list[Change]:
    return [Change(e, value(a, e), value(b, e)) for e in elements if _norm(value(a, e)) != _norm(value(b, e))]


def _rest(item: Item, elements: list[str]) -> str:
    return "|".join(value(item, e) for e in elements if e not in NAME_ELEMENTS)


def diff_catalogs(old: Catalog, new: Catalog) -> CatalogDiff:
    """Every item of ``old`` and ``new`` paired, and what differs."""
    elements, added_cols, removed_cols = _compared(old, new)
    result = CatalogDiff(str(old.path), str(new.path), old.sheet, new.sheet,
                         columns_added=added_cols, columns_removed=removed_cols)
    by_name: dict[str, list[Item]] = defaultdict(list)
    for item in old.items:
        by_name[_norm(name_of(item))].append(item)
    pairs: list[tuple[Item, Item]] = []
    new_left: list[Item] = []
    for item in new.items:
        same = by_name.get(_norm(name_of(item)))
        if same:
            pairs.append((same.pop(0), item))
        else:
            new_left.append(item)
    old_left = [item for items in by_name.values() for item in items]
    old_left.sort(key=lambda i: i.row)

    renamed = _fuzzy_pairs(old_left, new_left, elements)
    paired_old = {id(a) for a, _b, _s in renamed}
    paired_new = {id(b) for _a, b, _s in renamed}
    entries: list[tuple[int, int, ItemChange]] = []
    for a, b in pairs:
        changes = _changes(a, b, elements)
        if changes:
            entries.append((b.row, 1, ItemChange("changed", name_of(a), name_of(b), a.row, b.row, changes)))
        else:
            result.unchanged += 1
    for a, b, score in renamed:
        entries.append((b.row, 1, ItemChange("renamed", name_of(a), name_of(b), a.row, b.row,
                                              _changes(a, b, elements), similarity=score)))
    for b in new_left:
        if id(b) not in paired_new:
            entries.append((b.row, 1, ItemChange("added", None, name_of(b), None, b.row)))
    for a in old_left:
        if id(a) not in paired_old:
            entries.append((_new_position(a, pairs), 0, ItemChange("removed", name_of(a), None, a.row, None)))
    result.items = [e for _r, _o, e in sorted(entries, key=lambda t: (t[0], t[1]))]
    return result


def _new_position(removed: Item, pairs: list[tuple[Item, Item]]) -> int:
    """Where a removed item would sit in NEW: just before the first kept item that followed it."""
    later = [b.row for a, b in pairs if a.row > removed.row]
    return min(later) if later else 1 << 30


def _fuzzy_pairs(old: list[Item], new: list[Item], elements: list[str]) -> list[tuple[Item, Item, int]]:
    """Pair leftovers that are the same item renamed: best scores first, each item at most once."""
    if not old or not new or len(old) > MAX_FUZZY or len(new) > MAX_FUZZY:
        return []
    from rapidfuzz import fuzz, process

    names = process.cdist([name_of(i) for i in old], [name_of(i) for i in new], scorer=fuzz.ratio)
    rests = process.cdist([_rest(i, elements) for i in old], [_rest(i, elements) for i in new],
                          scorer=fuzz.ratio)
    candidates = []
    for i in range(len(old)):
        for j in range(len(new)):
            name, rest = float(names[i][j]), float(rests[i][j])
            if name >= NAME_SIMILAR or (name >= RENAME_NAME_FLOOR and rest >= CONTENT_SIMILAR):
                candidates.append((name + rest, name, i, j))
    candidates.sort(key=lambda c: (-c[0], c[2], c[3]))
    used_old: set[int] = set()
    used_new: set[int] = set()
    result = []
    for _total, name, i, j in candidates:
        if i in used_old or j in used_new:
            continue
        used_old.add(i)
        used_new.add(j)
        result.append((old[i], new[j], round(name)))
    return result


def pair_catalogs(old: list[Catalog], new: list[Catalog]) -> list[tuple[Catalog | None, Catalog | None]]:
    """Tables of OLD and NEW side by side: by sheet name where the names agree, else in order."""
    old_names = {c.sheet for c in old}
    if len(old) == len(new) and {c.sheet for c in new} != old_names:
        return list(zip(old, new, strict=True))
    pairs: list[tuple[Catalog | None, Catalog | None]] = []
    rest_old = list(old)
    for catalog in new:
        match = next((c for c in rest_old if c.sheet == catalog.sheet), None)
        if match is None and len(old) == 1 == len(new):
            match = old[0]
        if match is not None:
            rest_old.remove(match)
        pairs.append((match, catalog))
    pairs += [(c, None) for c in rest_old]
    return pairs


def diff_files(old: list[Catalog], new: list[Catalog], old_path: Path, new_path: Path) -> list[CatalogDiff]:
    """Every table of two versions of a file compared; a table present on one side only is all added
    or all removed."""
    diffs = []
    for a, b in pair_catalogs(old, new):
        if a is not None and b is not None:
            diffs.append(diff_catalogs(a, b))
        elif b is not None:
            diffs.append(CatalogDiff(str(old_path), str(new_path), None, b.sheet, items=[
                ItemChange("added", None, name_of(i), None, i.row) for i in b.items]))
        elif a is not None:
            diffs.append(CatalogDiff(str(old_path), str(new_path), a.sheet, None, items=[
                ItemChange("removed", name_of(i), None, i.row, None) for i in a.items]))
    return diffs
