"""The same 事项 listed twice: same 一级事项 and 二级事项 (or 公开事项), ignoring whitespace.

Two rows for one item usually mean a row pasted twice, or two versions of the item where only one is
current; evaluators count such catalogs as not maintained. Each later row is reported with the row of
the first. Rows whose 二级事项/公开事项 is blank are left to ``required-elements``.

A row whose 二级事项 comes from a vertical merge or 同上 continues the item above with another
公开内容 (one 事项 spread over several rows), so it is a duplicate only when its 公开内容 repeats too.
The same holds when the name is written out again on the very next row (西山镇's 乡村振兴 catalog:
监测范围和内容 on two rows, 监测标准 and 监测对象收入计算时间); written again after other items, it is a
duplicate. A 三级事项 column (户籍管理: 注销登记 → 死亡注销 / 服现役注销) is part of an item's name.

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
from dataclasses import dataclass

from disclosecheck.checks.base import CheckContext, CheckOptions
from disclosecheck.checks.shared import has_column, squeeze
from disclosecheck.model import CONTENT, ITEM, LEVEL1, LEVEL2, Catalog, Finding, Item, Severity, cell_name

ID = "duplicate-items"
SEVERITY = Severity.ERROR
CODES = ("duplicate-items.duplicate",)


@dataclass(frozen=True, kw_only=True)
class Options(CheckOptions):
    """No options."""


def check(catalog: Catalog, options: Options, ctx: CheckContext) -> Iterator[Finding]:
    name_element = LEVEL2 if has_column(catalog, LEVEL2) else ITEM
    if not has_column(catalog, name_element):
        return
    name_col = catalog.layout.columns_for(name_element)[0].index  # the row's own cell, even when merged
    third = [key for key in (catalog.items[0].extras if catalog.items else {}) if "三级" in key]
    first: dict[tuple[str, ...], Item] = {}
    first_with_content: dict[tuple[str, ...], Item] = {}
    previous: tuple[str, ...] | None = None
    squeezed: dict[str, str] = {}  # names and contents repeat down the table: each squeezed once

    def squeeze_once(text: str) -> str:
        found = squeezed.get(text)
        if found is None:
            found = squeezed[text] = squeeze(text)
        return found

    for item in catalog.items:
        text = item.text
        key = (squeeze_once(text.get(LEVEL1, "")), squeeze_once(text.get(name_element, "")))
        if third:
            key += tuple(squeeze_once(item.extras.get(k, "")) for k in third)
        if not key[1]:
            continue
        full = (*key, squeeze_once(text.get(CONTENT, "")))
        # continuing the item just above: merged down, 同上, or its name written again on the next row
        continues = name_element in item.inherited or key == previous
        previous = key
        earlier = first_with_content.get(full) if continues else first.get(key)
        if earlier is not None:
            yield ctx.finding(catalog, "duplicate-items.duplicate",
                              {"first_row": earlier.row, "label": item.label},
                              item=item, element=name_element, cell=cell_name(item.row, name_col))
        first.setdefault(key, item)
        first_with_content.setdefault(full, item)
