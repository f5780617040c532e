"""The one catalog of wording, per language, keyed by message code.

Checks and readers produce codes and parameters; only renderers call :func:`render`. Chinese
(``zh``) is the default; ``en`` mirrors every key. A missing key or parameter is a bug, so tests
compare the two catalogs and render every key.
"""

from __future__ import annotations

import string
from typing import Any

from disclosecheck.messages.en import MESSAGES as EN
from disclosecheck.messages.zh import MESSAGES as ZH

CATALOGS: dict[str, dict[str, str]] = {"zh": ZH, "en": EN}
LANGS = tuple(CATALOGS)


#: Parameters that name something (a file, sheet, folder, pack): shown on one line, nothing raw.
_NAME_PARAMS = frozenset({"path", "file", "name", "sheet", "unit", "rules", "paths", "reason"})


class _CountFormatter(string.Formatter):
    """``{files:#file|files}`` → ``1 file`` / ``2 files``: a count with its noun in the right number.

    English needs it ("1 files" reads as a bug); Chinese nouns have no plural, so the zh catalog
    never uses it. Any other format spec is Python's own.
    """

    def format_field(self, value: Any, format_spec: str) -> str:
        if format_spec.startswith("#") and "|" in format_spec:
            one, many = format_spec[1:].split("|", 1)
            try:
                single = float(value) == 1
            except (TypeError, ValueError):
                single = False
            return f"{value} {one if single else many}"
        return super().format_field(value, format_spec)


_COUNTS = _CountFormatter()


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
        if ":#" in template:
            text = _COUNTS.format(template, **(params or {}))
        else:
            text = template.format(**(params or {}))
    except (KeyError, IndexError, ValueError):
        text = template
    if params and params.get("same_as") and code != "suffix.same_as":
        # a value written 同上: the finding is on the row's own cell and says where the value is from
        text += render("suffix.same_as", {"cell": params["same_as"]}, lang)
    if params and params.get("placeholder") and not code.startswith("suffix."):
        # a cell holding only 无, /, 待定 …: said plainly, so the clerk sees why it counts as blank
        key = "suffix.same_as_nothing" if params["placeholder"] == "同上" else "suffix.placeholder"
        text += render(key, {"placeholder": params["placeholder"]}, lang)
    if params and params.get("hint_col") and not code.startswith("suffix."):
        # a missing column that another column looks like: say which, and how to map it
        by = render(f"suffix.hint_by.{params.get('hint_by', 'header')}", None, lang)
        text += render("suffix.column_hint", {**params, "by": by}, lang)
    return text


def _safe(params: dict[str, Any]) -> dict[str, Any]:
    from disclosecheck.shown import name, text

    return {k: (name(v) if k in _NAME_PARAMS else text(v)) if isinstance(v, str) else v
            for k, v in params.items()}


def label(key: str, lang: str = "zh") -> str:
    """A short UI label (column headings, verdicts) from the ``ui.`` part of the catalog."""
    return render(f"ui.{key}", None, lang)


def rule_title(rule: str, lang: str = "zh") -> str:
    """A rule as a clerk reads it: its short name in ``lang`` with the ID after it, 公开时限（timelimit）.

    A rule without a name in the catalog (a plugin's) is shown by its ID alone.
    """
    name = CATALOGS.get(lang, ZH).get(f"rule.{rule}.name")
    if name is None:
        return rule
    return f"{name}（{rule}）" if lang == "zh" else f"{name} ({rule})"
