"""公开对象, 公开方式 and 公开层级: at least one choice each, and only the choices the guidelines allow.

Each of these elements is a group of tick columns (全社会 / 特定群体, 主动 / 依申请, 县级 / 乡级 …) or one
column holding the words. A group with nothing ticked leaves the item's audience, mode or level
unstated; a word outside the allowed list is usually a typo or a misplaced value. ``不公开`` is not a
公开方式: an item that is not disclosed does not belong in a disclosure catalog (take it out, or record
the exemption under 条例第十四条至第十六条 elsewhere). Only the choice elements whose column exists are
checked; a missing column is ``required-columns``' business. ``cell`` is the first cell of the group.

The allowed lists hold canonical choices: the normalizer already reads the variants (特定群众,
依申请公开, 镇级, 街道级, 乡、村级 …) as 全社会/特定群体, 主动/依申请, 省级/市级/县级/乡级/村级, and
keeps any other word apart for this rule to report.

Anti-pattern:
    1 | 绿化管理 | 损坏城市树木花草 | … | 公开对象: (nothing ticked) | 公开方式: 不公开 | 公开层级: 省直

Best practice:
    1 | 绿化管理 | 损坏城市树木花草 | … | 公开对象: √ 全社会 | 公开方式: √ 主动 | 公开层级: √ 县级

Legal basis:
    国办发〔2019〕54号 and the domain guidelines (公开对象、公开方式、公开层级 in every catalog);
    《中华人民共和国政府信息公开条例》第十九条、第二十七条 (主动公开 and 依申请公开),
    第十四条至第十六条 (what may not be disclosed).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Annotated

from disclosecheck.checks.base import CheckContext, Checked, CheckOptions
from disclosecheck.checks.shared import has_column, join, option_error
from disclosecheck.locate.headers import to_simplified
from disclosecheck.model import AUDIENCE, CHOICE_ELEMENTS, LEVEL, MODE, Catalog, Finding, Severity

ID = "choices"
SEVERITY = Severity.ERROR
CODES = ("choices.none", "choices.not-allowed", "choices.not-disclosed", "choices.to-fill")
#: What ``disclosecheck template`` writes in a tick group the standard does not record (issue 12).
TO_FILL = "待填写"

NOT_DISCLOSED = "不公开"


def choice_elements(value: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """``allowed`` names only choice elements, and 不公开 is never an allowed 公开方式."""
    wrong = [k for k in value if k not in CHOICE_ELEMENTS]
    if wrong:
        raise option_error("option.not_choice_elements", wrong=join(wrong), expected=join(CHOICE_ELEMENTS))
    if NOT_DISCLOSED in value.get(MODE, ()):
        raise option_error("option.not_disclosed_mode")
    return value


@dataclass(frozen=True, kw_only=True)
class Options(CheckOptions):
    """The allowed choices per choice element; an element left out accepts any word."""

    allowed: Annotated[dict[str, tuple[str, ...]], Checked(choice_elements)] = field(default_factory=lambda: {
        AUDIENCE: ("全社会", "特定群体"),
        MODE: ("主动", "依申请"),
        LEVEL: ("省级", "市级", "县级", "乡级", "村级"),
    })


def choices_to_offer(catalog: Catalog, options: Options, element: str) -> tuple[str, ...]:
    """What to suggest ticking: the allowed list, else the table's tick columns, else the national list."""
    if options.allowed.get(element):
        return options.allowed[element]
    ticks = tuple(c.choice for c in catalog.layout.columns_for(element) if c.choice)
    return ticks or Options().allowed[element]


def check(catalog: Catalog, options: Options, ctx: CheckContext) -> Iterator[Finding]:
    elements = [e for e in CHOICE_ELEMENTS if has_column(catalog, e)]
    # Nearly every row ticks or writes one allowed word: such a row needs no closer look.
    fine = {e: frozenset(w for w in options.allowed.get(e) or () if to_simplified(w) != NOT_DISCLOSED)
            for e in elements}
    for item in catalog.items:
        for element in elements:
            ticked = item.choices.get(element)
            if ticked and ticked <= fine[element] and not item.unknown_choices.get(element):
                continue
            chosen = sorted(ticked or ())
            written = [*chosen, *(w for w in item.unknown_choices.get(element, []) if w not in chosen)]
            if written == [TO_FILL] or (not written and item.placeholders.get(element) == TO_FILL):
                yield ctx.finding(catalog, "choices.to-fill", {"element": element},
                                  item=item, element=element)
                continue
            if not written:
                offer = join(choices_to_offer(catalog, options, element))
                yield ctx.finding(catalog, "choices.none", {"element": element, "allowed": offer},
                                  item=item, element=element)
                continue
            allowed = options.allowed.get(element)
            for word in written:
                if element == MODE and to_simplified(word) == NOT_DISCLOSED:
                    yield ctx.finding(catalog, "choices.not-disclosed", {"element": element, "value": word},
                                      item=item, element=element)
                elif allowed is not None and word not in allowed:
                    yield ctx.finding(catalog, "choices.not-allowed",
                                      {"element": element, "value": word, "allowed": join(allowed)},
                                      item=item, element=element)
