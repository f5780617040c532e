"""Workers never outlive the audit: a signal to the parent alone, or its death by any cause, ends them.

The audit runs in a child Python whose workers take a file and sleep on it (each writes its pid to a
file first), so the parent is waiting on busy workers when the test signals the parent's pid alone, not
its process group. The caller then must not hang on the pipes the workers inherited, and every worker
pid must disappear. Time bounds are generous (minutes): only a worker that never ends fails.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import hostile_files as hf
import pytest

SCRIPT = """
import os, sys, time
from pathlib import Path
import disclosecheck.pipeline as pipeline

pids = Path(sys.argv[1])

def sleepy(path, *args, **kwargs):
    with pids.open("a") as fh:
        fh.write(f"{os.getpid()}\\n")
    time.sleep(600)

pipeline.check_path = sleepy
from disclosecheck.cli import app
sys.argv = ["disclosecheck", "audit", sys.argv[2], "--jobs", "2", "--timeout", "900", "-f", "json"]
app()
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie of ours would still answer: it is dead if its state says so
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, IndexError):
        return False
    return state not in ("Z", "X")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="parent-death signal is Linux's")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGKILL],
                         ids=lambda s: signal.Signals(s).name)
def test_signalling_the_audit_parent_alone_ends_its_workers(tmp_path: Path, signum: int) -> None:
    folder = tmp_path / "county" / "甲镇"
    folder.mkdir(parents=True)
    for name in ("a.xlsx", "b.xlsx", "c.xlsx"):
        hf.catalog_xlsx(folder / name)
    pids = tmp_path / "pids"
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    parent = subprocess.Popen([sys.executable, "-c", SCRIPT, str(pids), str(tmp_path / "county")],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and len(_read_pids(pids)) < 2:
            time.sleep(0.05)
        workers = _read_pids(pids)
        assert len(workers) == 2, parent.stderr.read1().decode() if parent.poll() is not None else workers
        os.kill(parent.pid, signum)  # the parent alone: its workers are not signalled
        parent.communicate(timeout=120)  # would hang if a worker still held the pipes
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and any(_alive(pid) for pid in workers):
            time.sleep(0.05)
        assert not [pid for pid in workers if _alive(pid)]
    finally:
        if parent.poll() is None:
            os.killpg(parent.pid, signal.SIGKILL)
            parent.wait()
        for pid in _read_pids(pids):
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)


def _read_pids(path: Path) -> list[int]:
    try:
        return [int(line) for line in path.read_text().split()]
    except FileNotFoundError:
        return []
