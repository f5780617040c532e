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


class OsReason:
    """Why the operating system refused (an ``OSError``'s errno), worded in the message's language.

    ``exc.strerror`` is English ("No space left on device"); put inside a Chinese sentence it made a
    line of two languages (无法写入输出文件 …（No space left on device）). As an error parameter it is
    rendered through :meth:`in_lang` (see :meth:`DiscloseCheckError.render`): a known errno in the
    catalog's words (磁盘已满), any other in the system's own. ``str()`` is the system's text, for logs.
    Plain attributes, so it pickles between audit workers.
    """

    __slots__ = ("errno", "key", "text")

    def __init__(self, exc: BaseException | None = None, *, text: str = "", key: str | None = None) -> None:
        """From an exception (its errno and strerror), or a reason of our own: ``key`` names the message
        (``oserror.<key>``), ``text`` is the English."""
        self.errno = getattr(exc, "errno", None)
        self.key = key
        self.text = text or (getattr(exc, "strerror", None) or str(exc) or type(exc).__name__ if exc else "")

    def __getstate__(self) -> tuple[int | None, str | None, str]:
        return self.errno, self.key, self.text

    def __setstate__(self, state: tuple[int | None, str | None, str]) -> None:
        self.errno, self.key, self.text = state

    def in_lang(self, lang: str) -> str:
        import errno as errno_names

        from disclosecheck.messages import CATALOGS, render

        name = self.key or (errno_names.errorcode.get(self.errno) if isinstance(self.errno, int) else None)
        code = f"oserror.{name}"
        if name and code in CATALOGS.get(lang, {}):
            return render(code, None, lang)
        return self.text

    def __str__(self) -> str:
        return self.text

    def __eq__(self, other: object) -> bool:
        if isinstance(other, OsReason):
            return (self.errno, self.key, self.text) == (other.errno, other.key, other.text)
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.errno, self.key, self.text))


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

        params = {k: v.in_lang(lang) if hasattr(v, "in_lang") else v for k, v in self.params.items()}
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
