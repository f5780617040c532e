"""The rule pack as the checks see it (``Pack``, ``RuleSetting``) and as a file is written (``PackFile``).

``PackFile`` is only the first gate: it checks the top-level keys and their types. Rule settings are
checked one by one against the check's own ``Options`` model in :mod:`disclosecheck.pack.rules`,
because that is where the YAML position of each option is known.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, SerializeAsAny

from disclosecheck.checks.base import CheckOptions
from disclosecheck.model import Severity


class RuleSetting(BaseModel):
    """One rule as configured by a pack: on or off, how severe, and its options."""

    model_config = ConfigDict(frozen=True)

    id: str
    enabled: bool = True
    severity: Severity
    options: SerializeAsAny[CheckOptions]  # an instance of the check module's ``Options``


class Pack(BaseModel):
    """A rule pack after loading and merging along ``extends``: what ``check`` runs."""

    name: str
    title: str = ""
    description: str = ""
    source: str  # the file it was loaded from
    synonyms: dict[str, str] = Field(default_factory=dict)  # header text -> canonical element
    holidays: list[date] = Field(default_factory=list)  # extra official holidays
    workdays: list[date] = Field(default_factory=list)  # extra adjusted working days (调休上班)
    rules: dict[str, RuleSetting]  # every registered rule, in registry order
    parents: list[str] = Field(default_factory=list)  # files it extends, nearest first

    @property
    def enabled(self) -> list[RuleSetting]:
        """The rules this pack runs, in registry order."""
        return [r for r in self.rules.values() if r.enabled]


#: Top-level keys of a pack file, in the order the documentation lists them.
TOP_LEVEL_KEYS: tuple[str, ...] = ("name", "title", "description", "extends", "headers", "holidays",
                                   "workdays", "rules")


class PackFile(BaseModel):
    """The top level of one pack file, before ``extends`` is followed.

    Dates arrive already checked (:mod:`disclosecheck.pack.loader` reports a bad date at its own
    line); ``rules`` stays raw here and is checked rule by rule.
    """

    model_config = ConfigDict(extra="forbid", strict=True)

    name: str | None = None
    title: str = ""
    description: str = ""
    extends: str | None = None
    headers: dict[str, str] = Field(default_factory=dict)
    holidays: list[date] = Field(default_factory=list)
    workdays: list[date] = Field(default_factory=list)
    rules: dict[str, Any] = Field(default_factory=dict)
