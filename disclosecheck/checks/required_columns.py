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
)

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


def check(catalog: Catalog, options: Options, ctx: CheckContext) -> Iterator[Finding]:
    for element in options.columns:
        missing = missing_item_columns(catalog) if element == ITEM else (
            [] if has_column(catalog, element) else [element])
        for name in missing:
            if element in options.warn_only:
                yield ctx.finding(catalog, "required-columns.missing-optional", {"element": name},
                                  element=name, severity=Severity.WARNING)
            else:
                yield ctx.finding(catalog, "required-columns.missing", {"element": name}, element=name)
