"""The columns every standard catalog must have.

The State Council's domain guidelines (2019-2020) fix the elements of a catalog: the 事项 (一级事项 and
二级事项, or a single 公开事项 column), 公开内容, 公开依据, 公开时限, 公开主体, 公开渠道和载体, 公开对象,
公开方式 and 公开层级. A missing column means every row lacks that element, so it is reported once for the
file (``element`` set, no row or cell). 公开层级 is only a warning by default: township catalogs drop it
because every item is disclosed at the township level (list such columns in ``warn_only``).

``columns`` lists the required elements; ``公开事项`` in it stands for "一级事项 + 二级事项, or a single
公开事项 column": a catalog with 一级事项 but neither 二级事项 nor 公开事项 lacks 二级事项, one with 二级事项
but no 一级事项 lacks 一级事项, one with none of them lacks 公开事项.

Anti-pattern:
    序号 | 一级事项 | 二级事项 | 公开内容 | 公开主体 | 公开渠道和载体 | …
    (no 公开依据 and no 公开时限 column)

Best practice:
    序号 | 一级事项 | 二级事项 | 公开内容（要素） | 公开依据 | 公开时限 | 公开主体 |
      公开渠道和载体 | 公开对象 | 公开方式 | 公开层级

Legal basis:
    国办发〔2019〕54号 and the 26 domain guidelines (基层政务公开标准指引): the standard elements
    of a catalog;
    《中华人民共和国政府信息公开条例》第二十六条 (公开时限), 第二十四条 (公开渠道).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from disclosecheck.checks.base import CheckContext, Checked, CheckOptions
from disclosecheck.checks.shared import check_elements, has_column
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
    SUBJECT,
    TIMELIMIT,
    Catalog,
    Finding,
    Severity,
    cell_name,
)
from disclosecheck.normalize.choices import choice_within
from disclosecheck.timelimit import LimitKind, parse_timelimit

ID = "required-columns"
SEVERITY = Severity.ERROR
CODES = ("required-columns.missing", "required-columns.missing-optional")


#: A list of canonical element names.
Elements = Annotated[tuple[str, ...], Checked(check_elements)]


@dataclass(frozen=True, kw_only=True)
class Options(CheckOptions):
    """Which columns are required, and which of them only earn a warning when missing."""

    columns: Elements = (ITEM, CONTENT, BASIS, TIMELIMIT, SUBJECT, CHANNELS, AUDIENCE, MODE, LEVEL)
    warn_only: Elements = (LEVEL,)


def missing_item_columns(catalog: Catalog) -> list[str]:
    """What is missing of "一级事项 + 二级事项, or 公开事项"."""
    has1, has2, has_item = (has_column(catalog, e) for e in (LEVEL1, LEVEL2, ITEM))
    if has_item or (has1 and has2):
        return []
    if has2:
        return [LEVEL1]
    if has1:
        return [LEVEL2]
    return [ITEM]


#: Words in a header that say which element an unmapped column probably is (时间要求 → 公开时限).
_HEADER_WORDS: dict[str, tuple[str, ...]] = {
    TIMELIMIT: ("时限", "时间", "期限", "时效"),
    BASIS: ("依据", "法规", "政策"),
    SUBJECT: ("主体", "单位", "部门", "责任"),
    CHANNELS: ("渠道", "载体", "途径", "平台", "方式"),
    CONTENT: ("内容", "要素"),
}
_SUBJECT_ENDS = ("局", "部门", "政府", "办", "委员会", "中心", "所", "处", "科", "站", "室", "单位", "委",
                 "院")


def _value_says(element: str, text: str) -> bool:
    """Whether a cell's text looks like a value of ``element`` (a column full of 20个工作日 is 公开时限)."""
    if element == TIMELIMIT:
        limit = parse_timelimit(text)
        return limit.understood and LimitKind.VAGUE not in limit.kinds
    if element == BASIS:
        return "《" in text or text.endswith(("条例", "办法", "法", "规定"))
    if element == CHANNELS:
        return "■" in text or "□" in text or "网站" in text or "公示栏" in text
    if element == SUBJECT:
        return text.endswith(_SUBJECT_ENDS)
    return False


def look_alike(catalog: Catalog, element: str) -> tuple[str, str, str] | None:
    """(column letter, header, "header" or "values") of an unmapped column that looks like ``element``."""
    extras = [c for c in catalog.layout.columns if c.element is None]
    keys = list(catalog.items[0].extras) if catalog.items else []
    for col, key in zip(extras, keys + [None] * (len(extras) - len(keys)), strict=False):
        values = [i.extras.get(key, "") for i in catalog.items] if key else []
        filled = [v for v in values if v.strip()]
        by_values = bool(filled) and sum(_value_says(element, v) for v in filled) * 2 >= len(filled) + 1
        by_name = any(word in col.header for word in _HEADER_WORDS.get(element, ()))
        if by_values or by_name:
            letter = cell_name(1, col.index)[:-1]
            return letter, col.header.replace("\n", ""), "values" if by_values else "header"
    return None


def stated_elsewhere(catalog: Catalog, element: str) -> bool:
    """Whether every item states a choice ``element`` in another choice column's words.

    济南市统计局 writes 公开对象 and 公开方式 in one column, 全社会范围主动公开: the element is given,
    only not in a column of its own.
    """
    if element not in (AUDIENCE, MODE, LEVEL) or not catalog.items:
        return False
    others = [e for e in (AUDIENCE, MODE, LEVEL) if e != element and has_column(catalog, e)]
    return bool(others) and all(
        any(choice_within(element, item.text.get(other, "")) for other in others) for item in catalog.items)


def check(catalog: Catalog, options: Options, ctx: CheckContext) -> Iterator[Finding]:
    for element in options.columns:
        missing = missing_item_columns(catalog) if element == ITEM else (
            [] if has_column(catalog, element) or stated_elsewhere(catalog, element) else [element])
        for name in missing:
            params: dict[str, str] = {"element": name}
            hint = look_alike(catalog, name)
            if hint is not None:
                # Did you mean: the code stays the same so baselines still recognise the finding.
                params.update(hint_col=hint[0], hint_header=hint[1], hint_by=hint[2])
            if element in options.warn_only:
                yield ctx.finding(catalog, "required-columns.missing-optional", params,
                                  element=name, severity=Severity.WARNING)
            else:
                yield ctx.finding(catalog, "required-columns.missing", params, element=name)
