"""The command line: ``disclosecheck inspect | check | audit | rules``.

Each command lives in its own module and only parses arguments and wires the stages together.
"""

from __future__ import annotations

import typer

from disclosecheck import __version__

app = typer.Typer(
    name="disclosecheck",
    help="检查政务公开事项标准目录（.xlsx/.xls/.ods/.csv）的缺项、时限与更新情况。\n\n"
    "Checks standard catalogs of government-affairs disclosure items.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    # ``-h`` as well as ``--help``, on every command: click hands it down to each subcommand's context
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"disclosecheck {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="显示版本 / show version."),
) -> None:
    """检查政务公开事项标准目录 / Check disclosure catalogs."""


# Each module registers its commands on ``app`` when imported.
from disclosecheck.cli import (  # noqa: E402, F401
    audit_cmd,
    check_cmd,
    diff_cmd,
    inspect_cmd,
    rules_cmd,
    template_cmd,
)


def main() -> None:
    """Run the command; a report that cannot reach standard output ends in one line (or quietly)."""
    import sys

    from disclosecheck.cli.streams import ENDS_WITHOUT_TEARDOWN, exit_now, finish, guard_stdout
    from disclosecheck.cli.usage import install

    install(_lang_of(sys.argv))
    ENDS_WITHOUT_TEARDOWN[0] = True
    guard = guard_stdout()
    try:
        app()
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    else:
        code = 0
    exit_now(finish(guard, code, _lang_of(sys.argv)))


def _lang_of(argv: list[str]) -> str:
    """The ``--lang`` given on the command line, for the one line written after the command ended."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return "en" if argv[i + 1] == "en" else "zh"
        if arg.startswith("--lang="):
            return "en" if arg == "--lang=en" else "zh"
    return "zh"
