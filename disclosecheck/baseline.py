"""Baselines: accept the findings a catalog already had, fail only on new ones.

A CI job that starts gating an old catalog cannot demand that every historic gap be fixed first.
It records today's findings once (``check --format json --output baseline.json --fail-on never``)
and from then on runs ``check --baseline baseline.json``: findings recorded there are left out of
the report and the exit status, new ones are reported as usual.

A finding is recognised by its file, sheet, rule, message code, item and element — not by its row
or cell, which move whenever a row is inserted above — and counted, so a second identical
finding on the same item is still new.

A file is recognised by what it is, not by how its path was typed: a baseline recorded as
``目录.xlsx`` inside a folder serves ``bl/目录.xlsx`` from the parent, an absolute path, or CI at the
repository root. A recorded path is resolved against the baseline file's folder, the git repository
that holds it and the working folder; when none of those names an existing file (the baseline was
moved), the recorded path matches a checked file whose path ends with it. Paths written on Windows
(``D:\\目录\\a.xlsx``, backslashes) are read as such.
"""

from __future__ import annotations

import json
import os
import stat
from collections import Counter
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath
from typing import Any

from disclosecheck.errors import OsReason, UsageError
from disclosecheck.model import FileResult
from disclosecheck.shown import maybe_name, maybe_text, name

Fingerprint = tuple[str, str, str, str, str, str]


def fingerprint(path: str | PurePath, sheet: str | None, rule: str, code: str, item: str | None,
                element: str | None) -> Fingerprint:
    return (str(path) if isinstance(path, str) else PurePath(path).as_posix(), sheet or "", rule, code,
            item or "", element or "")


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
    roots = _roots(path)
    for entry in data["files"]:
        recorded = file_identity(entry["path"], roots)
        for f in entry["findings"]:
            key = fingerprint(recorded, entry["sheet"], f["rule"], f["code"], f["item"], f["element"])
            known[key] += 1
    return known


def _parts(path: str) -> tuple[str, ...]:
    """The components of a recorded path, whichever system wrote it."""
    if "\\" in path or (len(path) > 1 and path[1] == ":"):
        return PureWindowsPath(path).parts
    return PurePosixPath(path).parts


def _roots(baseline: Path) -> list[Path]:
    """Folders a recorded relative path may be relative to: the baseline's, its git root, the working one."""
    folder = baseline.resolve().parent
    roots = [folder]
    for parent in (folder, *folder.parents):
        if (parent / ".git").exists():
            roots.append(parent)
            break
    roots.append(Path.cwd())
    return roots


def file_identity(recorded: str, roots: list[Path]) -> str:
    """``abs:<path>`` for a recorded path that names an existing file, else ``tail:<components>``."""
    parts = _parts(recorded)
    if not parts:
        return "tail:"
    if PurePosixPath(recorded).is_absolute() or PureWindowsPath(recorded).is_absolute():
        candidates = [Path(recorded)]
    else:
        candidates = [root.joinpath(*parts) for root in roots]
    for candidate in candidates:
        try:
            if candidate.is_file():
                return "abs:" + str(candidate.resolve())
        except (OSError, RuntimeError, ValueError):
            continue
    return "tail:" + "/".join(p for p in parts if p not in ("/", "\\") and not p.endswith(":\\"))


def _identity_of(path: str, recorded: set[str]) -> str:
    """The recorded identity a checked file answers to, or "".

    Its resolved path if recorded so; else the recorded path sharing the longest ending with it (at
    least the file name): a baseline recorded on another machine or from another folder still knows
    its files, and of two files of the same name the one in the closer folder is meant.
    """
    try:
        resolved = Path(path).resolve()
    except (OSError, RuntimeError, ValueError):
        resolved = Path(path).absolute()
    if "abs:" + str(resolved) in recorded:
        return "abs:" + str(resolved)
    mine = resolved.parts[::-1]
    best, best_len = "", 0
    for identity in recorded:
        if not identity.startswith("tail:"):
            continue
        theirs = identity[5:].split("/")[::-1]
        shared = 0
        for a, b in zip(mine, theirs, strict=False):
            if a != b:
                break
            shared += 1
        if shared > best_len:
            best, best_len = identity, shared
    return best


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
        raise bad("baseline.unreadable", reason=OsReason(exc)) from None
    except (RuntimeError, ValueError):
        raise bad("baseline.not_found") from None
    limit = MAX_BASELINE_MB * 1024 * 1024
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise bad("baseline.not_regular")
        with os.fdopen(fd, "rb", closefd=False) as fh:
            raw = fh.read(limit + 1)
    except OSError as exc:
        raise bad("baseline.unreadable", reason=OsReason(exc)) from None
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

        params = {k: v.in_lang(lang) if isinstance(v, OsReason) else v for k, v in self.params.items()}
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
    recorded = {key[0] for key in known}
    dropped = 0
    for result in results:
        identity = _identity_of(name(result.path), recorded)  # a recorded path is a shown name
        kept = []
        for f in result.findings:
            # sheet and item as the JSON report spells them, which is what a baseline recorded (shown.py)
            key = fingerprint(identity, maybe_name(result.sheet), f.rule, f.code, maybe_text(f.item),
                              f.element)
            if identity and remaining[key] > 0:
                remaining[key] -= 1
                dropped += 1
            else:
                kept.append(f)
        result.findings = kept
    return dropped
