"""Stage 5: render results. Renderers only render: they take a Report and return text or write a file.

:func:`render_report` is the one dispatch from ``--format`` to a renderer; each renderer is
imported only when asked for, so a JSON run never loads the HTML or workbook code.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from disclosecheck.errors import UsageError
from disclosecheck.model import Report

if TYPE_CHECKING:
    from rich.console import Console

FORMATS: tuple[str, ...] = ("text", "json", "markdown", "html", "xlsx")
#: The formats CI services read (issue 13): code scanning, annotations, code quality, test reports.
CI_FORMATS: tuple[str, ...] = ("sarif", "github", "gitlab", "junit")
FORMATS += CI_FORMATS


def render_to_text(report: Report, fmt: str, lang: str = "zh", fail_on: str = "error") -> str:
    """The report as text in one of the text formats (text, json, markdown, html)."""
    if fmt == "json":
        from disclosecheck.render.json_report import render_json

        return render_json(report, lang)
    if fmt == "markdown":
        from disclosecheck.render.markdown import render_markdown

        return render_markdown(report, lang)
    if fmt == "html":
        from disclosecheck.render.html import render_html

        return render_html(report, lang)
    if fmt in CI_FORMATS:
        return render_ci(report, fmt, lang, fail_on)
    if fmt == "text":
        from disclosecheck.render.terminal import render_text

        return render_text(report, lang, fail_on)
    raise ValueError(f"not a text format: {fmt}")


def render_ci(report: Report, fmt: str, lang: str = "zh", fail_on: str = "error") -> str:
    """The report in one of the CI formats; ``check`` and ``audit`` both come through here."""
    if fmt == "sarif":
        from disclosecheck.render.sarif import render_sarif

        return render_sarif(report, lang)
    if fmt == "github":
        from disclosecheck.render.github import render_github

        return render_github(report, lang)
    if fmt == "gitlab":
        from disclosecheck.render.gitlab import render_gitlab

        return render_gitlab(report, lang)
    if fmt == "junit":
        from disclosecheck.render.junit import render_junit

        return render_junit(report, lang, fail_on)
    raise ValueError(f"not a CI format: {fmt}")


def render_report(report: Report, fmt: str, lang: str = "zh", output: Path | None = None,
                  fail_on: str = "error", console: Console | None = None,
                  stdout: TextIO | None = None) -> None:
    """Render ``report`` as ``fmt`` to ``output`` (written atomically) or to the terminal.

    ``text`` to the terminal goes through a rich ``console`` (colour only on a real terminal);
    the other text formats go to ``stdout`` unchanged. ``xlsx`` needs ``output`` and annotates every
    catalog table of the one input file in a single copy; an unreadable file raises its InputError.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format: {fmt}")
    if fmt == "xlsx":
        if output is None:
            raise UsageError("usage.output_needed", format="xlsx")
        from disclosecheck.render.xlsx_annotated import write_annotated_xlsx_all

        write_annotated_xlsx_all(report.files, output, report, lang)
        return
    if fmt == "json":  # streamed, file by file: the document never exists whole
        from disclosecheck.render.json_report import write_json

        if output is not None:
            from disclosecheck.render.output import write_stream_atomic

            write_stream_atomic(output, lambda stream: write_json(report, stream, lang))
            return
        out = stdout if stdout is not None else sys.stdout
        write_json(report, out, lang)
        out.flush()
        return
    if output is not None:
        from disclosecheck.render.output import write_text_atomic

        write_text_atomic(output, render_to_text(report, fmt, lang, fail_on))
        return
    if fmt == "text":
        from disclosecheck.render.terminal import render_terminal

        if console is None:
            from disclosecheck.render.console import check_report_console

            console = check_report_console()
        render_terminal(report, console, lang, fail_on)
        console.file.flush()
        return
    out = stdout if stdout is not None else sys.stdout
    out.write(render_to_text(report, fmt, lang, fail_on))
    out.flush()
