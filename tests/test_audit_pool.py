"""The audit's worker pool: a hanging, memory-hungry or crashing task costs only its own result."""

from __future__ import annotations

import os
import time

import pytest

from disclosecheck.audit.pool import CRASHED, MEMORY, OK, TIMEOUT, run_tasks


def hostile(task: str, setup: object) -> str:
    """A task that misbehaves on demand; module level so spawned workers can import it."""
    if task == "hang":
        time.sleep(600)
    if task == "bomb":
        return str(len(bytearray(8 * 1024**3)))  # far over the worker's memory cap
    if task == "raise":
        raise ValueError("broken on purpose")
    if task == "exit":
        os._exit(3)
    if task.startswith("sleep"):
        time.sleep(float(task[5:]))
    return f"{task}:{setup}"


TASKS = ["a", "hang", "b", "bomb", "c", "raise", "exit", "d", "e"]

#: The per-task limit of these tests. Only "hang" should reach it; the others take no time at all, but
#: on a busy shared machine a freshly forked worker may wait a while for a core, so the margin is wide
#: (a test that fails because the machine is slow proves nothing).
TIMEOUT_S = 5.0


@pytest.mark.parametrize("jobs", [1, 2])
def test_every_task_gets_an_outcome_and_bad_ones_do_not_stop_the_rest(jobs: int) -> None:
    seen: list[int] = []
    outcomes = run_tasks(
        TASKS, hostile, "s", jobs=jobs, timeout=TIMEOUT_S, max_memory_mb=512,
        on_done=lambda o: seen.append(o.index)
    )
    assert [o.index for o in outcomes] == list(range(len(TASKS)))
    assert [o.kind for o in outcomes] == [OK, TIMEOUT, OK, MEMORY, OK, CRASHED, CRASHED, OK, OK]
    assert [o.value for o in outcomes if o.kind == OK] == ["a:s", "b:s", "c:s", "d:s", "e:s"]
    assert outcomes[5].reason == "ValueError: broken on purpose"
    assert "Traceback" in outcomes[5].detail
    assert outcomes[6].reason == "worker exited with status 3"
    assert sorted(seen) == list(range(len(TASKS)))


def test_a_queued_task_gets_its_full_time_from_when_it_starts() -> None:
    # both tasks go to the one worker at once; the second starts 3 s later and needs 3 s of its 5 s: counted
    # from when it was queued it would time out (6 s), counted from when it starts it has 2 s to spare
    outcomes = run_tasks([f"sleep{TIMEOUT_S * 0.6}"] * 2, hostile, "", jobs=1, timeout=TIMEOUT_S)
    assert [o.kind for o in outcomes] == [OK, OK]


def test_no_tasks_no_workers() -> None:
    assert run_tasks([], hostile) == []


def test_spawned_workers_behave_the_same() -> None:
    outcomes = run_tasks(
        ["a", "bomb", "raise", "b"], hostile, "x", jobs=2, timeout=300, max_memory_mb=512, method="spawn"
    )
    assert [(o.kind, o.value) for o in outcomes] == [
        (OK, "a:x"),
        (MEMORY, None),
        (CRASHED, None),
        (OK, "b:x"),
    ]


class _Cycle:
    """An object in a reference cycle: only the cycle collector frees it."""

    def __init__(self) -> None:
        self.me = self


def make_a_cycle(task: str, setup: object) -> tuple[bool, int]:
    """Leave one unreachable cycle behind; say whether the collector is on and how many cycles live."""
    import gc

    _Cycle()
    return gc.isenabled(), sum(isinstance(o, _Cycle) for o in gc.get_objects())


def test_a_worker_collects_cycles_every_few_tasks_not_between_each() -> None:
    from disclosecheck.audit.pool import COLLECT_EVERY

    n = COLLECT_EVERY * 2 + 1
    outcomes = run_tasks([str(i) for i in range(n)], make_a_cycle, jobs=1, timeout=TIMEOUT_S)
    seen = [o.value for o in outcomes]
    assert all(o.kind == OK for o in outcomes)
    assert not any(enabled for enabled, _ in seen)  # the collector does not run while a file is checked
    alive = [count for _, count in seen]
    assert alive[: COLLECT_EVERY] == list(range(1, COLLECT_EVERY + 1))  # left for the collector …
    assert alive[COLLECT_EVERY] == 1  # … which freed them before the next task: only the new one lives
    assert max(alive) == COLLECT_EVERY


def make_a_cycle_and_ask(task: str, setup: object) -> tuple[bool, int]:
    """As :func:`make_a_cycle`; the task named "ask" asks for a collection as soon as it is done."""
    from disclosecheck.audit.pool import collect_after_this_task

    if task == "ask":
        collect_after_this_task()
    return make_a_cycle(task, setup)


def test_a_task_that_asks_has_its_cycles_collected_before_the_next() -> None:
    outcomes = run_tasks(["a", "ask", "b", "c"], make_a_cycle_and_ask, jobs=1, timeout=TIMEOUT_S)
    assert [o.value[1] for o in outcomes] == [1, 2, 1, 2]  # "b" finds only its own cycle


def test_a_file_that_ends_in_an_error_asks_its_worker_to_collect(tmp_path) -> None:
    from datetime import date

    from disclosecheck.audit import pool
    from disclosecheck.audit.job import CheckJob, check_file

    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04" + bytes(500))
    job = CheckJob(rules=None, cwd=str(tmp_path), as_of=date(2026, 11, 22))
    pool._COLLECT[0] = False
    try:
        [result] = check_file(str(broken), job)
        assert result.status == "error"
        assert pool._COLLECT[0]  # its traceback holds the file's bytes in a cycle: collected at once
    finally:
        pool._COLLECT[0] = False


def test_a_built_in_standard_travels_by_its_domain_and_comes_back_the_same(tmp_path) -> None:
    """An audit sends every file's coverage back; the built-in standard in it goes as a name."""
    import dataclasses
    import pickle

    from disclosecheck.standards.match import builtin_standard

    standard = builtin_standard("社会救助")
    data = pickle.dumps(standard)
    assert len(data) < 200
    assert pickle.loads(data) == standard
    elsewhere = dataclasses.replace(standard, path=tmp_path / "社会救助.yaml")  # not the built-in file
    assert len(pickle.dumps(elsewhere)) > 2000
    assert pickle.loads(pickle.dumps(elsewhere)) == elsewhere
