"""An audit from start to end: found files → checked in the pool → a Report ranked by unit.

Every found file ends as at least one FileResult: checked, unreadable, or stopped (timeout,
memory, crash). Results are put back in the order the files were found (sorted), so the report
is the same whatever the number of workers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TextIO

from disclosecheck.audit.job import CheckJob, check_file, from_portable
from disclosecheck.audit.pool import CRASHED, MEMORY, OK, TIMEOUT, Outcome, run_tasks
from disclosecheck.audit.units import (
    CommonFinding,
    MissingItem,
    UnitScore,
    common_findings,
    most_missing,
    score_units,
)
from disclosecheck.audit.walk import FoundFile
from disclosecheck.errors import InputError
from disclosecheck.model import FileResult, Report


@dataclass(slots=True)
class Audit:
    """The Report of every file, plus the ranking: what every audit renderer takes."""

    report: Report
    units: list[UnitScore]
    common: list[CommonFinding]
    unit_of: dict[str, str]  # a result's path (posix, as reported) -> its unit
    tracebacks: dict[str, str] = field(default_factory=dict)  # path -> a worker's traceback, for --debug
    #: files found in the folders that are not catalogs (.docx, .pdf, images), unit -> paths (posix, as
    #: reported), units in first-seen order: named in every report, never checked, never counted
    skipped: dict[str, list[str]] = field(default_factory=dict)
    #: Standard items most often missing across units (issue 12); empty when no table had a standard.
    missing: list[MissingItem] = field(default_factory=list)

    def results_of(self, unit: str) -> list[FileResult]:
        return [r for r in self.report.files if self.unit_of[r.path.as_posix()] == unit]


def outcome_results(found: FoundFile, outcome: Outcome, timeout: float | None,
                    max_memory_mb: int | None = None) -> list[FileResult]:
    """The FileResults of one file from what its worker reported (a stopped worker: the limit it hit)."""
    path = found.path
    if outcome.kind == OK:
        # the path as found, whatever spelling the pipeline kept: units and reports key on it
        return [from_portable(r, path) for r in outcome.value]
    if outcome.kind == TIMEOUT:
        error = InputError("input.timeout", path, seconds=f"{timeout:g}")
    elif outcome.kind == MEMORY and max_memory_mb:
        error = InputError("input.memory_limit", path, limit=max_memory_mb, option="--max-memory-mb")
    elif outcome.kind == MEMORY:
        error = InputError("input.memory", path)
    else:
        assert outcome.kind == CRASHED
        error = InputError("input.crashed", path, reason=outcome.reason)
    return [FileResult(path=path, status="error", error=error)]


def run_audit(files: Sequence[FoundFile], job: CheckJob, units: dict[str, str], *, jobs: int = 1,
              timeout: float | None = 60, max_memory_mb: int | None = 1024, tool_version: str = "",
              rules_name: str = "", on_done: Callable[[Outcome], None] | None = None,
              tick: Callable[[], None] | None = None, task: Callable[[str, Any], Any] = check_file,
              adjust: Callable[[list[FileResult]], Any] | None = None,
              skipped: dict[str, list[str]] | None = None) -> Audit:
    """Check ``files`` in ``jobs`` worker processes and rank their ``units`` (path → unit).

    ``task`` is what a worker runs per file (the real pipeline unless a test injects another);
    ``adjust`` sees every result before the ranking (the pack's ``ignore:`` entries are applied there);
    ``skipped`` (unit → paths of files that are not catalogs) is carried into the reports as is.
    """
    outcomes = run_tasks([f.display for f in files], task, job, jobs=jobs, timeout=timeout,
                         max_memory_mb=max_memory_mb, on_done=on_done, tick=tick)
    results: list[FileResult] = []
    tracebacks: dict[str, str] = {}
    for found, outcome in zip(files, outcomes, strict=True):
        results.extend(outcome_results(found, outcome, timeout, max_memory_mb))
        if outcome.detail:
            tracebacks[found.display] = outcome.detail
    if adjust is not None:
        adjust(results)
    report = Report(as_of=job.as_of, rules=rules_name, files=results, tool_version=tool_version)
    unit_of = {f.display: units[f.display] for f in files}
    return Audit(report, score_units(results, unit_of), common_findings(results, unit_of), unit_of,
                 tracebacks, dict(skipped or {}), most_missing(results, unit_of))


def audit_to_dict(audit: Audit, lang: str = "zh") -> dict[str, Any]:
    """The ``disclosecheck/1`` JSON document of ``check``, plus ``units`` (worst first), ``common`` and
    ``skipped`` (the files found that are not catalogs, with their unit)."""
    from disclosecheck.render.json_report import report_to_dict

    doc = report_to_dict(audit.report, lang)
    doc["units"] = [u.to_dict() for u in audit.units]
    doc["common"] = [c.to_dict() for c in audit.common]
    doc["skipped"] = _skipped_entries(audit)
    if audit.missing:  # optional (issue 12)
        doc["standard_missing"] = [m.to_dict() for m in audit.missing]
    return doc


def render_audit_json(audit: Audit, lang: str = "zh") -> str:
    """The audit as JSON text, spelled exactly like ``check``'s."""
    import io

    buffer = io.StringIO()
    write_audit_json(audit, buffer, lang)
    return buffer.getvalue()


def write_audit_json(audit: Audit, out: TextIO, lang: str = "zh") -> None:
    """The audit as JSON written to ``out`` file by file (see ``json_report.write_doc``).

    The parent of an audit of many large files then holds the findings (capped per rule in the
    workers) but never the whole document as a dict or a string.
    """
    from disclosecheck.render.json_report import report_doc, write_doc

    doc = report_doc(audit.report, lang)
    doc["units"] = (u.to_dict() for u in audit.units)
    doc["common"] = (c.to_dict() for c in audit.common)
    doc["skipped"] = _skipped_entries(audit)
    if audit.missing:  # optional (issue 12)
        doc["standard_missing"] = [m.to_dict() for m in audit.missing]
    write_doc(doc, out)


def _skipped_entries(audit: Audit) -> list[dict[str, str]]:
    """The files found that are not catalogs, as JSON entries, in walk order."""
    return [{"path": path, "unit": unit} for unit, paths in audit.skipped.items() for path in paths]


__all__ = ["Audit", "CheckJob", "audit_to_dict", "render_audit_json", "run_audit", "write_audit_json"]
