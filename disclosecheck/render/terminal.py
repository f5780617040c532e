"""The report a person reads in the terminal: per file, what is wrong, where, and how to fix it.

Every sentence about a finding comes from the message catalog; this module only lays them out.
User text (sheet names, item labels, messages) is printed as rich ``Text``, never as markup, so a
``[`` in a cell cannot restyle the output, and long Chinese lines wrap instead of being cut.
"""

from __future__ import annotations

import functools
import re
from collections import OrderedDict
from collections.abc import Iterator
from typing import TYPE_CHECKING

from disclosecheck.model import FileResult, Finding, Report, Severity
from disclosecheck.shown import name

if TYPE_CHECKING:
    from rich.console import Console

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
    and never before a closing punctuation mark. A report repeats the same sentence on many rows,
    so the lines of a sentence are remembered (:func:`_wrapped`).
    """
    return list(_wrapped(text, width))


@functools.lru_cache(maxsize=4096)
def _wrapped(text: str, width: int) -> tuple[str, ...]:
    """:func:`wrap_cells`, measured token by token with the line's width kept as it grows."""
    from rich.cells import cell_len

    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        used = 0
        for token in _TOKEN.findall(paragraph):
            if token.isspace() and not line:
                continue
            cells = len(token) if token.isascii() else cell_len(token)
            if used + cells <= width or not line or (len(token) == 1 and token in _NO_LINE_START):
                line += token
                used += cells
                continue
            lines.append(line.rstrip())
            line, used = ("", 0) if token.isspace() else (token, cells)
        lines.append(line.rstrip())
    return tuple(lines)


#: One laid-out line: its pieces of text, each with a rich style name ("" for none), never markup.
Line = tuple[tuple[str, str], ...]


def _cells(text: str) -> int:
    """Terminal cells of ``text``; ASCII without asking rich, other text remembered (it repeats)."""
    return len(text) if text.isascii() else _wide_cells(text)


@functools.lru_cache(maxsize=8192)
def _wide_cells(text: str) -> int:
    from rich.cells import cell_len

    return cell_len(text)


def _plain(line: Line) -> str:
    return "".join(piece for piece, _style in line)


class _Lines:
    """The report's lines, laid out by hand at a fixed width: pieces of text with a style each.

    rich's Table measures and wraps every cell of every row it is given, and each rich ``Text``
    strips control codes and measures itself again; at one table per catalog row that cost 4 ms a
    row (109 s for 30,000 rows with ten findings each). Here each finding is laid out exactly as the
    grid did (left column as wide as its widest entry, one space, the message wrapped by
    :func:`wrap_cells`) as plain pieces of text, and rich is asked to wrap only a line that would not
    fit — rare, and then with its own rules, so the output reads as before.
    """

    def __init__(self, width: int) -> None:
        self.width = max(width, 1)
        self.lines: list[Line] = []
        self._console: Console | None = None

    def add(self, line: Line | str = "", style: str = "", fold: bool = False) -> None:
        """One line, wrapped by rich's rules (folding words longer than the line) if it is too wide."""
        pieces: Line = ((line, style),) if isinstance(line, str) else line
        if _cells(_plain(pieces)) <= self.width:
            self.lines.append(pieces)
            return
        self.lines.extend(self._wrap(pieces, self.width, fold))

    def _wrap(self, pieces: Line, width: int, fold: bool) -> list[Line]:
        from rich.console import Console
        from rich.text import Text

        if self._console is None:
            self._console = Console(width=self.width, color_system=None, force_terminal=False,
                                    highlight=False, emoji=False)
        text = Text()
        for piece, style in pieces:
            text.append(piece, style=style or None)
        wrapped = text.wrap(self._console, width, overflow="fold" if fold else None)
        out: list[Line] = []
        for part in wrapped:
            plain = part.plain
            styles = [""] * len(plain)
            for span in part.spans:
                for k in range(span.start, min(span.end, len(plain))):
                    styles[k] = str(span.style)
            runs: list[tuple[str, str]] = []
            for ch, st in zip(plain, styles, strict=True):
                if runs and runs[-1][1] == st:
                    runs[-1] = (runs[-1][0] + ch, st)
                else:
                    runs.append((ch, st))
            out.append(tuple(runs))
        return out

    def table(self, findings: list[Finding], lang: str) -> None:
        """Severity and place on the left, the message wrapped on the right (never cut)."""
        from disclosecheck.messages import render

        lefts: list[Line] = []
        widths: list[int] = []
        for finding in findings:
            label = f"[{severity_label(finding.severity, lang)}]"
            style = _STYLE.get(finding.severity, "")
            width = 2 + _cells(label)
            places = [p for p in (finding.cell, finding.element) if p]
            if places:
                width += sum(1 + _cells(p) for p in places)
                lefts.append((("  ", ""), (label, style), (" " + " ".join(places), "bold")))
            else:
                lefts.append((("  ", ""), (label, style)))
            widths.append(width)
        left_width = max(widths)
        room = self.width - left_width - 3  # one cell of padding, two spare for a closing mark
        if room < _LEFT_MIN_MESSAGE:  # the message goes under its label
            for left, finding in zip(lefts, findings, strict=True):
                self.add(left, fold=True)
                for line in _wrapped(render(finding.code, finding.params, lang), max(self.width - 8, 10)):
                    self.add("      " + line, fold=True)
            return
        column = room + 2
        pad = " " * (left_width + 1)
        for left, width, finding in zip(lefts, widths, findings, strict=True):
            body = _wrapped(render(finding.code, finding.params, lang), room)
            if any(_cells(line) > column for line in body):  # a word longer than the column: folded
                body = tuple(_plain(part) for part in self._wrap((("\n".join(body), ""),), column, True))
            self.lines.append((*left, (" " * (left_width - width + 1) + body[0], "")))
            self.lines.extend(((pad + line, ""),) for line in body[1:])


def _file_lines(out: _Lines, result: FileResult, lang: str) -> None:
    title: Line = ((name(result.path), "bold underline"),)
    if result.sheet:
        sep = f"  {_t('sheet', lang)}：" if lang == "zh" else f"  {_t('sheet', lang)}: "
        title = (*title, (sep, "bold underline"), (name(result.sheet), "bold underline"))
    out.add(title)
    if result.status == "error":
        error = result.error
        label = f"[{_t('unreadable', lang)}]"
        text = error.render(lang) if hasattr(error, "render") else str(error)
        room = out.width - _cells(label) - 5
        if room >= 10:  # the reason beside its label, as a table would put it
            message = wrap_cells(text, room)
            out.add((("  ", ""), (label, "bold red"), (" " + message[0], "")), fold=True)
            for line in message[1:]:
                out.add(" " * (_cells(label) + 3) + line, fold=True)
        else:  # too narrow for both: the reason under its label
            out.add((("  ", ""), (label, "bold red")), fold=True)
            for line in wrap_cells(text, max(out.width - 4, 4)):
                out.add("    " + line, fold=True)
        out.add()
        return

    sep = "：" if lang == "zh" else ": "
    stats = result.stats
    counts = f"{_t('items', lang)}{sep}{stats.items}"
    if stats.level1:  # a catalog with one 事项 column has no 一级/二级 to count
        counts = f"{_t('level1', lang)}{sep}{stats.level1}　{_t('level2', lang)}{sep}{stats.level2}　{counts}"
    out.add(f"  {counts}")
    if not result.findings:
        out.add(f"  {_t('no_findings', lang)}", "green")
        out.add()
        return

    file_level = [f for f in result.findings if f.row is None]
    by_row: OrderedDict[tuple[str, int], list[Finding]] = OrderedDict()
    for f in sorted((f for f in result.findings if f.row is not None), key=lambda f: f.sort_key()):
        by_row.setdefault((f.sheet or "", f.row or 0), []).append(f)

    if file_level:
        out.add(f" {_t('file_level', lang)}", "bold")
        out.table(sorted(file_level, key=lambda f: f.sort_key()), lang)
    for (_sheet, row), findings in by_row.items():
        head = f" {_t('row', lang, row=row)}"
        label = next((f.item for f in findings if f.item), None)
        out.add(f"{head}  {name(label)}" if label else head, "bold")
        out.table(findings, lang)
    from disclosecheck.render.report_common import omitted_notes

    for note in omitted_notes(result, lang):
        for line in wrap_cells(note, max(out.width - 2, 10)):
            out.add("  " + line, fold=True)
    out.add("  " + _t("file_totals", lang, errors=result.count(Severity.ERROR),
                      warnings=result.count(Severity.WARNING), infos=result.count(Severity.INFO)), "dim")
    out.add()


def report_lines(report: Report, width: int, lang: str = "zh",
                 fail_on: str = "error") -> Iterator[list[Line]]:
    """The report's lines at ``width`` cells, a file's worth at a time (a long report is never held whole)."""
    out = _Lines(width)
    out.add(_t("header", lang, rules=report.rules, as_of=report.as_of.isoformat()), "bold")
    out.add()
    for result in report.files:
        _file_lines(out, result, lang)
        yield out.lines
        out.lines = []
    out.add(_t("totals", lang, files=len({str(r.path) for r in report.files}),
               errors=report.count(Severity.ERROR), warnings=report.count(Severity.WARNING),
               infos=report.count(Severity.INFO)))
    if report.baseline is not None:
        out.add(_t("baselined", lang, count=report.baselined, path=report.baseline))
    passed, text = verdict(report, lang, fail_on)
    out.add(text, "bold green" if passed else "bold red")
    yield out.lines


def render_terminal(report: Report, console: Console, lang: str = "zh", fail_on: str = "error") -> None:
    """Print the report to ``console`` (its width and colour settings decide the look).

    Lines are laid out by :class:`_Lines`, already wrapped, and written straight to the console's
    file: plain when it has no colours (a pipe, a file), else with each style turned into its
    escape codes once (:class:`_Ansi`). Handing them to ``console.print`` instead cost rich's whole
    rendering per line — measuring, control-code stripping, span division — several times the
    JSON report's time. A legacy Windows console, which colours through API calls, a recording
    console and Jupyter still get them through rich.
    """
    if console.legacy_windows or console.is_jupyter or console.record:
        from rich.text import Text

        for lines in report_lines(report, console.width, lang, fail_on):
            for line in lines:
                text = Text()
                for piece, style in line:
                    text.append(piece, style=style or None)
                console.print(text, soft_wrap=True)
        return
    ansi = _Ansi(console) if console.color_system else None
    out = console.file
    for lines in report_lines(report, console.width, lang, fail_on):
        if ansi is None:
            out.write("".join(_plain(line) + "\n" for line in lines))
        else:
            out.write("".join(ansi.line(line) + "\n" for line in lines))
    out.flush()


class _Ansi:
    """A styled line as text with escape codes, each style rendered once per run."""

    def __init__(self, console: Console) -> None:
        from rich.color import ColorSystem

        systems = {"standard": ColorSystem.STANDARD, "256": ColorSystem.EIGHT_BIT,
                   "truecolor": ColorSystem.TRUECOLOR, "windows": ColorSystem.WINDOWS}
        self.console = console
        self.system = systems.get(console.color_system or "", ColorSystem.STANDARD)
        self.cache: dict[str, tuple[str, str]] = {}

    def _codes(self, name: str) -> tuple[str, str]:
        """(start, end) escape codes of a style."""
        codes = self.cache.get(name)
        if codes is None:
            style = self.console.get_style(name or "none")
            if self.console.no_color:
                style = style.without_color
            start, _, end = style.render("\x00", color_system=self.system).partition("\x00")
            codes = self.cache[name] = (start, end)
        return codes

    def line(self, line: Line) -> str:
        parts = []
        for piece, style in line:
            start, end = self._codes(style) if style and piece else ("", "")
            parts.append(f"{start}{piece}{end}")
        return "".join(parts)


def render_text(report: Report, lang: str = "zh", fail_on: str = "error", width: int = 100) -> str:
    """The terminal report as plain text (no colour), for ``--output report.txt``: no rich rendering."""
    return "".join(_plain(line).rstrip() + "\n" for lines in report_lines(report, width, lang, fail_on)
                   for line in lines)
