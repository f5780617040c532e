"""``disclosecheck rules list | show ID | validate FILE``: what the rules are and whether a pack is right.

Only formats what :mod:`disclosecheck.pack` and the check modules say; pydantic and ruamel are
imported inside the commands so that ``disclosecheck --help`` stays fast.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Annotated

import typer

from disclosecheck.cli import app
from disclosecheck.cli.common import DebugOpt, Lang, LangOpt, RulesOpt, handles_errors
from disclosecheck.errors import UsageError

rules_app = typer.Typer(
    name="rules",
    help="查看规则、检查规则包文件 / List rules, explain one, validate a rule pack.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
app.add_typer(rules_app, name="rules")

RuleIdArg = Annotated[str, typer.Argument(help="规则编号，如 timelimit / rule id, e.g. timelimit.")]
PackFileArg = Annotated[str, typer.Argument(help="规则包 YAML 文件 / the rule pack file to check.")]


def _t(key: str, lang: str, **params: object) -> str:
    from disclosecheck.messages import render

    return render(f"rules.{key}", params, lang)


def _width(text: str) -> int:
    """Columns ``text`` takes in a terminal: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _table(rows: list[list[str]]) -> list[str]:
    """Rows aligned in columns; the last column is left ragged."""
    widths = [max(_width(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    lines = []
    for row in rows:
        cells = [cell + " " * (widths[i] - _width(cell)) for i, cell in enumerate(row[:-1])]
        lines.append("  ".join([*cells, row[-1]]).rstrip())
    return lines


def _severity(value: str, lang: str) -> str:
    return _t(f"severity.{value}", lang)


@rules_app.command("list")
@handles_errors
def list_rules(rules: RulesOpt = None, lang: LangOpt = Lang.zh, debug: DebugOpt = False) -> None:
    """列出所有规则及其在规则包中的设置 / List every rule and its setting in the pack."""
    from disclosecheck.checks import CHECKS
    from disclosecheck.pack import load_pack
    from disclosecheck.pack.describe import summary

    code = str(lang.value)
    pack = load_pack(rules, Path.cwd())
    typer.echo(_t("pack", code, name=pack.name, title=pack.title).rstrip())
    typer.echo(_t("pack_source", code, source=pack.source))
    if pack.parents:
        typer.echo(_t("pack_extends", code, chain=" → ".join(pack.parents)))
    typer.echo("")
    if not pack.rules:
        typer.echo(_t("none", code))
    else:
        columns = ("col_id", "col_default", "col_severity", "col_enabled", "col_summary")
        rows = [[_t(k, code) for k in columns]]
        for rule_id, setting in pack.rules.items():
            module = CHECKS[rule_id]
            default = str(getattr(module.SEVERITY, "value", module.SEVERITY))
            rows.append([rule_id, _severity(default, code), _severity(setting.severity.value, code),
                         _t("yes" if setting.enabled else "no", code), summary(module, code)])
        for line in _table(rows):
            typer.echo(line)
    typer.echo("")
    _list_builtins(code)


def _list_builtins(lang: str) -> None:
    from disclosecheck.pack import builtin_packs

    packs = builtin_packs()
    typer.echo(_t("builtin", lang))
    if not packs:
        typer.echo("  " + _t("builtin_none", lang))
        return
    for line in _table([[name, _pack_title(path)] for name, path in packs.items()]):
        typer.echo("  " + line)


def _pack_title(path: Path) -> str:
    """A built-in pack's ``title``, read without loading the pack (a broken one still gets listed)."""
    from disclosecheck.errors import ConfigError
    from disclosecheck.pack.yamlfile import parse, read_text

    try:
        node = parse(read_text(path, str(path)), str(path))
    except ConfigError:
        return ""
    title = node.get("title") if isinstance(node, dict) else None
    return str(title) if isinstance(title, str) else ""


@rules_app.command("show")
@handles_errors
def show_rule(rule_id: RuleIdArg, lang: LangOpt = Lang.zh, debug: DebugOpt = False) -> None:
    """说明一条规则：检查什么、选项、不合格与合格的写法、依据 / Explain one rule."""
    from disclosecheck.checks import CHECKS
    from disclosecheck.pack.describe import rule_doc

    code = str(lang.value)
    if rule_id not in CHECKS:
        import difflib

        # a typo (timelimt, legal_basis) is answered with the rule meant
        close = difflib.get_close_matches(rule_id.strip().lower().replace("_", "-"), list(CHECKS), n=1,
                                          cutoff=0.6)
        if close:
            raise UsageError("rules.unknown_id_hint", rule=rule_id, suggestion=close[0])
        raise UsageError("rules.unknown_id", rule=rule_id)
    doc = rule_doc(CHECKS[rule_id], code)
    missing = _t("show_missing", code)
    out = [_t("show_title", code, rule=doc.id, severity=_severity(doc.severity, code)), doc.summary, ""]
    if doc.body:
        out += [_t("show_checks", code), _indent(doc.body), ""]
    out.append(_t("show_options", code))
    if not doc.options:
        out.append("  " + _t("show_no_options", code))
    for option in doc.options:
        bounds = (f"（{option.bounds}）" if code == "zh" else f" ({option.bounds})") if option.bounds else ""
        kind = option.type.in_lang(code) + bounds
        out.append("  " + _t("show_option", code, name=option.name, type=kind, default=option.default or "-"))
        if option.description:
            out.append(_indent(option.description, 6))
    out.append("")
    for key, text in (("show_anti", doc.anti), ("show_best", doc.best), ("show_legal", doc.legal)):
        out += [_t(key, code), _indent(text or missing), ""]
    typer.echo("\n".join(out).rstrip())


def _indent(text: str, by: int = 2) -> str:
    return "\n".join((" " * by + line) if line.strip() else "" for line in text.splitlines())


@rules_app.command("validate")
@handles_errors
def validate(file: PackFileArg, lang: LangOpt = Lang.zh, debug: DebugOpt = False) -> None:
    """检查规则包文件是否写对（含它继承的规则包）/ Check a rule pack file and the packs it extends."""
    from disclosecheck.pack import load_pack

    pack = load_pack(file, Path.cwd())
    typer.echo(_t("valid", str(lang.value), name=pack.name, count=len(pack.enabled)))


# ``rules domains`` lives in its own module and registers itself on ``rules_app``.
from disclosecheck.cli import domains_cmd  # noqa: E402, F401
