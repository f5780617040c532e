"""What every command shares: its options and the one way errors end a command.

Commands only parse arguments and wire stages together; this module keeps the wiring honest:
a user error is one line on stderr and exit status 2, Ctrl-C is exit 130, ``--debug`` shows the
traceback. Nothing heavy is imported here, so ``disclosecheck --help`` stays fast.
"""

from __future__ import annotations

import functools
import sys
import traceback
from collections.abc import Callable
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from disclosecheck.errors import DiscloseCheckError, UsageError

F = TypeVar("F", bound=Callable[..., Any])


class Lang(StrEnum):
    zh = "zh"
    en = "en"


class FailOn(StrEnum):
    error = "error"
    warning = "warning"
    never = "never"


LangOpt = Annotated[Lang, typer.Option("--lang", help="消息语言 / message language: zh or en.")]
DebugOpt = Annotated[bool, typer.Option("--debug", help="出错时显示完整的调用栈 / show tracebacks.")]
RulesOpt = Annotated[
    str | None,
    typer.Option("--rules", "-r", help="规则包：内置名称或 YAML 文件路径 / rule pack: built-in name or path. "
                 "Default: disclosecheck.yaml (or [tool.disclosecheck] in pyproject.toml) in this folder "
                 "or a parent, else 'national'."),
]
AsOfOpt = Annotated[
    str | None,
    typer.Option("--as-of", help="以哪一天为“今天”（YYYY-MM-DD），便于复现 / the date taken as today."),
]
FailOnOpt = Annotated[
    FailOn, typer.Option("--fail-on", help="出现哪一级问题时退出码为 1 / exit 1 when a finding reaches this.")
]
SheetOpt = Annotated[str | None, typer.Option("--sheet", help="只读这个工作表 / read only this sheet.")]
# Defaults of the --max-* options: the same numbers as ``disclosecheck.read.limits.Limits`` (not
# imported here so that ``--help`` stays fast; tests/test_check_cli.py keeps them equal).
DEFAULT_MAX_FILE_MB = 200
DEFAULT_MAX_UNZIPPED_MB = 500
DEFAULT_MAX_ROWS = 200_000
DEFAULT_MAX_COLS = 500
DEFAULT_MAX_CELL_CHARS = 32_767
DEFAULT_MAX_CELLS = 10_000_000
DEFAULT_MAX_MEMORY_MB = 1024
OutputOpt = Annotated[Path | None, typer.Option(
    "--output", "-o", help="把报告写入文件 / write the report to FILE.")]
MaxFileOpt = Annotated[int, typer.Option("--max-file-mb", help="单个文件大小上限（MB）/ largest file size.")]
MaxUnzippedOpt = Annotated[int, typer.Option(
    "--max-unzipped-mb", help="xlsx/ods 解压后大小上限（MB）/ largest inflated size.")]
MaxRowsOpt = Annotated[int, typer.Option("--max-rows", help="单个工作表行数上限 / most rows in a sheet.")]
MaxColsOpt = Annotated[int, typer.Option("--max-cols", help="单个工作表列数上限 / most columns in a sheet.")]
MaxCellOpt = Annotated[int, typer.Option("--max-cell-chars", help="单元格字符数上限 / longest cell text.")]
#: ``--max-findings``: findings listed per rule and table; the rest are counted (model.DEFAULT_MAX_FINDINGS).
DEFAULT_MAX_FINDINGS = 1000
MaxFindingsOpt = Annotated[int, typer.Option(
    "--max-findings", min=1, help="每条规则在每张表中最多列出的问题数，其余只计数 / "
    "findings listed per rule and table; the rest are only counted.")]
MaxCellsOpt = Annotated[int, typer.Option(
    "--max-cells", help="单个工作表及全部工作表合计的单元格数（行×列）上限 / "
    "most cells (rows × columns) in a sheet, and in all sheets together.")]
MaxMemoryOpt = Annotated[int, typer.Option(
    "--max-memory-mb", min=64, help="内存上限（MB）：超出的文件单独报错，其他文件照常检查 / memory cap (MB): "
    "a file needing more is reported, the others are still checked.")]


def parse_as_of(value: str | None) -> date:
    """``--as-of`` as a date; the real date when not given."""
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError("usage.bad_date", value=value) from None


def make_limits(max_file_mb: int, max_unzipped_mb: int, max_rows: int, max_cols: int, max_cell_chars: int,
                max_cells: int | None = None, max_memory_mb: int | None = DEFAULT_MAX_MEMORY_MB):
    """The reader's Limits from the ``--max-*`` options (defaults: ``disclosecheck.read.limits.Limits``).

    ``max_memory_mb`` caps the child that reads a spreadsheet (None: read in-process).
    """
    from disclosecheck.read.limits import Limits

    extra: dict[str, int | None] = {"max_memory_mb": max_memory_mb}
    if max_cells is not None:
        extra["max_cells"] = max_cells
    return Limits(max_file_mb=max_file_mb, max_uncompressed_mb=max_unzipped_mb, max_rows=max_rows,
                  max_cols=max_cols, max_cell_chars=max_cell_chars, **extra)


def fail(message: str) -> None:
    """Print one line to stderr."""
    typer.echo(message, err=True)


def _end_reads_ahead() -> None:
    """A command that stopped before reading the file it started reading ahead ends that child."""
    read = sys.modules.get("disclosecheck.read")
    if read is not None:
        read.cancel_reads_ahead()


def handles_errors(fn: F) -> F:
    """Turn DiscloseCheckError into one line + exit 2, Ctrl-C into exit 130, a closed pipe into exit 141,
    MemoryError into one line + exit 2.

    The wrapped command must take ``lang`` and ``debug`` keyword arguments. A command that takes
    ``max_memory_mb`` runs inside that memory budget (:mod:`disclosecheck.budget`).
    """

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        lang = str(kwargs.get("lang") or "zh")
        debug = bool(kwargs.get("debug"))
        try:
            if kwargs.get("max_memory_mb"):
                from disclosecheck.budget import memory_budget

                with memory_budget(kwargs["max_memory_mb"]):
                    return fn(*args, **kwargs)
            return fn(*args, **kwargs)
        except MemoryError:
            # past the budget outside any one file (rendering, an audit's parent); answered below, once
            # the exception and the frames it holds (everything that was being built) are let go
            if debug:
                traceback.print_exc(file=sys.stderr)
        except DiscloseCheckError as exc:
            if exc.code == "usage.stdout_closed":  # ``| head`` has read enough: end quietly, as cat does
                raise typer.Exit(exc.exit_code) from None
            if debug:
                traceback.print_exc(file=sys.stderr)
            fail(exc.render(lang))
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            from disclosecheck.messages import render

            fail(render("usage.interrupted", None, lang))
            raise typer.Exit(130) from None
        finally:
            _end_reads_ahead()
        from disclosecheck.messages import render

        fail(render("usage.memory", {"limit": kwargs.get("max_memory_mb") or ""}, lang))
        raise typer.Exit(2)

    return wrapper  # type: ignore[return-value]
