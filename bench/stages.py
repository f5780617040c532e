"""Where an audit's time goes per file: each stage of the pipeline timed over the county corpus.

    python bench/stages.py            # the 200 catalogs that bench/run.py audits
    python bench/stages.py --quick    # the 12 of its quick corpus (CI: it still runs)

``run.py`` says how far the audit is from the floor; this says why. In one warm process, with the
cycle collector paused as :func:`disclosecheck.pipeline.check_path` pauses it, every file goes through
the stages one at a time: the floor's own work (calamine opening the file and converting its rows),
disclosecheck's whole read (the same calamine work plus telling the format, the guard, the extent
scan and string sharing), locating the header, normalizing, the checks, and pickling the result a
worker sends back. Beside them, not counted in a worker's work, the same read as ``check`` does it:
in a forked child capped by ``--max-memory-mb``, its grids pickled back over a pipe. Each figure is
milliseconds per file, the best of ``--rounds`` passes: the pass least disturbed by other work on the
machine.
"""

from __future__ import annotations

import argparse
import gc
import pickle
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import build  # noqa: E402

AS_OF = date(2026, 11, 22)
FLOOR = "calamine read (the floor)"
#: ``check``'s read, in a capped child: shown beside the worker's stages, not counted in them.
ISOLATED = "read in a capped child"


def calamine_read(path: Path) -> Any:
    """The floor's work on one file, as ``run.py``'s FLOOR_CODE does it."""
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(path))
    return [book.get_sheet_by_name(name).to_python() for name in book.sheet_names]


def stage_times(files: list[Path], rounds: int) -> dict[str, float]:
    """Best-of-``rounds`` milliseconds per file of each stage."""
    from disclosecheck.pack import load_pack

    pack = load_pack("national")
    one_pass(files[:3], pack)  # warm-up: imports, compiled patterns, the calendar
    passes = [one_pass(files, pack) for _ in range(rounds)]
    return {stage: min(p[stage] for p in passes) / len(files) * 1000 for stage in passes[0]}


def one_pass(files: list[Path], pack: Any) -> dict[str, float]:
    """Seconds spent in each stage over ``files``."""
    from disclosecheck.audit.job import to_portable
    from disclosecheck.checks.runner import run_checks
    from disclosecheck.locate import find_catalogs
    from disclosecheck.model import FileResult
    from disclosecheck.normalize import normalize
    from disclosecheck.read import read_workbook
    from disclosecheck.read.limits import Limits

    totals: dict[str, float] = {}

    def timed(stage: str, fn: Callable[[], Any]) -> Any:
        start = time.perf_counter()
        value = fn()
        totals[stage] = totals.get(stage, 0.0) + time.perf_counter() - start
        return value

    for path in files:  # the floor in a pass of its own, so neither warms the other's caches
        timed(FLOOR, lambda p=path: calamine_read(p))
    for path in files:  # check's way: each spreadsheet read in a forked child capped at 1 GB
        timed(ISOLATED, lambda p=path: read_workbook(p, Limits(max_memory_mb=1024)))
    in_worker = Limits(max_memory_mb=None)  # an audit worker is capped itself and reads in-process
    for path in files:
        book = timed("read (calamine included)", lambda p=path: read_workbook(p, in_worker))
        tables = timed("locate", lambda b=book: list(find_catalogs(b, None, pack.synonyms)))
        catalogs = timed("normalize", lambda b=book, t=tables: [normalize(g, lay, b.path, b.format)
                                                                for g, lay in t])
        findings = timed("checks", lambda cs=catalogs: [run_checks(c, pack, AS_OF) for c in cs])
        results = [FileResult(path=path, sheet=c.sheet, findings=f)
                   for c, f in zip(catalogs, findings, strict=True)]
        timed("result sent back", lambda rs=results: pickle.dumps([to_portable(r) for r in rs]))
    return totals


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="the quick corpus, one pass")
    parser.add_argument("--rounds", type=int, default=None, help="timed passes (default 5, quick 1)")
    parser.add_argument("--corpus", type=Path, default=HERE / "_corpus", help="where corpora are generated")
    args = parser.parse_args()
    rounds = args.rounds or (1 if args.quick else 5)
    files = build(args.corpus.resolve(), args.quick)["county_files"]
    gc.disable()  # as check_path does for each file
    times = stage_times(files, rounds)
    floor = times[FLOOR]
    own = sum(ms for stage, ms in times.items() if stage not in (FLOOR, ISOLATED))
    print(f"{len(files)} catalogs, ms per file (best of {rounds}):")
    for stage, ms in times.items():
        print(f"  {stage:28} {ms:7.3f}")
    print(f"  {'a worker in all':28} {own:7.3f}  ({own / floor:.1f}x the floor; "
          f"{own - floor:.3f} ms beyond calamine's own work)")
    read = times["read (calamine included)"]
    print(f"  {'isolation in check':28} {times[ISOLATED] - read:7.3f}  (the read in a capped child, "
          f"{times[ISOLATED]:.3f} ms, less the read in-process)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
