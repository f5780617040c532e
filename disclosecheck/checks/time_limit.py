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
- N 日/天 (calendar days) above ``max_calendar_days`` → error. 20 working days never span fewer than
  26 calendar days (formed on a Sunday, the 20th working day is the Friday four weeks later), so a
  limit of at most 26 calendar days always meets the statute while ``30日内`` can exceed it (formed
  on 2026-09-30, 30 calendar days hold 18 working days because of the National Day holiday, but in
  an ordinary month 30 calendar days can hold 22). Left unset, the threshold is derived from
  ``max_workdays`` the same way: N + 2 × ⌊(N − 1) / 5⌋, that is 26 for 20.

Anti-pattern:
    1 | 城镇燃气管理 | 燃气经营许可证核发 | … | 30日内 | …
    2 | 城镇燃气管理 | 燃气经营许可证变更 | … | 尽快公开 | …

Best practice:
    1 | 城镇燃气管理 | 燃气经营许可证核发 | … | 信息形成或者变更之日起20个工作日内 | …
    2 | 城市综合执法 | 损坏城市树木花草 | … |
      1.除处罚决定外其他内容:长期公开(动态调整); 2.处罚决定:20个工作日内。 | …

Legal basis:
    《中华人民共和国政府信息公开条例》第二十六条 (20 working days unless a law or regulation provides
    otherwise); 国办发〔2019〕54号 (公开时限 in every catalog).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from disclosecheck.checks.base import AtLeast, CheckContext, CheckOptions
from disclosecheck.checks.shared import has_column, join, timelimit_of
from disclosecheck.model import TIMELIMIT, Catalog, Finding, Severity
from disclosecheck.timelimit import LimitKind

ID = "timelimit"
SEVERITY = Severity.ERROR
CODES = ("timelimit.blank", "timelimit.unknown", "timelimit.vague", "timelimit.too-many-workdays",
         "timelimit.too-many-days")

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


def check(catalog: Catalog, options: Options, ctx: CheckContext) -> Iterator[Finding]:
    if not has_column(catalog, TIMELIMIT):
        return
    max_days = calendar_ceiling(options)
    for item in catalog.items:
        text = item.text.get(TIMELIMIT, "").strip()
        if not text:
            yield ctx.finding(catalog, "timelimit.blank", {}, item=item, element=TIMELIMIT)
            continue
        limit = timelimit_of(item, ctx)
        if not limit.understood:
            unknown = [p.text for p in limit.parts if p.kind == LimitKind.UNKNOWN] or [text]
            yield ctx.finding(catalog, "timelimit.unknown", {"text": join(unknown)}, item=item,
                              element=TIMELIMIT, severity=Severity.WARNING)
        for part in limit.parts:
            publicity = PUBLICITY in (part.event or "") or PUBLICITY in (part.label or "")
            if part.kind in (LimitKind.VAGUE, LimitKind.PROMPT):
                yield ctx.finding(catalog, "timelimit.vague", {"text": part.text}, item=item,
                                  element=TIMELIMIT, severity=Severity.WARNING)
            elif part.kind == LimitKind.WORKDAYS and part.amount is not None and not publicity \
                    and part.amount > options.max_workdays:
                yield ctx.finding(catalog, "timelimit.too-many-workdays",
                                  {"text": part.text, "amount": part.amount, "max": options.max_workdays},
                                  item=item, element=TIMELIMIT)
            elif part.kind == LimitKind.DAYS and part.amount is not None and not publicity \
                    and part.amount > max_days:
                yield ctx.finding(catalog, "timelimit.too-many-days",
                                  {"text": part.text, "amount": part.amount, "max": max_days,
                                   "workdays": options.max_workdays},
                                  item=item, element=TIMELIMIT)
