"""Run a rule pack's checks over one catalog."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from disclosecheck.checks import CHECK_MODULES
from disclosecheck.checks.base import CheckContext
from disclosecheck.model import Catalog, Finding
from disclosecheck.workdays import WorkCalendar

if TYPE_CHECKING:
    from disclosecheck.pack import Pack


def make_calendar(pack: Pack) -> WorkCalendar:
    """One working-day calendar: the official schedule plus the pack's extra holidays and workdays."""
    return WorkCalendar(holidays=pack.holidays or (), workdays=pack.workdays or ())


def run_checks(catalog: Catalog, pack: Pack, as_of: date) -> list[Finding]:
    """Every enabled rule of ``pack`` over ``catalog`` in registry order, with its options and severity.

    A rule the pack does not mention runs with its defaults. One calendar serves the whole run, so
    ``workdays-approximate`` (last in the registry) sees every year the rules before it asked about.
    """
    return list(iter_checks(catalog, pack, as_of))


def iter_checks(catalog: Catalog, pack: Pack, as_of: date) -> Iterator[Finding]:
    """:func:`run_checks` one finding at a time, so a caller that caps them never holds them all."""
    source = getattr(pack, "source", "")  # a pack built in code (tests, plugins) may have no file
    extra = {"pack": getattr(pack, "name", ""), "pack_file": Path(source).name if source else ""}
    ctx = CheckContext(as_of=as_of, calendar=make_calendar(pack), extra=extra)
    for module in CHECK_MODULES:
        setting = pack.rules.get(module.ID)
        if setting is None:
            options, severity = module.Options(), module.SEVERITY
        elif not setting.enabled:
            continue
        else:
            options, severity = setting.options, setting.severity
        yield from module.check(catalog, options, ctx.for_rule(module.ID, severity))
