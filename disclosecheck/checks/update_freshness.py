"""Items not updated as often as their 公开时限 says (最近更新日期 column).

A catalog with a 最近更新日期 column shows when each item was last updated. An item whose 公开时限 is
periodic (每年 / 每半年 / 每季度 / 每月 / 每周, or a yearly deadline such as 每年1月31日前) must have been
updated within that period, counted in calendar days to the checking date (``--as-of``):
``year_days`` 365, ``half_year_days`` 183, ``quarter_days`` 92, ``month_days`` 31, ``week_days`` 7. An item
kept 长期公开 / 动态调整 gets ``standing_days`` (365, what inspectors' monitoring tools use for
long-standing columns). When a 公开时限 implies several periods the loosest applies. Items whose 公开时限
implies no period (20个工作日内, 实时 …) get ``default_days`` (unset: not checked).

A blank 最近更新日期 counts as not updated (国办秘函〔2019〕19号: an item whose date is not given counts as
not updated). Staleness is reported with ``stale_severity`` (warning by default: a stale item needs a
look, not necessarily a fix of the catalog); a date after the checking date, or one that cannot be
read, is an error.

Anti-pattern:
    1 | 财政预决算 | 部门预算 | … | 每年公开一次 | … | 最近更新日期 2025-03-01   (checked on 2026-11-22)

Best practice:
    1 | 财政预决算 | 部门预算 | … | 每年公开一次 | … | 最近更新日期 2026-03-20

Legal basis:
    国办发〔2019〕54号 (catalogs updated dynamically, 动态更新); 《政府网站与政务新媒体检查指标》
    (国办秘函〔2019〕19号): columns not updated in time, and items without a date, count as not updated;
    《中华人民共和国政府信息公开条例》第二十六条 (changed information is disclosed again within
    20 working days).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from disclosecheck.checks.base import AtLeast, CheckContext, CheckOptions
from disclosecheck.checks.shared import has_column, timelimit_of
from disclosecheck.model import TIMELIMIT, UPDATED, Catalog, Finding, Item, Severity
from disclosecheck.timelimit import LimitKind

ID = "update-freshness"
SEVERITY = Severity.ERROR
CODES = ("update-freshness.stale", "update-freshness.no-date", "update-freshness.future",
         "update-freshness.bad-date")


@dataclass(frozen=True, kw_only=True)
class Options(CheckOptions):
    """Days allowed since the last update, per period; the severity of a stale or undated item."""

    year_days: Annotated[int, AtLeast(1)] = 365
    half_year_days: Annotated[int, AtLeast(1)] = 183
    quarter_days: Annotated[int, AtLeast(1)] = 92
    month_days: Annotated[int, AtLeast(1)] = 31
    week_days: Annotated[int, AtLeast(1)] = 7
    standing_days: Annotated[int, AtLeast(1)] = 365
    default_days: Annotated[int, AtLeast(1)] | None = None
    stale_severity: Severity = Severity.WARNING


def allowed_days(item: Item, options: Options, ctx: CheckContext) -> int | None:
    """Days the item may go without an update, or None when its 公开时限 implies no period."""
    candidates: list[int] = []
    if item.text.get(TIMELIMIT, "").strip():
        limit = timelimit_of(item, ctx)
        per_period = {"year": options.year_days, "half-year": options.half_year_days,
                      "quarter": options.quarter_days, "month": options.month_days, "week": options.week_days}
        for part in limit.parts:
            if part.kind in (LimitKind.PERIODIC, LimitKind.DEADLINE) and part.period in per_period:
                candidates.append(per_period[part.period])
            elif part.kind == LimitKind.STANDING:
                candidates.append(options.standing_days)
    if candidates:
        return max(candidates)
    return options.default_days


def check(catalog: Catalog, options: Options, ctx: CheckContext) -> Iterator[Finding]:
    if not has_column(catalog, UPDATED):
        return
    for item in catalog.items:
        if UPDATED in item.bad_dates:
            yield ctx.finding(catalog, "update-freshness.bad-date", {"text": item.bad_dates[UPDATED]},
                              item=item, element=UPDATED)
            continue
        updated = item.dates.get(UPDATED)
        if updated is not None and updated > ctx.as_of:
            yield ctx.finding(catalog, "update-freshness.future",
                              {"date": updated.isoformat(), "as_of": ctx.as_of.isoformat()},
                              item=item, element=UPDATED)
            continue
        days = allowed_days(item, options, ctx)
        if days is None:
            continue
        if updated is None:
            yield ctx.finding(catalog, "update-freshness.no-date", {"limit": days}, item=item,
                              element=UPDATED, severity=options.stale_severity)
        elif (ctx.as_of - updated).days > days:
            yield ctx.finding(catalog, "update-freshness.stale",
                              {"updated": updated.isoformat(), "days": (ctx.as_of - updated).days,
                               "limit": days, "as_of": ctx.as_of.isoformat()},
                              item=item, element=UPDATED, severity=options.stale_severity)
