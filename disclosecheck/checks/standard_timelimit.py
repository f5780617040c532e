"""标准目录时限：事项的公开时限不比标准目录中同一事项的宽。

Runs only on items matched to the table's standard (see ``standard-coverage``), in a table whose
level is known or whose standard the user named (``StandardMatch.holds_items``); an item the standard
does not list, a table whose standard is unknown, and a catalog of another domain are left alone.
Both 公开时限 are read with :func:`disclosecheck.timelimit.parse_timelimit`; they are compared only
when both give a number of working days (or both of calendar days): the largest number in the
catalog against the largest in the standard. A vague limit (及时公开) is ``timelimit``'s business.

Anti-pattern:
    标准目录：信息形成或者变更之日起10个工作日内；目录：20个工作日内

Best practice:
    照标准目录写“信息形成或者变更之日起10个工作日内”，或者更快。

Legal basis:
    《中华人民共和国政府信息公开条例》第二十六条（法律、法规另有规定的从其规定）；国办发〔2019〕54号
    （各领域标准指引规定的公开时限）。
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from disclosecheck.checks.base import CheckContext, CheckOptions
from disclosecheck.checks.shared import has_column, timelimit_of
from disclosecheck.model import TIMELIMIT, Catalog, Finding, Severity
from disclosecheck.standards.match import standard_label, standard_of
from disclosecheck.timelimit import LimitKind, TimeLimit, parse_timelimit

ID = "standard-timelimit"
SEVERITY = Severity.ERROR
CODES = ("standard-timelimit.looser",)
_UNITS = ((LimitKind.WORKDAYS, "工作日", "working days"), (LimitKind.DAYS, "日", "days"))


@dataclass(frozen=True, kw_only=True)
class Options(CheckOptions):
    """No options."""


def _longest(limit: TimeLimit, kind: LimitKind) -> int | None:
    amounts = [p.amount for p in limit.parts if p.kind == kind and p.amount is not None]
    return max(amounts) if amounts else None


def check(catalog: Catalog, options: Options, ctx: CheckContext) -> Iterator[Finding]:
    match = standard_of(catalog, ctx)
    if match.standard is None or not has_column(catalog, TIMELIMIT):
        return
    parsed: dict[str, TimeLimit] = {}
    for item, std in match.paired(catalog.items):
        if not std.timelimit:
            continue
        if std.timelimit not in parsed:
            parsed[std.timelimit] = parse_timelimit(std.timelimit)
        want, have = parsed[std.timelimit], timelimit_of(item, ctx)
        for kind, unit, unit_en in _UNITS:
            limit, given = _longest(want, kind), _longest(have, kind)
            if limit is not None and given is not None and given > limit:
                params = {"given": given, "limit": limit, "unit": unit, "unit_en": unit_en,
                          "standard": match.standard.domain, "std_item": standard_label(std),
                          "std_text": std.timelimit}
                yield ctx.finding(catalog, "standard-timelimit.looser", params, item=item, element=TIMELIMIT)
                break
