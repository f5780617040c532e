"""标准目录内容：事项的公开内容包括标准目录为同一事项列出的每个要素。

Runs only on items matched to the table's standard (see ``standard-coverage``), in a table whose
level is known or whose standard the user named (``StandardMatch.holds_items``). Each element the
standard lists (补贴对象、补贴标准、补贴结果、监督渠道 …) must appear in the item's 公开内容: as written,
or nearly (one character different in a name of five or more, traditional characters, spaces and
punctuation ignored). A warning names every missing element, so the clerk can add them in one go.
Catalogs that copied the guideline's wording pass as they are; one whose 公开内容 was copied from
another domain's template (申报材料清单、批准流程 … under 农机购置补贴) is caught here.

Only a 公开内容 lacking at least ``min_missing_share`` (default four fifths) of the standard's elements
is reported: the built-in element lists are read from local catalogs, and elements worded otherwise
(文件名称, 学校名称, 执法依据 for 机构职能、权责清单…) are often there in other words, while a content
missing nearly all of them is another content altogether (copied from another domain's template, or
cut down to a one-line summary such as 资金发放的有关信息).

An item whose standard lists fewer than ``min_elements`` (default 5) elements is not judged: such a
short list names examples or documents (《社会救助暂行办法》; 改革方案、发展规划…) that a local catalog
rightly replaces by its own.

A 公开内容 that opens a numbered list and stops after its first entry (``1.政策依据`` alone) is not
judged: exported and mirrored pages keep only a cell's first paragraph, so the rest was most likely
cut off in the copy, not left out by the office.

Anti-pattern:
    农机购置补贴 | 申报材料清单、批准流程、办理时限、受理机构联系方式

Best practice:
    农机购置补贴 | 政策依据；申请指南：包括补贴对象、补贴范围、补贴标准、申请程序…；补贴结果；监督渠道…

Legal basis:
    国办发〔2019〕54号（公开内容按各领域标准指引的要素逐项列明）；《中华人民共和国政府信息公开条例》
    第二十条。
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from disclosecheck.checks.base import CheckContext, CheckOptions
from disclosecheck.checks.shared import has_column, join
from disclosecheck.model import CONTENT, Catalog, Finding, Severity
from disclosecheck.standards.match import simplify, standard_label, standard_of
from disclosecheck.standards.model import StandardItem

ID = "standard-content"
SEVERITY = Severity.WARNING
CODES = ("standard-content.missing-elements",)
#: rapidfuzz partial_ratio from which an element counts as present though not written exactly.
NEAR = 80.0
#: ``1.政策依据`` and nothing after it: the first paragraph of a cell whose copy was cut off.
_CUT_OFF = re.compile(r"^\s*[1１][.、．)）]\s*[^\n]{1,12}\s*$")


@dataclass(frozen=True, kw_only=True)
class Options(CheckOptions):
    """``min_missing_share``: share of the standard's elements that must be missing to report;
    ``min_elements``: items whose standard lists fewer elements are not judged."""

    min_missing_share: float = 0.8
    min_elements: int = 5


def present(element: str, content: str) -> bool:
    """Whether ``element`` is in ``content`` (both already :func:`simplify` d), exactly or nearly."""
    if not element or element in content:
        return True
    if len(element) < 5:
        return False
    from rapidfuzz.fuzz import partial_ratio

    return partial_ratio(element, content) >= NEAR


#: (id of a standard item, 公开内容 text) -> (that standard item, the elements the text misses). Catalogs
#: repeat their 公开内容 texts row after row and file after file: each pair is compared once.
_MISSING: dict[tuple[int, str], tuple[StandardItem, list[str]]] = {}


def _missing(std: StandardItem, text: str) -> list[str]:
    """The elements of ``std`` that the 公开内容 ``text`` does not name."""
    found = _MISSING.get((id(std), text))
    if found is not None and found[0] is std:  # the same item, not another one given its id since
        return found[1]
    content = simplify(text)
    missing = [e for e in std.elements if not present(simplify(e), content)]
    if len(_MISSING) > 50_000:
        _MISSING.clear()
    _MISSING[(id(std), text)] = (std, missing)
    return missing


def check(catalog: Catalog, options: Options, ctx: CheckContext) -> Iterator[Finding]:
    match = standard_of(catalog, ctx)
    if match.standard is None or not has_column(catalog, CONTENT):
        return
    for item, std in match.paired(catalog.items):
        text = item.text.get(CONTENT, "")
        if len(std.elements) < options.min_elements or not text.strip() or _CUT_OFF.match(text):
            continue  # a blank 公开内容 is required-elements' business
        missing = _missing(std, text)
        if missing and len(missing) >= options.min_missing_share * len(std.elements):
            params = {"missing": join(missing), "count": len(missing), "standard": match.standard.domain,
                      "std_item": standard_label(std)}
            yield ctx.finding(catalog, "standard-content.missing-elements", params,
                              item=item, element=CONTENT)
