"""Baselines: accept the findings a catalog already had, fail only on new ones.

A CI job that starts gating an old catalog cannot demand that every historic gap be fixed first.
It records today's findings once (``check --format json --output baseline.json --fail-on never``)
and from then on runs ``check --baseline baseline.json``: findings recorded there are left out of
the report and the exit status, new ones are reported as usual.

A finding is recognised by its file, sheet, rule, message code, item and element — not by its row
or cell, which move whenever a row is inserted above — and counted, so a second identical
finding on the same item is still new.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path, PurePath
from typing import Any

from disclosecheck.errors import UsageError
from disclosecheck.model import FileResult

Fingerprint = tuple[str, str, str, str, str, str]


def fingerprint(path: str | PurePath, sheet: str | None, rule: str, code: str, item: str | None,
                element: str | None) -> Fingerprint:
    return (PurePath(path).as_posix(), sheet or "", rule, code, item or "", element or "")


def load_baseline(path: Path) -> Counter[Fingerprint]:
    """The findings recorded in a ``disclosecheck/1`` JSON report. Raises UsageError."""
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise UsageError("usage.bad_baseline", path=str(path), reason="not found") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UsageError("usage.bad_baseline", path=str(path), reason=type(exc).__name__) from None
    if not isinstance(data, dict) or data.get("schema") != "disclosecheck/1":
        raise UsageError("usage.bad_baseline", path=str(path), reason="schema")
    known: Counter[Fingerprint] = Counter()
    for entry in data.get("files") or []:
        for f in entry.get("findings") or []:
            known[fingerprint(entry.get("path", ""), entry.get("sheet"), f.get("rule", ""), f.get("code", ""),
                              f.get("item"), f.get("element"))] += 1
    return known


def apply_baseline(results: list[FileResult], known: Counter[Fingerprint]) -> int:
    """Drop from ``results`` the findings that ``known`` records; return how many were dropped."""
    remaining = Counter(known)
    dropped = 0
    for result in results:
        kept = []
        for f in result.findings:
            key = fingerprint(result.path, result.sheet, f.rule, f.code, f.item, f.element)
            if remaining[key] > 0:
                remaining[key] -= 1
                dropped += 1
            else:
                kept.append(f)
        result.findings = kept
    return dropped
