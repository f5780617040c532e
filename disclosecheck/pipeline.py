"""The one-way flow, wired once: read → locate → normalize → check.

Commands (``check``, ``audit``) and the benchmark call :func:`check_path`; nothing else chains
the stages, so every entry point sees the same behaviour.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from disclosecheck.errors import InputError
from disclosecheck.model import DEFAULT_MAX_FINDINGS, Catalog, FileResult, Finding, Omitted, Severity, Stats
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
    """The pack's placeholder words and template marks, ready for the normalizer.

    One per set of words for the process: its memory of the texts it has judged then serves every
    file of a run (an audit judges the same 公开时限 and 公开主体 in file after file).
    """
    from disclosecheck.normalize.values import Placeholders

    key = (tuple(getattr(pack, "placeholders", ())), tuple(getattr(pack, "template_marks", ())))
    found = _PLACEHOLDERS.get(key)
    if found is None:
        found = _PLACEHOLDERS[key] = Placeholders(*key)
    return found


_PLACEHOLDERS: dict[tuple[tuple[str, ...], tuple[str, ...]], Placeholders] = {}


#: Catalogs of the last file of a process that ends without tearing down (see :func:`check_path`).
_LEFT_TO_EXIT: list[Catalog] = []


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
               limits: Limits = DEFAULT_LIMITS, keep_catalogs: bool = True,
               max_findings: int = DEFAULT_MAX_FINDINGS, left_to_exit: bool = False) -> list[FileResult]:
    """One result per catalog table in ``path``; an unreadable file is one result with status "error".

    Only the annotated workbook needs a result's catalog; without ``keep_catalogs`` each catalog is
    let go as soon as it is checked, so a large one is freed before the report is rendered, and the
    collector, switched back on, finds only the small results to look at. Each table lists at most
    ``max_findings`` findings per rule (the first by position); the rest are counted in ``omitted``.
    A file that runs out of memory is one result with the ``input.memory`` error, like an audit's.

    ``left_to_exit``: the last file of a process that ends without tearing down (``cli.main``): its
    catalogs are not freed but left to the operating system, frozen out of the collector's sight.
    Freeing the 100,000 items of a large catalog one container at a time cost a quarter of a second;
    they are no larger than while they were checked, and the report comes after.
    """
    with collector_paused():
        results: list[FileResult] = []
        try:
            catalogs = load_catalogs(path, sheet, pack.synonyms, limits, pack_placeholders(pack))
            while catalogs:  # each freed here, while the collector is still paused (no loop variable
                # keeps the last one alive until the collector, switched back on, walks all its items)
                if left_to_exit:
                    _LEFT_TO_EXIT.append(catalogs[0])
                results.append(_check_catalog(path, catalogs.pop(0), pack, as_of, keep_catalogs,
                                              max_findings))
            if left_to_exit:
                gc.freeze()  # the collector, switched back on, never walks what is left to the exit
            return results
        except InputError as exc:
            return [FileResult(path=path, status="error", error=exc)]
        except MemoryError:
            pass  # answered below, once the exception and the frames it holds (the file's grid) are gone
    results.clear()
    return [FileResult(path=path, status="error", error=InputError("input.memory", path))]


def _check_catalog(path: Path, catalog: Catalog, pack: Pack, as_of: date, keep: bool,
                   max_findings: int) -> FileResult:
    from disclosecheck.checks.runner import iter_checks
    from disclosecheck.standards.match import match_for

    match = match_for(catalog, pack)  # which standard and level, once per table (rules and reports)
    checked = iter_checks(catalog, pack, as_of, {"standard": match})
    findings, omitted, failing_rows = cap_findings(checked, max_findings)
    stats = Stats(items=len(catalog.items), level1=catalog.level1_count, level2=catalog.level2_count)
    return FileResult(path=path, sheet=catalog.sheet, stats=stats, findings=findings,
                      catalog=catalog if keep else None, omitted=omitted, failing_rows=failing_rows,
                      coverage=match)


def cap_findings(findings: Iterable[Finding], cap: int) -> tuple[list[Finding], list[Omitted], int | None]:
    """The first ``cap`` findings of each rule by position, sorted; what was left out; rows with errors.

    Findings arrive one at a time and each rule keeps at most twice ``cap`` of them before the extra
    are sorted away, so memory stays bounded by the cap whatever the table holds, and the ones kept
    are exactly the first ``cap`` by position. Rows with an error are counted over every finding (the
    audit's compliance rate needs them) but reported only when something was left out; so are the
    rows each rule's left-out findings are on (counted as the rule moves from row to row, as checks
    walk the items in order), for the audit's most common problems.
    """
    cap = max(cap, 0)
    kept: dict[str, list[Finding]] = {}
    dropped: dict[tuple[str, Severity], int] = {}
    rows_of: dict[str, int] = {}  # rule -> rows its findings are on
    last_row: dict[str, tuple[str | None, int | None]] = {}
    error_rows: set[tuple[str | None, int]] = set()

    def trim(rule: str, bucket: list[Finding]) -> None:
        bucket.sort(key=Finding.sort_key)
        for finding in bucket[cap:]:
            key = (rule, finding.severity)
            dropped[key] = dropped.get(key, 0) + 1
        del bucket[cap:]

    for finding in findings:
        rule = finding.rule
        where = (finding.sheet, finding.row)
        if finding.row is not None:
            if finding.severity == Severity.ERROR:
                error_rows.add(where)  # type: ignore[arg-type]
            if last_row.get(rule) != where:
                last_row[rule] = where
                rows_of[rule] = rows_of.get(rule, 0) + 1
        bucket = kept.setdefault(rule, [])
        bucket.append(finding)
        if len(bucket) > 2 * cap:
            trim(rule, bucket)
    for rule, bucket in kept.items():
        if len(bucket) > cap:
            trim(rule, bucket)
    listed = sorted((f for bucket in kept.values() for f in bucket), key=Finding.sort_key)
    if not dropped:
        return listed, [], None
    order = {rule: n for n, rule in enumerate(kept)}
    omitted: list[Omitted] = []
    for (rule, severity), count in sorted(dropped.items(), key=lambda d: (order[d[0][0]], -d[0][1].rank)):
        rows = 0
        if not omitted or omitted[-1].rule != rule:  # a rule's rows are told once, on its first entry
            listed_rows = len({(f.sheet, f.row) for f in kept[rule] if f.row is not None})
            rows = max(rows_of.get(rule, 0) - listed_rows, 0)
        omitted.append(Omitted(rule, severity, count, rows))
    return listed, omitted, len(error_rows)
