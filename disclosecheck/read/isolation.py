"""Reading a spreadsheet in a forked child with a ceiling on its address space.

calamine is native code: when an allocation fails it prints ``memory allocation of N bytes failed``
and aborts the whole process, which no ``except`` can catch. The scans before it (``extent``,
``odsscan``, ``guard``) refuse what they can recognise, but a boundary must not depend on parsing
exactly as calamine parses. So ``check`` and ``inspect`` read a spreadsheet in a child process:

* forked, so the child starts with every module already imported and the file's bytes already in
  memory (read once by the parent, so the child reads exactly what the parent measured);
* with ``RLIMIT_AS`` set to ``--max-memory-mb``, so a runaway allocation fails inside the child;
* with its fd 2 sent to a pipe, so calamine's raw abort line never reaches the user's terminal (its
  last line is kept for ``--debug``);
* killed by the kernel if the parent dies (``PR_SET_PDEATHSIG``), so it never outlives ``check``.

The child sends back the Workbook of grids, or the InputError, pickled over a pipe; a child that dies
instead (abort, out of memory, a signal) becomes one InputError for that file. ``audit`` workers are
already capped processes of their own, so they read in-process (:func:`mark_capped_process`).
"""

from __future__ import annotations

import faulthandler
import os
import pickle
import select
import signal
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from disclosecheck.errors import InputError

#: Tests set this to "1" to read in-process, so the scans alone must keep calamine within bounds.
ENV_IN_PROCESS = "DISCLOSECHECK_READ_IN_PROCESS"

_capped = False
_READ_SIZE = 1 << 20
_STDERR_KEPT = 4096


def mark_capped_process() -> None:
    """This process is itself a capped worker (an audit's): read in-process from now on."""
    global _capped
    _capped = True


def wanted(max_memory_mb: int | None) -> bool:
    """Whether spreadsheets are read in a child: a limit is set, fork exists, and nothing turned it off."""
    return bool(max_memory_mb) and not _capped and hasattr(os, "fork") \
        and os.environ.get(ENV_IN_PROCESS) != "1"


def limit_address_space(max_memory_mb: int | None) -> None:
    """Cap this process's address space at ``max_memory_mb`` (never above a hard limit already set)."""
    if not max_memory_mb:
        return
    try:
        import resource
    except ImportError:  # Windows: no rlimits
        return
    limit = max_memory_mb * 1024 * 1024
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


_PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int) -> None:
    """Have the kernel kill this (forked) process when its parent dies, by any cause (Linux only).

    ``parent`` is the pid that forked us: if it died before the request took effect, we were already
    re-parented, and exit now.
    """
    prctl = _prctl()
    if prctl is not None:
        prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:
        os._exit(1)


_PRCTL: list[Any] = []


def prepare_fork() -> None:
    """Look up what :func:`die_with_parent` needs before forking, so each child need not import ctypes."""
    _prctl()


def _prctl() -> Any:
    """libc's ``prctl`` (None off Linux), looked up once: in the parent, so no child pays for ctypes."""
    if not _PRCTL:
        function = None
        if sys.platform.startswith("linux"):
            try:
                import ctypes

                function = ctypes.CDLL(None, use_errno=True).prctl
            except (OSError, AttributeError):  # no usable libc: the pipe's EOF still ends the child
                function = None
        _PRCTL.append(function)
    return _PRCTL[0]


def run_in_child(path: Path, fn: Callable[[], Any], max_memory_mb: int) -> Any:
    """``fn()`` in a forked child capped at ``max_memory_mb``: its value, or the InputError it raised.

    ``fn`` returns picklable data. Any death of the child becomes an InputError for ``path``:
    ``input.read_memory`` when it ran out of memory, ``input.crashed`` otherwise.
    """
    return start_child(path, fn, max_memory_mb).result()


@dataclass
class Child:
    """A forked child at work on ``fn()``; :meth:`result` waits for it, :meth:`cancel` ends it."""

    path: Path
    pid: int
    result_r: int
    err_r: int
    max_memory_mb: int
    done: bool = False

    def result(self) -> Any:
        """The child's value, or the InputError that says what became of it (see :func:`run_in_child`)."""
        try:
            payload, stderr = _collect(self.result_r, self.err_r)
            _, status = os.waitpid(self.pid, 0)
        except BaseException:  # Ctrl-C while waiting: the child must not outlive us
            self.cancel()
            raise
        self._close()
        return _outcome(self.path, payload, stderr, status, self.max_memory_mb)

    def cancel(self) -> None:
        """Kill the child (if it still runs) and close its pipes; nothing is waited for or reported."""
        if not self.done:
            _kill(self.pid)
            self._close()

    def _close(self) -> None:
        self.done = True
        os.close(self.result_r)
        os.close(self.err_r)


def start_child(path: Path, fn: Callable[[], Any], max_memory_mb: int) -> Child:
    """Fork a child capped at ``max_memory_mb`` that runs ``fn()`` and sends back what came of it."""
    sys.stdout.flush()
    sys.stderr.flush()
    _prctl()
    result_r, result_w = os.pipe()
    err_r, err_w = os.pipe()
    parent = os.getpid()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        os.close(result_r)
        os.close(err_r)
        _child(fn, result_w, err_w, parent, max_memory_mb)
    os.close(result_w)
    os.close(err_w)
    return Child(path, pid, result_r, err_r, max_memory_mb)


def _child(fn: Callable[[], Any], result_w: int, err_w: int, parent: int, max_memory_mb: int) -> None:
    """The child's life: cap, run, send back, and leave without running the parent's exit handlers."""
    code = 0
    try:
        signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl-C ends the child at once; the parent reports
        os.dup2(err_w, 2)
        os.close(err_w)
        os.environ["RUST_BACKTRACE"] = "0"  # symbolising a backtrace after an abort takes seconds
        faulthandler.disable()  # it writes to the stderr it was given, which may be the terminal's
        die_with_parent(parent)
        limit_address_space(max_memory_mb)
        try:
            message: tuple[str, Any, str] = ("ok", fn(), "")
        except MemoryError:
            message = ("memory", None, "")
        except BaseException as exc:  # InputError above all; anything else is reported, never lost
            message = ("error", _portable(exc), traceback.format_exc())
        try:
            data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
        except MemoryError:
            data = pickle.dumps(("memory", None, ""))
        except Exception as exc:  # an unpicklable value is our bug: say so
            data = pickle.dumps(("error", f"{type(exc).__name__}: {exc}", traceback.format_exc()))
        view = memoryview(data)
        while view:
            view = view[os.write(result_w, view[:_READ_SIZE]):]
    except BaseException:
        code = 70
    finally:
        os._exit(code)


def _portable(exc: BaseException) -> Any:
    """The error as something that unpickles as it was (InputErrors), else its text."""
    if isinstance(exc, InputError):
        from disclosecheck.audit.job import portable_error

        return portable_error(exc)
    return f"{type(exc).__name__}: {exc}"


def _collect(result_r: int, err_r: int) -> tuple[bytes, bytes]:
    """Everything the child writes to both pipes, read as it comes (neither can fill up and block it)."""
    chunks: list[bytes] = []
    head = tail = b""
    open_fds = {result_r, err_r}
    while open_fds:
        ready, _, _ = select.select(list(open_fds), [], [])
        for fd in ready:
            data = os.read(fd, _READ_SIZE)
            if not data:
                open_fds.discard(fd)
            elif fd == result_r:
                chunks.append(data)
            else:  # the first lines say what went wrong, the last where: keep both ends
                if len(head) < _STDERR_KEPT:
                    head, data = head + data[:_STDERR_KEPT - len(head)], data[_STDERR_KEPT - len(head):]
                tail = (tail + data)[-_STDERR_KEPT:]
    return b"".join(chunks), head + tail


def _kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    except (ProcessLookupError, ChildProcessError):
        pass


def _last_line(stderr: bytes) -> str:
    """What the child last said on stderr; Rust's allocation failure, when it said that."""
    lines = [line.strip() for line in stderr.decode("utf-8", "replace").splitlines() if line.strip()]
    for line in lines:
        if line.startswith("memory allocation of"):
            return line
    return lines[-1] if lines else ""


def _outcome(path: Path, payload: bytes, stderr: bytes, status: int, max_memory_mb: int) -> Any:
    """The child's value, or the InputError that says what became of it."""
    last = _last_line(stderr)
    message: tuple[str, Any, str] | None = None
    if payload and os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0:
        try:
            message = pickle.loads(payload)
        except MemoryError:
            raise memory_error(path, max_memory_mb) from None
        except Exception:  # a message cut short: the child died while sending it
            message = None
    if message is None:
        if ran_out_of_memory(status, last):
            error = memory_error(path, max_memory_mb)
        else:
            error = InputError("input.crashed", path, reason=describe_status(status))
        if last:
            error.add_note(f"reader's last line: {last}")
        raise error
    kind, value, detail = message
    if kind == "ok":
        return value
    if kind == "memory" or (isinstance(value, InputError) and value.code == "input.memory"):
        raise memory_error(path, max_memory_mb)
    error = value if isinstance(value, InputError) else InputError("input.crashed", path,
                                                                    reason=str(value)[:160])
    if detail:
        error.add_note(f"in the reading process:\n{detail.rstrip()}")
    if last:
        error.add_note(f"reader's last line: {last}")
    raise error


def memory_error(path: Path, max_memory_mb: int) -> InputError:
    """``input.read_memory``: reading went over ``--max-memory-mb`` (named, so the user can raise it)."""
    return InputError("input.read_memory", path, limit=max_memory_mb, option="--max-memory-mb")


def ran_out_of_memory(status: int, last_line: str) -> bool:
    """Whether a dead child ran out of memory: Rust's allocation-failure line, or killed by the kernel."""
    if "memory allocation" in last_line or "MemoryError" in last_line or "out of memory" in last_line.lower():
        return True
    return os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL


def describe_status(status: int) -> str:
    """A wait status in words: ``reader killed by signal 11 (SIGSEGV)`` or ``reader exited with 70``."""
    if os.WIFSIGNALED(status):
        number = os.WTERMSIG(status)
        try:
            name = signal.Signals(number).name
        except ValueError:
            name = "?"
        return f"reader killed by signal {number} ({name})"
    return f"reader exited with status {os.WEXITSTATUS(status)}"
