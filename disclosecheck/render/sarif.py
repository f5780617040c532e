"""``--format sarif``: a SARIF 2.1.0 log, the format code-scanning services (GitHub and others) take in.

One run of the tool ``disclosecheck``; its rules carry their help from the rule docs (what
``rules show`` prints); each result names the file relative to the working folder, the row as the
region's line (the line of a CSV), ``工作表!单元格`` as a logical location, and fingerprints that
survive inserted rows. A file that could not be read is a tool execution notification, since it is not
a finding of any rule. ``tests/test_ci_formats.py`` validates the output against the published schema.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import quote

from disclosecheck.model import Report, Severity
from disclosecheck.render.ci_common import located_findings, rule_ids, unreadable

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
SARIF_VERSION = "2.1.0"
FINGERPRINT_KEY = "disclosecheck/v1"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
_SRCROOT = "%SRCROOT%"


def _uri(path: str) -> str:
    """A relative path as a URI reference: non-ASCII (Chinese file names) and spaces percent-encoded."""
    return quote(path, safe="/")


def _rule(rule_id: str, lang: str) -> dict[str, Any]:
    from disclosecheck.checks import CHECKS
    from disclosecheck.pack.describe import rule_doc

    module = CHECKS.get(rule_id)
    if module is None:  # a rule not registered (a finding from another version's report): name only
        return {"id": rule_id, "name": rule_id}
    doc = rule_doc(module, lang)
    sections = [doc.body]
    labels = {"anti": "Anti-pattern", "best": "Best practice", "legal": "Legal basis"}
    for key, title in labels.items():
        text = getattr(doc, key)
        if text:
            sections.append(f"{title}:\n{text}")
    help_text = "\n\n".join(part for part in sections if part)
    markdown = "\n\n".join([doc.body, *(f"**{labels[k]}**\n\n```\n{getattr(doc, k)}\n```"
                                         for k in labels if getattr(doc, k))])
    default = Severity(str(getattr(module.SEVERITY, "value", module.SEVERITY)))
    return {
        "id": rule_id,
        "name": rule_id,
        "shortDescription": {"text": doc.summary},
        "fullDescription": {"text": doc.body or doc.summary},
        "help": {"text": help_text or doc.summary, "markdown": markdown.strip() or doc.summary},
        "defaultConfiguration": {"level": _LEVEL[default]},
    }


def report_to_sarif(report: Report, lang: str = "zh") -> dict[str, Any]:
    """The report as a SARIF 2.1.0 log (a JSON-able dict)."""
    from disclosecheck import __version__

    ids = rule_ids(report)
    found = sorted({f.rule for r in report.files for f in r.findings} - set(ids))
    ids += found
    index = {rule_id: i for i, rule_id in enumerate(ids)}
    results = []
    for loc in located_findings(report):
        physical: dict[str, Any] = {"artifactLocation": {"uri": _uri(loc.path), "uriBaseId": _SRCROOT}}
        if loc.finding.row is not None:
            physical["region"] = {"startLine": loc.finding.row}
        location: dict[str, Any] = {"physicalLocation": physical}
        if loc.logical:
            location["logicalLocations"] = [{"fullyQualifiedName": loc.logical,
                                             "name": loc.finding.cell or loc.logical}]
        properties = {key: value for key, value in (
            ("code", loc.finding.code), ("sheet", loc.finding.sheet), ("cell", loc.finding.cell),
            ("element", loc.finding.element), ("item", loc.finding.item)) if value}
        results.append({
            "ruleId": loc.finding.rule,
            "ruleIndex": index[loc.finding.rule],
            "level": _LEVEL[loc.severity],
            "message": {"text": loc.text(lang)},
            "locations": [location],
            "fingerprints": {FINGERPRINT_KEY: loc.fingerprint},
            "partialFingerprints": {FINGERPRINT_KEY: loc.fingerprint},
            "properties": properties,
        })
    notifications = [{
        "level": "error",
        "message": {"text": reason},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(path), "uriBaseId": _SRCROOT}}}],
    } for path, reason in unreadable(report, lang)]
    invocation: dict[str, Any] = {"executionSuccessful": not notifications}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [{
            "tool": {"driver": {
                "name": "disclosecheck",
                "version": report.tool_version or __version__,
                "rules": [_rule(rule_id, lang) for rule_id in ids],
            }},
            "originalUriBaseIds": {_SRCROOT: {"uri": Path.cwd().absolute().as_uri() + "/"}},
            "invocations": [invocation],
            "results": results,
            "columnKind": "unicodeCodePoints",
            "properties": {"rules": report.rules, "asOf": report.as_of.isoformat()},
        }],
    }


def render_sarif(report: Report, lang: str = "zh") -> str:
    return json.dumps(report_to_sarif(report, lang), ensure_ascii=False, indent=2) + "\n"
