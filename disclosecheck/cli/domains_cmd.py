"""``disclosecheck rules domains``: the built-in domain standards, their size, completeness and basis.

Only formats what :mod:`disclosecheck.standards` loads; the standards are read inside the command so
that ``disclosecheck --help`` stays fast.
"""

from __future__ import annotations

import json
import re
from enum import StrEnum
from typing import Annotated, Any

import typer

from disclosecheck.cli.common import DebugOpt, Lang, LangOpt, handles_errors
from disclosecheck.cli.rules_cmd import _t, _table, rules_app


class DomainsFormat(StrEnum):
    text = "text"
    json = "json"


DomainsFormatOpt = Annotated[DomainsFormat, typer.Option("--format", "-f", help="输出格式 / output format.")]

#: ``basis`` as the files write it (English, fixed wording) → its message key.
_BASIS = (
    (re.compile(r"derived from (\d+) local catalogs that agree item by item"), "rules.domains_basis"),
    (re.compile(r"derived from (\d+) local catalogs that agree on every fixed column; each offence "
                r"\(二级事项\) is shown by one of them"), "rules.domains_basis_columns"),
)
SCHEMA = "disclosecheck-domains/1"


def basis_text(basis: str, lang: str) -> str:
    """A file's ``basis`` in ``lang`` when it is one of the fixed wordings, else as written."""
    from disclosecheck.messages import render

    for pattern, key in _BASIS:
        match = pattern.fullmatch(basis)
        if match:
            return render(key, {"sources": match.group(1)}, lang)
    return basis


def _guideline(standard: Any, lang: str) -> str:
    guideline = standard.guideline
    if guideline is None:
        return _t("domains_no_guideline", lang)
    return guideline.number or f"《{guideline.title}》"


def as_json(standards: list[Any]) -> dict[str, Any]:
    """The ``disclosecheck-domains/1`` document."""
    out = []
    for s in standards:
        g = s.guideline
        out.append({
            "domain": s.domain,
            "file": s.path.name,
            "aliases": list(s.aliases),
            "guideline": None if g is None else {"title": g.title, "number": g.number,
                                                 "department": g.department, "source": g.source},
            "complete": s.complete,
            "basis": s.basis,
            "level1": s.level1_count,
            "level2": s.level2_count,
            "numbers": [item.no for item in s.items],
            "missing": list(s.missing),
            "sources": [{"id": src.id, "url": src.url, "unit": src.unit, "date": src.date}
                        for src in s.sources],
        })
    return {"schema": SCHEMA, "domains": out}


@rules_app.command("domains")
@handles_errors
def list_domains(fmt: DomainsFormatOpt = DomainsFormat.text, lang: LangOpt = Lang.zh,
                 debug: DebugOpt = False) -> None:
    """列出内置领域标准目录：事项数、是否完整、来源 / List the built-in domain standards."""
    from disclosecheck.standards import load_builtins

    code = str(lang.value)
    standards = load_builtins()
    if fmt == DomainsFormat.json:
        typer.echo(json.dumps(as_json(standards), ensure_ascii=False, indent=2))
        return
    typer.echo(_t("domains_title", code))
    if not standards:
        typer.echo("  " + _t("domains_none", code))
        return
    columns = ("domains_col_domain", "domains_col_level1", "domains_col_level2", "domains_col_complete",
               "domains_col_guideline", "domains_col_basis")
    rows = [[_t(k, code) for k in columns]]
    for s in standards:
        rows.append([s.domain, str(s.level1_count), str(s.level2_count),
                     _t("domains_complete" if s.complete else "domains_partial", code),
                     _guideline(s, code), basis_text(s.basis, code)])
    for line in _table(rows):
        typer.echo("  " + line)
    typer.echo("")
    typer.echo(_t("domains_footer", code, count=len(standards), complete=sum(s.complete for s in standards)))
