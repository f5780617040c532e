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
from disclosecheck.cli import audit_cmd, check_cmd, inspect_cmd, rules_cmd  # noqa: E402, F401


def main() -> None:
    app()
