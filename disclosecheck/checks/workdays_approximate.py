"""Working days counted without the official holiday schedule for some year: say so, once per file.

Working days follow the State Council's holiday schedule, announced each year around November, with
调休 weekend days made working days. For a year not yet announced (or not carried by this tool), the
calendar counts Monday to Friday minus the holidays listed in the rule pack (``holidays:``) plus its
``workdays:``, so a 公开时限 verdict near a holiday may be off by a few days. This rule runs after every
other rule and reports, file-level, the years the calendar had to guess; add the official dates to
the pack to make them exact.

A typo such as 0219 for 2019 makes the calendar count every year from 219 on, so the years are given
as ranges (219—2003) and, past three ranges, only the first and the last (219—2003、…、9999). Years
no catalog can mean — before 1949 or more than ten years after the checking date — are reported with
``implausible`` instead, which says that a date is probably mistyped.

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
from dataclasses import dataclass

from disclosecheck.checks.base import CheckContext, CheckOptions
from disclosecheck.model import Catalog, Finding, Severity

ID = "workdays-approximate"
SEVERITY = Severity.INFO
CODES = ("workdays-approximate.years", "workdays-approximate.implausible")

#: Ranges listed in full; past this, only the first and the last are named.
MAX_RANGES = 3
#: No government information of the People's Republic was formed before it existed.
FIRST_PLAUSIBLE_YEAR = 1949
#: Years this far past the checking date are typos, not plans.
PLAUSIBLE_YEARS_AHEAD = 10


@dataclass(frozen=True, kw_only=True)
class Options(CheckOptions):
    """No options."""


def year_ranges(years: Iterable[int], max_ranges: int = MAX_RANGES) -> str:
    """2027 → "2027"; 1998, 1999, 2000, 2027 → "1998—2000、2027" (a typo like 1900 asks for a century).

    More than ``max_ranges`` ranges keep only the first and the last: "219—2003、…、9999".
    """
    spans: list[list[int]] = []
    for year in sorted(set(years)):
        if spans and year == spans[-1][1] + 1:
            spans[-1][1] = year
        else:
            spans.append([year, year])
    if len(spans) > max_ranges:
        spans = [spans[0], [], spans[-1]]
    return "、".join("…" if not span else str(span[0]) if span[0] == span[1] else f"{span[0]}—{span[1]}"
                    for span in spans)


def implausible(year: int, ctx: CheckContext) -> bool:
    """A year no catalog date can mean: before 1949, or over ten years after the checking date."""
    return year < FIRST_PLAUSIBLE_YEAR or year > ctx.as_of.year + PLAUSIBLE_YEARS_AHEAD


def check(catalog: Catalog, options: Options, ctx: CheckContext) -> Iterator[Finding]:
    years = ctx.calendar.approximate_years
    if not years:
        return
    params = {"years": year_ranges(years), "last_known": ctx.calendar.last_known_year}
    odd = [y for y in years if implausible(y, ctx)]
    if odd:
        yield ctx.finding(catalog, "workdays-approximate.implausible", {**params, "odd": year_ranges(odd)})
    else:
        yield ctx.finding(catalog, "workdays-approximate.years", params)
