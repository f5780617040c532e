"""``--format github``: GitHub Actions workflow commands, one line per finding.

A line such as ``::error file=目录.xlsx,line=9,title=disclosecheck (required-elements)::…`` makes
GitHub show the finding as an annotation on that file in the pull request, without any upload step.
The runner parses these lines, so the characters it treats specially are escaped as it requires:
in the message ``%``, CR and LF; in a property value also ``:`` and ``,``.
"""

from __future__ import annotations

from disclosecheck.model import Report, Severity
from disclosecheck.render.ci_common import located_findings, unreadable

_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """The message part of a workflow command."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A property value (file, title): ``:`` and ``,`` would end it early."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(kind: str, message: str, **properties: object) -> str:
    """One workflow command line; properties with the value None are left out."""
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items()
                     if value is not None)
    return f"::{kind} {props}::{escape_data(message)}"


def render_github(report: Report, lang: str = "zh") -> str:
    lines = []
    for path, reason in unreadable(report, lang):
        lines.append(command("error", reason, file=path, title="disclosecheck"))
    for loc in located_findings(report):
        where = f"{loc.logical}: " if loc.logical else ""
        lines.append(command(_COMMAND[loc.severity], where + loc.text(lang), file=loc.path,
                             line=loc.finding.row, title=f"disclosecheck ({loc.finding.rule})"))
    return "".join(line + "\n" for line in lines)
