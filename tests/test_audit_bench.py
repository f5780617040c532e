"""The benchmark still runs end to end (``bench/run.py --quick``); its figures are not judged here."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from guards import HANG_GUARD_S

ROOT = Path(__file__).resolve().parent.parent


def test_quick_benchmark_runs(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "run.py"), "--quick", "--no-frictionless",
                           "--corpus", str(tmp_path / "corpus"), "--out", str(tmp_path / "out")],
                          capture_output=True, text=True, timeout=HANG_GUARD_S)
    assert done.returncode == 0, done.stderr
    results = json.loads((tmp_path / "out" / "results.json").read_text())
    assert list(results) == ["help", "check small catalog", "audit 12 catalogs", "check big catalog"]
    assert all(row["disclosecheck"]["code"] in (0, 1) for row in results.values())
    assert all(row["frictionless"] is None for row in results.values())
    audit = json.loads((tmp_path / "out" / "audit.json").read_text(encoding="utf-8"))
    assert len(audit["files"]) == 12 and all(f["status"] == "ok" for f in audit["files"])
    assert sorted(u["unit"] for u in audit["units"]) == ["乡镇01", "乡镇02", "乡镇03"]
    assert sum(u["items"] for u in audit["units"]) == 12 * 20
    big = json.loads((tmp_path / "out" / "big.json").read_text(encoding="utf-8"))
    assert big["files"][0]["stats"]["items"] == 2000


def test_quick_stage_breakdown_runs(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "stages.py"), "--quick",
                           "--corpus", str(tmp_path / "corpus")], capture_output=True, text=True,
                          timeout=HANG_GUARD_S)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "12 catalogs, ms per file (best of 1):"
    rows = [re.fullmatch(r"  (\S.*?) +(\d+\.\d{3})(  \(.*\))?", line) for line in lines[1:]]
    assert all(rows), lines
    assert [m.group(1) for m in rows] == ["calamine read (the floor)", "read in a capped child",
                                          "read (calamine included)", "locate", "normalize", "checks",
                                          "result sent back", "a worker in all", "isolation in check"]
    assert all(float(m.group(2)) > 0 for m in rows[:-1])  # isolation's cost is a difference: any sign
    assert "x the floor" in lines[-2]
