"""What every check shares: its context and the way it reports a finding.

A check is one module in this package (see ``required_elements.py`` for the model to copy):

- ``ID``: the stable rule id (kebab-case), used in rule packs, JSON and baselines;
- ``SEVERITY``: the default severity;
- ``Options``: a frozen dataclass (subclass of :class:`CheckOptions`) of its options with their
  defaults; a bound is written ``Annotated[int, AtLeast(1)]``, an option's own validator
  ``Annotated[..., Checked(fn)]``, and options that must fit together are checked in ``__post_init__``;
- ``check(catalog, options, ctx)``: yields :class:`~disclosecheck.model.Finding` s, never prints;
- a docstring: what it checks, then sections ``Anti-pattern:``, ``Best practice:`` and
  ``Legal basis:``, which ``disclosecheck rules show ID`` prints.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar

from disclosecheck.model import Catalog, Finding, Item, Severity

if TYPE_CHECKING:
    from disclosecheck.workdays import WorkCalendar


@dataclass(frozen=True, kw_only=True)
class CheckOptions:
    """Base of every check's ``Options``: unknown options are an error in a rule pack.

    A plain dataclass, not a pydantic model, so that importing the checks does not import pydantic:
    :func:`disclosecheck.pack.validate.build` takes a pack's values that already have their declared
    types as they are, and asks pydantic (reading the same annotations and the settings below) only
    when a value needs converting or is wrong, to say which and where.
    """

    __pydantic_config__: ClassVar[dict[str, Any]] = {"extra": "forbid"}


@dataclass(frozen=True, slots=True)
class AtLeast:
    """A lower bound of a number option: ``max_workdays: Annotated[int, AtLeast(1)] = 20``."""

    ge: int

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        return {**handler(source), "ge": self.ge}


@dataclass(frozen=True, slots=True)
class Checked:
    """An option's own validator: ``Annotated[tuple[str, ...], Checked(check_elements)]``.

    ``fn`` takes the converted value and returns it (possibly changed) or raises
    :func:`~disclosecheck.checks.shared.option_error`; a pack error then names that option's line.
    """

    fn: Callable[[Any], Any]

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        from pydantic_core import core_schema

        return core_schema.no_info_after_validator_function(self.fn, handler(source))


@dataclass(slots=True)
class CheckContext:
    """What a check may know besides the catalog: "today", the working-day calendar, its own rule."""

    as_of: date
    calendar: WorkCalendar
    rule: str = ""
    severity: Severity = Severity.ERROR
    extra: dict[str, Any] = field(default_factory=dict)

    def for_rule(self, rule: str, severity: Severity) -> CheckContext:
        """This context for one rule (built directly: ``dataclasses.replace`` costs more, per rule)."""
        return CheckContext(self.as_of, self.calendar, rule, severity, self.extra)

    def finding(self, catalog: Catalog, code: str, params: dict[str, Any] | None = None, *,
                item: Item | None = None, element: str | None = None, cell: str | None = None,
                severity: Severity | None = None) -> Finding:
        """A finding of this rule; row, cell and item label come from ``item`` when given.

        ``severity`` overrides the rule's for findings that are milder by nature (a vague
        公开时限 is a warning inside an error rule); the pack's severity still caps errors.
        """
        if cell is None and item is not None and element is not None:
            cell = item.cells.get(element)
            source = item.same_as.get(element)
            if source and source != cell:
                params = {**(params or {}), "same_as": source}
            said = item.placeholders.get(element)
            if said is not None and "placeholder" not in (params or {}):
                params = {**(params or {}), "placeholder": said}
        sev = self.severity if severity is None else min(severity, self.severity, key=lambda s: s.rank)
        return Finding(
            rule=self.rule,
            severity=sev,
            code=code,
            params=dict(params or {}),
            sheet=catalog.sheet,
            row=item.row if item is not None else None,
            cell=cell,
            element=element,
            item=(item.label or None) if item is not None else None,
        )
