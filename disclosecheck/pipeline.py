"""The one-way flow, wired once: read → locate → normalize → check.

Commands (``check``, ``audit``) and the benchmark call :func:`check_path`; nothing else chains
the stages, so every entry point sees the same behaviour.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from disclosecheck.errors import InputError
from disclosecheck.model import Catalog, FileResult, Stats
from disclosecheck.read.limits import DEFAULT_LIMITS, Limits

if TYPE_CHECKING:
    from disclosecheck.normalize.values import Placeholders
    from disclosecheck.pack import Pack


def load_catalogs(path: Path, sheet: str | None = None, synonyms: Mapping[str, str] | None = None,
                  limits: Limits = DEFAULT_LIMITS, placeholders: Placeholders | None = None) -> list[Catalog]:
    """Every catalog table in the file at ``path``. Raises InputError."""
    from disclosecheck.locate import find_catalogs
    from disclosecheck.normalize import normalize
    from disclosecheck.read import read_workbook

    workbook = read_workbook(path, limits)
    return [normalize(grid, layout, path, workbook.format, placeholders)
            for grid, layout in find_catalogs(workbook, sheet, synonyms)]


def pack_placeholders(pack: Pack) -> Placeholders:
    """The pack's placeholder words and template marks, ready for the normalizer."""
    from disclosecheck.normalize.values import Placeholders

    return Placeholders(getattr(pack, "placeholders", ()), getattr(pack, "template_marks", ()))


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while one file goes through the stages.

    A catalog becomes hundreds of thousands of small containers (rows, items and their dicts and
    sets), none of them in a reference cycle, so plain reference counting frees them all. Left on,
    the collector walks the growing heap again and again and finds nothing: about 1.5 s of a 6.8 s
    check of 100,000 rows, and a fifth of normalizing a 60-row one. It is switched back on (if it
    was on) as soon as the file is done.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def check_path(path: Path, pack: Pack, as_of: date, sheet: str | None = None,
               limits: Limits = DEFAULT_LIMITS, keep_catalogs: bool = True) -> list[FileResult]:
    """One result per catalog table in ``path``; an unreadable file is one result with status "error".

    Only the annotated workbook needs a result's catalog; without ``keep_catalogs`` each catalog is
    let go as soon as it is checked, so a large one is freed before the report is rendered, and the
    collector, switched back on, finds only the small results to look at.
    """
    with collector_paused():
        try:
            catalogs = load_catalogs(path, sheet, pack.synonyms, limits, pack_placeholders(pack))
        except InputError as exc:
            return [FileResult(path=path, status="error", error=exc)]
        results = [_check_catalog(path, catalog, pack, as_of, keep_catalogs) for catalog in catalogs]
        catalogs.clear()  # freed here, while the collector is still paused
        return results


def _check_catalog(path: Path, catalog: Catalog, pack: Pack, as_of: date, keep: bool) -> FileResult:
    from disclosecheck.checks.runner import run_checks

    findings = sorted(run_checks(catalog, pack, as_of), key=lambda f: f.sort_key())
    stats = Stats(items=len(catalog.items), level1=catalog.level1_count, level2=catalog.level2_count)
    return FileResult(path=path, sheet=catalog.sheet, stats=stats, findings=findings,
                      catalog=catalog if keep else None)
