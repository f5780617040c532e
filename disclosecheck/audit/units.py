"""Ranking the units of an audit (townships, departments) by how compliant their catalogs are.

How a unit's compliance rate is counted — stated here once, and in the README:

- An **item** (事项, one catalog row) is compliant when no *error* finding falls on its row.
  Warnings and infos do not make an item non-compliant; they are counted separately.
- An error finding that belongs to no row (a missing column, an empty catalog — a *file-level*
  error) makes **every item of that catalog** non-compliant: the whole table is wrong.
- A file that cannot be checked at all (unreadable, timed out, out of memory, crashed) counts as
  **one error** and as a catalog whose items all fail. Since its size is unknown it weighs as
  much as the unit's average non-empty catalog (rounded, at least one item), so an unreadable file
  in a unit of large catalogs costs as much as a wholly wrong one, and a unit whose only file is
  unreadable scores 0. A catalog with no items and a file-level error (an empty table) weighs
  the same way: it has no items to fail, yet it is a whole catalog missing.
- compliance = compliant items ÷ counted items (readable items + the weight of unreadable files).
  A unit with nothing to count scores 1 when it has no error, else 0.

Units are ranked worst first: lowest compliance, then by name. Comparisons use exact fractions,
so rounding never reorders units.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from fractions import Fraction
from pathlib import PurePosixPath

from disclosecheck.audit.walk import FoundFile
from disclosecheck.model import FileResult, Severity


def unit_of(found: FoundFile, pattern: re.Pattern[str] | None = None, unmatched: str = "?") -> str:
    """The unit a file belongs to.

    With ``pattern``: its first capture group (or the whole match when it has none), searched
    in the file's path as reported (``/`` separators); ``unmatched`` when it does not match.
    Without: the folder the file sits in, relative to the PATH given (``乡镇A`` or
    ``乡镇A/2026``); a file directly in that PATH belongs to the PATH's own folder name.
    """
    if pattern is not None:
        match = pattern.search(found.display)
        if match is None:
            return unmatched
        text = match.group(1) if pattern.groups else match.group(0)
        return text or unmatched
    folder = found.relative.parent.as_posix() if found.relative.parts else ""
    if folder and folder != ".":
        return folder
    base = PurePosixPath(found.root) if found.relative.parts else PurePosixPath(found.path.as_posix()).parent
    return base.name or "."


@dataclass(frozen=True, slots=True)
class UnitScore:
    unit: str
    files: int
    items: int
    errors: int
    warnings: int
    compliant: int  # items with no error finding
    counted: int  # items counted in the rate, incl. the weight of unreadable files

    @property
    def rate(self) -> Fraction:
        if self.counted == 0:
            return Fraction(1) if self.errors == 0 else Fraction(0)
        return Fraction(self.compliant, self.counted)

    @property
    def compliance(self) -> float:
        """The rate rounded to 4 decimals, as reported."""
        return round(float(self.rate), 4)

    def to_dict(self) -> dict[str, object]:
        from disclosecheck.shown import name

        return {"unit": name(self.unit), "files": self.files, "items": self.items, "errors": self.errors,
                "warnings": self.warnings, "compliance": self.compliance}


@dataclass(frozen=True, slots=True)
class CommonFinding:
    """A rule and how widely it is broken: in how many units, on how many items, how many times."""

    rule: str
    units: int
    items: int
    findings: int

    def to_dict(self) -> dict[str, object]:
        return {"rule": self.rule, "units": self.units, "items": self.items, "findings": self.findings}


def failing_whole(result: FileResult) -> bool:
    """Whether a readable catalog has a file-level error (an error finding on no row)."""
    return any(f.severity == Severity.ERROR and f.row is None for f in result.findings)


def failing_items(result: FileResult) -> int:
    """Items of a readable catalog with at least one error finding (all of them for a file-level error)."""
    if failing_whole(result):
        return result.stats.items
    if result.failing_rows is not None:  # findings were left out past the cap: the count made before it
        return min(result.stats.items, result.failing_rows)
    rows = {(f.sheet, f.row) for f in result.findings if f.severity == Severity.ERROR}
    return min(result.stats.items, len(rows))


def score_units(results: Iterable[FileResult], units: Mapping[str, str]) -> list[UnitScore]:
    """One score per unit, worst first. ``units`` maps a result's path (posix, as reported) to its unit."""
    grouped: dict[str, list[FileResult]] = {}
    for result in results:
        grouped.setdefault(units[result.path.as_posix()], []).append(result)
    scores = [_score(unit, members) for unit, members in grouped.items()]
    return sorted(scores, key=lambda s: (s.rate, s.unit))


def _score(unit: str, members: list[FileResult]) -> UnitScore:
    readable = [r for r in members if r.status == "ok"]
    unreadable = len(members) - len(readable)
    # a catalog with no items but a table-wide error failed as a whole, like an unreadable file
    empty_failed = sum(1 for r in readable if r.stats.items == 0 and failing_whole(r))
    sized = [r.stats.items for r in readable if r.stats.items > 0]
    items = sum(sized)
    failing = sum(failing_items(r) for r in readable)
    weight = max(1, (2 * items + len(sized)) // (2 * len(sized))) if sized else 1
    return UnitScore(
        unit=unit,
        files=len({r.path.as_posix() for r in members}),
        items=items,
        errors=unreadable + sum(r.count(Severity.ERROR) for r in readable),
        warnings=sum(r.count(Severity.WARNING) for r in readable),
        compliant=items - failing,
        counted=items + (unreadable + empty_failed) * weight,
    )


def common_findings(results: Iterable[FileResult], units: Mapping[str, str]) -> list[CommonFinding]:
    """Rules by how many units break them (then items, findings, rule id): what to train everyone on."""
    unit_sets: dict[str, set[str]] = {}
    item_sets: dict[str, set[tuple[str, str | None, int]]] = {}
    counts: dict[str, int] = {}
    extra_rows: dict[str, int] = {}
    for result in results:
        path = result.path.as_posix()
        for f in result.findings:
            unit_sets.setdefault(f.rule, set()).add(units[path])
            rows = item_sets.setdefault(f.rule, set())
            if f.row is not None:
                rows.add((path, f.sheet, f.row))
            counts[f.rule] = counts.get(f.rule, 0) + 1
        for o in result.omitted:  # left out past the cap: counted, with the rows they are on
            unit_sets.setdefault(o.rule, set()).add(units[path])
            counts[o.rule] = counts.get(o.rule, 0) + o.count
            extra_rows[o.rule] = extra_rows.get(o.rule, 0) + o.rows
    common = [CommonFinding(rule, len(unit_sets[rule]),
                            len(item_sets.get(rule, ())) + extra_rows.get(rule, 0), counts[rule])
              for rule in counts]
    return sorted(common, key=lambda c: (-c.units, -c.items, -c.findings, c.rule))
