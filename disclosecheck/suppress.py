"""Applying a pack's ``ignore:`` entries to results, and saying which entries matched nothing.

Runs in the main process after every file is checked (``check``) or before the ranking (``audit``),
so that an entry is "unused" only when no file of the whole run needed it. An unused entry is
reported as a note naming its ``file:line:column`` in the pack, like ruff's unused ``noqa``: the
finding it was written for is gone, and the entry should go too before it hides a new one.
"""

from __future__ import annotations

from collections.abc import Iterable
from fnmatch import fnmatchcase

from disclosecheck.model import FileResult, Finding
from disclosecheck.pack.ignores import IgnoreEntry
from disclosecheck.render.ci_common import relative_path


def _item_matches(pattern: str, label: str | None) -> bool:
    """``pattern`` against the item's label (``一级事项 / 二级事项``), or against its last part alone."""
    if not label:
        return pattern == "*"
    last = label.rsplit(" / ", 1)[-1]
    return fnmatchcase(label, pattern) or fnmatchcase(last, pattern)


def matches(entry: IgnoreEntry, result: FileResult, finding: Finding, path: str) -> bool:
    if entry.rule != finding.rule:
        return False
    if entry.element is not None and entry.element != finding.element:
        return False
    if entry.file is not None and not (fnmatchcase(path, entry.file)
                                       or fnmatchcase(path.rsplit("/", 1)[-1], entry.file)):
        return False
    return _item_matches(entry.item, finding.item)


def apply_ignores(results: Iterable[FileResult], entries: list[IgnoreEntry]) -> tuple[int, list[IgnoreEntry]]:
    """Drop the findings an entry matches; return how many were dropped and the entries that matched none."""
    if not entries:
        return 0, []
    used = [False] * len(entries)
    dropped = 0
    for result in results:
        path = relative_path(result.path)
        kept = []
        for finding in result.findings:
            hit = next((i for i, e in enumerate(entries) if matches(e, result, finding, path)), None)
            if hit is None:
                kept.append(finding)
            else:
                used[hit] = True
                dropped += 1
        result.findings = kept
    return dropped, [e for e, u in zip(entries, used, strict=True) if not u]


def unused_notes(unused: list[IgnoreEntry], lang: str) -> list[str]:
    """One ``file:line:column: note`` line per unused entry; the position is read again from the pack
    file (the everyday load keeps no positions), and left out if the file cannot be read now."""
    from pathlib import Path

    from disclosecheck.errors import ConfigError
    from disclosecheck.messages import render
    from disclosecheck.pack.yamlfile import find_position, parse, read_text

    lines = []
    trees: dict[str, object] = {}
    for entry in unused:
        where = entry.source
        if entry.source not in trees:
            try:
                path = Path(entry.source)
                trees[entry.source] = (None if path.name == "pyproject.toml"
                                       else parse(read_text(path, entry.source), entry.source))
            except ConfigError:
                trees[entry.source] = None
        tree = trees[entry.source]
        position = (find_position(tree, ("ignore", entry.index))[0] if tree is not None
                    else _toml_position(entry))
        if position is not None:
            where += f":{position[0]}:{position[1]}"
        lines.append(f"{where}: " + render("ignore.unused", {
            "rule": entry.rule, "item": entry.item, "reason": entry.reason}, lang))
    return lines


def _toml_position(entry: IgnoreEntry) -> tuple[int, int] | None:
    """Where the entry's ``[[tool.disclosecheck.ignore]]`` header is in a pyproject.toml (tomllib keeps
    no positions); None for entries written another way (an inline array)."""
    from pathlib import Path

    try:
        lines = Path(entry.source).read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    headers = [n for n, line in enumerate(lines, start=1)
               if line.strip().replace(" ", "") == "[[tool.disclosecheck.ignore]]"]
    return (headers[entry.index], 1) if entry.index < len(headers) else None
