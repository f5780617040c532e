"""The same 事项 listed twice: same 一级事项 and 二级事项 (or 公开事项), ignoring whitespace.

Two rows for one item usually mean a row pasted twice, or two versions of the item where only one is
current; evaluators count such catalogs as not maintained. Each later row is reported with the row of
the first. Rows whose 二级事项/公开事项 is blank are left to ``required-elements``.

Anti-pattern:
    4 | 绿化管理 | 损坏城市树木花草 | …
    9 | 绿化管理 | 损坏城市 树木花草 | …      (row 9 repeats row 4)

Best practice:
    4 | 绿化管理 | 损坏城市树木花草 | …
    9 | 绿化管理 | 擅自砍伐城市树木 | …

Legal basis:
    国办发〔2019〕54号 (catalogs kept accurate and updated dynamically, 动态更新);
    《中华人民共和国政府信息公开条例》第六条 (information disclosed must be accurate).
"""

from __future__ import annotations

from collections.abc import Iterator

from disclosecheck.checks.base import CheckContext, CheckOptions
from disclosecheck.checks.shared import has_column, squeeze
from disclosecheck.model import ITEM, LEVEL1, LEVEL2, Catalog, Finding, Item, Severity

ID = "duplicate-items"
SEVERITY = Severity.ERROR
CODES = ("duplicate-items.duplicate",)


class Options(CheckOptions):
    """No options."""


def check(catalog: Catalog, options: Options, ctx: CheckContext) -> Iterator[Finding]:
    name_element = LEVEL2 if has_column(catalog, LEVEL2) else ITEM
    if not has_column(catalog, name_element):
        return
    first: dict[tuple[str, str], Item] = {}
    for item in catalog.items:
        key = (squeeze(item.text.get(LEVEL1, "")), squeeze(item.text.get(name_element, "")))
        if not key[1]:
            continue
        if key in first:
            yield ctx.finding(catalog, "duplicate-items.duplicate",
                              {"first_row": first[key].row, "label": item.label},
                              item=item, element=name_element)
        else:
            first[key] = item
