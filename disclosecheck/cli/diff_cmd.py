"""``disclosecheck diff OLD NEW``: what changed between two versions of a catalog, item by item.

Only parses arguments and wires the reader to :mod:`disclosecheck.diff` and a renderer. The exit
status follows diff(1): 0 when the catalogs say the same, 1 when they differ, 2 on an error.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from disclosecheck.cli import app
from disclosecheck.cli.common import DebugOpt, Lang, LangOpt, OutputOpt, RulesOpt, SheetOpt, handles_errors


class DiffFormat(StrEnum):
    text = "text"
    json = "json"
    markdown = "markdown"


OldArg = Annotated[Path, typer.Argument(help="旧版本的目录文件 / the old version.", metavar="OLD",
                                        show_default=False)]
NewArg = Annotated[Path, typer.Argument(help="新版本的目录文件 / the new version.", metavar="NEW",
                                        show_default=False)]
FormatOpt = Annotated[DiffFormat, typer.Option("--format", "-f", help="报告格式 / report format.")]


def load_for_diff(path: Path, rules: str | None, sheet: str | None) -> list:
    """The catalogs of ``path`` read as ``check`` reads them (the pack's header synonyms apply)."""
    from disclosecheck.pack import load_pack
    from disclosecheck.pipeline import load_catalogs

    pack = load_pack(rules, Path.cwd())
    return load_catalogs(path, sheet, pack.synonyms)


@app.command("diff")
@handles_errors
def diff(
    old: OldArg,
    new: NewArg,
    fmt: FormatOpt = DiffFormat.text,
    output: OutputOpt = None,
    rules: RulesOpt = None,
    sheet: SheetOpt = None,
    lang: LangOpt = Lang.zh,
    debug: DebugOpt = False,
) -> None:
    """比较目录的两个版本：新增、删除、改名的事项和每个改动的要素 / Compare two versions of a catalog.

    格式、版式不同也可比较（如 .xls 与 .xlsx）/ works across formats and layouts.
    退出码 / exit status: 0 相同 / the same; 1 有改动 / changed; 2 出错 / error.
    """
    from disclosecheck.diff import diff_files
    from disclosecheck.render.diff_report import render_diff_json, render_diff_markdown, render_diff_text
    from disclosecheck.render.output import refuse_overwriting_inputs, write_text_atomic

    lang_code = str(lang.value)
    if output is not None:
        refuse_overwriting_inputs(output, [old, new])
    diffs = diff_files(load_for_diff(old, rules, sheet), load_for_diff(new, rules, sheet), old, new)
    if fmt == DiffFormat.json:
        text = render_diff_json(diffs)
    elif fmt == DiffFormat.markdown:
        text = render_diff_markdown(diffs, lang_code)
    else:
        text = render_diff_text(diffs, lang_code)
    if output is not None:
        write_text_atomic(output, text)
    else:
        typer.echo(text, nl=False)
    changed = any(d.items or d.columns_added or d.columns_removed for d in diffs)
    raise typer.Exit(1 if changed else 0)
