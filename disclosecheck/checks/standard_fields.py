"""标准目录选项：公开方式、公开对象、公开层级不比标准目录中同一事项的窄。

Runs only on items matched to the table's standard (see ``standard-coverage``), in a table whose
level is known or whose standard the user named (``StandardMatch.holds_items``), and only on tick groups
the standard records for that item (an empty group: no source showed it, nothing to hold to):

- 公开方式: the standard says 主动 and the item ticks only 依申请 (proactive turned into on request);
- 公开对象: the standard says 全社会 and the item ticks only 特定群体;
- 公开层级: the standard marks the table's own level (县级 or 乡级) for the item, the table has a
  column for that level, and the item leaves it unticked. A level the table has no column for, written
  in the cells instead of a tick (州级 in a column headed 州级县级, as 乌恰县 does), is a mark, not an
  omission: not reported.

A group left blank altogether is ``choices``' business, not this rule's.

Anti-pattern:
    标准目录：主动；目录：依申请

Best practice:
    标准目录要求主动公开的事项，目录中也勾选“主动”。

Legal basis:
    《中华人民共和国政府信息公开条例》第十九条、第二十条（应当主动公开的政府信息）；国办发〔2019〕54号。
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from disclosecheck.checks.base import CheckContext, CheckOptions
from disclosecheck.model import AUDIENCE, LEVEL, MODE, Catalog, Finding, Severity
from disclosecheck.standards.match import standard_label, standard_of

ID = "standard-fields"
SEVERITY = Severity.WARNING
CODES = ("standard-fields.mode-weakened", "standard-fields.audience-narrowed",
         "standard-fields.level-unticked")


@dataclass(frozen=True, kw_only=True)
class Options(CheckOptions):
    """No options."""


def check(catalog: Catalog, options: Options, ctx: CheckContext) -> Iterator[Finding]:
    match = standard_of(catalog, ctx)
    if match.standard is None:
        return
    level_columns = {c.choice for c in catalog.layout.columns_for(LEVEL) if c.choice}
    for item, std in match.paired(catalog.items):
        params = {"standard": match.standard.domain, "std_item": standard_label(std)}
        mode = item.choices.get(MODE, set())
        if "主动" in std.mode and mode and "主动" not in mode and "依申请" in mode:
            yield ctx.finding(catalog, "standard-fields.mode-weakened", params, item=item, element=MODE)
        audience = item.choices.get(AUDIENCE, set())
        if "全社会" in std.audience and audience and "全社会" not in audience:
            yield ctx.finding(catalog, "standard-fields.audience-narrowed", params,
                              item=item, element=AUDIENCE)
        own = match.level
        ticked = item.choices.get(LEVEL, set())
        if own and own in std.level and own in level_columns and ticked and own not in ticked \
                and ticked <= level_columns:
            yield ctx.finding(catalog, "standard-fields.level-unticked", {**params, "level": own},
                              item=item, element=LEVEL)
