"""The machine-readable report: the versioned ``disclosecheck/1`` JSON contract.

The shape is fixed by ``schema/disclosecheck-1.schema.json`` (shipped in the package) so that
scripts and dashboards can rely on it; ``audit`` reuses :func:`report_to_dict` and adds its
``units``. Output is deterministic: keys in contract order, findings sorted, no timings.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from json.encoder import encode_basestring
from typing import Any, TextIO

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
        **omitted_to_dict(result),
        **coverage_to_dict(result, lang),
    }


def coverage_to_dict(result: FileResult, lang: str = "zh") -> dict[str, Any]:
    """``{"coverage": {...}}`` when the table's domain was told (optional in the contract, issue 12)."""
    from disclosecheck.standards.match import coverage_dict

    data = coverage_dict(result.coverage, lang)
    return {} if data is None else {"coverage": data}


def omitted_to_dict(result: FileResult) -> dict[str, Any]:
    """``{"omitted": [...]}`` when findings past ``--max-findings`` were left out, else nothing.

    Optional in the contract (absent when every finding is listed), so reports of ordinary files
    read byte for byte as before. The summary counts include these findings.
    """
    if not result.omitted:
        return {}
    return {"omitted": [{"rule": o.rule, "severity": str(o.severity), "count": o.count}
                        for o in result.omitted]}


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
    import io

    buffer = io.StringIO()
    write_json(report, buffer, lang)
    return buffer.getvalue()


def report_doc(report: Report, lang: str = "zh") -> dict[str, Any]:
    """:func:`report_to_dict` with ``files`` made one file at a time, for :func:`write_doc`."""
    doc = report_to_dict(Report(as_of=report.as_of, rules=report.rules, files=[],
                                tool_version=report.tool_version), lang)
    doc["files"] = (file_to_dict(r, lang) for r in report.files)
    doc["summary"] = summary_counts(report)
    return doc


def write_json(report: Report, out: TextIO, lang: str = "zh") -> None:
    """Write the report as ``disclosecheck/1`` JSON to ``out``, one file's object at a time.

    The text is byte for byte what :func:`dumps` of :func:`report_to_dict` gives, but the whole
    document never exists at once, as a dict or as a string: with findings capped per rule, memory
    stays bounded by one file's findings, however many files a report holds.
    """
    write_doc(report_doc(report, lang), out)


def write_doc(doc: Any, out: TextIO) -> None:
    """``out.write(dumps(doc))`` written piece by piece; a list may be any iterable (a generator).

    The standard library's encoder builds indented text in pure Python, one generator frame per
    level and value (16 s for 270,000 findings); this one keeps the same spelling — two-space
    indent, text as is — encodes a flat object of scalars (a finding) in one expression, and writes
    out each element of the document's own lists (a file, a unit) as soon as it is made.
    """
    writer = _JsonWriter(out)
    writer.value(doc, "", 0)
    writer.parts.append("\n")
    writer.flush()


_SCALARS = (str, int, float, bool, type(None))


def _scalar(value: Any) -> str:
    """A JSON scalar spelled as ``json.dumps`` spells it."""
    if isinstance(value, str):
        return encode_basestring(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return json.dumps(value)
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


#: One C-encoder per indent depth for flat objects and lists (see :meth:`_JsonWriter.value`).
_flat_encoders: dict[str, Callable[[Any], str]] = {}


def _flat_encoder(inner: str) -> Callable[[Any], str]:
    """``json.dumps`` of a flat object or list, its items separated by a newline and ``inner``."""
    flat = _flat_encoders.get(inner)
    if flat is None:
        flat = _flat_encoders[inner] = json.JSONEncoder(
            ensure_ascii=False, separators=(",\n" + inner, ": ")).encode
    return flat


class _JsonWriter:
    """Indented JSON into a list of parts, written to ``out`` after each element of a top-level list."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.parts: list[str] = []

    def flush(self) -> None:
        self.out.write("".join(self.parts))
        self.parts.clear()

    def value(self, value: Any, indent: str, depth: int) -> None:
        emit = self.parts.append
        if isinstance(value, dict):
            if not value:
                emit("{}")
                return
            inner = indent + "  "
            if all(isinstance(v, _SCALARS) for v in value.values()):
                # the C encoder, told to separate items by a newline and this depth's indent
                emit("{\n" + inner + _flat_encoder(inner)(value)[1:-1] + "\n" + indent + "}")
                return
            emit("{")
            first = True
            for key, item in value.items():
                emit(("\n" if first else ",\n") + inner + encode_basestring(str(key)) + ": ")
                first = False
                self.value(item, inner, depth + 1)
            emit("\n" + indent + "}")
            return
        if isinstance(value, list | tuple | Iterator):
            inner = indent + "  "
            if not isinstance(value, Iterator) and value and all(isinstance(v, _SCALARS) for v in value):
                # a list of names (missing items, items outside the standard): the C encoder again
                emit("[\n" + inner + _flat_encoder(inner)(value)[1:-1] + "\n" + indent + "]")
                return
            empty = True
            for item in value:
                emit(("[\n" if empty else ",\n") + inner)
                empty = False
                self.value(item, inner, depth + 1)
                if depth <= 1:
                    self.flush()
            emit("[]" if empty else "\n" + indent + "]")
            return
        emit(_scalar(value))


def load_schema() -> dict[str, Any]:
    """The shipped JSON Schema, read through importlib.resources so it works from a wheel too."""
    from importlib.resources import files

    text = files("disclosecheck.render").joinpath("schema", SCHEMA_RESOURCE).read_text(encoding="utf-8")
    return json.loads(text)
