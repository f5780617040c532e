"""公开时限: present, understandable, definite, and no looser than the statute allows.

条例第二十六条: proactive information is disclosed within 20 working days (工作日) of being formed or
changed, unless a law or regulation sets another limit. A catalog's 公开时限 may be stricter (10, 7, 5
working days, 实时), or a standing/periodic rule (长期公开(动态调整), 每季度更新, 每年1月31日前).

- blank → error (the catalog must state a limit);
- not understood → warning (write it as "信息形成或者变更之日起20个工作日内");
- vague (尽快, 按规定, 适时 …) → warning (no one can tell when it is late). 及时公开, 随时, 动态更新 and
  按进展情况及时公开 standing alone are vague too: the inspectors who judged the real-catalog corpus
  flag them like 尽快 (涉农补贴 樟木头镇 "及時公開", 公共资源交易 中山 "及时公开", 安全生产 博州
  "按进展情况及时公开"); beside a definite limit (及时公开，20个工作日内) they only qualify it.
  长期公开(动态调整), the State Council's own wording for standing information, is not vague;
- N 个工作日 with N above ``max_workdays`` (20) → error, unless a pack that cites the longer legal limit
  raises the option; a 公示 period (公示7个工作日) is a duration, not a publishing limit, and is not capped;
- a limit anchored on an event or a calendar date is a deadline, not a delay after the information
  is formed, so the working-day ceiling does not apply to it: ``招生工作开始前``, ``每学期开始前``,
  ``每年1月31日前``, ``次年3月31日前``, ``年度终了后3个月内`` (that is 3月31日; ``年度终了后20个工作日内``
  is taken as the earliest day it can reach, 1月26日) and ``每季度结束后15日内`` pass. A limit counted
  from the end of an event (``招生工作结束后10个工作日内``, ``活动结束后30日内``) still runs from when the
  information — the result — is formed, and is held to the ceilings below;
- a yearly deadline later than the law allows for the item → error. Only one such law is known:
  条例第四十九条, the 政府信息公开工作年度报告 — a department (公开主体 or 公开内容 naming 本部门,
  a 局/委/办/中心 …, not a 人民政府) publishes it by 1月31日, the government by 3月31日; a township
  or an item that names no subject is held to 3月31日, the later one, so that a lawful date is never
  called late. ``年度终了后3个月内`` for 本部门政府信息公开工作年度报告 is therefore an error;
- N 日/天 (calendar days) above ``max_calendar_days`` → error. 20 working days never span fewer than
  26 calendar days (formed on a Sunday, the 20th working day is the Friday four weeks later), so a
  limit of at most 26 calendar days always meets the statute while ``30日内`` can exceed it (formed
  on 2026-09-30, 30 calendar days hold 18 working days because of the National Day holiday, but in
  an ordinary month 30 calendar days can hold 22). Left unset, the threshold is derived from
  ``max_workdays`` the same way: N + 2 × ⌊(N − 1) / 5⌋, that is 26 for 20.

Anti-pattern:
    1 | 城镇燃气管理 | 燃气经营许可证核发 | … | 30日内 | …
    2 | 城镇燃气管理 | 燃气经营许可证变更 | … | 尽快公开 | …
    3 | 特定事项 | 公开年报 | 本部门政府信息公开工作年度报告 | … | 年度终了后3个月内 | …
      (a department's report is due by 1月31日, 条例第四十九条)

Best practice:
    1 | 城镇燃气管理 | 燃气经营许可证核发 | … | 信息形成或者变更之日起20个工作日内 | …
    2 | 城市综合执法 | 损坏城市树木花草 | … |
      1.除处罚决定外其他内容:长期公开(动态调整); 2.处罚决定:20个工作日内。 | …
    3 | 特定事项 | 公开年报 | 本部门政府信息公开工作年度报告 | … | 每年1月31日前 | …
    4 | 招生入学 | 招生政策 | 招生范围、招生计划、入学条件 | … | 招生工作开始前 | …

Legal basis:
    《中华人民共和国政府信息公开条例》第二十六条 (20 working days unless a law or regulation provides
    otherwise), 第四十九条 (annual reports: departments by 31 January, governments at county level and
    above by 31 March); 国办发〔2019〕54号 (公开时限 in every catalog).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated, Any

from disclosecheck.checks.base import AtLeast, CheckContext, CheckOptions
from disclosecheck.checks.shared import has_column, join, timelimit_of
from disclosecheck.model import (
    CONTENT,
    ITEM,
    LEVEL1,
    LEVEL2,
    SUBJECT,
    TIMELIMIT,
    Catalog,
    Finding,
    Item,
    Severity,
)
from disclosecheck.timelimit import LimitKind, TimeLimit

ID = "timelimit"
SEVERITY = Severity.ERROR
#: 条例第二十六条: 20 working days from when information is formed or changed.
STATUTORY_WORKDAYS = 20
CODES = ("timelimit.blank", "timelimit.unknown", "timelimit.vague", "timelimit.too-many-workdays",
         "timelimit.too-many-workdays-pack",
         "timelimit.too-many-days", "timelimit.after-annual-report-deadline")

#: Event or label words marking a part as a publicity period (公示期), not a publishing limit.
PUBLICITY = "公示"


@dataclass(frozen=True, kw_only=True)
class Options(CheckOptions):
    """The statutory ceilings; raise them only in a pack whose catalogs cite a law allowing longer."""

    max_workdays: Annotated[int, AtLeast(1)] = 20
    max_calendar_days: Annotated[int, AtLeast(1)] | None = None


def shortest_span(workdays: int) -> int:
    """The fewest calendar days ``workdays`` working days can span (weekends only, start on a Sunday)."""
    return workdays + 2 * ((workdays - 1) // 5)


def calendar_ceiling(options: Options) -> int:
    if options.max_calendar_days is not None:
        return options.max_calendar_days
    return shortest_span(options.max_workdays)


#: The 政府信息公开工作年度报告 (also 政府信息公开年报, 政务公开工作年度报告) named in an item.
ANNUAL_REPORT = re.compile(r"(?:信息|政务)公开(?:工作)?(?:年度报告|年报)|公开年报")
#: A department, not a government: 本部门, 局, 委员会, 办公室 (not 政府办公室) …
DEPARTMENT = re.compile(r"本部门|本单位|本机关|[局委署厅]|中心|办公室|管理处|部门")
GOVERNMENT = re.compile(r"政府|乡|镇|街道")
#: 条例第四十九条: (month, day) by which the report is published.
DEPARTMENT_REPORT_DUE = (1, 31)
GOVERNMENT_REPORT_DUE = (3, 31)


def annual_report_due(item: Item) -> tuple[int, int] | None:
    """The statutory deadline of an item that is the annual report, else None.

    A department's when its 公开主体 (or, without one, its 公开内容: 本部门…年度报告) names a department
    and no government; otherwise the government's, the later of the two.
    """
    names = " ".join(item.text.get(e, "") for e in (LEVEL1, LEVEL2, ITEM, CONTENT))
    if ANNUAL_REPORT.search(names) is None:
        return None
    who = item.text.get(SUBJECT, "").strip() or item.text.get(CONTENT, "")
    if DEPARTMENT.search(who) and not GOVERNMENT.search(who.replace("政府信息", "")):
        return DEPARTMENT_REPORT_DUE
    return GOVERNMENT_REPORT_DUE


#: What a 公开时限 says, judged once per text: (message code, parameters, severity or None).
Judged = list[tuple[str, dict[str, Any], Severity | None]]


def check(catalog: Catalog, options: Options, ctx: CheckContext) -> Iterator[Finding]:
    if not has_column(catalog, TIMELIMIT):
        return
    max_days = calendar_ceiling(options)
    # A catalog repeats a handful of 公开时限 texts: each is judged once. Only a limit with a yearly
    # deadline is judged per item, as the annual report's deadline depends on the item's names.
    judged: dict[str, Judged | None] = {}
    for item in catalog.items:
        raw = item.text.get(TIMELIMIT, "")
        said = judged.get(raw, _UNSEEN)
        if said is _UNSEEN:
            text = raw.strip()
            limit = timelimit_of(item, ctx) if text else None
            said = judged[raw] = None if limit is not None and limit.deadlines else \
                _judge(text, limit, None, options, max_days, ctx)
        if said is None:
            limit = timelimit_of(item, ctx)
            said = _judge(raw.strip(), limit, annual_report_due(item), options, max_days, ctx)
        for code, params, severity in said:
            yield ctx.finding(catalog, code, params, item=item, element=TIMELIMIT, severity=severity)


_UNSEEN: Any = object()


def _judge(text: str, limit: TimeLimit | None, report_due: tuple[int, int] | None, options: Options,
           max_days: int, ctx: CheckContext) -> Judged:
    """The findings a 公开时限 ``text`` (parsed as ``limit``) gives, as (code, parameters, severity)."""
    if limit is None:
        return [("timelimit.blank", {}, None)]
    out: Judged = []
    if not limit.understood:
        unknown = [p.text for p in limit.parts if p.kind == LimitKind.UNKNOWN] or [text]
        out.append(("timelimit.unknown", {"text": join(unknown)}, Severity.WARNING))
    for part in limit.parts:
        if report_due is not None and part.kind == LimitKind.DEADLINE and part.month is not None \
                and part.day is not None and (part.month, part.day) > report_due:
            out.append(("timelimit.after-annual-report-deadline",
                        {"text": part.text, "month": part.month, "day": part.day,
                         "max_month": report_due[0], "max_day": report_due[1]}, None))
            continue
        publicity = PUBLICITY in (part.event or "") or PUBLICITY in (part.label or "")
        if part.kind in (LimitKind.VAGUE, LimitKind.PROMPT):
            out.append(("timelimit.vague", {"text": part.text}, Severity.WARNING))
        elif part.kind == LimitKind.WORKDAYS and part.amount is not None and not publicity \
                and part.amount > options.max_workdays:
            # whose limit it is: the regulation's 20 working days, or a pack's own stricter one
            own = options.max_workdays != STATUTORY_WORKDAYS
            out.append(("timelimit.too-many-workdays-pack" if own else "timelimit.too-many-workdays",
                        {"text": part.text, "amount": part.amount, "max": options.max_workdays,
                         "pack": ctx.extra.get("pack", ""), "pack_file": ctx.extra.get("pack_file", ""),
                         "statutory": STATUTORY_WORKDAYS}, None))
        elif part.kind == LimitKind.DAYS and part.amount is not None and not publicity \
                and part.amount > max_days:
            out.append(("timelimit.too-many-days",
                        {"text": part.text, "amount": part.amount, "max": max_days,
                         "workdays": options.max_workdays}, None))
    return out
