"""Stage 4: the checks. One module per rule; this registry lists them in report order.

To add a check: copy a neighbour (``required_elements.py``), give it a new ``ID``, add it to
``CHECK_MODULES`` below, its messages to ``disclosecheck/messages/zh.py`` and ``en.py``, its
default setting to ``rules/national.yaml``, and its cases to ``tests/checks/cases/<ID>.yaml``.
Every module also lists the message codes it can emit in ``CODES`` (the tests hold it to that).
"""

from __future__ import annotations

from types import ModuleType

from disclosecheck.checks import (
    channels,
    choices,
    duplicate_items,
    legal_basis,
    no_items,
    publish_timeliness,
    required_columns,
    required_elements,
    standard_content,
    standard_coverage,
    standard_fields,
    standard_timelimit,
    time_limit,
    update_freshness,
    workdays_approximate,
)

CHECK_MODULES: list[ModuleType] = [
    no_items,
    required_columns,
    required_elements,
    choices,
    channels,
    legal_basis,
    duplicate_items,
    time_limit,
    publish_timeliness,
    update_freshness,
    standard_coverage,  # the standard-* rules run only when the table's standard is known
    standard_content,
    standard_timelimit,
    standard_fields,
    workdays_approximate,  # last: reports the years the calendar had to guess for the rules above
]

#: rule id -> check module
CHECKS: dict[str, ModuleType] = {m.ID: m for m in CHECK_MODULES}
