"""``--format gitlab``: a GitLab Code Quality report (``artifacts: reports: codequality``).

GitLab compares the report of a merge request with the one of its target branch by fingerprint to
say which findings are new and which were fixed, so the fingerprint must not change when rows are
inserted above a finding: it is the identity ``--baseline`` uses (see ``ci_common``). GitLab needs a
line, so a finding about the whole table points at line 1.
"""

from __future__ import annotations

import json
from typing import Any

from disclosecheck.model import Report, Severity
from disclosecheck.render.ci_common import identity_hash, located_findings, unreadable

_SEVERITY = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


def report_to_gitlab(report: Report, lang: str = "zh") -> list[dict[str, Any]]:
    issues: list[dict[str, Any]] = []
    for path, reason in unreadable(report, lang):
        issues.append({
            "description": reason,
            "check_name": "unreadable",
            "fingerprint": identity_hash((path, "unreadable")),
            "severity": "blocker",
            "location": {"path": path, "lines": {"begin": 1}},
        })
    for loc in located_findings(report):
        where = f"{loc.logical}: " if loc.logical else ""
        issues.append({
            "description": where + loc.text(lang),
            "check_name": loc.finding.rule,
            "fingerprint": loc.fingerprint,
            "severity": _SEVERITY[loc.severity],
            "location": {"path": loc.path, "lines": {"begin": loc.finding.row or 1}},
        })
    return issues


def render_gitlab(report: Report, lang: str = "zh") -> str:
    return json.dumps(report_to_gitlab(report, lang), ensure_ascii=False, indent=2) + "\n"
