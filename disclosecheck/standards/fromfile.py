"""A standard catalog given as a file (``--standard 县标准目录.xlsx``): each table becomes a standard.

The standard a township is held to is often its county's own catalog for the domain, which the
inspector has as a spreadsheet; it is read by the same reader and locator as any catalog, one table
(or one sheet) per domain. A file the user names is what they hold the catalog to, so its standards
count as complete.
"""

from __future__ import annotations

import re
from pathlib import Path

from disclosecheck.model import AUDIENCE, BASIS, CONTENT, LEVEL, MODE, SUBJECT, TIMELIMIT, Catalog
from disclosecheck.standards.model import LEVELS, DomainStandard, Source, StandardItem

_SPLIT = re.compile(r"(?:\d+[.、．)]|[、;；,，。\n]|包括|:|：|等)+")


def content_elements(content: str) -> tuple[str, ...]:
    """The 公开内容 split into its elements (``1.政策依据；2.申请指南:包括补贴对象、…``)."""
    parts = [p.strip() for p in _SPLIT.split(content or "")]
    found = tuple(dict.fromkeys(p for p in parts if 1 < len(p) <= 20))
    return found or ((content.strip(),) if content.strip() else ("-",))


def standard_from_catalog(catalog: Catalog, index: int) -> DomainStandard:
    """One table of a standard file as a :class:`DomainStandard` (complete: the user holds to it)."""
    from disclosecheck.standards.load import load_builtins
    from disclosecheck.standards.match import domain_by_name, item_keys, name_texts

    _, domain, _ = domain_by_name(name_texts(catalog), load_builtins())
    name = domain or (catalog.layout.title or catalog.sheet or catalog.path.stem)
    source = Source(id="file", url=str(catalog.path), unit=catalog.path.name)
    items = []
    for n, item in enumerate(catalog.items, 1):
        if not item_keys(item)[0]:
            continue
        raw1 = item.text.get("一级事项", "") or item.text.get("公开事项", "")
        raw2 = item.text.get("二级事项", "") or raw1
        items.append(StandardItem(
            no=n, level1=raw1 or raw2, level2=raw2, merged=raw1 == raw2,
            content=item.text.get(CONTENT, ""), elements=content_elements(item.text.get(CONTENT, "")),
            basis=item.text.get(BASIS, ""), timelimit=item.text.get(TIMELIMIT, ""),
            subject=item.text.get(SUBJECT, ""), channels=tuple(item.channels) or ("-",),
            audience=tuple(sorted(item.choices.get(AUDIENCE, ()))),
            mode=tuple(sorted(item.choices.get(MODE, ()))),
            level=tuple(c for c in LEVELS if c in item.choices.get(LEVEL, set())),
            sources=("file",),
        ))
    return DomainStandard(domain=name, aliases=(), guideline=None, complete=True,
                          basis=f"{catalog.path.name} 第{index}张表", missing=(), note=None,
                          sources=(source,), items=tuple(items), path=catalog.path)


def standards_from_file(path: Path) -> list[DomainStandard]:
    """Every table of the file as a standard. Raises InputError (unreadable) or UsageError (no table)."""
    from disclosecheck.errors import UsageError
    from disclosecheck.pipeline import load_catalogs

    catalogs = load_catalogs(path)
    standards = [standard_from_catalog(c, i) for i, c in enumerate(catalogs, 1)]
    standards = [s for s in standards if s.items]
    if not standards:
        raise UsageError("standards.no_table", path=str(path))
    return standards
