"""The one catalog of wording, per language, keyed by message code.

Checks and readers produce codes and parameters; only renderers call :func:`render`. Chinese
(``zh``) is the default; ``en`` mirrors every key. A missing key or parameter is a bug, so tests
compare the two catalogs and render every key.
"""

from __future__ import annotations

from typing import Any

from disclosecheck.messages.en import MESSAGES as EN
from disclosecheck.messages.zh import MESSAGES as ZH

CATALOGS: dict[str, dict[str, str]] = {"zh": ZH, "en": EN}
LANGS = tuple(CATALOGS)


#: Parameters that name something (a file, sheet, folder, pack): shown on one line, nothing raw.
_NAME_PARAMS = frozenset({"path", "file", "name", "sheet", "unit", "rules", "paths", "reason"})


def render(code: str, params: dict[str, Any] | None = None, lang: str = "zh") -> str:
    """The message for ``code`` in ``lang``, filled with ``params``.

    Text parameters come from files (names, cell values) and are shown through
    :mod:`disclosecheck.shown`: a control character or an undecodable byte of a file name is
    escaped here, once, for every message of every report.
    """
    catalog = CATALOGS.get(lang, ZH)
    template = catalog.get(code) or ZH.get(code) or code
    if params:
        params = _safe(params)
    try:
        return template.format(**(params or {}))
    except (KeyError, IndexError, ValueError):
        return template


def _safe(params: dict[str, Any]) -> dict[str, Any]:
    from disclosecheck.shown import name, text

    return {k: (name(v) if k in _NAME_PARAMS else text(v)) if isinstance(v, str) else v
            for k, v in params.items()}


def label(key: str, lang: str = "zh") -> str:
    """A short UI label (column headings, verdicts) from the ``ui.`` part of the catalog."""
    return render(f"ui.{key}", None, lang)
