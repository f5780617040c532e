"""``disclosecheck diff`` as text, JSON or Markdown: the changes a reviewer reads in a pull request.

Text and Markdown list the changed items in the order of the new catalog (a removed item where it
used to be), each with its rows and every changed element as ``old → new``; JSON carries the same
data for scripts (``disclosecheck/diff-1``).
"""

from __future__ import annotations

import json

from disclosecheck import shown
from disclosecheck.diff import CatalogDiff, ItemChange
from disclosecheck.messages import render

SCHEMA_ID = "disclosecheck/diff-1"
_MARK = {"added": "+", "removed": "-", "renamed": "~", "changed": "*"}


def _t(key: str, lang: str, **params: object) -> str:
    return render(f"ui.diff.{key}", params, lang)


def _quoted(text: str, lang: str) -> str:
    return f"“{text}”" if lang == "zh" else f'"{text}"'


def _rows(change: ItemChange, lang: str) -> str:
    if change.old_row is not None and change.new_row is not None and change.old_row != change.new_row:
        return _t("rows_moved", lang, old=change.old_row, new=change.new_row)
    return _t("row", lang, row=change.new_row if change.new_row is not None else change.old_row)


def _headline(change: ItemChange, lang: str) -> str:
    kind = _t(change.kind, lang)
    if change.kind == "renamed":
        return _t("renamed_line", lang, kind=kind, old=change.old_label, new=change.new_label,
                  similarity=change.similarity)
    label = shown.name(change.new_label or change.old_label or "")  # a cell's text: never raw on a terminal
    return f"{kind}：{label}" if lang == "zh" else f"{kind}: {label}"


def summary_line(diff: CatalogDiff, lang: str) -> str:
    return _t("summary", lang, added=diff.count("added"), removed=diff.count("removed"),
              renamed=diff.count("renamed"), changed=diff.count("changed"), unchanged=diff.unchanged)


def _title(diff: CatalogDiff, lang: str) -> str:
    return _t("title", lang, old=diff.old_path, old_sheet=diff.old_sheet or "-", new=diff.new_path,
              new_sheet=diff.new_sheet or "-")


def render_diff_text(diffs: list[CatalogDiff], lang: str = "zh") -> str:
    lines: list[str] = []
    for diff in diffs:
        lines += [_title(diff, lang), "  " + summary_line(diff, lang)]
        if diff.columns_added:
            lines.append("  " + _t("columns_added", lang, columns="、".join(diff.columns_added)))
        if diff.columns_removed:
            lines.append("  " + _t("columns_removed", lang, columns="、".join(diff.columns_removed)))
        for change in diff.items:
            lines.append(f"{_MARK[change.kind]} {_rows(change, lang)}  {_headline(change, lang)}")
            colon = "：" if lang == "zh" else ": "
            for c in change.changes:
                old, new = _quoted(shown.name(c.old), lang), _quoted(shown.name(c.new), lang)
                lines.append(f"    {shown.name(c.element)}{colon}{old} → {new}")
        if not diff.items and not diff.columns_added and not diff.columns_removed:
            lines.append("  " + _t("same", lang))
    return "".join(line + "\n" for line in lines)


def _md(text: str) -> str:
    """Table-cell text: pipes and line breaks would break the row, markup characters are escaped."""
    out = shown.text(text).replace("\\", "\\\\").replace("|", "\\|").replace("\n", "<br>")
    for ch in "*_`[]<>#":
        out = out.replace(ch, "\\" + ch) if ch not in "<>" else out
    return out


def render_diff_markdown(diffs: list[CatalogDiff], lang: str = "zh") -> str:
    lines: list[str] = []
    for diff in diffs:
        lines += [f"### {_md(_title(diff, lang))}", "", summary_line(diff, lang), ""]
        if diff.columns_added:
            lines += [_t("columns_added", lang, columns="、".join(diff.columns_added)), ""]
        if diff.columns_removed:
            lines += [_t("columns_removed", lang, columns="、".join(diff.columns_removed)), ""]
        if not diff.items:
            continue
        head = [_t(k, lang) for k in ("col_kind", "col_row", "col_item", "col_element", "col_old", "col_new")]
        lines += ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        for change in diff.items:
            label = change.new_label or change.old_label or ""
            if change.kind == "renamed":
                label = f"{change.old_label} → {change.new_label}"
            first = [_t(change.kind, lang), _rows(change, lang), _md(label)]
            if not change.changes:
                lines.append("| " + " | ".join([*first, "", "", ""]) + " |")
            for n, c in enumerate(change.changes):
                cells = first if n == 0 else ["", "", ""]
                lines.append("| " + " | ".join([*cells, _md(c.element), _md(c.old), _md(c.new)]) + " |")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def render_diff_json(diffs: list[CatalogDiff]) -> str:
    doc = {"schema": SCHEMA_ID, "tables": [d.to_dict() for d in diffs]}
    for table in doc["tables"]:  # file names as every report shows them (shown.py): always UTF-8
        for side in ("old", "new"):
            if isinstance(table.get(side), dict) and isinstance(table[side].get("path"), str):
                table[side]["path"] = shown.name(table[side]["path"])
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
