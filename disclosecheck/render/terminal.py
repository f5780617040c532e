"""The report a person reads in the terminal: per file, what is wrong, where, and how to fix it.

Every sentence about a finding comes from the message catalog; this module only lays them out.
User text (sheet names, item labels, messages) is printed as rich ``Text``, never as markup, so a
``[`` in a cell cannot restyle the output, and long Chinese lines wrap instead of being cut.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from typing import TYPE_CHECKING

from disclosecheck.model import FileResult, Finding, Report, Severity
from disclosecheck.shown import name

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def _t(key: str, lang: str, **params: object) -> str:
    from disclosecheck.messages import render

    return render(f"ui.term.{key}", params, lang)


def severity_label(severity: Severity, lang: str) -> str:
    return _t(str(severity), lang)


def verdict(report: Report, lang: str = "zh", fail_on: str = "error") -> tuple[bool, str]:
    """(passed, one-line verdict). ``fail_on`` "warning" makes warnings fail too, as the exit status does."""
    errors = report.count(Severity.ERROR)
    warnings = report.count(Severity.WARNING)
    unreadable = len({str(r.path) for r in report.files if r.status == "error"})
    failing = errors > 0 or (fail_on == "warning" and warnings > 0)
    if failing:
        text = _t("verdict_fail", lang, errors=errors, warnings=warnings)
        if unreadable:
            text += _t("also_unreadable", lang, count=unreadable)
        return False, text
    if unreadable:
        return False, _t("verdict_unreadable", lang, count=unreadable)
    if warnings:
        return True, _t("verdict_pass_warnings", lang, warnings=warnings)
    return True, _t("verdict_pass", lang)


_TOKEN = re.compile(r"[A-Za-z0-9_.:/\\-]+|\s+|.", re.DOTALL)
_NO_LINE_START = set("，。、；：？！）》」』”’…,.;:?!)]}%")
_LEFT_MIN_MESSAGE = 16  # below this many cells, the message goes under its label instead


def wrap_cells(text: str, width: int) -> list[str]:
    """Lines of at most ``width`` terminal cells, broken between CJK characters or at spaces.

    rich breaks lines only at spaces, which leaves Chinese sentences with ragged early breaks;
    here a line may break after any CJK character, never inside a number, date or Latin word,
    and never before a closing punctuation mark.
    """
    from rich.cells import cell_len

    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for token in _TOKEN.findall(paragraph):
            if token.isspace() and not line:
                continue
            fits = cell_len(line) + cell_len(token) <= width
            if fits or not line or (len(token) == 1 and token in _NO_LINE_START):
                line += token
                continue
            lines.append(line.rstrip())
            line = "" if token.isspace() else token
        lines.append(line.rstrip())
    return lines


def _findings_table(findings: list[Finding], lang: str, width: int) -> Table:
    """Severity and place on the left, the message wrapped on the right (never cut)."""
    from rich.cells import cell_len
    from rich.table import Table
    from rich.text import Text

    from disclosecheck.messages import render

    lefts: list[Text] = []
    for finding in findings:
        left = Text("  ")
        left.append(f"[{severity_label(finding.severity, lang)}]", style=_STYLE.get(finding.severity, ""))
        where = " ".join(p for p in (finding.cell, finding.element) if p)
        if where:
            left.append(f" {where}", style="bold")
        lefts.append(left)
    left_width = max(cell_len(left.plain) for left in lefts)
    room = width - left_width - 3  # one cell of padding, two spare for a closing mark
    grid = Table.grid(padding=(0, 1))
    if room < _LEFT_MIN_MESSAGE:
        grid.add_column(overflow="fold")
        for left, finding in zip(lefts, findings, strict=True):
            grid.add_row(left)
            body = wrap_cells(render(finding.code, finding.params, lang), max(width - 8, 10))
            grid.add_row(Text("\n".join("      " + line for line in body)))
        return grid
    grid.add_column(no_wrap=True, width=left_width)
    grid.add_column(overflow="fold", width=room + 2)
    for left, finding in zip(lefts, findings, strict=True):
        grid.add_row(left, Text("\n".join(wrap_cells(render(finding.code, finding.params, lang), room))))
    return grid


def _print_file(console: Console, result: FileResult, lang: str) -> None:
    from rich.text import Text

    title = Text(name(result.path), style="bold underline")
    if result.sheet:
        title.append(f"  {_t('sheet', lang)}：" if lang == "zh" else f"  {_t('sheet', lang)}: ")
        title.append(name(result.sheet))
    console.print(title)
    if result.status == "error":
        from rich.cells import cell_len
        from rich.table import Table

        error = result.error
        label = Text(f"  [{_t('unreadable', lang)}]", style="bold red")
        room = max(console.width - cell_len(label.plain) - 3, 10)
        message = wrap_cells(error.render(lang) if hasattr(error, "render") else str(error), room)
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True)
        grid.add_column(overflow="fold", width=room + 2)
        grid.add_row(label, Text("\n".join(message)))
        console.print(grid)
        console.print()
        return

    sep = "：" if lang == "zh" else ": "
    stats = result.stats
    console.print(Text(f"  {_t('level1', lang)}{sep}{stats.level1}　{_t('level2', lang)}{sep}{stats.level2}"
                       f"　{_t('items', lang)}{sep}{stats.items}"))
    if not result.findings:
        console.print(Text(f"  {_t('no_findings', lang)}", style="green"))
        console.print()
        return

    file_level = [f for f in result.findings if f.row is None]
    by_row: OrderedDict[tuple[str, int], list[Finding]] = OrderedDict()
    for f in sorted((f for f in result.findings if f.row is not None), key=lambda f: f.sort_key()):
        by_row.setdefault((f.sheet or "", f.row or 0), []).append(f)

    if file_level:
        console.print(Text(f" {_t('file_level', lang)}", style="bold"))
        console.print(_findings_table(sorted(file_level, key=lambda f: f.sort_key()), lang, console.width))
    for (_sheet, row), findings in by_row.items():
        head = Text(f" {_t('row', lang, row=row)}", style="bold")
        label = next((f.item for f in findings if f.item), None)
        if label:
            head.append(f"  {name(label)}")
        console.print(head)
        console.print(_findings_table(findings, lang, console.width))
    console.print(Text("  " + _t("file_totals", lang, errors=result.count(Severity.ERROR),
                                 warnings=result.count(Severity.WARNING), infos=result.count(Severity.INFO)),
                       style="dim"))
    console.print()


def render_terminal(report: Report, console: Console, lang: str = "zh", fail_on: str = "error") -> None:
    """Print the report to ``console`` (its width and colour settings decide the look)."""
    from rich.text import Text

    console.print(Text(_t("header", lang, rules=report.rules, as_of=report.as_of.isoformat()), style="bold"))
    console.print()
    for result in report.files:
        _print_file(console, result, lang)
    console.print(Text(_t("totals", lang, files=len({str(r.path) for r in report.files}),
                          errors=report.count(Severity.ERROR), warnings=report.count(Severity.WARNING),
                          infos=report.count(Severity.INFO))))
    if report.baseline is not None:
        console.print(Text(_t("baselined", lang, count=report.baselined, path=report.baseline)))
    passed, text = verdict(report, lang, fail_on)
    console.print(Text(text, style="bold green" if passed else "bold red"))


def render_text(report: Report, lang: str = "zh", fail_on: str = "error", width: int = 100) -> str:
    """The terminal report as plain text (no colour), for ``--output report.txt``."""
    import io

    from rich.console import Console

    buffer = io.StringIO()
    console = Console(file=buffer, width=width, color_system=None, force_terminal=False, highlight=False,
                      emoji=False, markup=False, soft_wrap=False)
    render_terminal(report, console, lang, fail_on)
    return "".join(line.rstrip() + "\n" for line in buffer.getvalue().splitlines())
