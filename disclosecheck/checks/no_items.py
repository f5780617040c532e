"""A catalog table with a header but not one 事项 under it.

A header with nothing below is usually a template that was never filled in, or a table whose rows
were pasted into another sheet. An empty catalog discloses nothing, so it is an error; the finding
is file-level (no row).

Anti-pattern:
    序号 | 一级事项 | 二级事项 | 公开内容 | … (header only; no row below it)

Best practice:
    1 | 绿化管理 | 损坏城市树木花草 | 处罚决定 | 《城市绿化条例》 | 20个工作日内 |
      城市管理行政执法部门 | ■政府网站 | √ | | √ | | √ |

Legal basis:
    《中华人民共和国政府信息公开条例》第二十条、第二十一条 (what must be proactively disclosed);
    《国务院办公厅关于全面推进基层政务公开标准化规范化工作的指导意见》(国办发〔2019〕54号):
    every base-level government compiles its catalog per domain.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from disclosecheck.checks.base import CheckContext, CheckOptions
from disclosecheck.model import Catalog, Finding, Severity

ID = "no-items"
SEVERITY = Severity.ERROR
CODES = ("no-items.empty",)


@dataclass(frozen=True, kw_only=True)
class Options(CheckOptions):
    """No options."""


def check(catalog: Catalog, options: Options, ctx: CheckContext) -> Iterator[Finding]:
    if not catalog.items:
        yield ctx.finding(catalog, "no-items.empty")
