"""Benchmark: disclosecheck beside ``frictionless validate`` and beside the floor (a bare calamine read).

    python bench/run.py            # full corpora: 300-row catalog, 200 catalogs in 25 townships, 100,000 rows
    python bench/run.py --quick    # tiny corpora, one round: only shows that everything still runs (CI)

Every command runs as a fresh process (cold: interpreter start and imports included) and is measured
with ``os.wait4``: wall time, CPU time (user+sys, the process and the workers it waited for) and the
peak resident memory of the largest single process. Corpora are generated under ``bench/_corpus/``
(gitignored) on the first run. frictionless is optional (``pip install frictionless`` or the
``bench`` extra); without it those columns are skipped. Each figure is the median of ``--rounds``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import build  # noqa: E402

AS_OF = "2026-11-22"

FLOOR_CODE = """
import sys
from python_calamine import CalamineWorkbook
cells = 0
for path in sys.argv[1:]:
    wb = CalamineWorkbook.from_path(path)
    for name in wb.sheet_names:
        rows = wb.get_sheet_by_name(name).to_python()
        cells += sum(len(r) for r in rows)
print(cells)
"""

# frictionless refuses absolute paths as "not safe": it runs in the corpus folder on relative paths,
# and exits 3 (reported as a failure) if a file was not actually read.
FRICTIONLESS_CODE = """
import sys
from frictionless import validate
for path in sys.argv[1:]:
    report = validate(path)
    if not report.tasks or not report.tasks[0].stats.get("rows"):
        sys.exit(3)
"""


@dataclass
class Run:
    wall: float
    cpu: float
    peak_mb: float
    code: int


#: Runs a command and reports its own wall/CPU/peak memory. The command is started from this small
#: process, not from the benchmark: a forked child starts with its parent's resident set counted in
#: its peak, which would put the benchmark's own memory under every figure.
PROBE_CODE = """
import json, os, subprocess, sys, time
start = time.perf_counter()
proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
err = proc.stderr.read()
_, status, usage = os.wait4(proc.pid, 0)
wall = time.perf_counter() - start
sys.stderr.buffer.write(err[-2000:])
print(json.dumps({"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "peak_mb": usage.ru_maxrss / 1024,
                  "code": os.waitstatus_to_exitcode(status)}))
"""


def measure(cmd: list[str], cwd: Path, timeout: float = 900) -> Run:
    """One cold run of ``cmd``: wall and CPU seconds, peak RSS (MB) of its largest process, exit code."""
    done = subprocess.run([sys.executable, "-S", "-c", PROBE_CODE, *cmd], cwd=cwd, capture_output=True,
                          timeout=timeout)
    run = Run(**json.loads(done.stdout))
    if run.code not in (0, 1):
        err = done.stderr.decode("utf-8", "replace").strip()[-300:]
        print(f"  ! {' '.join(cmd[:3])} … exited {run.code}: {err}", file=sys.stderr)
    return run


def median_runs(commands: list[tuple[list[str], Path, int]]) -> list[Run]:
    """For each (command, folder, rounds), the median of its rounds, the commands taking turns.

    Run as a, b, c, a, b, c … rather than a, a, a, b, b, b: on a shared or virtual machine whose
    speed drifts during the benchmark, the drift then weighs on every command alike, not on the one
    measured last, and the ratios stay fair.
    """
    runs: list[list[Run]] = [[] for _ in commands]
    for turn in range(max(rounds for _, _, rounds in commands)):
        for done, (cmd, cwd, rounds) in zip(runs, commands, strict=True):
            if turn < rounds:
                done.append(measure(cmd, cwd))
    return [Run(statistics.median(r.wall for r in rs), statistics.median(r.cpu for r in rs),
                max(r.peak_mb for r in rs), max(r.code for r in rs)) for rs in runs]


def console_script(name: str) -> str | None:
    """The command ``name`` installed with this interpreter, else the first on PATH.

    The script beside ``sys.executable`` (a virtual environment's ``bin/``) comes first: on PATH, a
    version manager's shim (pyenv's is a shell script) may stand in front of it and add tens of
    milliseconds to every start, a cost of that machine, not of the tool measured, and one the floor
    (run with ``sys.executable`` directly) would not pay.
    """
    beside = Path(sys.executable).parent / name
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    return shutil.which(name)


def disclosecheck_cmd() -> list[str]:
    exe = console_script("disclosecheck")
    return [exe] if exe else [sys.executable, "-m", "disclosecheck"]


def have_frictionless() -> bool:
    try:
        import frictionless  # noqa: F401
    except ImportError:
        return False
    return True


def fmt_run(run: Run | None) -> str:
    if run is None:
        return "—"
    return f"{run.wall:7.2f}s (cpu {run.cpu:5.2f}s, {run.peak_mb:5.0f} MB)"


def ratio(a: Run | None, b: Run | None) -> str:
    if a is None or b is None or b.wall == 0:
        return "—"
    return f"{a.wall / b.wall:5.1f}x"


def precompile() -> None:
    """Write disclosecheck's bytecode once, as ``pip install`` does for an installed package.

    An editable install under ``PYTHONDONTWRITEBYTECODE=1`` (set on some machines) would otherwise
    compile every module from source in every timed run, which no user's installed copy does;
    frictionless and the other site-packages already have their bytecode from pip.
    """
    import compileall

    import disclosecheck

    compileall.compile_dir(Path(disclosecheck.__file__).parent, quiet=1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny corpora, one round (CI: it still runs)")
    parser.add_argument("--rounds", type=int, default=None, help="runs per figure (default 3, quick 1)")
    parser.add_argument("--jobs", type=int, default=None, help="audit --jobs (default: all cores)")
    parser.add_argument("--no-frictionless", action="store_true", help="skip frictionless even if installed")
    parser.add_argument("--corpus", type=Path, default=HERE / "_corpus", help="where corpora are generated")
    parser.add_argument("--out", type=Path, default=HERE / "_out", help="where reports and results go")
    args = parser.parse_args()
    rounds = args.rounds or (1 if args.quick else 3)
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)

    print(f"corpora: {args.corpus}", flush=True)
    t0 = time.perf_counter()
    corpus = build(args.corpus.resolve(), args.quick)
    print(f"  ready in {time.perf_counter() - t0:.1f}s", flush=True)
    small, big, county = corpus["small"], corpus["big"], corpus["county"]
    county_files = [str(p) for p in corpus["county_files"]]
    base = small.parent

    def rel(path: Path | str) -> str:
        return os.path.relpath(path, base)

    precompile()
    fl = have_frictionless() and not args.no_frictionless
    if not fl:
        print("frictionless is not installed (pip install frictionless): its columns are skipped")
    dc = disclosecheck_cmd()
    fl_exe = console_script("frictionless") or "frictionless"
    py = sys.executable
    jobs = ["--jobs", str(args.jobs)] if args.jobs else []

    results: dict[str, dict[str, Run | None]] = {}

    print("measuring disclosecheck --help …", flush=True)
    helps = [measure([*dc, "--help"], HERE) for _ in range(max(5, rounds))]
    help_run = min(helps, key=lambda r: r.wall)
    results["help"] = {"disclosecheck": help_run, "frictionless": None, "floor": None}

    scenarios = [
        ("check 300-row catalog" if not args.quick else "check small catalog",
         [*dc, "check", str(small), "--format", "json", "--as-of", AS_OF,
          "--output", str(out / "small.json")],
         [fl_exe, "validate", rel(small)], [str(small)]),
        (f"audit {len(county_files)} catalogs",
         [*dc, "audit", str(county), "--format", "json", "--as-of", AS_OF,
          "--output", str(out / "audit.json"), *jobs],
         [py, "-c", FRICTIONLESS_CODE, *map(rel, county_files)], county_files),
        ("check 100,000-row catalog" if not args.quick else "check big catalog",
         [*dc, "check", str(big), "--format", "json", "--as-of", AS_OF, "--output", str(out / "big.json")],
         [fl_exe, "validate", rel(big)], [str(big)]),
    ]
    for name, dc_cmd, fl_cmd, floor_files in scenarios:
        print(f"measuring {name} …", flush=True)
        commands = [(dc_cmd, HERE, rounds), ([py, "-c", FLOOR_CODE, *floor_files], HERE, rounds)]
        if fl:
            commands.append((fl_cmd, base, 1 if "100,000" in name else rounds))
        dc_run, floor_run, *fl_run = median_runs(commands)
        results[name] = {"disclosecheck": dc_run, "frictionless": fl_run[0] if fl_run else None,
                         "floor": floor_run}

    print()
    print(f"{'scenario':28} {'disclosecheck':34} {'frictionless':34} {'floor (calamine read)':34} "
          f"{'fl/dc':>6} {'dc/floor':>8}")
    for name, row in results.items():
        print(f"{name:28} {fmt_run(row['disclosecheck']):34} {fmt_run(row['frictionless']):34} "
              f"{fmt_run(row['floor']):34} {ratio(row['frictionless'], row['disclosecheck']):>6} "
              f"{ratio(row['disclosecheck'], row['floor']):>8}")
    print(f"(wall time, median of {rounds}; cpu = user+sys of the process and its workers; "
          f"MB = peak RSS of the largest process; {os.cpu_count()} cores; "
          f"load average {os.getloadavg()[0]:.1f} at the end: other work on the machine inflates wall "
          f"times)")

    failed = [n for n, row in results.items()
              if row["disclosecheck"] and row["disclosecheck"].code not in (0, 1)]
    (out / "results.json").write_text(json.dumps(
        {n: {k: (vars(v) if v else None) for k, v in row.items()} for n, row in results.items()}, indent=2))
    if args.quick:
        print("quick mode: figures are not compared with the targets")
        return 1 if failed else 0

    names = list(results)
    small_row, audit_row, big_row = (results[n] for n in names[1:4])
    targets = [
        ("--help under 0.2 s", help_run.wall < 0.2),
        ("cold check of 300 rows ≥3x faster than frictionless",
         None if small_row["frictionless"] is None else
         small_row["frictionless"].wall >= 3 * small_row["disclosecheck"].wall),
        ("audit of 200 catalogs ≥10x faster than frictionless",
         None if audit_row["frictionless"] is None else
         audit_row["frictionless"].wall >= 10 * audit_row["disclosecheck"].wall),
        ("audit of 200 catalogs within 2x of the bare read",
         audit_row["disclosecheck"].wall <= 2 * audit_row["floor"].wall),
        ("100,000 rows in under 10 s", big_row["disclosecheck"].wall < 10),
        ("100,000 rows in under 500 MB", big_row["disclosecheck"].peak_mb < 500),
    ]
    print()
    for text, ok in targets:
        print(f"  [{'met ' if ok else 'MISS' if ok is False else 'n/a '}] {text}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
