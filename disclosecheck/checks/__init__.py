"""Stage 4: the checks. One module per rule; this registry lists them in report order.

To add a check: copy a neighbour (``required_elements.py``), give it a new ``ID``, add it to
``CHECK_MODULES`` below, its messages to ``disclosecheck/messages/zh.py`` and ``en.py``, its
default setting to ``rules/national.yaml``, and its cases to ``tests/checks/cases/<ID>.yaml``.
"""

from __future__ import annotations

from types import ModuleType

CHECK_MODULES: list[ModuleType] = []

#: rule id -> check module
CHECKS: dict[str, ModuleType] = {m.ID: m for m in CHECK_MODULES}
