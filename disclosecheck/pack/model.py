"""The rule pack as the checks see it (``Pack``, ``RuleSetting``) and as a file is written (``PackFile``).

``PackFile`` is only the first gate: it checks the top-level keys and their types. Rule settings are
checked one by one against the check's own ``Options`` in :mod:`disclosecheck.pack.rules`, because
that is where the YAML position of each option is known. All three are dataclasses; values from a
file are turned into them by :func:`disclosecheck.pack.validate.build`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, ClassVar

from disclosecheck.checks.base import CheckOptions
from disclosecheck.model import Severity


@dataclass(frozen=True, kw_only=True)
class RuleSetting:
    """One rule as configured by a pack: on or off, how severe, and its options."""

    id: str
    enabled: bool = True
    severity: Severity
    options: CheckOptions  # an instance of the check module's ``Options``


@dataclass(kw_only=True)
class Pack:
    """A rule pack after loading and merging along ``extends``: what ``check`` runs."""

    name: str
    title: str = ""
    description: str = ""
    source: str  # the file it was loaded from
    synonyms: dict[str, str] = field(default_factory=dict)  # header text -> canonical element
    holidays: list[date] = field(default_factory=list)  # extra official holidays
    workdays: list[date] = field(default_factory=list)  # extra adjusted working days (调休上班)
    rules: dict[str, RuleSetting]  # every registered rule, in registry order
    parents: list[str] = field(default_factory=list)  # files it extends, nearest first
    #: Whole-cell values that only say "nothing" (无, /, 待定 …): read as blank by every check.
    placeholders: list[str] = field(default_factory=list)
    #: Marks of an unfilled template (XX, ××) anywhere in a value: the value is read as blank.
    template_marks: list[str] = field(default_factory=list)
    ignores: list[Any] = field(default_factory=list)  # IgnoreEntry of this file and its parents

    @property
    def enabled(self) -> list[RuleSetting]:
        """The rules this pack runs, in registry order."""
        return [r for r in self.rules.values() if r.enabled]


#: Top-level keys of a pack file, in the order the documentation lists them.
TOP_LEVEL_KEYS: tuple[str, ...] = ("name", "title", "description", "extends", "headers", "holidays",
                                   "workdays", "placeholders", "template_marks", "rules", "ignore")


@dataclass(frozen=True, kw_only=True)
class PackFile:
    """The top level of one pack file, before ``extends`` is followed.

    Dates arrive already checked (:mod:`disclosecheck.pack.loader` reports a bad date at its own
    line); ``rules`` stays raw here and is checked rule by rule.
    """

    __pydantic_config__: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    name: str | None = None
    title: str = ""
    description: str = ""
    extends: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    holidays: list[date] = field(default_factory=list)
    workdays: list[date] = field(default_factory=list)
    placeholders: list[str] = field(default_factory=list)
    template_marks: list[str] = field(default_factory=list)
    rules: dict[str, Any] = field(default_factory=dict)
    ignore: list[Any] = field(default_factory=list)  # checked entry by entry in pack.ignores
