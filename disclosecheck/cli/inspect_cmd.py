"""``disclosecheck inspect FILE``: how a file was understood (sheet, header rows, column map, items).

Before trusting a check, a clerk can see which row was taken as the header, which column became
which element, and how the first items were read. When no header is found, it shows the rows
that looked most like one, so the fix (rename a column, add a synonym) is easy to see.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from disclosecheck.cli import app
from disclosecheck.cli.common import (
    DEFAULT_MAX_MEMORY_MB,
    DebugOpt,
    Lang,
    LangOpt,
    MaxMemoryOpt,
    RulesOpt,
    SheetOpt,
    handles_errors,
)
from disclosecheck.shown import name as shown_name
from disclosecheck.shown import text as shown_text

if TYPE_CHECKING:
    from rich.console import Console

    from disclosecheck.model import Catalog, Grid, Item

FileArg = Annotated[Path, typer.Argument(help="目录文件 / catalog file (.xlsx .xls .ods .csv).",
                                         show_default=False)]
RowsOpt = Annotated[int, typer.Option("--rows", min=0, help="显示前几个事项 / how many items to show.")]


@app.command("inspect")
@handles_errors
def inspect(
    file: FileArg,
    sheet: SheetOpt = None,
    rows: RowsOpt = 5,
    rules: RulesOpt = None,
    lang: LangOpt = Lang.zh,
    debug: DebugOpt = False,
    max_memory_mb: MaxMemoryOpt = DEFAULT_MAX_MEMORY_MB,
) -> None:
    """显示文件是怎样被读懂的：表头行、列对应关系、前几个事项 / Show how a file was understood."""
    from disclosecheck.errors import InputError
    from disclosecheck.locate import find_catalogs
    from disclosecheck.normalize import normalize
    from disclosecheck.pack import load_pack
    from disclosecheck.read import read_workbook
    from disclosecheck.read.limits import Limits
    from disclosecheck.render.console import report_console

    code = str(lang.value)
    from disclosecheck.pipeline import pack_placeholders

    pack = load_pack(rules, Path.cwd())
    synonyms, placeholders = pack.synonyms, pack_placeholders(pack)
    workbook = read_workbook(file, Limits(max_memory_mb=max_memory_mb))
    # markup off: every cell and name printed below is data (a header "[/b]" is text, not a tag)
    console = report_console(highlight=False, soft_wrap=False, width=_width(), markup=False, emoji=False)
    try:
        found = find_catalogs(workbook, sheet, synonyms)
    except InputError as exc:
        if exc.code == "input.no_catalog":
            _show_no_catalog(console, exc.params, code)
        raise
    for n, (grid, layout) in enumerate(found, start=1):
        catalog = normalize(grid, layout, file, workbook.format, placeholders)
        _show_catalog(console, catalog, n, len(found), rows, code, grid)


def _width() -> int:
    """Wide enough for Chinese column maps even when output is piped or captured."""
    import shutil

    return max(shutil.get_terminal_size((120, 24)).columns, 100)


def _t(key: str, lang: str, **params: Any) -> str:
    from disclosecheck.messages import render

    return render(key, params, lang)


def _row_label(numbers: list[int], lang: str) -> str:
    if len(numbers) == 1:
        return _t("ui.inspect.row_one", lang, row=numbers[0])
    return _t("ui.inspect.rows_range", lang, first=numbers[0], last=numbers[-1])


def _show_catalog(console: Console, catalog: Catalog, n: int, total: int, shown: int, lang: str,
                  grid: Grid) -> None:
    from rich.table import Table

    from disclosecheck.model import ELEMENTS, ITEM, LEVEL1, LEVEL2
    from disclosecheck.normalize.items import column_letter

    layout = catalog.layout
    console.rule(_t("ui.inspect.catalog", lang, n=n, total=total))
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="bold")
    facts.add_column()
    facts.add_row(_t("ui.inspect.file", lang), shown_name(catalog.path))
    facts.add_row(_t("ui.inspect.format", lang), catalog.format)
    facts.add_row(_t("ui.inspect.sheet", lang), shown_name(catalog.sheet))
    facts.add_row(_t("ui.inspect.header_rows", lang),
                  _row_label([grid.row_number(r) for r in layout.header_rows], lang))
    facts.add_row(_t("ui.inspect.title", lang), shown_text(layout.title or _t("ui.inspect.no_title", lang)))
    facts.add_row(_t("ui.inspect.counts_label", lang),
                  _t("ui.inspect.counts", lang, level1=catalog.level1_count, level2=catalog.level2_count,
                     items=len(catalog.items)))
    present = layout.elements
    missing = [e for e in ELEMENTS if e not in present
               and not (e == ITEM and present & {LEVEL1, LEVEL2})
               and not (e in (LEVEL1, LEVEL2) and ITEM in present)]
    if missing:
        facts.add_row(_t("ui.inspect.missing_label", lang), "、".join(missing))
    console.print(facts)

    columns = Table(title=_t("ui.inspect.columns", lang), title_justify="left")
    columns.add_column(_t("ui.inspect.col", lang))
    columns.add_column(_t("ui.inspect.header", lang))
    columns.add_column(_t("ui.inspect.element", lang))
    columns.add_column(_t("ui.inspect.choice", lang))
    for col in layout.columns:
        letter = column_letter(col.index)
        element = col.element or _t("ui.inspect.unmapped", lang)
        columns.add_row(letter, shown_text(col.header.replace("\n", "⏎")), element,
                        shown_text(col.choice or ""))
    console.print(columns)

    items = catalog.items[:shown]
    if not catalog.items:
        console.print(_t("ui.inspect.no_items", lang))
    elif items:
        console.print(_t("ui.inspect.first_items", lang, n=len(items)), style="bold")
    for item in items:
        console.print(_item_table(item, catalog, lang))


def _item_table(item: Item, catalog: Catalog, lang: str) -> Any:
    from rich.table import Table

    from disclosecheck.model import CHANNELS, ELEMENTS

    table = Table(title=_t("ui.inspect.item_title", lang, row=item.row, label=item.label or "—"),
                  title_justify="left")
    table.add_column(_t("ui.inspect.element", lang))
    table.add_column(_t("ui.inspect.value", lang), overflow="fold", max_width=60)
    table.add_column(_t("ui.inspect.cell", lang))
    table.add_column(_t("ui.inspect.note", lang), overflow="fold")
    for element in ELEMENTS:
        if element not in item.text:
            continue
        value = item.text[element]
        notes: list[str] = []
        if element == CHANNELS and item.channels_listed:
            value = "、".join(item.channels)
            notes.append(_t("ui.inspect.channels_listed", lang, listed="、".join(item.channels_listed)))
        if element in item.dates and item.dates[element] is not None:
            value = item.dates[element].isoformat()  # type: ignore[union-attr]
        if element in item.bad_dates:
            notes.append(_t("ui.inspect.bad_date", lang))
        if element in item.unknown_choices:
            notes.append(_t("ui.inspect.unknown", lang, words="、".join(item.unknown_choices[element])))
        if element in item.placeholders:  # 无, /, 待定 …: read as blank
            notes.append(_t("ui.inspect.placeholder", lang, said=item.placeholders[element]))
        if element in item.inherited:
            notes.append(_t("ui.inspect.inherited", lang))
        # where the value is: for 同上, the cell it was taken from
        cell = item.same_as.get(element) or item.cells.get(element, "")
        table.add_row(element, shown_text(value), cell, "；".join(notes))
    for key, value in item.extras.items():
        unmapped = _t("ui.inspect.unmapped", lang)
        table.add_row(f"{shown_text(key)}（{unmapped}）", shown_text(value), "", "")
    return table


def _show_no_catalog(console: Console, params: dict[str, Any], lang: str) -> None:
    seen = params.get("seen") or []
    if seen:
        console.print(_t("inspect.seen_rows", lang))
        for entry in seen:
            console.print(_t("inspect.seen_row", lang, sheet=entry["sheet"], row=entry["row"],
                             texts="、".join(entry["texts"])))
    else:
        console.print(_t("inspect.no_seen_rows", lang))
    console.print(_t("inspect.expected", lang, elements="、".join(params.get("expected") or [])))
