"""What the CI report formats (SARIF, GitHub, GitLab, JUnit) share: paths, identities, where a finding is.

CI tools show a finding beside the file in a pull request, so every format names the file relative to
the working folder (the checkout), as the tool that reads it expects. A finding keeps its identity
across edits that insert rows: the identity is the one ``--baseline`` uses (file, sheet, rule, code,
item, element), plus how many identical findings came before it, so two identical findings stay two.
"""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import PurePath

from disclosecheck.baseline import fingerprint
from disclosecheck.model import FileResult, Finding, Report, Severity
from disclosecheck.render.report_common import error_message, message, sorted_findings


def relative_path(path: str | PurePath) -> str:
    """``path`` relative to the working folder in ``/`` form; absolute when it lies outside it."""
    full = os.path.abspath(path)
    try:
        relative = os.path.relpath(full)
    except ValueError:  # another drive on Windows
        return PurePath(full).as_posix()
    return PurePath(full if relative.startswith("..") else relative).as_posix()


def identity_hash(parts: tuple[str, ...]) -> str:
    """A stable hexadecimal digest of ``parts``: the same finding gets the same one in every run."""
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


@dataclass(slots=True)
class Located:
    """One finding of a report with everything a CI format prints about it."""

    result: FileResult
    finding: Finding
    path: str  # relative to the working folder
    fingerprint: str  # survives inserted rows: never depends on the row or cell

    @property
    def severity(self) -> Severity:
        return Severity(self.finding.severity)

    @property
    def logical(self) -> str:
        """``工作表!单元格`` (or just the sheet for a finding about the whole table)."""
        sheet = self.finding.sheet or self.result.sheet or ""
        return f"{sheet}!{self.finding.cell}" if self.finding.cell else sheet

    def text(self, lang: str) -> str:
        return message(self.finding, lang)


def located_findings(report: Report) -> Iterator[Located]:
    """Every finding of ``report`` in reading order, with its relative path and stable fingerprint."""
    seen: Counter[tuple[str, ...]] = Counter()
    for result in report.files:
        path = relative_path(result.path)
        for finding in sorted_findings(result):
            key = fingerprint(path, result.sheet, finding.rule, finding.code, finding.item, finding.element)
            occurrence = seen[key]
            seen[key] += 1
            yield Located(result, finding, path, identity_hash((*key, str(occurrence))))


def unreadable(report: Report, lang: str) -> Iterator[tuple[str, str]]:
    """(relative path, reason) of each file that could not be checked."""
    for result in report.files:
        if result.status == "error":
            yield relative_path(result.path), error_message(result, lang)


def rule_ids(report: Report) -> list[str]:
    """The rules the run applied (in registry order), else those that found something."""
    if report.rules_run:
        return list(report.rules_run)
    return sorted({f.rule for r in report.files for f in r.findings})


def fails(severity: Severity, fail_on: str) -> bool:
    """Whether a finding of ``severity`` makes the run fail under ``--fail-on`` (as the exit status does)."""
    if fail_on == "never":
        return False
    floor = Severity.WARNING.rank if fail_on == "warning" else Severity.ERROR.rank
    return Severity(severity).rank >= floor
