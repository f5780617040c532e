"""Every mistake of a pack at once, each as ``file:line:column: message``.

The loader stops at the first mistake, which is right for loading (nothing after it can be trusted)
but makes fixing a pack a loop of one edit per run. Once loading has failed, this module walks the
same file again section by section — top-level keys, dates, the top level's types, header synonyms,
each rule, each ``ignore:`` entry, then the packs it extends — with the loader's own checks, keeping
every error instead of the first. It runs only for a pack that failed, so a good pack costs nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from disclosecheck.errors import ConfigError


class PackErrors(ConfigError):
    """Several mistakes of a pack: the first one's code and position, rendered as one line per mistake."""

    def __init__(self, errors: list[ConfigError]) -> None:
        first = errors[0]
        params = {k: v for k, v in first.params.items() if k != "file"}
        super().__init__(first.code, first.file, first.line, first.column, **params)
        self.errors = errors

    def render(self, lang: str = "zh") -> str:
        """One line per mistake, the first :data:`MAX_LISTED` of them, then how many more there are."""
        from disclosecheck.messages import render

        lines = [error.render(lang) for error in self.errors[:MAX_LISTED]]
        if len(self.errors) > MAX_LISTED:
            lines.append(render("config.more_errors", {"count": len(self.errors) - MAX_LISTED}, lang))
        return "\n".join(lines)


#: Mistakes of a pack listed at most: a file of a thousand unknown keys is not a pack being edited, and
#: a thousand lines would bury the first, which is the one to fix.
MAX_LISTED = 20


def with_all_errors(first: ConfigError, path: Path) -> ConfigError:
    """``first``, or a PackErrors with every mistake of ``path`` (and the packs it extends) when more
    than one is found. Whatever goes wrong while looking for more leaves ``first`` as it was."""
    try:
        found = all_errors(path)
    except Exception:  # collecting is a courtesy: never let it hide the real error
        return first
    rendered = {e.render("zh") for e in found}
    if first.render("zh") not in rendered:
        found.insert(0, first)
    return PackErrors(found) if len(found) > 1 else first


def all_errors(path: Path, seen: frozenset[Path] = frozenset()) -> list[ConfigError]:
    """The mistakes of the pack file at ``path`` and of the files it extends, in file and line order.

    ``seen`` holds the files extending this one; only the first file (``seen`` empty) falls back to a
    whole load for mistakes no section shows, so a cycle is reported once, as the loader reports it.
    """
    from disclosecheck.model import ELEMENTS
    from disclosecheck.pack import loader
    from disclosecheck.pack.diagnose import error, expected, field_annotation, shown
    from disclosecheck.pack.ignores import parse_ignores
    from disclosecheck.pack.model import TOP_LEVEL_KEYS, PackFile
    from disclosecheck.pack.rules import apply_rules, default_rules
    from disclosecheck.pack.validate import Invalid, build
    from disclosecheck.pack.yamlfile import find_position, key_position, parse, read_text, to_plain

    errors: list[ConfigError] = []

    def attempt(step: Callable[[], Any]) -> Any:
        try:
            return step()
        except ConfigError as exc:
            errors.append(exc)
            return None

    registry = loader._registry()
    file = loader.display(path)
    try:
        text = read_text(path, file)
        node = (loader.parse_toml_table(text, file) if path.name == loader.PYPROJECT
                else parse(text, file, True))
        plain = to_plain(node if node is not None else {}, file)
    except ConfigError as exc:  # not YAML at all: nothing further can be read
        return [exc]
    if node is None:
        node = {}
    try:
        loader.must_be_pack(node, plain, file)
    except ConfigError as exc:  # not a pack: nothing of it is quoted, nothing more is looked at
        return [exc]
    for key in plain:
        if key not in TOP_LEVEL_KEYS:
            errors.append(error("config.unknown_key", file, key_position(node, key), key=str(key),
                                expected=", ".join(TOP_LEVEL_KEYS)))
    holidays = attempt(lambda: loader._dates(node, plain, "holidays", file)) or []
    workdays = attempt(lambda: loader._dates(node, plain, "workdays", file)) or []
    given = {k: v for k, v in plain.items() if v is not None and k in TOP_LEVEL_KEYS}
    values = {**given, "holidays": holidays, "workdays": workdays}
    top = None
    try:
        top = build(PackFile, values)
    except Invalid as exc:
        for err in exc.errors:
            loc = tuple(err["loc"])
            key = ".".join(str(step) for step in loc if step != "[key]")
            errors.append(error("config.bad_value", file, find_position(node, loc)[0], key=key,
                                given=shown(err.get("input")),
                                expected=expected(err, field_annotation(PackFile, values, loc))))
    headers = plain.get("headers")
    if isinstance(headers, dict):
        for header, element in headers.items():
            if isinstance(element, str) and element not in ELEMENTS:
                position = find_position(node, ("headers", header))[0]
                errors.append(error("config.unknown_element", file, position, header=header,
                                    given=shown(element), expected=", ".join(ELEMENTS)))
    rules = plain.get("rules")
    if isinstance(rules, dict):
        base = default_rules(registry)
        for rule_id, raw in rules.items():
            attempt(lambda rule_id=rule_id, raw=raw: apply_rules(
                base, node.get("rules"), {rule_id: raw}, file, registry))
    errors.extend(parse_ignores(node, plain.get("ignore"), file, set(registry), collect=True))
    extends = top.extends if top is not None else None
    if isinstance(extends, str) and extends:
        parent = attempt(lambda: loader._resolve_extends(extends, path, node, file))
        here = path.resolve()
        if parent is not None and parent.resolve() not in seen | {here}:
            errors.extend(all_errors(parent, seen | {here}))
    if not errors and not seen:  # only the whole load sees it (a holiday also a workday, a cycle)
        attempt(lambda: loader._load(path, (), positions=True))
    unique: dict[str, ConfigError] = {}
    for err in errors:
        unique.setdefault(err.render("zh"), err)
    # the file itself first, then the packs it extends, each in line order
    order = {name: i for i, name in enumerate(dict.fromkeys(e.file for e in unique.values()))}
    return sorted(unique.values(), key=lambda e: (order[e.file], e.line or 0, e.column or 0))
