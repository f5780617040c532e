"""The machine-readable report: the versioned ``disclosecheck/1`` JSON contract.

The shape is fixed by ``schema/disclosecheck-1.schema.json`` (shipped in the package) so that
scripts and dashboards can rely on it; ``audit`` reuses :func:`report_to_dict` and adds its
``units``. Output is deterministic: keys in contract order, findings sorted, no timings.
"""

from __future__ import annotations

import json
from typing import Any

from disclosecheck.model import FileResult, Finding, Report, Severity
from disclosecheck.shown import maybe_name, maybe_text, name

SCHEMA_ID = "disclosecheck/1"
SCHEMA_RESOURCE = "disclosecheck-1.schema.json"


def _finding_order(finding: Finding) -> tuple:
    # File-level findings (row None) first, then by position, so diffs of two runs stay small.
    return (finding.sheet or "", finding.row is not None, finding.row or 0, finding.cell or "",
            finding.rule, finding.code, finding.element or "")


def finding_to_dict(finding: Finding, lang: str = "zh") -> dict[str, Any]:
    """One finding as the contract spells it, its message rendered in ``lang``."""
    from disclosecheck.messages import render

    return {
        "rule": finding.rule,
        "code": finding.code,
        "severity": str(finding.severity),
        "sheet": maybe_name(finding.sheet),
        "row": finding.row,
        "cell": finding.cell,
        "element": finding.element,
        "item": maybe_text(finding.item),
        "message": render(finding.code, finding.params, lang),
    }


def _error_text(result: FileResult, lang: str) -> str | None:
    if result.status != "error":
        return None
    error = result.error
    if error is None:
        return ""
    if hasattr(error, "render"):
        return str(error.render(lang))
    return str(error)


def file_to_dict(result: FileResult, lang: str = "zh") -> dict[str, Any]:
    """One checked file (one catalog table) as the contract spells it."""
    return {
        "path": name(result.path),  # a name that is not UTF-8 or holds controls, escaped (shown.py)
        "sheet": maybe_name(result.sheet),
        "status": result.status,
        "error": _error_text(result, lang),
        "stats": {"items": result.stats.items, "level1": result.stats.level1, "level2": result.stats.level2},
        "findings": [finding_to_dict(f, lang) for f in sorted(result.findings, key=_finding_order)],
    }


def summary_counts(report: Report) -> dict[str, int]:
    """``files`` counts distinct input paths (a file with two catalog sheets is one file).

    ``baselined`` (findings left out by ``--baseline``) is present only when a baseline was used.
    """
    counts = {
        "files": len({str(r.path) for r in report.files}),
        "errors": report.count(Severity.ERROR),
        "warnings": report.count(Severity.WARNING),
        "infos": report.count(Severity.INFO),
    }
    if report.baseline is not None:
        counts["baselined"] = report.baselined
    return counts


def report_to_dict(report: Report, lang: str = "zh") -> dict[str, Any]:
    """The whole report as a JSON-able dict in the ``disclosecheck/1`` contract."""
    from disclosecheck import __version__

    return {
        "schema": SCHEMA_ID,
        "tool": {"name": "disclosecheck", "version": report.tool_version or __version__},
        "as_of": report.as_of.isoformat(),
        "rules": name(report.rules),
        "files": [file_to_dict(r, lang) for r in report.files],
        "summary": summary_counts(report),
    }


def dumps(data: dict[str, Any]) -> str:
    """The one JSON spelling: UTF-8 text as is, indented, newline-terminated."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def render_json(report: Report, lang: str = "zh") -> str:
    """The report as ``disclosecheck/1`` JSON text."""
    return dumps(report_to_dict(report, lang))


def load_schema() -> dict[str, Any]:
    """The shipped JSON Schema, read through importlib.resources so it works from a wheel too."""
    from importlib.resources import files

    text = files("disclosecheck.render").joinpath("schema", SCHEMA_RESOURCE).read_text(encoding="utf-8")
    return json.loads(text)
