"""The options ``check`` and ``audit`` share for CI (issue 13): ``--statistics`` and ``--quiet``.

Both commands render their report, then call :func:`emit` instead of the full text report when
either option asks for the short form, so the two commands behave the same.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from disclosecheck.model import FileResult, Report
    from disclosecheck.pack import Pack

StatisticsOpt = Annotated[bool, typer.Option(
    "--statistics", help="按规则统计问题数（文字报告时代替问题清单，其他格式时写到标准错误）/ "
    "count findings per rule (instead of the list in the text report; on stderr with other formats).")]
QuietOpt = Annotated[bool, typer.Option(
    "--quiet", "-q", help="只输出问题，每个一行，不要标题、合计和结论 / "
    "print only the findings, one line each: no header, totals or verdict.")]


def short_form(text_on_terminal: bool, quiet: bool, statistics: bool) -> bool:
    """Whether the short form replaces the text report: only for text going to the terminal."""
    return text_on_terminal and (quiet or statistics)


def emit(report: Report, lang: str, quiet: bool, statistics: bool, replaces_report: bool) -> None:
    """Print the short form. When it does not replace the report (another format, or ``--output``),
    only the statistics are printed, on stderr, so a machine format on stdout stays parseable."""
    if not (quiet or statistics):
        return
    from disclosecheck.render.lint_lines import quiet_lines
    from disclosecheck.render.lint_lines import statistics as stats_table

    if replaces_report:
        if quiet:
            sys.stdout.write(quiet_lines(report, lang))
        if statistics:
            sys.stdout.write(stats_table(report, lang))
        sys.stdout.flush()
    elif statistics:
        sys.stderr.write(stats_table(report, lang))
        sys.stderr.flush()


def apply_pack_ignores(results: list[FileResult], pack: Pack, lang: str, quiet: bool) -> int:
    """Leave out what the pack's ``ignore:`` entries match; note each entry that matched nothing on
    stderr (unless ``--quiet``), so stale ignores are seen and removed. Returns how many were left out."""
    if not pack.ignores:
        return 0
    from disclosecheck.suppress import apply_ignores, unused_notes

    dropped, unused = apply_ignores(results, pack.ignores)
    if not quiet:
        for line in unused_notes(unused, lang):
            typer.echo(line, err=True)
    return dropped
