"""Every 事项 fills in the elements that only it can say: the 事项 names, 公开内容 and 公开主体.

An element whose column exists but is blank in a row (after merges and 同上 are resolved) leaves the
public unable to tell what is disclosed or who discloses it. Blanks of the other elements belong to
the rule that knows that element, so no blank is reported twice:

- 公开依据 → ``legal-basis``; 公开时限 → ``timelimit``; 公开渠道和载体 → ``channels``;
- 公开对象, 公开方式, 公开层级 → ``choices``; 最近更新日期 → ``update-freshness``;
- 公开日期 → ``publish-timeliness`` (a blank one is an item not yet published: overdue or pending).

``elements`` may therefore name only the elements outside that list (序号, 一级事项, 二级事项,
公开事项, 公开内容, 公开主体, 信息形成日期); a column missing from the table is
``required-columns``' business.

Anti-pattern:
    1 | 绿化管理 | 损坏城市树木花草 | 处罚决定 | 《城市绿化条例》 | 20个工作日内 |
      (公开主体 blank) | ■政府网站 | √ | | √ | | √ |

Best practice:
    1 | 绿化管理 | 损坏城市树木花草 | 处罚决定 | 《城市绿化条例》 | 20个工作日内 |
      城市管理行政执法部门 | ■政府网站 | √ | | √ | | √ |

Legal basis:
    国办发〔2019〕54号: a catalog states for each item 公开事项、公开内容、公开依据、公开时限、
    公开主体、公开方式 …;
    《中华人民共和国政府信息公开条例》第十条 (the body that makes or keeps the information discloses it).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from disclosecheck.checks.base import CheckContext, Checked, CheckOptions
from disclosecheck.checks.shared import check_elements, has_column, join, option_error
from disclosecheck.model import (
    AUDIENCE,
    BASIS,
    CHANNELS,
    CONTENT,
    ITEM,
    LEVEL,
    LEVEL1,
    LEVEL2,
    MODE,
    PUBLISHED,
    SUBJECT,
    TIMELIMIT,
    UPDATED,
    Catalog,
    Finding,
    Severity,
)

ID = "required-elements"
SEVERITY = Severity.ERROR

#: Elements whose blanks another rule reports.
OWNED_ELSEWHERE = {BASIS: "legal-basis", TIMELIMIT: "timelimit", CHANNELS: "channels", AUDIENCE: "choices",
                   MODE: "choices", LEVEL: "choices", UPDATED: "update-freshness",
                   PUBLISHED: "publish-timeliness"}

#: A message that says how to fill the element in, where we have one; other elements get the generic one.
CODE_FOR = {
    LEVEL1: "required-elements.missing-level1",
    LEVEL2: "required-elements.missing-level2",
    ITEM: "required-elements.missing-item",
    CONTENT: "required-elements.missing-content",
    SUBJECT: "required-elements.missing-subject",
}
CODES = ("required-elements.missing", *CODE_FOR.values(), "required-elements.to-fill")
#: What ``disclosecheck template`` writes in a cell the unit fills in: reported as 待填写, not as a blank.
TO_FILL = "待填写"


def not_owned_elsewhere(value: tuple[str, ...]) -> tuple[str, ...]:
    """Known element names, none of them an element whose blanks another rule reports."""
    check_elements(value)
    taken = [f"{e} ({OWNED_ELSEWHERE[e]})" for e in value if e in OWNED_ELSEWHERE]
    if taken:
        raise option_error("option.owned_elsewhere", taken=join(taken))
    return value


@dataclass(frozen=True, kw_only=True)
class Options(CheckOptions):
    """The elements that must not be blank in any row (when their column exists)."""

    elements: Annotated[tuple[str, ...], Checked(not_owned_elsewhere)] = (
        LEVEL1, LEVEL2, ITEM, CONTENT, SUBJECT)


def check(catalog: Catalog, options: Options, ctx: CheckContext) -> Iterator[Finding]:
    elements = [e for e in options.elements if has_column(catalog, e)]
    for item in catalog.items:
        for element in elements:
            if not item.text.get(element, "").strip():
                code = CODE_FOR.get(element, "required-elements.missing")
                if item.placeholders.get(element) == TO_FILL:  # a template's cell not filled in yet
                    code = "required-elements.to-fill"
                yield ctx.finding(catalog, code, {"element": element}, item=item, element=element)
