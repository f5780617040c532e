"""Checking many files in parallel, each one isolated from the others.

A county folder holds hundreds of files, and one of them may be hostile or broken in a way the
reader did not foresee: it hangs, eats all memory, or trips a bug. The audit must still finish
and say which file it was. So each worker is a process of our own, talking to the parent over
its own pipe: the parent knows which file each worker holds and since when, kills a worker whose
file runs past the deadline, and starts a fresh one in its place. A worker's memory is capped
with ``RLIMIT_AS``, so a memory bomb fails with ``MemoryError`` inside the worker instead of
taking the machine down. One pipe per worker (not a shared queue) means killing a worker can
never corrupt what the other workers send.

On Linux the workers are forked: they inherit the loaded modules and rule pack, so starting
one costs milliseconds. The parent runs no other threads while workers start (the progress bar
is refreshed by hand), which keeps fork safe. Elsewhere they are spawned.
"""

from __future__ import annotations

import contextlib
import faulthandler
import gc
import multiprocessing
import os
import signal
import sys
import tempfile
import time
import traceback
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any

#: How an outcome ended: the task's own result, or why the worker was stopped.
OK, TIMEOUT, MEMORY, CRASHED = "ok", "timeout", "memory", "crashed"


@dataclass(slots=True)
class Outcome:
    """What became of one task: ``kind`` is OK (``value`` holds the task's result) or why it failed.

    ``reason`` is a short technical reason for CRASHED (the exception, or the worker's exit status);
    ``detail`` the worker's traceback, for ``--debug``.
    """

    index: int
    kind: str
    value: Any = None
    reason: str = ""
    detail: str = ""
    last: bool = False  # the worker exits after sending this: the parent starts a fresh one


TaskFn = Callable[[Any, Any], Any]


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def start_method() -> str:
    return "fork" if sys.platform.startswith("linux") else "spawn"


def _limit_memory(max_memory_mb: int | None) -> None:
    from disclosecheck.read.isolation import limit_address_space, mark_capped_process

    limit_address_space(max_memory_mb)
    if max_memory_mb:
        mark_capped_process()  # the reader need not fork a capped child of its own


#: Set by a task (through :func:`retire_after_this_task`) when this worker is unfit for another one.
_RETIRE: list[bool] = [False]


def retire_after_this_task() -> None:
    """Called inside a worker: after the current task, exit and let a fresh worker take the next.

    A heap that came near the memory ceiling (a MemoryError caught and reported as the file's own
    error) leaves too little room to map even a module for the next file, which would be blamed.
    """
    _RETIRE[0] = True


#: Set by a task (through :func:`collect_after_this_task`) whose garbage should not wait for the next round.
_COLLECT: list[bool] = [False]


def collect_after_this_task() -> None:
    """Called inside a worker: collect reference cycles as soon as this task is done.

    A file that ends in an error leaves its traceback in a cycle with the frames that read it, and the
    frames hold the file's bytes (up to ``--max-file-mb``): with the collector paused (see
    :func:`_pause_collector`) a few such files in a row could fill the worker's memory cap.
    """
    _COLLECT[0] = True


def _worker_main(conn: Connection, fn: TaskFn, setup: Any, max_memory_mb: int | None,
                 parent: int | None = None, stderr_fd: int | None = None) -> None:
    """A worker's life: take (index, task) from the pipe, send back an outcome, until told to stop.

    A worker dies with its parent (``parent``: the pid that forked it; a parent-death signal, and
    EOF on the pipe when it is idle). With ``stderr_fd``, its fd 2 goes there, so raw lines of the
    native reader never reach the user's terminal. After any outcome but OK, or when a task asked
    for it, the worker exits: it is never handed another file.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops the workers
    for name in ("SIGTERM", "SIGHUP"):  # a forked worker must not run the parent's handlers
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
    if stderr_fd is not None:
        os.dup2(stderr_fd, 2)
        os.environ["RUST_BACKTRACE"] = "0"
        faulthandler.disable()
    if parent is not None:
        from disclosecheck.read.isolation import die_with_parent

        die_with_parent(parent)
    _limit_memory(max_memory_mb)
    _pause_collector()
    tasks_done = 0
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        index, task = message
        tasks_done += 1
        _RETIRE[0] = False
        try:
            outcome = Outcome(index, OK, fn(task, setup))
        except MemoryError:
            outcome = Outcome(index, MEMORY)
        except Exception as exc:
            outcome = Outcome(index, CRASHED, reason=f"{type(exc).__name__}: {exc}",
                              detail=traceback.format_exc())
        # a heap that hit the ceiling, or a crash, is not worth reusing: a fresh worker takes the next file
        outcome.last = outcome.kind != OK or _RETIRE[0]
        try:
            conn.send(outcome)
        except MemoryError:
            conn.send(Outcome(index, MEMORY, last=True))
            return
        except Exception as exc:  # a result that cannot be pickled is a bug in the task
            conn.send(Outcome(index, CRASHED, reason=f"{type(exc).__name__}: {exc}",
                              detail=traceback.format_exc(), last=True))
            return
        if outcome.last:
            return
        del outcome, message  # what the task left is garbage now, for the collector to find
        if _COLLECT[0] or tasks_done % COLLECT_EVERY == 0:
            _COLLECT[0] = False
            gc.collect()


#: A worker collects reference cycles once every this many tasks (see :func:`_pause_collector`).
COLLECT_EVERY = 16


def _pause_collector() -> None:
    """Leave a worker's cycle collector off, with what the worker inherited frozen out of its sight.

    A task's objects (a file's grid, items, findings) are freed by reference counting when it ends;
    the collector finds next to nothing. Switched on between tasks, it ran as soon as a task's first
    allocations passed its threshold and walked the whole inherited heap of modules, packs and
    standards, a sixth of a millisecond of a 4 ms catalog. Frozen, that heap is never walked again;
    the few cycles tasks leave are collected every :data:`COLLECT_EVERY` tasks, in a few hundredths of
    a millisecond, and right after a task that asked for it (:func:`collect_after_this_task`).
    """
    gc.disable()
    gc.freeze()


#: Tasks handed to a worker ahead of time, so it never waits for the parent between two small files.
QUEUE_DEPTH = 2


@dataclass(slots=True)
class _Worker:
    process: Any
    conn: Connection
    queue: deque[int] = field(default_factory=deque)  # tasks sent, in order; the first is running
    deadline: float = 0.0  # when the running task's time is up
    stderr: Any = None  # the file the worker's fd 2 writes to (forked workers), read when it dies


class _Pool:
    def __init__(self, fn: TaskFn, setup: Any, max_memory_mb: int | None, method: str) -> None:
        self.ctx = multiprocessing.get_context(method)
        self.fn = fn
        self.setup = setup
        self.max_memory_mb = max_memory_mb
        self.workers: list[_Worker] = []
        if method == "fork":
            from disclosecheck.read.isolation import prepare_fork

            prepare_fork()

    def start_worker(self) -> _Worker:
        parent_conn, child_conn = self.ctx.Pipe(duplex=True)
        forked = self.ctx.get_start_method() == "fork"
        # a spawned worker cannot inherit it; closed in retire()
        stderr = tempfile.TemporaryFile() if forked else None  # noqa: SIM115
        args = (child_conn, self.fn, self.setup, self.max_memory_mb, os.getpid() if forked else None,
                stderr.fileno() if stderr is not None else None)
        process = self.ctx.Process(target=_worker_main, args=args, daemon=True)
        process.start()
        child_conn.close()
        worker = _Worker(process, parent_conn, stderr=stderr)
        self.workers.append(worker)
        return worker

    def retire(self, worker: _Worker, kill: bool) -> None:
        if kill and worker.process.is_alive():
            worker.process.kill()
        worker.process.join(timeout=5)
        worker.conn.close()
        if worker.stderr is not None:
            worker.stderr.close()
        self.workers.remove(worker)

    def stop_all(self) -> None:
        """Idle workers are asked to leave (and given a moment); busy ones (after Ctrl-C) are killed."""
        idle = [w for w in self.workers if not w.queue and w.process.is_alive()]
        for worker in idle:
            with contextlib.suppress(OSError):
                worker.conn.send(None)
        deadline = time.monotonic() + 2
        for worker in idle:
            worker.process.join(timeout=max(0.0, deadline - time.monotonic()))
        for worker in list(self.workers):
            self.retire(worker, kill=True)


def run_tasks(tasks: Sequence[Any], fn: TaskFn, setup: Any = None, *, jobs: int = 1,
              timeout: float | None = 60, max_memory_mb: int | None = None,
              on_done: Callable[[Outcome], None] | None = None, tick: Callable[[], None] | None = None,
              method: str | None = None) -> list[Outcome]:
    """Run ``fn(task, setup)`` for every task in worker processes; one Outcome per task, in task order.

    ``fn`` and ``setup`` must be picklable for the spawn method (module-level function, plain data);
    forked workers inherit them. ``fn``'s results travel back by pickle, so keep them small.
    ``on_done`` is called in the parent as each task ends (for a progress bar), ``tick`` at least
    every few tenths of a second (to redraw it). Never raises because of a task.

    Each worker holds up to QUEUE_DEPTH tasks; only the first is running, and its deadline starts
    when the one before it ended. When a worker is stopped, the tasks queued behind the culprit go
    back to the pending list: only the culprit is charged.
    """
    outcomes: list[Outcome | None] = [None] * len(tasks)
    if not tasks:
        return []
    pool = _Pool(fn, setup, max_memory_mb, method or start_method())
    pending = list(range(len(tasks)))
    pending.reverse()  # pop() from the end hands out tasks in order
    done = 0

    def finish(outcome: Outcome) -> None:
        nonlocal done
        outcomes[outcome.index] = outcome
        done += 1
        if on_done is not None:
            on_done(outcome)

    def start_clock(worker: _Worker) -> None:
        worker.deadline = time.monotonic() + timeout if timeout else float("inf")

    def feed(worker: _Worker) -> None:
        while pending and len(worker.queue) < QUEUE_DEPTH:
            index = pending.pop()
            try:
                worker.conn.send((index, tasks[index]))
            except OSError:  # the worker died; what it held is settled by stop()
                pending.append(index)
                return
            worker.queue.append(index)
            if len(worker.queue) == 1:
                start_clock(worker)

    def stop(worker: _Worker, culprit: Outcome | None, kill: bool) -> None:
        """Retire a worker: ``culprit`` settles its running task, the ones queued behind go back."""
        if culprit is not None:
            finish(culprit)
            worker.queue.popleft()
        pending.extend(reversed(worker.queue))
        worker.queue.clear()
        pool.retire(worker, kill=kill)
        if pending:
            feed(pool.start_worker())

    try:
        for _ in range(max(1, min(jobs, len(tasks)))):
            feed(pool.start_worker())
        while done < len(tasks):
            busy = [w for w in pool.workers if w.queue]
            if not busy:  # every worker died before taking a task
                feed(pool.start_worker())
                continue
            now = time.monotonic()
            wait_for = min(w.deadline for w in busy) - now
            ready = wait([w.conn for w in busy] + [w.process.sentinel for w in busy],
                         timeout=max(0.0, min(wait_for, 0.2)))
            for worker in busy:
                if worker.conn in ready or worker.conn.poll():
                    try:
                        outcome: Outcome = worker.conn.recv()
                    except (EOFError, OSError):
                        stop(worker, _death(worker), kill=False)
                        continue
                    if outcome.kind == OK and not outcome.last and worker.process.is_alive():
                        finish(outcome)
                        worker.queue.popleft()
                        if worker.queue:
                            start_clock(worker)
                        feed(worker)
                    else:
                        stop(worker, outcome, kill=True)
                elif worker.process.sentinel in ready and not worker.process.is_alive():
                    stop(worker, _death(worker), kill=False)
                elif time.monotonic() >= worker.deadline:
                    stop(worker, Outcome(worker.queue[0], TIMEOUT), kill=True)
            if tick is not None:
                tick()
    finally:
        pool.stop_all()
    return [o for o in outcomes if o is not None]


def _death(worker: _Worker) -> Outcome:
    """A worker that died holding a task: out of memory (killed by the kernel, or the native reader's
    allocation failure on its stderr), else crashed; its last line on stderr goes to ``detail``."""
    worker.process.join(timeout=5)
    code = worker.process.exitcode
    said = _stderr_line(worker)
    if code == -getattr(signal, "SIGKILL", 9) or "memory allocation" in said:  # no SIGKILL on Windows
        return Outcome(worker.queue[0], MEMORY, detail=said)
    return Outcome(worker.queue[0], CRASHED, reason=f"worker exited with status {code}", detail=said)


def _stderr_line(worker: _Worker) -> str:
    """The line that says why a worker died: Rust's allocation failure if it printed one, else its last."""
    if worker.stderr is None:
        return ""
    try:
        worker.stderr.seek(0)
        text = worker.stderr.read(64 * 1024).decode("utf-8", "replace")
    except (OSError, ValueError):
        return ""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    last = lines[-1] if lines else ""
    return next((line for line in lines if line.startswith("memory allocation of")), last)
