"""``disclosecheck template DOMAIN|FILE --level 乡级 -o 目录.xlsx``: a catalog ready to fill in (issue 12).

Only parses arguments; :mod:`disclosecheck.standards.template` builds the workbook.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from disclosecheck.cli import app
from disclosecheck.cli.common import DebugOpt, Lang, LangOpt, handles_errors
from disclosecheck.cli.standard_options import LevelOpt, check_level

SourceArg = Annotated[str, typer.Argument(
    help="内置领域名称（如 涉农补贴）或标准目录文件 / a built-in domain or a standard catalog file.",
    metavar="DOMAIN|FILE", show_default=False)]
TemplateOutOpt = Annotated[Path, typer.Option(
    "--output", "-o", help="写入的 .xlsx 文件 / the .xlsx file to write.", show_default=False)]


@app.command("template")
@handles_errors
def template(source: SourceArg, output: TemplateOutOpt, level: LevelOpt = None, lang: LangOpt = Lang.zh,
             debug: DebugOpt = False) -> None:
    """按标准目录生成待填写的目录（标准版式）/ Write a catalog ready to fill in from a standard."""
    from disclosecheck.errors import UsageError
    from disclosecheck.messages import render
    from disclosecheck.standards.match import load_standard_arg
    from disclosecheck.standards.template import write_template

    code = str(lang.value)
    if output.suffix.lower() != ".xlsx":
        raise UsageError("usage.template_xlsx", path=str(output))
    if output.exists() and Path(source).exists() and output.resolve() == Path(source).resolve():
        raise UsageError("usage.template_xlsx", path=str(output))
    canonical = check_level(level)
    standards = load_standard_arg(source)
    from disclosecheck.standards.template import for_level

    if not any(for_level(s, canonical).items for s in standards):
        raise UsageError("template.no_items", domain="、".join(s.domain for s in standards),
                         level=canonical or "-")
    items = write_template(standards, canonical, output, render("template.legend", None, "zh"))
    domains = "、".join(s.domain for s in standards)
    typer.echo(render("template.written", {"domain": domains, "level": canonical or "-", "items": items,
                                            "path": str(output)}, code))
