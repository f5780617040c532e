"""``ignore:`` entries of a pack: findings a team has decided to live with, each with its reason.

A linter's ``# noqa`` cannot be written into a spreadsheet cell, so the exceptions live in the pack
(``disclosecheck.yaml`` or ``[tool.disclosecheck]``) instead::

    ignore:
      - rule: legal-basis
        item: 绿化管理 / 损坏城市树木花草     # the item as reports name it; * and ? match any text
        element: 公开依据                      # optional
        file: "乡镇/*.xlsx"                   # optional glob, relative to the working folder
        reason: 依据为县政府内部文件，暂未公开   # required: why this is acceptable

An entry without a reason is a pack error: an exception nobody can explain later is how ignores rot.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from disclosecheck.errors import ConfigError
from disclosecheck.pack.diagnose import error, shown
from disclosecheck.pack.yamlfile import find_position, key_position, node_position, value_position

#: The keys of one entry, in the order the documentation lists them.
IGNORE_KEYS: tuple[str, ...] = ("rule", "item", "element", "file", "reason")
_REQUIRED = ("rule", "item", "reason")


@dataclass(frozen=True, slots=True)
class IgnoreEntry:
    """One ``ignore:`` entry, with the pack file and index it came from (to say where an unused one is)."""

    rule: str
    item: str
    reason: str
    element: str | None = None
    file: str | None = None
    source: str = ""  # the pack file, as shown in messages
    index: int = 0  # position in that file's ``ignore:`` list


def parse_ignores(node: Any, value: Any, file: str, known_rules: set[str],
                  collect: bool = False) -> list[Any]:
    """The entries of ``ignore:`` (``value``, plain Python); raises PackError at the entry's position.

    With ``collect``, returns the PackError of every bad entry instead (for ``rules validate``).
    """
    if value is None:
        return []
    if not isinstance(value, list):
        problem = error("config.ignore_not_list", file, value_position(node, "ignore"), given=shown(value))
        if collect:
            return [problem]
        raise problem
    entries: list[Any] = []
    problems: list[Any] = []
    for i, raw in enumerate(value):
        try:
            entry = _entry(node, raw, i, file, known_rules)
        except ConfigError as exc:
            if not collect:
                raise
            problems.append(exc)
        else:
            entries.append(entry)
    return problems if collect else entries


def _entry(node: Any, raw: Any, i: int, file: str, known_rules: set[str]) -> IgnoreEntry:
    """One entry, checked; raises PackError."""
    where = find_position(node, ("ignore", i))[0] or value_position(node, "ignore")
    if not isinstance(raw, dict):
        raise error("config.ignore_not_mapping", file, where, given=shown(raw))
    try:
        entry_node = node["ignore"][i]
    except (KeyError, IndexError, TypeError):
        entry_node = None
    for key in raw:
        if key not in IGNORE_KEYS:
            raise error("config.unknown_key", file, key_position(entry_node, key) or where,
                        key=f"ignore[{i}].{key}", expected=", ".join(IGNORE_KEYS))
    for key in _REQUIRED:
        text = raw.get(key)
        if not isinstance(text, str) or not text.strip():
            at = (value_position(entry_node, key) if key in raw else node_position(entry_node)) or where
            raise error("config.ignore_missing", file, at, key=key, given=shown(text))
    for key in ("element", "file"):
        if key in raw and raw[key] is not None and not isinstance(raw[key], str):
            raise error("config.ignore_missing", file, value_position(entry_node, key) or where,
                        key=key, given=shown(raw[key]))
    if raw["rule"].strip() not in known_rules:
        raise error("config.unknown_rule", file, value_position(entry_node, "rule") or where,
                    rule=raw["rule"])
    return IgnoreEntry(rule=raw["rule"].strip(), item=raw["item"].strip(),
                       reason=raw["reason"].strip(), element=(raw.get("element") or None),
                       file=(raw.get("file") or None), source=file, index=i)
