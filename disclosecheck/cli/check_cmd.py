"""``disclosecheck check FILE...``: check catalogs against a rule pack and report what to fix.

Only parses arguments and wires the pipeline to a renderer. Every file is checked even when one
cannot be read; the exit status then says 2 after everything has been reported.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from disclosecheck.cli import app
from disclosecheck.cli.ci_options import QuietOpt, StatisticsOpt, emit, short_form
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
from disclosecheck.errors import DiscloseCheckError, InputError, UsageError

if TYPE_CHECKING:
    from disclosecheck.model import FileResult, Report


class Format(StrEnum):
    text = "text"
    json = "json"
    markdown = "markdown"
    html = "html"
    xlsx = "xlsx"
    sarif = "sarif"
    github = "github"
    gitlab = "gitlab"
    junit = "junit"


FilesArg = Annotated[list[Path], typer.Argument(
    help="要检查的目录文件 / catalog files (.xlsx .xls .ods .csv).", metavar="FILE...", show_default=False)]
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="报告格式 / report format.")]
SinceOpt = Annotated[Path | None, typer.Option(
    "--since", help="只报告相对于这个旧版本新增或修改的事项上的问题（审阅改动用）/ "
    "report only the findings on items added or changed since this older version of the file.")]
BaselineOpt = Annotated[Path | None, typer.Option(
    "--baseline", help="基线：以前用 --format json 保存的报告，其中已有的问题不再报告 / "
    "a JSON report saved earlier: its findings are left out, only new ones count.")]


def exit_status(report: Report, fail_on: str) -> int:
    """2 when a file could not be read, else 1 when a finding reaches ``fail_on``, else 0."""
    from disclosecheck.model import Severity

    if any(r.status == "error" for r in report.files):
        return 2
    if fail_on == "never":
        return 0
    worst = Severity.WARNING.rank if fail_on == "warning" else Severity.ERROR.rank
    if any(Severity(o.severity).rank >= worst for r in report.files for o in r.omitted):
        return 1  # findings left out past --max-findings count like listed ones
    return 1 if any(f.severity.rank >= worst for r in report.files for f in r.findings) else 0


@app.command("check")
@handles_errors
def check(
    files: FilesArg,
    rules: RulesOpt = None,
    standard: StandardOpt = None,
    level: LevelOpt = None,
    as_of: AsOfOpt = None,
    fail_on: FailOnOpt = FailOn.error,
    fmt: FormatOpt = Format.text,
    output: OutputOpt = None,
    sheet: SheetOpt = None,
    baseline: BaselineOpt = None,
    lang: LangOpt = Lang.zh,
    debug: DebugOpt = False,
    max_file_mb: MaxFileOpt = DEFAULT_MAX_FILE_MB,
    max_unzipped_mb: MaxUnzippedOpt = DEFAULT_MAX_UNZIPPED_MB,
    max_rows: MaxRowsOpt = DEFAULT_MAX_ROWS,
    max_cols: MaxColsOpt = DEFAULT_MAX_COLS,
    max_cell_chars: MaxCellOpt = DEFAULT_MAX_CELL_CHARS,
    max_cells: MaxCellsOpt = DEFAULT_MAX_CELLS,
    max_memory_mb: MaxMemoryOpt = DEFAULT_MAX_MEMORY_MB,  # also the budget handles_errors runs check in
    max_findings: MaxFindingsOpt = DEFAULT_MAX_FINDINGS,
    statistics: StatisticsOpt = False,
    quiet: QuietOpt = False,
    since: SinceOpt = None,
) -> None:
    """检查目录文件，列出缺项、时限和更新问题及改法 / Check catalog files and say what to fix.

    退出码 / exit status: 0 通过 / passed; 1 有问题达到 --fail-on / findings reach --fail-on;
    2 用法错误、规则包错误或文件无法读取 / usage error, bad rule pack or unreadable file.
    """
    from disclosecheck.render.output import refuse_overwriting_inputs

    lang_code = str(lang.value)
    day = parse_as_of(as_of)
    if fmt == Format.xlsx:
        if output is None:
            raise UsageError("usage.output_needed", format="xlsx")
        if len(files) != 1:
            raise UsageError("usage.one_file", format="xlsx")
    if since is not None and len(files) != 1:
        raise UsageError("usage.since_one_file")
    if output is not None:
        refuse_overwriting_inputs(output, [*files, *([since] if since is not None else [])])
        check_output_name(output, fmt.value)
    limits = make_limits(max_file_mb, max_unzipped_mb, max_rows, max_cols, max_cell_chars, max_cells,
                         max_memory_mb)
    from disclosecheck.read import read_ahead

    read_ahead(files[0], limits)  # the first file is read in its child while the pack and checks load
    from disclosecheck.cli.standard_options import apply_standard
    from disclosecheck.cli.streams import ENDS_WITHOUT_TEARDOWN
    from disclosecheck.model import FileResult, Report
    from disclosecheck.pack import load_pack
    from disclosecheck.pipeline import check_path
    from disclosecheck.render import render_report

    pack = apply_standard(load_pack(rules, Path.cwd()), standard, level)  # issue 12
    known = None
    if baseline is not None:
        from disclosecheck.baseline import load_baseline

        known = load_baseline(baseline)

    from disclosecheck import __version__

    keep = fmt == Format.xlsx or since is not None  # --since compares the catalogs themselves
    # The last file's catalogs need not be freed when the process ends without tearing down (main).
    last = files[-1] if not keep and ENDS_WITHOUT_TEARDOWN[0] else None
    results = []
    for path in files:
        try:
            results.extend(check_path(path, pack, day, sheet, limits, keep_catalogs=keep,
                                      max_findings=max_findings, left_to_exit=path is last))
        except DiscloseCheckError:
            raise
        except MemoryError:  # past the budget outside the pipeline's own guard: still this file's error
            results.append(FileResult(path=path, status="error", error=InputError("input.memory", path)))
        except Exception as exc:  # a bug on one file must not hide the report on the others
            if debug:
                raise
            error = InputError("input.crashed", path, reason=f"{type(exc).__name__}: {exc}")
            results.append(FileResult(path=path, status="error", error=error))
    results = skip_non_catalogs(results, lang_code)
    if debug:
        _print_tracebacks(results)
    report = Report(as_of=day, rules=pack.name, files=results, tool_version=__version__,
                    rules_run=tuple(r.id for r in pack.enabled))
    from disclosecheck.cli.ci_options import apply_pack_ignores

    apply_pack_ignores(results, pack, lang_code, quiet)
    if since is not None:
        from disclosecheck.since import apply_since

        apply_since(results, since, pack, day, sheet, limits)
    if known is not None:
        from disclosecheck.baseline import apply_baseline

        report.baseline = str(baseline)
        report.baselined = apply_baseline(results, known)

    if fmt == Format.text and output is None and all(r.status == "error" for r in results):
        # nothing was checked: the report would only frame the reasons, so give just the reasons
        _report_unreadable(report, lang_code)
        raise typer.Exit(2)
    short = short_form(fmt == Format.text and output is None, quiet, statistics)
    if not short:
        render_report(report, fmt.value, lang_code, output, fail_on=fail_on.value)
    emit(report, lang_code, quiet, statistics, replaces_report=short)
    if output is not None:
        _report_unreadable(report, lang_code)
        said_where(output, lang_code, quiet)
    raise typer.Exit(exit_status(report, fail_on.value))


def said_where(output: Path, lang: str, quiet: bool) -> None:
    """One line on stderr naming the file the report went to: with ``-o`` nothing else is printed,
    and a clerk should not have to guess whether it worked. ``--quiet`` leaves it out."""
    if quiet:
        return
    from disclosecheck.cli.common import fail
    from disclosecheck.messages import render

    fail(render("ui.report.written", {"path": str(output)}, lang))


#: Errors that say a file is not a catalog table at all (a README, a script, a PDF, a Word file).
NOT_A_TABLE = "input.not_a_table."


def skip_non_catalogs(results: list[FileResult], lang: str) -> list[FileResult]:
    """``check examples/*`` reports the catalogs only: files that are no table at all are skipped.

    A shell glob hands over the README and the scripts beside the catalogs; reporting them as
    unreadable would bury the real results and fail the run. When something else was checked, each
    such file is one line on stderr (as ``audit`` skips non-catalog files in a folder) and is left
    out of the report and the exit status; when nothing else was, they stay errors (exit 2).
    """
    skipped = [r for r in results
               if r.status == "error" and str(getattr(r.error, "code", "")).startswith(NOT_A_TABLE)]
    if not skipped or len(skipped) == len(results):
        return results
    from disclosecheck.cli.common import fail

    for result in skipped:
        fail(result.error.render(lang))
    return [r for r in results if r not in skipped]


def _report_unreadable(report: Report, lang: str) -> None:
    """One line per unreadable file on stderr, for formats whose report does not reach the terminal."""
    from disclosecheck.cli.common import fail

    for result in report.files:
        if result.status == "error" and result.error is not None:
            fail(result.error.render(lang) if hasattr(result.error, "render") else str(result.error))


def _print_tracebacks(results: list) -> None:
    """With --debug: where each unreadable file failed, for bug reports (the report still follows)."""
    import sys
    import traceback

    for result in results:
        if isinstance(result.error, BaseException):
            traceback.print_exception(result.error, file=sys.stderr)
