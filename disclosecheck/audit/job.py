"""The work a pool worker does for one file, and the way its result travels back.

A worker checks one file through :func:`disclosecheck.pipeline.check_path` — the same wiring as
``check`` — and sends back the FileResults without their catalogs (findings are small, a parsed
100,000-row catalog is not). Errors raised by the reader carry keyword parameters that plain
exception pickling drops; those that cannot make the trip travel as their wording in every
language (:class:`RenderedError`), so the parent's report reads exactly as ``check``'s.
"""

from __future__ import annotations

import pickle
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from disclosecheck.errors import DiscloseCheckError, InputError
from disclosecheck.model import DEFAULT_MAX_FINDINGS, FileResult
from disclosecheck.read.limits import DEFAULT_LIMITS, Limits

if TYPE_CHECKING:
    from disclosecheck.pack import Pack

_PACKS: dict[tuple[str | None, str, str | None, str | None], Pack] = {}


@dataclass(frozen=True, slots=True)
class CheckJob:
    """Everything a worker needs besides the file: plain data, so it pickles for spawned workers."""

    rules: str | None
    cwd: str
    as_of: date
    sheet: str | None = None
    limits: Limits = DEFAULT_LIMITS
    #: Findings listed per rule and table; the rest are counted in the worker, so what travels back to
    #: the parent stays small however many findings a file has.
    max_findings: int = DEFAULT_MAX_FINDINGS
    #: ``--standard`` and ``--level`` (issue 12), applied over the pack's ``standard:``/``level:``.
    standard: str | None = None
    level: str | None = None

    def pack(self) -> Pack:
        """The rule pack, loaded once per process (forked workers inherit the parent's copy)."""
        key = (self.rules, self.cwd, self.standard, self.level)
        if key not in _PACKS:
            from disclosecheck.cli.standard_options import apply_standard
            from disclosecheck.pack import load_pack

            _PACKS[key] = apply_standard(load_pack(self.rules, Path(self.cwd)), self.standard, self.level)
        return _PACKS[key]


class RenderedError(InputError):
    """An error that could not travel between processes as itself, carried as its wording.

    Some reader errors word themselves (a limit's name, a hostile file's reason) and cannot be
    rebuilt from their arguments by pickle; this stand-in keeps their code and parameters for
    machines and their message in every language for people, so reports read exactly the same.
    """

    def __init__(self, code: str, path: Path | str, texts: dict[str, str], **params: Any) -> None:
        super().__init__(code, path, **params)
        self.texts = texts

    @classmethod
    def of(cls, error: DiscloseCheckError) -> RenderedError:
        from disclosecheck.messages import LANGS

        params = {k: v for k, v in error.params.items() if k != "path"}
        path = error.params.get("path", getattr(error, "path", ""))
        return cls(error.code, path, {lang: error.render(lang) for lang in LANGS}, **params)

    def render(self, lang: str = "zh") -> str:
        return self.texts.get(lang) or self.texts["zh"]

    def __reduce__(self) -> tuple[Any, ...]:
        params = {k: v for k, v in self.params.items() if k != "path"}
        return (_rebuild, (self.code, self.params["path"], self.texts, params))


def _rebuild(code: str, path: str, texts: dict[str, str], params: dict[str, Any]) -> RenderedError:
    return RenderedError(code, path, texts, **params)


def portable_error(error: Any) -> Any:
    """``error`` itself when it survives pickling unchanged, else a RenderedError (or text) standing in."""
    if error is None or isinstance(error, str):
        return error
    if not isinstance(error, DiscloseCheckError):
        return str(error)
    try:
        back = pickle.loads(pickle.dumps(error))
        if type(back) is type(error) and back.render("zh") == error.render("zh"):
            return error
    except Exception:  # any failure to round-trip means: send the wording instead
        pass
    return RenderedError.of(error)


def to_portable(result: FileResult) -> FileResult:
    """A copy fit to send between processes: no catalog, an error that unpickles as it was, no path.

    The parent knows which file it handed out (:func:`from_portable` puts its path back): a pickled
    ``Path`` is rebuilt by parsing it again, a third of what the parent spent unpickling a result.
    """
    coverage = result.coverage
    if coverage is not None and getattr(coverage, "pairs", None):
        coverage = replace(coverage, pairs={})  # item ids mean nothing in another process
    return replace(result, path=None, catalog=None, error=portable_error(result.error),  # type: ignore[arg-type]
                   coverage=coverage)


def from_portable(result: FileResult, path: Path) -> FileResult:
    """The parent's side of :func:`to_portable`: the result of the file at ``path`` (as it was found)."""
    return replace(result, path=path)


def check_file(path: str, job: CheckJob) -> list[FileResult]:
    """Check one file in a worker: the pipeline's results, made portable."""
    from disclosecheck.pipeline import check_path

    results = check_path(Path(path), job.pack(), job.as_of, job.sheet, job.limits, keep_catalogs=False,
                         max_findings=job.max_findings)
    if any(r.error is not None for r in results):
        from disclosecheck.audit.pool import collect_after_this_task, retire_after_this_task

        collect_after_this_task()  # the error's traceback holds the file's bytes in a cycle
        if any(getattr(r.error, "code", "") in _HEAP_SPENT for r in results):
            retire_after_this_task()
    return [to_portable(r) for r in results]


#: Errors after which a worker's heap is spent: it reports the file and leaves the next to a fresh one.
_HEAP_SPENT = frozenset({"input.memory", "input.read_memory", "input.memory_limit"})
