"""The memory budget of a command's own process (``--max-memory-mb``): a limit, not luck.

Reading, checking and rendering are each bounded by design (the reader's limits, findings capped
per rule, reports written as they are made), but a bound by design is only as good as the last
case someone thought of. So ``check`` and the parent of an ``audit`` also run under an address-space
limit (``RLIMIT_AS``, as the audit's workers already do): past it an allocation fails with
``MemoryError``, which becomes one line and exit status 2 (or the ``input.memory`` error of the one
file being checked) instead of a machine pushed into swap or a process killed without a word.

The address space of a process is at least its resident memory, so the budget bounds peak RSS too.
A process that is already large when the command starts (a test harness running the command in
its own process) gets the budget on top of what it holds, so the limit never fails it at once; the
limit in force before is put back when the command ends.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

#: The default of ``--max-memory-mb`` for ``check`` and ``audit`` alike.
DEFAULT_MAX_MEMORY_MB = 1024

MB = 1024 * 1024


def _address_space() -> int:
    """Bytes of address space this process has mapped now (0 where /proc is missing)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            pages = int(statm.read().split()[0])
    except (OSError, ValueError, IndexError):
        return 0
    import os

    return pages * os.sysconf("SC_PAGE_SIZE")


@contextmanager
def memory_budget(max_memory_mb: int | None) -> Iterator[None]:
    """Run the body with this process's address space capped at ``max_memory_mb`` (None or 0: no cap).

    Where rlimits do not exist (Windows) the body runs uncapped: the bounds by design still hold.
    """
    try:
        import resource
    except ImportError:
        yield
        return
    if not max_memory_mb:
        yield
        return
    before = resource.getrlimit(resource.RLIMIT_AS)
    soft, hard = before
    budget = max_memory_mb * MB
    now = _address_space()
    limit = budget if now < budget // 2 else now + budget
    if soft != resource.RLIM_INFINITY:
        limit = min(limit, soft)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    try:
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ValueError, OSError):  # a platform that refuses: run uncapped rather than not at all
        yield
        return
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, before)
