"""``check --since OLD``: only the findings a change brought, for reviewing a pull request.

A reviewer of an edit to a catalog with a hundred historic gaps wants to see what *this* edit got
wrong. The new file's tables are paired with OLD's exactly as ``disclosecheck diff`` pairs them;
a finding on a row is kept when its item was added, renamed or changed; a finding about the whole
table (a missing column) is kept when OLD's same table did not have it already.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from disclosecheck.model import FileResult

if TYPE_CHECKING:
    from disclosecheck.pack import Pack
    from disclosecheck.read.limits import Limits


def apply_since(results: list[FileResult], old_path: Path, pack: Pack, as_of: date, sheet: str | None,
                limits: Limits) -> None:
    """Narrow each result's findings to those on items added or changed since ``old_path``.

    The results must keep their catalogs (``check_path(..., keep_catalogs=True)``). An OLD that
    cannot be read raises its InputError: a review against nothing would report everything.
    """
    from disclosecheck.checks.runner import run_checks
    from disclosecheck.diff import diff_catalogs, pair_catalogs
    from disclosecheck.pipeline import load_catalogs

    old = load_catalogs(old_path, sheet, pack.synonyms, limits)
    by_catalog = {id(r.catalog): r for r in results if r.catalog is not None}
    new = [r.catalog for r in results if r.catalog is not None]
    for before, after in pair_catalogs(old, new):
        if after is None or before is None:
            continue  # a table new in this version: all its findings are the change's
        result = by_catalog[id(after)]
        rows = diff_catalogs(before, after).changed_rows
        had = {(f.rule, f.code, f.element) for f in run_checks(before, pack, as_of) if f.row is None}
        result.findings = [f for f in result.findings if (
            f.row in rows if f.row is not None else (f.rule, f.code, f.element) not in had)]
