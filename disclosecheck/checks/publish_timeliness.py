"""Items published late, in the future, before they existed, or with unreadable dates.

With 信息形成日期 and 公开日期 columns, a catalog records when each item's information was formed and
when it was published, so the 公开时限 can be verified. Working days are counted with the official
holiday schedule (调休 included): the days after 信息形成日期 up to and including 公开日期. The limit is
the item's own 公开时限 — its working-day publishing limit, else its limit in calendar days — and
otherwise the statutory 20 working days of 条例第二十六条 (``statutory_workdays``).

- published later than the limit → error, with the working (or calendar) days taken and the limit
  (and, when the item's 公开时限 gives no number, that the limit is the statute's);
- 公开日期 after the checking date (``--as-of``) → error (a date not yet reached is a typo);
- 公开日期 before 信息形成日期 → error (one of the two dates is wrong);
- a date that cannot be read → error (write it as 2026-10-09).

Only the date columns present are checked: without 信息形成日期 no lateness can be measured, without
公开日期 only unreadable 信息形成日期 are reported.

Anti-pattern:
    1 | 社会救助 | 低保对象名单 | … | 10个工作日内 | … | 信息形成日期 2026-09-28 | 公开日期 2026-10-20
    (after the National Day holiday 2026-10-01..07 that is 12 working days: 9-29, 9-30, 10-08 … 10-20)

Best practice:
    1 | 社会救助 | 低保对象名单 | … | 10个工作日内 | … | 信息形成日期 2026-09-28 | 公开日期 2026-10-14

Legal basis:
    《中华人民共和国政府信息公开条例》第二十六条 (within 20 working days of being formed or changed, unless
    a law or regulation sets another limit); the catalog's own 公开时限 where it is stricter.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from pydantic import Field

from disclosecheck.checks.base import CheckContext, CheckOptions
from disclosecheck.checks.shared import has_column, timelimit_of
from disclosecheck.model import FORMED, PUBLISHED, TIMELIMIT, Catalog, Finding, Item, Severity

ID = "publish-timeliness"
SEVERITY = Severity.ERROR
CODES = ("publish-timeliness.late", "publish-timeliness.late-days", "publish-timeliness.late-statutory",
         "publish-timeliness.future", "publish-timeliness.before-formed", "publish-timeliness.bad-date")


class Options(CheckOptions):
    """The working-day limit used when an item's 公开时限 gives none (条例第二十六条: 20)."""

    statutory_workdays: int = Field(20, ge=1)


#: Which limit applied: the item's own in working days, its own in calendar days, or the statute's.
OWN_WORKDAYS, OWN_DAYS, STATUTORY = "publish-timeliness.late", "publish-timeliness.late-days", \
    "publish-timeliness.late-statutory"


def item_limit(item: Item, options: Options, ctx: CheckContext) -> tuple[int, str]:
    """The item's publishing limit and which kind it is (the code to report it with)."""
    if item.text.get(TIMELIMIT, "").strip():
        limit = timelimit_of(item, ctx)
        if limit.publish_workdays is not None:
            return limit.publish_workdays, OWN_WORKDAYS
        if limit.max_days is not None:
            return limit.max_days, OWN_DAYS
    return options.statutory_workdays, STATUTORY


def check(catalog: Catalog, options: Options, ctx: CheckContext) -> Iterator[Finding]:
    present = [e for e in (FORMED, PUBLISHED) if has_column(catalog, e)]
    if not present:
        return
    for item in catalog.items:
        for element in present:
            if element in item.bad_dates:
                yield ctx.finding(catalog, "publish-timeliness.bad-date",
                                  {"element": element, "text": item.bad_dates[element]},
                                  item=item, element=element)
        published = item.dates.get(PUBLISHED)
        formed = item.dates.get(FORMED)
        if published is None:
            continue
        if published > ctx.as_of:
            yield ctx.finding(catalog, "publish-timeliness.future",
                              {"date": published.isoformat(), "as_of": ctx.as_of.isoformat()},
                              item=item, element=PUBLISHED)
            continue
        if formed is None:
            continue
        if published < formed:
            yield ctx.finding(catalog, "publish-timeliness.before-formed",
                              {"published": published.isoformat(), "formed": formed.isoformat()},
                              item=item, element=PUBLISHED)
            continue
        yield from _lateness(catalog, item, formed, published, options, ctx)


def _lateness(catalog: Catalog, item: Item, formed: date, published: date, options: Options,
              ctx: CheckContext) -> Iterator[Finding]:
    limit, code = item_limit(item, options, ctx)
    if code == OWN_DAYS:
        taken = (published - formed).days
    else:
        taken = ctx.calendar.workdays_between(formed, published)
    if taken > limit:
        params = {"formed": formed.isoformat(), "published": published.isoformat(), "limit": limit,
                  "taken": taken}
        yield ctx.finding(catalog, code, params, item=item, element=PUBLISHED)
