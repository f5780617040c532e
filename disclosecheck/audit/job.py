"""The work a pool worker does for one file, and the way its result travels back.

A worker checks one file through :func:`disclosecheck.pipeline.check_path` — the same wiring as
``check`` — and sends back the FileResults without their catalogs (findings are small, a parsed
100,000-row catalog is not). Errors raised by the reader carry keyword parameters that plain
exception pickling drops, so they travel as (code, params) and are rebuilt in the parent.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from disclosecheck.errors import ConfigError, DiscloseCheckError, InputError, UsageError
from disclosecheck.model import FileResult
from disclosecheck.read.limits import DEFAULT_LIMITS, Limits

if TYPE_CHECKING:
    from disclosecheck.pack import Pack

_PACKS: dict[tuple[str | None, str], Pack] = {}


@dataclass(frozen=True, slots=True)
class CheckJob:
    """Everything a worker needs besides the file: plain data, so it pickles for spawned workers."""

    rules: str | None
    cwd: str
    as_of: date
    sheet: str | None = None
    limits: Limits = DEFAULT_LIMITS

    def pack(self) -> Pack:
        """The rule pack, loaded once per process (forked workers inherit the parent's copy)."""
        key = (self.rules, self.cwd)
        if key not in _PACKS:
            from disclosecheck.pack import load_pack

            _PACKS[key] = load_pack(self.rules, Path(self.cwd))
        return _PACKS[key]


@dataclass(frozen=True, slots=True)
class PortableError:
    """A DiscloseCheckError as plain data."""

    kind: str
    code: str
    params: dict[str, Any]

    def restore(self) -> DiscloseCheckError:
        params = dict(self.params)
        if self.kind == "InputError":
            return InputError(self.code, params.pop("path", ""), **params)
        if self.kind == "ConfigError":
            return ConfigError(self.code, params.pop("file", ""), **params)
        if self.kind == "UsageError":
            return UsageError(self.code, **params)
        return DiscloseCheckError(self.code, **params)


def to_portable(result: FileResult) -> FileResult:
    """A copy fit to send between processes: no catalog, errors as plain data."""
    error = result.error
    if isinstance(error, DiscloseCheckError):
        error = PortableError(type(error).__name__, error.code, dict(error.params))
    elif error is not None and not isinstance(error, str):
        error = str(error)
    return replace(result, catalog=None, error=error)


def from_portable(result: FileResult) -> FileResult:
    if isinstance(result.error, PortableError):
        return replace(result, error=result.error.restore())
    return result


def check_file(path: str, job: CheckJob) -> list[FileResult]:
    """Check one file in a worker: the pipeline's results, made portable."""
    from disclosecheck.pipeline import check_path

    return [to_portable(r) for r in check_path(Path(path), job.pack(), job.as_of, job.sheet, job.limits)]
