"""Errors a user can cause, as data.

Every error a user can cause (a bad path, an unreadable file, a bad rules file, a bad option)
is raised as one of these and turned by the CLI into one line and exit status 2. The text comes
from the message catalog so it speaks the user's language; ``code`` is stable for JSON.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


class DiscloseCheckError(Exception):
    """Base of the errors that end in one clear line and exit status 2."""

    exit_code = 2

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def render(self, lang: str = "zh") -> str:
        """The message in ``lang``; a parameter that is itself a message (``in_lang``) is worded in it too,
        so one line never mixes languages."""
        from disclosecheck.messages import render

        params = {k: v.in_lang(lang) if hasattr(v, "in_lang") else v for k, v in self.params.items()}
        return render(self.code, params, lang)


class InputError(DiscloseCheckError):
    """An input file that cannot be read as a catalog (missing, corrupt, encrypted, too large …).

    ``params`` always holds ``path``; the message names the file and the reason.
    """

    def __init__(self, code: str, path: Path | str, **params: Any) -> None:
        super().__init__(code, path=str(path), **params)
        self.path = Path(path)

    def render(self, lang: str = "zh") -> str:
        """``input.limit`` names its limit by a key (``rows``); word it via ``limit.<key>``.

        Done here rather than in a subclass so that an error rebuilt from its code and params
        (as ``audit`` does across processes) still reads the same.
        """
        from disclosecheck.messages import render

        params = dict(self.params)
        if self.code == "input.limit" and "what" in params:
            params["what"] = render(f"limit.{params['what']}", params, lang)
        return render(self.code, params, lang)


class ConfigError(DiscloseCheckError):
    """A rule pack that is malformed or invalid: rendered as ``file:line:column: message``."""

    def __init__(self, code: str, file: Path | str, line: int | None = None, column: int | None = None,
                 **params: Any) -> None:
        super().__init__(code, file=str(file), **params)
        self.file = str(file)
        self.line = line
        self.column = column

    def render(self, lang: str = "zh") -> str:
        from disclosecheck.shown import name

        where = name(self.file)
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {super().render(lang)}"


class UsageError(DiscloseCheckError):
    """A command line that does not make sense (bad --as-of date, output equal to input …)."""
