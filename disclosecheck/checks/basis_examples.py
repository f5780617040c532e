"""Which document to show as the example in a legal-basis message: one from the catalog's own domain.

A clerk copies the example a message gives. Showing 《城市绿化条例》 to a 涉农补贴 or 义务教育 office
invites a wrong citation, so the example comes from the catalog's domain:

1. the domain is told from the catalog's title row, sheet name and file name (涉农补贴领域基层政务公开标准目录
   → 涉农补贴), by the names and aliases of the built-in domain standards (``rules/domains/``) and a
   few keywords (低保 → 社会救助, 城管 → 城市综合执法 …);
2. with a built-in standard for it, the document the standard cites for the same item (its 二级事项,
   else its 一级事项), leaving out the disclosure rules every domain cites (《政府信息公开条例》,
   《关于全面推进政务公开工作的意见》), which say nothing of the domain;
3. else the domain's law as a real catalog of that domain cites it (the corpus in
   ``tests/real_catalogs/catalogs/``: 涉农补贴 → 《农业生产发展资金管理办法》,
   社会救助 → 《社会救助暂行办法》);
4. else the law or regulation the standard's items cite most (a 法/条例/办法 before a 通知 or 意见);
5. else a neutral form, 《……条例》（国务院令第×号）, that shows how to write a citation without naming one.

Domain standards are read only when a message needs an example, once per process.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from disclosecheck.model import ITEM, LEVEL1, LEVEL2, Catalog, Item

#: The neutral example when no domain is known.
NEUTRAL = "《……条例》（国务院令第×号）"

#: Domain → the law a published catalog of that domain cites (the corpus file named beside it): the
#: example when the item itself is not found in a built-in standard.
DOMAIN_LAWS: dict[str, str] = {
    "社会救助": "《社会救助暂行办法》",  # shehuijiuzhu-gaizhou
    "涉农补贴": "《农业生产发展资金管理办法》",  # shenong-tieli
    "义务教育": "《中华人民共和国义务教育法》",  # yiwujiaoyu-hubin
    "城市综合执法": "《城市绿化条例》",  # chengguan-abaga
    "户籍管理": "《中华人民共和国户口登记条例》",  # hujiguanli-luojiang
    "就业": "《中华人民共和国就业促进法》",  # jiuye-honghaiwan
    "财政预决算": "《中华人民共和国预算法》",  # caizhengyujuesuan-jiangshang
    "安全生产": "《关于推进安全生产领域改革发展的意见》",  # anquanshengchan-dachuan
    "保障性住房": "《经济适用住房管理办法》",  # baozhangxingzhufang-shiji
    "公共文化服务": "《中华人民共和国公共文化服务保障法》",  # gonggongwenhua-xingguo
    "公共资源交易": "《招标投标法实施条例》",  # gonggongziyuanjiaoyi-zhongshan
    "社会保险": "《中华人民共和国社会保险法》",  # shehuibaoxian-pingwu
    "生态环境": "《环境保护法》",  # shengtaihuanjing-wujiang
    "食品药品监管": "《中华人民共和国食品安全法》",  # shipinyaopin-dongcheng
    # zhongdajianshexiangmu-fengjie
    "重大建设项目": "《关于推进重大建设项目批准和实施领域政务信息公开的意见》",
}

#: Words in a title that name a domain under another name (the domain's own name and the standards'
#: aliases are matched as well).
KEYWORDS: dict[str, str] = {
    "预决算": "财政预决算", "预算": "财政预决算", "环境保护": "生态环境", "环保": "生态环境",
    "食品药品": "食品药品监管", "食品安全": "食品药品监管", "药品": "食品药品监管",
    "招标投标": "公共资源交易", "社保": "社会保险", "住房保障": "保障性住房", "公租房": "保障性住房",
    "低保": "社会救助", "救助": "社会救助", "城管": "城市综合执法", "综合执法": "城市综合执法",
    "燃气": "市政服务", "供水": "市政服务", "户口": "户籍管理", "户籍": "户籍管理", "养老": "养老服务",
    "危房": "农村危房改造", "涉农": "涉农补贴", "农业补贴": "涉农补贴", "教育": "义务教育",
    "法律援助": "公共法律服务", "普法": "公共法律服务", "就业创业": "就业",
}

#: Documents every domain cites: they do not show what a domain's basis looks like.
_GENERIC = re.compile(r"信息公开条例|政务公开|信息公开工作|政府信息公开")
_DOCUMENT = re.compile(r"《[^《》]+》")
#: A law, regulation or rule (…法, …条例, …办法): a better model to copy than a notice (…通知, …意见).
_LAW_LIKE = re.compile(r"(?:法|条例|办法|规定|细则|规则)》$")


def _documents(basis: str) -> list[str]:
    return [d for d in _DOCUMENT.findall(basis) if not _GENERIC.search(d)]


@lru_cache(maxsize=1)
def _standard_names() -> tuple[tuple[str, str], ...]:
    """(name or alias, domain) of every built-in standard, longest name first; () when none ship.

    From the light index of file names and ``aliases:`` lines: reading and validating all twelve
    standards here cost a cold ``check`` 65 ms whenever one 公开依据 was flagged.
    """
    from disclosecheck.standards.match import builtin_names

    pairs = [(name, domain) for domain, names in builtin_names() for name in names]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


@lru_cache(maxsize=32)
def _standard_examples(domain: str) -> tuple[dict[str, str], str | None]:
    """For a built-in standard: item name → its first domain document, and the most cited one."""
    from disclosecheck.errors import DiscloseCheckError
    from disclosecheck.standards.load import builtin_standards, load_standard

    path = builtin_standards().get(domain)
    if path is None:
        return {}, None
    try:
        standard = load_standard(path)
    except (DiscloseCheckError, OSError):
        return {}, None
    by_name: dict[str, str] = {}
    counts: Counter[str] = Counter()
    per_level1: dict[str, Counter[str]] = {}
    for item in standard.items:
        docs = _documents(item.basis)
        counts.update(dict.fromkeys(docs, 1))
        per_level1.setdefault(item.level1, Counter()).update(dict.fromkeys(docs, 1))
        if docs:
            by_name.setdefault(item.level2, docs[0])
    for level1, level1_counts in per_level1.items():  # a 一级事项: what its items cite most
        if level1_counts and level1 not in by_name:
            by_name[level1] = _most_cited(level1_counts)
    return by_name, _most_cited(counts) if counts else None


def _most_cited(counts: Counter[str]) -> str:
    """The law or regulation cited most, shortest on a tie; a 通知 or 意见 only when there is nothing else."""
    return max(counts, key=lambda d: (_LAW_LIKE.search(d) is not None, counts[d], -len(d)))


def catalog_domain(catalog: Catalog) -> str | None:
    """The domain a catalog's title, sheet or file name names, or None."""
    text = " ".join(t for t in (catalog.layout.title, catalog.sheet, catalog.path.stem) if t)
    for name, domain in _standard_names():
        if name in text:
            return domain
    for domain in DOMAIN_LAWS:
        if domain in text:
            return domain
    for word, domain in KEYWORDS.items():
        if word in text:
            return domain
    return None


def example_basis(catalog: Catalog, item: Item | None = None) -> str:
    """The document to show as the example of a 公开依据 for ``item`` of ``catalog``."""
    domain = catalog_domain(catalog)
    if domain is None:
        return NEUTRAL
    by_name, common = _standard_examples(domain)
    if item is not None:
        for element in (LEVEL2, ITEM, LEVEL1):
            name = "".join(item.text.get(element, "").split())
            if name and name in by_name:
                return by_name[name]
    return DOMAIN_LAWS.get(domain) or common or NEUTRAL
