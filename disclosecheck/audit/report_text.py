"""The audit on the terminal: the unit ranking, the most common problems, the files not checked
(unreadable ones, and the files found that are not catalogs, per unit).

Per-item detail belongs to ``check`` (or the xlsx of an audit); a county officer reading the
terminal wants to know which township to call first and what to train everyone on.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from disclosecheck.messages import label, render, rule_title

if TYPE_CHECKING:
    from rich.console import Console

    from disclosecheck.audit.run import Audit

#: How many of the most common problems the terminal shows (JSON, CSV and xlsx carry all of them).
COMMON_SHOWN = 10


def percent(rate: float) -> str:
    return f"{rate * 100:.1f}%"


def render_audit_terminal(audit: Audit, console: Console, lang: str = "zh") -> None:
    """Print the audit to ``console``."""
    from rich.table import Table
    from rich.text import Text

    from disclosecheck.shown import name

    report = audit.report
    # Every string is a Text: a unit named "[/b]" is a folder name, not markup.
    title = render("ui.audit.title", {"rules": report.rules, "as_of": report.as_of.isoformat()}, lang)
    console.print(Text(title, style="bold"))
    ranking = Table(title=Text(label("audit.ranking", lang)), title_justify="left")
    for key in ("rank", "unit", "files", "items", "errors", "warnings", "compliance"):
        ranking.add_column(label(f"audit.{key}", lang), justify="left" if key == "unit" else "right",
                           overflow="fold")
    for rank, unit in enumerate(audit.units, start=1):
        style = "red" if unit.errors else ("yellow" if unit.warnings else None)
        ranking.add_row(str(rank), Text(name(unit.unit)), str(unit.files), str(unit.items), str(unit.errors),
                        str(unit.warnings), percent(float(unit.rate)), style=style)
    console.print(ranking)
    console.print(Text(label("audit.rate_note", lang), style="dim"), soft_wrap=True)

    if audit.common:
        common = Table(title=Text(label("audit.common", lang)), title_justify="left")
        for key in ("rule", "units", "affected_items", "findings"):
            common.add_column(label(f"audit.{key}", lang), justify="left" if key == "rule" else "right")
        for c in audit.common[:COMMON_SHOWN]:
            common.add_row(Text(rule_title(c.rule, lang)), str(c.units), str(c.items), str(c.findings))
        console.print(common)

    unreadable = [r for r in report.files if r.status == "error"]
    if unreadable:
        console.print(Text(label("audit.unreadable", lang), style="bold red"))
        for result in unreadable:
            text = result.error.render(lang) if hasattr(result.error, "render") else str(result.error)
            console.print(Text(f"  {text}"), highlight=False, soft_wrap=True)

    if audit.skipped:
        count = sum(len(paths) for paths in audit.skipped.values())
        skipped = render("ui.audit.skipped", {"count": count}, lang)
        console.print(Text(skipped, style="bold yellow"), soft_wrap=True)
        sep = label("audit.skipped_sep", lang)
        colon = "：" if lang == "zh" else ": "
        for unit, paths in audit.skipped.items():
            shown_paths = sep.join(name(p) for p in paths)
            console.print(Text(f"  {name(unit)}{colon}{shown_paths}"), highlight=False, soft_wrap=True)

    console.print(Text(render("ui.audit.totals", {
        "units": len(audit.units),
        "files": len({r.path.as_posix() for r in report.files}),
        "items": sum(u.items for u in audit.units),
        "errors": sum(u.errors for u in audit.units) - len(unreadable),
        "warnings": sum(u.warnings for u in audit.units),
        "unreadable": len({r.path.as_posix() for r in unreadable}),
    }, lang), style="bold"))


def render_audit_text(audit: Audit, lang: str = "zh", width: int = 120) -> str:
    """The terminal report as plain text (for ``--output FILE``)."""
    from rich.console import Console

    buffer = io.StringIO()
    console = Console(file=buffer, width=width, color_system=None, force_terminal=False, highlight=False,
                      emoji=False, markup=False)
    render_audit_terminal(audit, console, lang)
    return buffer.getvalue()
