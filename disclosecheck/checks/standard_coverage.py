"""标准目录覆盖：目录列出了它所适用的标准目录在本层级要求的每个事项。

Which standard a table is held to, and at which level, is settled once per table before the checks
(:mod:`disclosecheck.standards.match`: ``--standard``, the pack's ``standard:``, else the domain named
in the title, sheet or file name, else the items themselves). An item is matched tolerantly: other
wording, traditional characters, spaces, 一级/二级事项 swapped or merged into one cell. An item the
standard does not list is welcome (``inspect`` lists it) and never a finding.

Decision — partial standards: every built-in standard today is ``complete: false`` (it was read from
published pages that show only their first rows), and so are many catalog pages. Holding a table to
items that were merely not transcribed would be a false alarm. So a missing item is an **error** only
when the user named the standard (``--standard`` or the pack's ``standard:``) or the standard is
complete; for a detected partial standard no per-item findings (set ``hold_partial: true`` to have
them). Every report shows each table's standard, why, its level and the coverage figure (matched /
required, marked partial) beside the findings, not as findings.
A table whose domain cannot be told gets one info finding and nothing else: never a guess.

Anti-pattern:
    某镇涉农补贴目录只列了“农机购置补贴”，县级标准目录标为乡级的“耕地地力保护”没有列出。

Best practice:
    先用 ``disclosecheck template 涉农补贴 --level 乡级`` 生成目录，再逐项填写；本地增加的事项可以保留。

Legal basis:
    国办发〔2019〕54号（基层政务公开标准目录：各领域标准指引，县乡两级逐项对照编制并动态更新）；
    《中华人民共和国政府信息公开条例》第二十条（主动公开的内容）。
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from disclosecheck.checks.base import CheckContext, CheckOptions
from disclosecheck.model import Catalog, Finding, Severity
from disclosecheck.standards.match import standard_label, standard_of

ID = "standard-coverage"
SEVERITY = Severity.ERROR
CODES = ("standard-coverage.missing", "standard-coverage.unknown-domain", "standard-coverage.no-standard")


@dataclass(frozen=True, kw_only=True)
class Options(CheckOptions):
    """``hold_partial``: report each missing item of a detected partial standard too (default: the figure)."""

    hold_partial: bool = False


def check(catalog: Catalog, options: Options, ctx: CheckContext) -> Iterator[Finding]:
    match = standard_of(catalog, ctx)
    if match.standard is None:
        if match.domain is not None:
            yield ctx.finding(catalog, "standard-coverage.no-standard", {"domain": match.domain},
                              severity=Severity.INFO)
        elif catalog.items:
            yield ctx.finding(catalog, "standard-coverage.unknown-domain", {}, severity=Severity.INFO)
        return
    standard = match.standard
    name = standard.domain
    guideline = standard.guideline.title if standard.guideline else f"{name}领域标准目录"
    if match.partial and not match.explicit and not options.hold_partial:
        return
    for item in match.missing:
        yield ctx.finding(catalog, "standard-coverage.missing",
                          {"item": standard_label(item), "no": item.no, "standard": name,
                           "guideline": guideline, "level": match.level or "-"})
