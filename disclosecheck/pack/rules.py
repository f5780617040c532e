"""The ``rules:`` section of a pack file: each rule's setting checked and merged onto its parent's.

A rule's setting is one of ``disable`` / ``enable`` / a severity, or a mapping of ``enabled``,
``severity`` and the rule's options. Options are merged deeply onto the parent's (a nested mapping
keeps the keys the child does not mention; a list is replaced) and the result is validated by the
check's own ``Options`` model, so its validators speak too. Every error names the line of the
offending key or value.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from collections.abc import Mapping
from types import ModuleType
from typing import Any

from disclosecheck.model import Severity
from disclosecheck.pack.diagnose import (
    Text,
    error,
    expected,
    field_annotation,
    kind_of,
    real_loc,
    shown,
    validator_message,
)
from disclosecheck.pack.model import RuleSetting
from disclosecheck.pack.validate import Invalid, as_dict, build, field_hints
from disclosecheck.pack.yamlfile import find_position, key_position, value_position

DISABLE_WORDS = frozenset({"disable", "disabled", "off", "停用", "关闭"})
ENABLE_WORDS = frozenset({"enable", "enabled", "on", "启用", "开启"})
SEVERITY_WORDS: dict[str, Severity] = {
    **{s.value: s for s in Severity},
    "错误": Severity.ERROR, "警告": Severity.WARNING, "提示": Severity.INFO,
}
#: Keys of a rule's mapping that are not options.
RESERVED = ("enabled", "severity")
#: Options whose name ends like this hold regular expressions (or lists of them).
REGEX_SUFFIXES = ("pattern", "patterns", "regex", "regexes", "regexp", "regexps")


def default_rules(registry: Mapping[str, ModuleType]) -> dict[str, RuleSetting]:
    """Every registered rule with its check's defaults: the base of a pack without ``extends``."""
    return {
        rule_id: RuleSetting(id=rule_id, enabled=getattr(module, "ENABLED", True),
                             severity=Severity(module.SEVERITY), options=module.Options())
        for rule_id, module in registry.items()
    }


def apply_rules(parent: Mapping[str, RuleSetting], node: Any, plain: Mapping[Any, Any], file: str,
                registry: Mapping[str, ModuleType]) -> dict[str, RuleSetting]:
    """``parent`` with the settings of one file's ``rules:`` section applied.

    ``node`` is that section as loaded (for positions), ``plain`` the same as plain Python.
    Raises PackError at the offending key or value.
    """
    rules = dict(parent)
    for rule_id, raw in plain.items():
        if rule_id not in registry:
            raise _unknown_rule(rule_id, registry, file, key_position(node, rule_id))
        module = registry[rule_id]
        current = rules.get(rule_id) or default_rules({rule_id: module})[rule_id]
        rule_node = node.get(rule_id) if isinstance(node, dict) else None
        rules[rule_id] = _apply_one(current, raw, rule_node, module, file, value_position(node, rule_id),
                                    key_position(node, rule_id))
    return {rule_id: rules[rule_id] for rule_id in registry}


def _unknown_rule(rule_id: Any, registry: Mapping[str, ModuleType], file: str,
                  position: tuple[int, int] | None) -> Exception:
    close = difflib.get_close_matches(str(rule_id), list(registry), n=1)
    if close:
        return error("config.unknown_rule_hint", file, position, rule=str(rule_id), suggestion=close[0])
    return error("config.unknown_rule", file, position, rule=str(rule_id))


def _apply_one(current: RuleSetting, raw: Any, node: Any, module: ModuleType, file: str,
               value_pos: tuple[int, int] | None, key_pos: tuple[int, int] | None) -> RuleSetting:
    rule_id = current.id
    if raw is None or isinstance(raw, bool):
        return dataclasses.replace(current, enabled=True if raw is None else raw)
    if isinstance(raw, str):
        word = raw.strip().lower()
        if word in DISABLE_WORDS:
            return dataclasses.replace(current, enabled=False)
        if word in ENABLE_WORDS:
            return dataclasses.replace(current, enabled=True)
        if word in SEVERITY_WORDS:
            return dataclasses.replace(current, severity=SEVERITY_WORDS[word])
        raise error("config.bad_rule_setting", file, value_pos, rule=rule_id, given=shown(raw))
    if not isinstance(raw, dict):
        raise error("config.bad_rule_setting", file, value_pos, rule=rule_id, given=shown(raw))

    update: dict[str, Any] = {}
    if "enabled" in raw:
        if not isinstance(raw["enabled"], bool):
            raise error("config.bad_value", file, value_position(node, "enabled"), key=f"{rule_id}.enabled",
                        given=shown(raw["enabled"]), expected=Text("config.expect.bool"))
        update["enabled"] = raw["enabled"]
    if "severity" in raw:
        word = raw["severity"].strip().lower() if isinstance(raw["severity"], str) else None
        if word not in SEVERITY_WORDS:
            raise error("config.bad_severity", file, value_position(node, "severity"), rule=rule_id,
                        given=shown(raw["severity"]))
        update["severity"] = SEVERITY_WORDS[word]
    options = {k: v for k, v in raw.items() if k not in RESERVED}
    if options:
        _check_regexes(rule_id, options, node, file)
        update["options"] = _validate_options(current, options, node, module, file, key_pos)
    return dataclasses.replace(current, **update)


def _check_regexes(rule_id: str, options: Mapping[Any, Any], node: Any, file: str) -> None:
    """Compile every string of an option named ``…pattern``/``…regex``; report the first that fails."""
    for name, value in options.items():
        if not (isinstance(name, str) and name.lower().endswith(REGEX_SUFFIXES)):
            continue
        if isinstance(value, str):
            candidates = [((name,), value)]
        elif isinstance(value, list):
            candidates = [((name, i), v) for i, v in enumerate(value) if isinstance(v, str)]
        elif isinstance(value, dict):
            candidates = [((name, k), v) for k, v in value.items() if isinstance(v, str)]
        else:
            continue
        for loc, pattern in candidates:
            position, _ = find_position(node, loc)
            bounded = _regex_bounds(pattern)
            if bounded is not None:
                code, params = bounded
                raise error(code, file, position, rule=rule_id, option=name, **params)
            try:
                re.compile(pattern)
            except (re.error, OverflowError, RecursionError, ValueError) as exc:
                raise error("config.bad_regex", file, position, rule=rule_id, option=name,
                            given=shown(pattern), reason=str(exc)) from None
            if nested_repeat(pattern):
                raise error("config.regex_nested_repeat", file, position, rule=rule_id, option=name,
                            given=shown(pattern))


#: Bounds on a pattern option, checked before it is compiled: Python's compiler recurses once per
#: group (100,000 nested parentheses: RecursionError) and takes repetition counts as C integers
#: (``a{99999999999}``: OverflowError); no catalog rule needs more than these.
MAX_REGEX_CHARS = 1000
MAX_REGEX_REPEAT = 1000
MAX_REGEX_NESTING = 20
_REPEAT = re.compile(r"(?<!\\)\{(\d*)(?:,(\d*))?\}")


def nested_repeat(pattern: str) -> bool:
    """Whether an open-ended repetition holds another that can backtrack: ``(a+)+``, ``(\\w+\\s?)*$``.

    Python's ``re`` backtracks without a time limit, and a repetition inside a repetition is what makes
    a pattern take exponential time on a cell it almost matches (a "ReDoS"). No catalog rule needs one:
    refusing them when the pack is read keeps matching time-safe without a second regex engine.
    """
    try:
        from re import _parser as sre_parse  # type: ignore[attr-defined]
    except ImportError:  # pragma: no cover - Python < 3.11
        import sre_parse  # type: ignore[no-redef]
    try:
        parsed = sre_parse.parse(pattern)
    except Exception:  # compiled fine above; a parser difference is not this check's business
        return False
    # A possessive repetition (x++) or an atomic group ((?>…)) never gives back what it took: safe inside.
    backtracking = {sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT}

    def walk(items: Any, inside: bool) -> bool:
        for op, arg in items:
            if op in backtracking:
                _low, high, sub = arg
                unbounded = high == sre_parse.MAXREPEAT
                if unbounded and inside:
                    return True
                if walk(sub, inside or unbounded):
                    return True
            elif op is sre_parse.SUBPATTERN:
                if walk(arg[-1], inside):
                    return True
            elif op is sre_parse.BRANCH:
                if any(walk(branch, inside) for branch in arg[1]):
                    return True
            elif op in (sre_parse.ASSERT, sre_parse.ASSERT_NOT) and walk(arg[1], inside):
                return True
        return False

    return walk(parsed, False)


def _regex_bounds(pattern: str) -> tuple[str, dict[str, Any]] | None:
    """The first bound ``pattern`` breaks, as (message code, parameters), or None."""
    if len(pattern) > MAX_REGEX_CHARS:
        return "config.regex_too_long", {"limit": MAX_REGEX_CHARS}
    for match in _REPEAT.finditer(pattern):
        for count in match.groups():
            if count and int(count) > MAX_REGEX_REPEAT:
                return "config.regex_repeat", {"count": count, "limit": MAX_REGEX_REPEAT}
    depth = 0
    escaped = in_class = False
    for ch in pattern:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
            if depth > MAX_REGEX_NESTING:
                return "config.regex_nesting", {"limit": MAX_REGEX_NESTING}
        elif ch == ")":
            depth = max(depth - 1, 0)
    return None


def deep_merge(base: Mapping[Any, Any], over: Mapping[Any, Any]) -> dict[Any, Any]:
    """``base`` updated by ``over``; nested mappings merge key by key, anything else is replaced."""
    merged = dict(base)
    for key, value in over.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), Mapping):
            merged[key] = deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def _validate_options(current: RuleSetting, options: Mapping[Any, Any], node: Any, module: ModuleType,
                      file: str, rule_pos: tuple[int, int] | None) -> Any:
    model = module.Options
    merged = deep_merge(as_dict(current.options), options)
    try:
        return build(model, merged)
    except Invalid as exc:
        raise _option_error(current.id, exc.errors[0], options, merged, node, model, file, rule_pos) from None


def _option_error(rule_id: str, err: dict[str, Any], options: Mapping[Any, Any], merged: Mapping[Any, Any],
                  node: Any, model: type, file: str, rule_pos: tuple[int, int] | None) -> Exception:
    loc = tuple(err["loc"])
    kind = kind_of(err)
    option = str(loc[0]) if loc else ""
    here = real_loc(options, loc)  # what of loc this file wrote
    position, _ = find_position(node, here, at_key=kind == "extra")
    position = position or rule_pos
    if kind == "extra":
        names = ", ".join(field_hints(model)) or "-"
        return error("config.unknown_option", file, position, rule=rule_id, option=option, expected=names)
    if kind == "missing":
        return error("config.missing_option", file, position, rule=rule_id, option=option)
    if not loc:
        return error("config.rule_invalid", file, position, rule=rule_id, reason=validator_message(err))
    given = shown(err.get("input"))
    if kind == "validator":
        return error("config.option_invalid", file, position, rule=rule_id, option=option, given=given,
                     reason=validator_message(err))
    return error("config.bad_option", file, position, rule=rule_id, option=option, given=given,
                 expected=expected(err, field_annotation(model, merged, loc)))
