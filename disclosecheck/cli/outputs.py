"""Does the ``--output`` name fit the ``--format``? Refuse a name that promises another kind of file.

``-o 报告.xls --format xlsx`` would put an .xlsx workbook under an .xls name: Excel then warns that
"the file format and extension don't match" and WPS may refuse it, and a clerk who mails it on passes
the confusion along. ``-o 报告.json`` with the default text format writes plain text a CI job then
fails to parse. Either way the mistake is the user's and cheap to fix, so it is refused before any
work, naming the extension the format writes. Taking the format from the extension instead was the
other option; it was not chosen because an extension such as .xls names no format disclosecheck
writes, and because a format chosen silently is exactly the kind of surprise this check exists for.

Only extensions that name a kind of document are judged: a name without one, or with an extension
that says nothing (``.out``, ``.report``), and devices such as ``/dev/stdout`` are written as asked.
"""

from __future__ import annotations

from pathlib import Path

from disclosecheck.errors import UsageError

#: The extension each format writes (the one named when refusing).
EXTENSION: dict[str, str] = {
    "text": ".txt", "json": ".json", "markdown": ".md", "html": ".html", "xlsx": ".xlsx", "csv": ".csv",
    "sarif": ".sarif", "github": ".txt", "gitlab": ".json", "junit": ".xml",
}

#: Extensions that name a kind of document → the formats that may be written under them. An
#: extension mapped to no format (.xls, .pdf …) names a document disclosecheck never writes.
ACCEPTS: dict[str, frozenset[str]] = {
    ".txt": frozenset({"text", "github"}), ".text": frozenset({"text", "github"}),
    ".log": frozenset({"text", "github"}),
    ".json": frozenset({"json", "gitlab", "sarif"}), ".sarif": frozenset({"sarif"}),
    ".md": frozenset({"markdown"}), ".markdown": frozenset({"markdown"}),
    ".html": frozenset({"html"}), ".htm": frozenset({"html"}),
    ".xlsx": frozenset({"xlsx"}), ".csv": frozenset({"csv"}), ".xml": frozenset({"junit"}),
    **{ext: frozenset() for ext in (".xls", ".xlsm", ".xlsb", ".xltx", ".ods", ".et", ".ett", ".pdf",
                                    ".doc", ".docx", ".wps", ".odt", ".rtf", ".png", ".jpg", ".jpeg",
                                    ".gif", ".yaml", ".yml", ".tsv", ".zip")},
}


def check_output_name(output: Path | None, fmt: str) -> None:
    """Raise UsageError when ``output``'s extension names another kind of file than ``fmt`` writes."""
    if output is None:
        return
    suffix = output.suffix.lower()
    accepted = ACCEPTS.get(suffix)
    if accepted is None or fmt in accepted:
        return
    if str(output).startswith("/dev/"):
        return
    expected = EXTENSION.get(fmt, "")
    params = {"path": str(output), "ext": output.suffix, "format": fmt, "expected": expected,
              "suggestion": str(output.with_suffix(expected))}
    if not accepted:
        raise UsageError("usage.output_extension_none", **params)
    fits = next(f for f in EXTENSION if f in accepted)  # the format the name most likely meant
    raise UsageError("usage.output_extension", fits=fits, **params)
