"""The one bound on how long a test may wait for a child process or a worker: a hang guard, not a pace.

A test fails because something hangs, never because the machine is slow. On the two shared cores this
suite runs on, with three full runs of it at once and others' work beside them (load above 10), a
child that needs 8 s of CPU got 7 % of a core and took two minutes; 15 minutes is far past anything
but a hang. How fast things are is measured in ``bench/``, never asserted here.
"""

HANG_GUARD_S = 900
