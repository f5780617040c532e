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
import os
import stat
from collections import Counter
from pathlib import Path, PurePath
from typing import Any

from disclosecheck.errors import UsageError
from disclosecheck.model import FileResult
from disclosecheck.shown import maybe_name, maybe_text, name

Fingerprint = tuple[str, str, str, str, str, str]


def fingerprint(path: str | PurePath, sheet: str | None, rule: str, code: str, item: str | None,
                element: str | None) -> Fingerprint:
    return (PurePath(path).as_posix(), sheet or "", rule, code, item or "", element or "")


#: Largest baseline read, in MB: a report of the largest catalog the limits allow, with findings.
MAX_BASELINE_MB = 100


def load_baseline(path: Path) -> Counter[Fingerprint]:
    """The findings recorded in a ``disclosecheck/1`` JSON report. Raises UsageError.

    A baseline is input like a rule pack: read only from a regular file (``/dev/zero`` or a FIFO
    would never end), at most :data:`MAX_BASELINE_MB`, and held to the published JSON Schema
    before anything in it is used, so a wrong one is one line saying where it is wrong.
    """
    from disclosecheck.jsonshape import first_problem
    from disclosecheck.render.json_report import load_schema

    data = _read_json(path)
    problem = first_problem(data, load_schema())
    if problem is not None:
        reason = _Reason("baseline.schema." + problem.kind, where=problem.where, expected=problem.expected,
                         key=problem.key)
        raise UsageError("usage.bad_baseline", path=str(path), reason=reason)
    known: Counter[Fingerprint] = Counter()
    for entry in data["files"]:
        for f in entry["findings"]:
            key = fingerprint(entry["path"], entry["sheet"], f["rule"], f["code"], f["item"], f["element"])
            known[key] += 1
    return known


def _read_json(path: Path) -> Any:
    """The parsed JSON of the regular file ``path``, within the size limit. Raises UsageError."""
    def bad(code: str, **params: Any) -> UsageError:
        return UsageError("usage.bad_baseline", path=str(path), reason=_Reason(code, **params))

    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise bad("baseline.not_found") from None
    except IsADirectoryError:
        raise bad("baseline.not_regular") from None
    except OSError as exc:
        raise bad("baseline.unreadable", reason=exc.strerror or type(exc).__name__) from None
    except (RuntimeError, ValueError):
        raise bad("baseline.not_found") from None
    limit = MAX_BASELINE_MB * 1024 * 1024
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise bad("baseline.not_regular")
        with os.fdopen(fd, "rb", closefd=False) as fh:
            raw = fh.read(limit + 1)
    except OSError as exc:
        raise bad("baseline.unreadable", reason=exc.strerror or type(exc).__name__) from None
    finally:
        os.close(fd)
    if len(raw) > limit:
        raise bad("baseline.too_large", limit=MAX_BASELINE_MB)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise bad("baseline.encoding") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise bad("baseline.json", line=exc.lineno, column=exc.colno) from None
    except RecursionError:
        raise bad("baseline.too_deep") from None
    except ValueError:  # a number too long to convert
        raise bad("baseline.json_value") from None


class _Reason:
    """Why a baseline cannot be used, worded in the language the error is finally shown in."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params = params

    def in_lang(self, lang: str) -> str:
        from disclosecheck.messages import render

        params = dict(self.params)
        if "where" in params:
            params["where"] = params["where"] or render("baseline.top", None, lang)
        if "expected" in params:
            words = [render(f"baseline.type.{name}", None, lang) if self.code.endswith(".type") else name
                     for name in params["expected"]]
            params["expected"] = render("baseline.or", None, lang).join(words)
        return render(self.code, params, lang)

    def __str__(self) -> str:
        return self.in_lang("zh")


def apply_baseline(results: list[FileResult], known: Counter[Fingerprint]) -> int:
    """Drop from ``results`` the findings that ``known`` records; return how many were dropped."""
    remaining = Counter(known)
    dropped = 0
    for result in results:
        kept = []
        for f in result.findings:
            # as the JSON report spells them, which is what a baseline recorded (shown.py)
            key = fingerprint(name(result.path), maybe_name(result.sheet), f.rule, f.code, maybe_text(f.item),
                              f.element)
            if remaining[key] > 0:
                remaining[key] -= 1
                dropped += 1
            else:
                kept.append(f)
        result.findings = kept
    return dropped
