"""Built-in domain standards: per pilot domain, the items of its standard catalog, as data.

``rules/domains/<领域>.yaml`` holds one domain each (see ``rules/domains/README.md`` for where the
items come from). :mod:`.load` reads and validates them into the frozen dataclasses of :mod:`.model`;
:mod:`.layout` writes a standard out as a catalog table in the standard layout.
"""

from __future__ import annotations

from disclosecheck.standards.load import builtin_standards, load_builtin, load_builtins, load_standard
from disclosecheck.standards.model import DomainStandard, Guideline, Source, StandardItem

__all__ = [
    "DomainStandard",
    "Guideline",
    "Source",
    "StandardItem",
    "builtin_standards",
    "load_builtin",
    "load_builtins",
    "load_standard",
]
