"""公开依据: every 事项 cites the law, regulation or document that requires its disclosure.

A blank 公开依据 is an error: the catalog must say why an item is disclosed. A 公开依据 that names no
document in book-title marks (《城市绿化条例》; also 〈…〉 and the ASCII stand-in <<…>>) is only a
warning: "相关法律法规" or "上级文件" cannot be looked up, so name the document and, ideally, the article.

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

#: A named document: 《…》, 〈…〉, <<…>> or full-width ＜＜…＞＞, with something inside.
DOCUMENT = re.compile(
    r"《[^《》]*\S[^《》]*》"
    r"|〈[^〈〉]*\S[^〈〉]*〉"
    r"|<<[^<>]*\S[^<>]*>>"
    r"|＜＜[^＜＞]*\S[^＜＞]*＞＞"
)


@dataclass(frozen=True, kw_only=True)
class Options(CheckOptions):
    """No options."""


def names_document(text: str) -> bool:
    """True when ``text`` names at least one document in book-title marks."""
    return DOCUMENT.search(text) is not None


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
