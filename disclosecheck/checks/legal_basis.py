"""公开依据: every 事项 cites the law, regulation or document that requires its disclosure.

A blank 公开依据 is an error: the catalog must say why an item is disclosed. A 公开依据 that names no
document in book-title marks (《城市绿化条例》; also the ASCII stand-in <<…>>) is only a warning — and
so is one in single marks 〈…〉 alone, which are for a title inside a title (《关于印发〈…〉的通知》):
the fix is 《》. "相关法律法规" or "上级文件" cannot be looked up, so name the document and, ideally,
the article.

The fix a message suggests names a document of the catalog's own domain (see ``basis_examples.py``):
the document a built-in domain standard cites for the same item, else one a real catalog of that
domain cites (涉农补贴 → 《农业生产发展资金管理办法》), else the neutral form 《……条例》（国务院令第×号）
— never a law of another domain for a clerk to copy.

Anti-pattern:
    1 | 绿化管理 | 损坏城市树木花草 | 处罚决定 | 相关法律法规 | 20个工作日内 | …

Best practice:
    1 | 绿化管理 | 损坏城市树木花草 | 处罚决定 | 《城市绿化条例》第二十六条 | 20个工作日内 | …

Legal basis:
    国办发〔2019〕54号 (公开依据 in every catalog); 《中华人民共和国政府信息公开条例》第二十条
    (主动公开 items listed by law); the domain guidelines cite each item's 依据 by document name.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from disclosecheck.checks.base import CheckContext, CheckOptions
from disclosecheck.checks.basis_examples import example_basis
from disclosecheck.checks.shared import has_column
from disclosecheck.model import BASIS, Catalog, Finding, Severity

ID = "legal-basis"
SEVERITY = Severity.ERROR
CODES = ("legal-basis.blank", "legal-basis.no-document")

#: A named document: 《…》, <<…>> or full-width ＜＜…＞＞, with something inside. 〈…〉 alone is not:
#: it marks a title inside a title.
DOCUMENT = re.compile(
    r"《[^《》]*\S[^《》]*》"
    r"|<<[^<>]*\S[^<>]*>>"
    r"|＜＜[^＜＞]*\S[^＜＞]*＞＞"
)


@dataclass(frozen=True, kw_only=True)
class Options(CheckOptions):
    """No options."""


#: A document number with its issuing code: 国发〔2019〕54号, 财农〔2016〕26号, 辽政办发(2014)74号.
DOCUMENT_NUMBER = re.compile(
    r"[\u4e00-\u9fff]{1,10}\s*[〔\[［【(（]\s*(?:19|20)\d\d\s*[〕\]］】)）]\s*第?\s*\d{1,4}\s*号")
#: What a title in book-title marks must be more than: the kind of a document alone (《条例》, 《办法》)
#: does not say which one, so it cannot be looked up.
GENERIC_TITLES = frozenset({
    "条例", "办法", "规定", "通知", "意见", "法", "法律", "法规", "规章", "决定", "细则", "实施细则", "方案",
    "实施方案", "规则", "制度", "指南", "文件", "政策", "规范", "标准", "暂行办法", "管理办法", "实施办法",
    "暂行规定", "相关规定", "有关规定", "相关文件", "有关文件", "相关法律法规", "有关法律法规", "法律法规",
    "政策文件", "公告", "批复", "函", "纪要", "会议纪要", "章程", "守则",
})
_INSIDE_TRIM = " \t\u3000\n《》〈〉<>＜＞\"“”'‘’"


@functools.lru_cache(maxsize=1 << 14)
def names_document(text: str) -> bool:
    """True when ``text`` names at least one document: a title in book-title marks that is more than
    the kind of document (《条例》 alone names none), or a document number with its issuing code.

    Remembered per text: a catalog gives most of its items the same 公开依据."""
    for match in DOCUMENT.finditer(text):
        inside = "".join(match.group().strip(_INSIDE_TRIM).split())
        if inside not in GENERIC_TITLES:
            return True
    return DOCUMENT_NUMBER.search(text) is not None


def check(catalog: Catalog, options: Options, ctx: CheckContext) -> Iterator[Finding]:
    if not has_column(catalog, BASIS):
        return
    for item in catalog.items:
        text = item.text.get(BASIS, "").strip()
        if not text:
            yield ctx.finding(catalog, "legal-basis.blank", {"example": example_basis(catalog, item)},
                              item=item, element=BASIS)
        elif not names_document(text):
            yield ctx.finding(catalog, "legal-basis.no-document",
                              {"text": text, "example": example_basis(catalog, item)}, item=item,
                              element=BASIS, severity=Severity.WARNING)
