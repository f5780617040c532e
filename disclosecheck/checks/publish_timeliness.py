"""Items not published by their deadline, published late, in the future, before they existed, or undated.

With 信息形成日期 and 公开日期 columns, a catalog records when each item's information was formed and
when it was published, so the 公开时限 can be verified. Working days are counted with the official
holiday schedule (调休 included): the days after 信息形成日期 up to and including 公开日期. The limit is
the item's own 公开时限 — its working-day publishing limit, else its limit in calendar days (a 公示
period such as 公示7个工作日 or 公示30日 is how long a notice stays up, not a limit, and is left out) —
and otherwise the statutory 20 working days of 条例第二十六条 (``statutory_workdays``). The deadline is
信息形成日期 plus that limit; publishing on the deadline itself is in time.

- 信息形成日期 filled, 公开日期 blank and the deadline passed by the checking date (``--as-of``) →
  error ``overdue``: information formed but never published, the most serious timeliness failure;
- 公开日期 blank but the deadline not yet passed → info ``pending`` with the deadline, a to-do list
  for the clerk (an info never fails a catalog; ``pending: false`` silences it). A blank 公开日期 is
  this rule's business only: ``required-elements`` does not report it;
- published later than the limit → error, with the working (or calendar) days taken and the limit
  (and, when the item's 公开时限 gives no number, that the limit is the statute's);
- 公开日期 after the checking date (``--as-of``) → error (a date not yet reached is a typo);
- 公开日期 before 信息形成日期 → error (one of the two dates is wrong);
- a date that cannot be read → error (write it as 2026-10-09).

A limit anchored on a date is a deadline, not a number of days: for ``每年1月31日前``, ``次年3月31日前``
or ``年度终了后3个月内`` the item is due on the first such date on or after its 信息形成日期 (a report
formed 2026-12-31 is due 2027-01-31), and a 公开日期 after it is ``late-deadline``. A limit anchored on
an event the catalog does not date (``招生工作开始前``) cannot be measured: such an item is not judged
late or overdue.

An item disclosed only on request (公开方式 依申请, not 主动) has no proactive publication date: a blank
公开日期 is what such an item normally has, so it is neither ``overdue`` nor ``pending``. A 公开日期
that is filled in is checked as usual (future, before it was formed, late).

Only the date columns present are checked: without 信息形成日期 no lateness can be measured, without
公开日期 only unreadable 信息形成日期 are reported. A row with both dates blank is not judged.

Anti-pattern:
    1 | 社会救助 | 低保对象名单 | … | 10个工作日内 | … | 信息形成日期 2026-09-28 | 公开日期 2026-10-20
    (after the National Day holiday 2026-10-01..07 that is 12 working days: 9-29, 9-30, 10-08 … 10-20)
    2 | 社会救助 | 特困人员名单 | … | 10个工作日内 | … | 信息形成日期 2026-09-28 | 公开日期 (blank)
    (due by 2026-10-16, still not published when checked on 2026-11-22)

    3 | 政府信息公开年报 | 年度报告 | … | 每年1月31日前 | … | 信息形成日期 2026-01-05 | 公开日期 2026-02-10
    (due by 2026-01-31)

Best practice:
    1 | 社会救助 | 低保对象名单 | … | 10个工作日内 | … | 信息形成日期 2026-09-28 | 公开日期 2026-10-14
    2 | 社会救助 | 救助申请人信息 | … | 20个工作日内 | 主动 □ 依申请 √ | 信息形成日期 2026-09-28 | 公开日期
      (blank)
      (on request only: nothing to publish until someone asks)

Legal basis:
    《中华人民共和国政府信息公开条例》第二十六条 (within 20 working days of being formed or changed, unless
    a law or regulation sets another limit); the catalog's own 公开时限 where it is stricter.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Annotated

from disclosecheck.checks.base import AtLeast, CheckContext, CheckOptions
from disclosecheck.checks.shared import has_column, timelimit_of
from disclosecheck.model import FORMED, MODE, PUBLISHED, TIMELIMIT, Catalog, Finding, Item, Severity
from disclosecheck.timelimit import LimitKind

#: The canonical 依申请 choice of 公开方式.
REQUEST = "依申请"

ID = "publish-timeliness"
SEVERITY = Severity.ERROR
CODES = ("publish-timeliness.overdue", "publish-timeliness.pending", "publish-timeliness.late",
         "publish-timeliness.late-days", "publish-timeliness.late-statutory",
         "publish-timeliness.late-deadline", "publish-timeliness.future",
         "publish-timeliness.before-formed", "publish-timeliness.bad-date")


@dataclass(frozen=True, kw_only=True)
class Options(CheckOptions):
    """The working-day limit used when an item's 公开时限 gives none; whether to list pending items."""

    statutory_workdays: Annotated[int, AtLeast(1)] = 20
    pending: bool = True


#: Which limit applied: the item's own in working days, its own in calendar days, the statute's, or
#: its own yearly date (then the limit is month × 100 + day, e.g. 131 for 1月31日).
OWN_WORKDAYS, OWN_DAYS, STATUTORY, OWN_DEADLINE = "publish-timeliness.late", "publish-timeliness.late-days", \
    "publish-timeliness.late-statutory", "publish-timeliness.late-deadline"


def item_limit(item: Item, options: Options, ctx: CheckContext) -> tuple[int, str] | None:
    """The item's publishing limit and which kind it is (the code to report it with).

    None when the limit is tied only to an event the catalog does not date (招生工作开始前).
    """
    if item.text.get(TIMELIMIT, "").strip():
        limit = timelimit_of(item, ctx)
        if limit.publish_workdays is not None:
            return limit.publish_workdays, OWN_WORKDAYS
        if limit.publish_days is not None:
            return limit.publish_days, OWN_DAYS
        if limit.deadlines:
            month, day = min(limit.deadlines)
            return month * 100 + day, OWN_DEADLINE
        if limit.parts and all(p.kind is LimitKind.EVENT for p in limit.parts):
            return None
    return options.statutory_workdays, STATUTORY


def due_date(formed: date, limit: int, code: str, ctx: CheckContext) -> date | None:
    """The last day the item may be published on: ``limit`` working (or calendar) days after ``formed``,
    or for a yearly date the first such date on or after ``formed``.

    None when that day lies past the range of dates (a typo such as 9999-12-30).
    """
    try:
        if code == OWN_DAYS:
            return formed + timedelta(days=limit)
        if code == OWN_DEADLINE:
            due = date(formed.year, limit // 100, limit % 100)
            return due if due >= formed else date(formed.year + 1, limit // 100, limit % 100)
        return ctx.calendar.add_workdays(formed, limit)
    except (OverflowError, ValueError):
        return None


def request_only(item: Item) -> bool:
    """公开方式 is 依申请 alone: the item is disclosed when someone asks, never by a date of its own."""
    return item.choices.get(MODE) == {REQUEST}


def check(catalog: Catalog, options: Options, ctx: CheckContext) -> Iterator[Finding]:
    present = [e for e in (FORMED, PUBLISHED) if has_column(catalog, e)]
    if not present:
        return
    both = len(present) == 2
    for item in catalog.items:
        for element in present:
            if element in item.bad_dates:
                yield ctx.finding(catalog, "publish-timeliness.bad-date",
                                  {"element": element, "text": item.bad_dates[element]},
                                  item=item, element=element)
        published = item.dates.get(PUBLISHED)
        formed = item.dates.get(FORMED)
        if published is None:
            if both and formed is not None and not item.text.get(PUBLISHED, "").strip() \
                    and PUBLISHED not in item.bad_dates:
                yield from _unpublished(catalog, item, formed, options, ctx)
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


def _unpublished(catalog: Catalog, item: Item, formed: date, options: Options,
                 ctx: CheckContext) -> Iterator[Finding]:
    """An item formed but not published: overdue once its deadline has passed, else pending.

    Not for an item disclosed only on request, nor one whose deadline is an undated event.
    """
    found = None if request_only(item) else item_limit(item, options, ctx)
    if found is None:
        return
    limit, code = found
    due = due_date(formed, limit, code, ctx)
    if due is None:
        return
    kind = {OWN_WORKDAYS: "workdays", OWN_DAYS: "days", STATUTORY: "statutory",
            OWN_DEADLINE: "deadline"}[code]
    params = {"formed": formed.isoformat(), "due": due.isoformat(), "as_of": ctx.as_of.isoformat(),
              "limit": limit, "kind": kind}
    if ctx.as_of > due:
        yield ctx.finding(catalog, "publish-timeliness.overdue", params, item=item, element=PUBLISHED)
    elif options.pending:
        yield ctx.finding(catalog, "publish-timeliness.pending", params, item=item, element=PUBLISHED,
                          severity=Severity.INFO)


def _lateness(catalog: Catalog, item: Item, formed: date, published: date, options: Options,
              ctx: CheckContext) -> Iterator[Finding]:
    found = item_limit(item, options, ctx)
    if found is None:
        return
    limit, code = found
    if code == OWN_DEADLINE:
        due = due_date(formed, limit, code, ctx)
        if due is not None and published > due:
            params = {"formed": formed.isoformat(), "published": published.isoformat(),
                      "due": due.isoformat()}
            yield ctx.finding(catalog, code, params, item=item, element=PUBLISHED)
        return
    if code == OWN_DAYS:
        taken = (published - formed).days
    else:
        taken = ctx.calendar.workdays_between(formed, published)
    if taken > limit:
        params = {"formed": formed.isoformat(), "published": published.isoformat(), "limit": limit,
                  "taken": taken}
        yield ctx.finding(catalog, code, params, item=item, element=PUBLISHED)
