"""Working days counted without the official holiday schedule for some year: say so, once per file.

Working days follow the State Council's holiday schedule, announced each year around November, with
调休 weekend days made working days. For a year not yet announced (or not carried by this tool), the
calendar counts Monday to Friday minus the holidays listed in the rule pack (``holidays:``) plus its
``workdays:``, so a 公开时限 verdict near a holiday may be off by a few days. This rule runs after every
other rule and reports, file-level, the years the calendar had to guess; add the official dates to
the pack to make them exact.

Anti-pattern:
    1 | 社会救助 | 低保对象名单 | … | 10个工作日内 | … | 信息形成日期 2027-01-25 | 公开日期 2027-02-19
    (the 2027 Spring Festival schedule is not known, so the count is approximate)

Best practice:
    1 | 社会救助 | 低保对象名单 | … | 10个工作日内 | … | 信息形成日期 2026-09-28 | 公开日期 2026-10-14
    (2026 is covered by the official schedule) — or a pack listing the 2027 holidays and workdays

Legal basis:
    《全国年节及纪念日放假办法》 and the State Council General Office's yearly notice of the holiday
    schedule (国务院办公厅关于…年部分节假日安排的通知), which define the working days of 条例第二十六条.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from disclosecheck.checks.base import CheckContext, CheckOptions
from disclosecheck.model import Catalog, Finding, Severity

ID = "workdays-approximate"
SEVERITY = Severity.INFO
CODES = ("workdays-approximate.years",)


class Options(CheckOptions):
    """No options."""


def year_ranges(years: Iterable[int]) -> str:
    """2027 → "2027"; 1998, 1999, 2000, 2027 → "1998—2000、2027" (a typo like 1900 asks for a century)."""
    spans: list[list[int]] = []
    for year in sorted(set(years)):
        if spans and year == spans[-1][1] + 1:
            spans[-1][1] = year
        else:
            spans.append([year, year])
    return "、".join(str(a) if a == b else f"{a}—{b}" for a, b in spans)


def check(catalog: Catalog, options: Options, ctx: CheckContext) -> Iterator[Finding]:
    years = ctx.calendar.approximate_years
    if years:
        yield ctx.finding(catalog, "workdays-approximate.years",
                          {"years": year_ranges(years), "last_known": ctx.calendar.last_known_year})
