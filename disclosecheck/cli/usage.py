"""Mistakes on the command line, said in the user's language.

click words its usage errors in English ("Error: Invalid value for '--format'"); a clerk who reads
Chinese everywhere else must not meet English at the first typo. :func:`install` replaces how click
shows a usage error with one line from the message catalog (and the hint to ``--help``), exit 2 as
before. With ``--lang en`` click's own English stays.
"""

from __future__ import annotations

import re
import sys
from typing import IO, Any

from disclosecheck.messages import render

try:  # typer 0.2x carries its own copy of click, and raises that copy's errors
    from typer._click import exceptions as _errors
except ImportError:  # pragma: no cover - a typer that uses click itself
    from click import exceptions as _errors  # type: ignore[no-redef]


def describe(error: _errors.UsageError, lang: str) -> str:
    """The one line saying what is wrong with the command line, in ``lang``."""
    command = error.ctx.command_path if error.ctx is not None else "disclosecheck"
    params: dict[str, Any] = {"command": command}
    if isinstance(error, _errors.NoSuchOption):
        params["option"] = error.option_name
        possibilities = sorted(error.possibilities or ())
        params["hint"] = render("usage.cli.did_you_mean", {"options": "、".join(possibilities)}, lang) \
            if possibilities else ""
        code = "usage.cli.no_such_option"
    elif isinstance(error, _errors.MissingParameter):
        param = error.param
        params["param"] = _name(param)
        code = "usage.cli.missing"
    elif isinstance(error, _errors.BadParameter):
        param = error.param
        params["param"] = _name(param)
        choices = getattr(getattr(param, "type", None), "choices", None)
        if choices:
            params["choices"] = "、".join(str(c) for c in choices)
            code = "usage.cli.bad_choice"
        else:
            params["reason"] = error.message
            code = "usage.cli.bad_value"
    elif (command_typo := _NO_SUCH_COMMAND.match(error.format_message())) is not None:
        params["name"] = command_typo.group(1)
        suggestion = command_typo.group(2)
        params["hint"] = render("usage.cli.did_you_mean", {"options": suggestion}, lang) if suggestion else ""
        code = "usage.cli.no_such_command"
    else:
        params["reason"] = error.format_message()
        code = "usage.cli.other"
    return render(code, params, lang) + render("usage.cli.help", params, lang)


_NO_SUCH_COMMAND = re.compile(r"No such command '([^']*)'\.(?: Did you mean '([^']*)'\?)?")


def _name(param: Any) -> str:
    if param is None:
        return ""
    if getattr(param, "param_type_name", "") == "option":
        return " / ".join(param.opts)
    return str(getattr(param, "human_readable_name", "") or getattr(param, "name", "") or "").upper()


def install(lang: str) -> None:
    """Show click's usage errors as one line in ``lang`` (Chinese unless ``en``)."""
    if lang == "en":
        return

    original = _errors.UsageError.show

    def show(self: _errors.UsageError, file: IO[Any] | None = None) -> None:
        try:
            line = describe(self, lang)
        except Exception:  # never let the wording of a usage error become a traceback
            original(self, file)
            return
        (file or sys.stderr).write(line + "\n")

    _errors.UsageError.show = show  # type: ignore[method-assign]
