"""Rule packs: which checks run, how severe they are and with which options, kept as YAML.

A pack is chosen with ``--rules NAME|PATH``; without it, the nearest ``disclosecheck.yaml`` in the
working folder or a parent is used, else the built-in ``national`` pack. Built-in packs are the
``*.yaml`` files of the repository's ``rules/`` folder (``disclosecheck/_packs/`` once installed);
their name is the file name without ``.yaml``.

The format (every key optional)::

    name: mycounty                 # default: the file name without .yaml
    title: 某县城市综合执法目录规则
    description: 本县在全国通用规则上的调整
    extends: national              # a built-in name, or a path relative to this file
    headers:                       # extra header synonyms: header text -> canonical element
      责任单位: 公开主体
    holidays: [2027-01-01]         # extra official holidays (YYYY-MM-DD)
    workdays: [2027-02-07]         # extra adjusted working days (调休上班)
    rules:
      timelimit:                   # a rule id (see: disclosecheck rules list)
        severity: warning          # error | warning | info
        max_workdays: 15           # any option of that rule (see: disclosecheck rules show ID)
      legal-basis: disable         # or `enabled: false`; `enable` turns a rule back on
      channels: info               # a severity alone is a shorthand for `severity: info`

Merging along ``extends``: the child overrides its parent rule by rule and option by option (an
option that is a mapping is merged key by key, a list is replaced); ``headers``, ``holidays`` and
``workdays`` are unioned (a child's holiday cancels an inherited working day on the same date, and
the other way round). ``name``, ``title`` and ``description`` are the child's own. A pack without
``extends`` starts from every check's own defaults. ``enabled`` and ``severity`` are reserved: no
check may have options with those names.

Every mistake is reported as ``file:line:column: message`` (a ``ConfigError``, exit status 2):
malformed YAML, an unknown top-level key, an unknown rule, an unknown option or a value of the wrong
type (with what was given and what is expected), a bad severity, an invalid regular expression in
an option whose name ends in ``pattern`` or ``regex``, a bad date, an unknown canonical element in
``headers``, a pack or file that does not exist, and ``extends`` going round in a circle.
"""

from __future__ import annotations

from disclosecheck.pack.builtin import builtin_packs
from disclosecheck.pack.loader import find_project_file, load_pack
from disclosecheck.pack.model import Pack, RuleSetting

__all__ = ["Pack", "RuleSetting", "builtin_packs", "find_project_file", "load_pack"]
