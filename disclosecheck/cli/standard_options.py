"""``--standard FILE|DOMAIN`` and ``--level 县级|乡级``, shared by check, inspect and audit (issue 12).

The options only override what the rule pack says (``standard:``, ``level:``); when neither gives a
standard, each table's domain is detected (:mod:`disclosecheck.standards.match`). A wrong value is a
usage error (one line, exit 2) before any file is read.
"""

from __future__ import annotations

from typing import Annotated, Any

import typer

StandardOpt = Annotated[str | None, typer.Option(
    "--standard", help="对照的标准目录：内置领域名称（如 涉农补贴）或标准目录文件 / the standard to hold "
    "tables to: a built-in domain or a catalog file. Default: detected per table.", show_default=False)]
LevelOpt = Annotated[str | None, typer.Option(
    "--level", help="目录层级：县级 或 乡级 / the catalog's level. Default: from the title, unit or folder.",
    show_default=False)]
LEVEL_WORDS = {"县级": "县级", "县": "县级", "county": "县级", "乡级": "乡级", "乡": "乡级", "镇": "乡级",
               "镇级": "乡级", "街道": "乡级", "乡镇": "乡级", "township": "乡级"}


def check_level(level: str | None) -> str | None:
    """The canonical level (县级/乡级) of ``--level`` or a pack's ``level:``; UsageError otherwise."""
    from disclosecheck.errors import UsageError

    if level is None:
        return None
    found = LEVEL_WORDS.get(level.strip())
    if found is None:
        raise UsageError("standards.bad_level", level=level)
    return found


def apply_standard(pack: Any, standard: str | None, level: str | None) -> Any:
    """``pack`` with ``--standard``/``--level`` applied and checked (the standard is read here, once)."""
    from disclosecheck.standards.match import given_standards

    if standard is not None:
        pack.standard = standard
    pack.level = check_level(level) if level is not None else check_level(getattr(pack, "level", None))
    if getattr(pack, "standard", None):
        given_standards(pack.standard)  # a wrong name or an unreadable file stops here, not per table
    return pack
