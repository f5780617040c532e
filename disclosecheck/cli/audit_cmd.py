"""``disclosecheck audit PATH...``: check every catalog of a county at once and rank its units.

Only parses arguments and wires the pieces in ``disclosecheck.audit``: find the files, check
them in isolated worker processes, rank the units, render. The audit always finishes; files that
could not be checked are reported with their reason and make the exit status 2.
"""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from disclosecheck.cli import app
from disclosecheck.cli.check_cmd import exit_status, said_where
from disclosecheck.cli.ci_options import QuietOpt, StatisticsOpt, apply_pack_ignores, emit, short_form
from disclosecheck.cli.common import (
    DEFAULT_MAX_CELL_CHARS,
    DEFAULT_MAX_CELLS,
    DEFAULT_MAX_COLS,
    DEFAULT_MAX_FILE_MB,
    DEFAULT_MAX_FINDINGS,
    DEFAULT_MAX_MEMORY_MB,
    DEFAULT_MAX_ROWS,
    DEFAULT_MAX_UNZIPPED_MB,
    AsOfOpt,
    DebugOpt,
    FailOn,
    FailOnOpt,
    Lang,
    LangOpt,
    MaxCellOpt,
    MaxCellsOpt,
    MaxColsOpt,
    MaxFileOpt,
    MaxFindingsOpt,
    MaxMemoryOpt,
    MaxRowsOpt,
    MaxUnzippedOpt,
    OutputOpt,
    RulesOpt,
    SheetOpt,
    handles_errors,
    make_limits,
    parse_as_of,
)
from disclosecheck.cli.outputs import check_output_name
from disclosecheck.cli.standard_options import LevelOpt, StandardOpt
from disclosecheck.errors import UsageError

if TYPE_CHECKING:
    from disclosecheck.audit.run import Audit


class AuditFormat(StrEnum):
    text = "text"
    json = "json"
    csv = "csv"
    xlsx = "xlsx"
    html = "html"
    markdown = "markdown"
    sarif = "sarif"
    github = "github"
    gitlab = "gitlab"
    junit = "junit"


PathsArg = Annotated[list[str], typer.Argument(
    help="文件夹或目录文件 / folders (walked recursively) or catalog files.", metavar="PATH...",
    show_default=False)]
FormatOpt = Annotated[AuditFormat, typer.Option("--format", "-f", help="报告格式 / report format.")]
JobsOpt = Annotated[int | None, typer.Option(
    "--jobs", "-j", min=1,
    help="同时检查的进程数，默认为全部 CPU 核 / worker processes (default: all cores).")]
UnitFromOpt = Annotated[str | None, typer.Option(
    "--unit-from", help="从路径中取单位名的正则（取第一个分组）/ regex taking the unit from the path "
    "(first group, else the whole match). Default: the folder of each file.")]
TimeoutOpt = Annotated[float, typer.Option(
    "--timeout", min=0.1, help="单个文件最长检查秒数 / seconds allowed per file.")]


def show_progress() -> bool:
    """A progress bar only for a person watching: both streams on a terminal, not in CI."""
    return sys.stdout.isatty() and sys.stderr.isatty() and not os.environ.get("CI")


@app.command("audit")
@handles_errors
def audit(
    paths: PathsArg,
    rules: RulesOpt = None,
    standard: StandardOpt = None,
    level: LevelOpt = None,
    as_of: AsOfOpt = None,
    fail_on: FailOnOpt = FailOn.error,
    fmt: FormatOpt = AuditFormat.text,
    output: OutputOpt = None,
    jobs: JobsOpt = None,
    unit_from: UnitFromOpt = None,
    timeout: TimeoutOpt = 60.0,
    max_memory_mb: MaxMemoryOpt = DEFAULT_MAX_MEMORY_MB,
    sheet: SheetOpt = None,
    lang: LangOpt = Lang.zh,
    debug: DebugOpt = False,
    max_file_mb: MaxFileOpt = DEFAULT_MAX_FILE_MB,
    max_unzipped_mb: MaxUnzippedOpt = DEFAULT_MAX_UNZIPPED_MB,
    max_rows: MaxRowsOpt = DEFAULT_MAX_ROWS,
    max_cols: MaxColsOpt = DEFAULT_MAX_COLS,
    max_cell_chars: MaxCellOpt = DEFAULT_MAX_CELL_CHARS,
    max_cells: MaxCellsOpt = DEFAULT_MAX_CELLS,
    max_findings: MaxFindingsOpt = DEFAULT_MAX_FINDINGS,
    statistics: StatisticsOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """检查整个县（文件夹）的目录文件并给各单位排名 / Audit every catalog under folders, ranked by unit.

    单位默认为文件所在的文件夹 / a unit is the folder a file sits in (or --unit-from).
    退出码 / exit status: 0 通过 / passed; 1 有问题达到 --fail-on / findings reach --fail-on;
    2 用法错误、规则包错误或有文件无法检查 / usage error, bad rule pack or a file not checked.
    """
    import re

    from disclosecheck import __version__
    from disclosecheck.audit.job import CheckJob
    from disclosecheck.audit.pool import default_jobs
    from disclosecheck.audit.run import run_audit
    from disclosecheck.audit.units import unit_of
    from disclosecheck.audit.walk import find_files
    from disclosecheck.messages import label, render
    from disclosecheck.render.output import refuse_overwriting_inputs

    lang_code = str(lang.value)
    day = parse_as_of(as_of)
    if fmt == AuditFormat.xlsx and output is None:
        raise UsageError("usage.output_needed", format="xlsx")
    pattern = None
    if unit_from is not None:
        try:
            pattern = re.compile(unit_from)
        except re.error as exc:
            raise UsageError("usage.bad_regex", value=unit_from, reason=str(exc)) from None
    limits = make_limits(max_file_mb, max_unzipped_mb, max_rows, max_cols, max_cell_chars, max_cells)
    job = CheckJob(rules=rules, cwd=str(Path.cwd()), as_of=day, sheet=sheet, limits=limits,
                   max_findings=max_findings, standard=standard, level=level)
    pack = job.pack()  # a bad rule pack stops here, before any worker starts

    # A path that does not exist is a mistake on the command line, not a unit with nothing in it.
    missing = [p for p in paths if _missing(p)]
    for path in missing:
        typer.echo(render("input.not_found", {"path": path}, lang_code), err=True)
    paths = [p for p in paths if p not in missing]
    if not paths:
        raise typer.Exit(2)
    files, not_catalogs = find_files(paths)
    if not files:
        shown = "、".join(paths) if lang_code == "zh" else ", ".join(paths)
        if not_catalogs:  # a folder of PDFs and Word files: say what was there, not only what was not
            others = label("audit.skipped_sep", lang_code).join(f.display for f in not_catalogs)
            raise UsageError("usage.no_files_only_others", paths=shown, count=len(not_catalogs),
                             others=others)
        raise UsageError("usage.no_files", paths=shown)
    if output is not None:
        refuse_overwriting_inputs(output, [f.path for f in files])
        check_output_name(output, fmt.value)
    unmatched = label("audit.unmatched", lang_code)
    units = {f.display: unit_of(f, pattern, unmatched) for f in files}
    skipped: dict[str, list[str]] = {}
    for found in not_catalogs:
        skipped.setdefault(unit_of(found, pattern, unmatched), []).append(found.display)

    progress = _Progress(len(files), label("audit.progress", lang_code)) if show_progress() else None
    try:
        result = run_audit(files, job, units, jobs=jobs or default_jobs(), timeout=timeout,
                           max_memory_mb=max_memory_mb, tool_version=__version__, rules_name=pack.name,
                           on_done=progress.advance if progress else None,
                           tick=progress.refresh if progress else None,
                           adjust=lambda results: apply_pack_ignores(results, pack, lang_code, quiet),
                           skipped=skipped)
    finally:
        if progress:
            progress.stop()

    if debug:
        for path, detail in result.tracebacks.items():
            from disclosecheck.shown import name

            typer.echo(f"{name(path)}:\n{detail}", err=True)
    result.report.rules_run = tuple(r.id for r in pack.enabled)
    short = short_form(fmt == AuditFormat.text and output is None, quiet, statistics)
    if not short:
        _render(result, fmt, lang_code, output, fail_on.value)
    emit(result.report, lang_code, quiet, statistics, replaces_report=short)
    if output is not None or fmt != AuditFormat.text:
        _report_unreadable(result, lang_code)
    if output is not None:
        said_where(output, lang_code, quiet)
    raise typer.Exit(2 if missing else exit_status(result.report, fail_on.value))


def _missing(path: str) -> bool:
    """Whether nothing is at ``path``. A path the system refuses to look at (a name too long) is not
    missing: the reader says what is wrong with it, as for ``check``."""
    try:
        os.lstat(path)
    except (FileNotFoundError, NotADirectoryError, ValueError):
        return True
    except OSError:
        return False
    return False


def _render(result: Audit, fmt: AuditFormat, lang: str, output: Path | None, fail_on: str = "error") -> None:
    from disclosecheck.render import CI_FORMATS
    from disclosecheck.render.output import write_text_atomic

    if fmt.value in CI_FORMATS:
        from disclosecheck.render import render_ci

        text = render_ci(result.report, fmt.value, lang, fail_on)
        if output is not None:
            write_text_atomic(output, text)
        else:
            sys.stdout.write(text)
    elif fmt in (AuditFormat.html, AuditFormat.markdown):
        from disclosecheck.render.audit_report import render_audit_html, render_audit_markdown

        page = (render_audit_html if fmt == AuditFormat.html else render_audit_markdown)(result, lang)
        if output is not None:
            write_text_atomic(output, page)
        else:
            sys.stdout.write(page)
    elif fmt == AuditFormat.xlsx:
        from disclosecheck.render.audit_xlsx import write_audit_xlsx

        assert output is not None
        write_audit_xlsx(result, output, lang)
    elif fmt == AuditFormat.csv:
        from disclosecheck.render.audit_csv import render_audit_csv, write_audit_csv

        if output is not None:
            write_audit_csv(result, output, lang)
        else:
            sys.stdout.write(render_audit_csv(result, lang))
    elif fmt == AuditFormat.json:  # streamed file by file
        from disclosecheck.audit.run import write_audit_json
        from disclosecheck.render.output import write_stream_atomic

        if output is not None:
            write_stream_atomic(output, lambda stream: write_audit_json(result, stream, lang))
        else:
            write_audit_json(result, sys.stdout, lang)
    elif output is not None:
        from disclosecheck.audit.report_text import render_audit_text

        write_text_atomic(output, render_audit_text(result, lang))
    else:
        from disclosecheck.audit.report_text import render_audit_terminal
        from disclosecheck.render.console import report_console

        console = report_console(highlight=False, emoji=False, markup=False)
        render_audit_terminal(result, console, lang)
        console.file.flush()
    sys.stdout.flush()


def _report_unreadable(result: Audit, lang: str) -> None:
    """One line per file not checked on stderr, when the report itself does not reach the terminal."""
    from disclosecheck.cli.common import fail

    for r in result.report.files:
        if r.status == "error" and r.error is not None:
            fail(r.error.render(lang) if hasattr(r.error, "render") else str(r.error))


class _Progress:
    """A rich progress bar redrawn by hand (no refresh thread, so forking workers stays safe)."""

    def __init__(self, total: int, description: str) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                 TimeRemainingColumn(), console=Console(stderr=True), auto_refresh=False,
                                 transient=True)
        self.task = self.progress.add_task(description, total=total)
        self.progress.start()

    def advance(self, _outcome: object) -> None:
        self.progress.advance(self.task)

    def refresh(self) -> None:
        self.progress.refresh()

    def stop(self) -> None:
        self.progress.stop()
