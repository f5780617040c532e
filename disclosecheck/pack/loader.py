"""Loading a pack: finding the file, checking each file of the ``extends`` chain, merging them.

The chain is followed from the file named up to a pack without ``extends``, whose base is every
registered check with its own defaults; each file is then applied onto its parent: rule settings
per rule and per option (options deeply), ``headers``/``holidays``/``workdays`` unioned. Every file
is checked before its parent is opened, so an error points at the file the user wrote it in.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from datetime import date, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

from disclosecheck.errors import ConfigError
from disclosecheck.model import ELEMENTS
from disclosecheck.pack.builtin import DEFAULT_PACK, PROJECT_FILE, SUFFIXES, available_text, builtin_packs
from disclosecheck.pack.diagnose import error, expected, field_annotation, shown
from disclosecheck.pack.model import TOP_LEVEL_KEYS, Pack, PackFile
from disclosecheck.pack.rules import apply_rules, default_rules
from disclosecheck.pack.validate import Invalid, build
from disclosecheck.pack.yamlfile import (
    find_position,
    key_position,
    node_position,
    parse,
    read_text,
    to_plain,
    value_position,
)


def load_pack(ref: str | None = None, cwd: Path | None = None) -> Pack:
    """The pack named by ``ref``: a built-in name (``national``) or the path of a YAML file.

    Without ``ref``: the nearest ``disclosecheck.yaml`` in ``cwd`` (default: the working folder)
    or one of its parents, else the built-in ``national``. Relative paths are taken from ``cwd``.
    Raises ConfigError (``file:line:column: message``).
    """
    base = Path.cwd() if cwd is None else cwd
    if ref is None:
        found = find_project_file(base)
        return _load_file(found or _builtin(DEFAULT_PACK, DEFAULT_PACK))
    builtins = builtin_packs()
    if ref in builtins and not looks_like_path(ref):
        return _load_file(builtins[ref])
    path = Path(ref).expanduser()
    if not path.is_absolute():
        path = base / path
    try:
        exists = path.exists()
    except OSError as exc:  # a name over 255 bytes
        raise ConfigError("config.unreadable", ref, reason=exc.strerror or str(exc)) from None
    if not exists:
        raise ConfigError("config.not_found", ref, name=ref, available=available_text())
    return _load_file(path)


def _load_file(path: Path) -> Pack:
    """Load ``path``; when it has a mistake, raise every mistake of it at once (``pack.collect``)."""
    try:
        return _load_first_error(path)
    except ConfigError as exc:
        from disclosecheck.pack.collect import with_all_errors

        raise with_all_errors(exc, path) from None


def _load_first_error(path: Path) -> Pack:
    """Load ``path`` from plain YAML first; only when that fails, again from the positioned tree.

    ruamel's round-trip tree, which knows each key's line and column, costs several times a plain
    parse and is needed only to say where a mistake is. Any failure of the plain pass (a ConfigError,
    or a YAML oddity such as an impossible date the plain parser rejects outright) is left to the
    second pass, which raises the same error with its position or, for a file that is fine after
    all, returns the pack.
    """
    try:
        return _load(path, (), positions=False)
    except ConfigError as exc:
        if exc.code in _FINAL:  # said as well without positions: no second read of a bad file
            raise
    except Exception:  # the positioned pass below says what is wrong, and where
        pass
    return _load(path, (), positions=True)


#: Errors the plain pass reports exactly as the positioned pass would: they come before parsing, or
#: from the event scan, which knows positions in both passes (a chain of merges is not scanned twice).
_FINAL = frozenset({"config.not_regular", "config.too_large", "config.too_deep", "config.too_complex",
                    "config.recursive_alias", "config.complex_key"})


def find_project_file(start: Path) -> Path | None:
    """The nearest ``disclosecheck.yaml``, or ``pyproject.toml`` with a ``[tool.disclosecheck]`` table,
    in ``start`` or a parent folder; in one folder ``disclosecheck.yaml`` wins (as ``ruff.toml`` wins
    over ``pyproject.toml`` for ruff). A ``pyproject.toml`` without the table is passed over.

    Anything named ``disclosecheck.yaml`` but a folder is taken, a FIFO or device included, so that
    reading it refuses it in one line rather than silently falling back to another pack.
    """
    start = start.absolute()
    for folder in (start, *start.parents):
        candidate = folder / PROJECT_FILE
        try:
            if candidate.exists() and not candidate.is_dir():
                return candidate
        except OSError:  # a name the system will not look at: as good as absent
            continue
        pyproject = folder / PYPROJECT
        if pyproject.is_file() and has_tool_table(pyproject):
            return pyproject
    return None


PYPROJECT = "pyproject.toml"


def has_tool_table(path: Path) -> bool:
    """Whether ``path`` (a pyproject.toml) has ``[tool.disclosecheck]``; an unreadable one has not."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return False
    if _MAY_HAVE_TABLE.search(text) is None:
        return False
    return parse_toml_table(text, str(path), strict=False) is not None


#: Where a ``tool.disclosecheck`` table can start: ``[tool.disclosecheck]`` or a dotted key (quoted or not),
#: a ``[tool]`` table, an inline ``tool = {…}``. A pyproject.toml with none of them (one that only names
#: the package ``disclosecheck``) is not parsed at all.
_MAY_HAVE_TABLE = re.compile(r"""tool["']?\s*(?:\.\s*["']?disclosecheck|\]|=)""")


def parse_toml_table(text: str, file: str, strict: bool = True) -> Any:
    """The ``[tool.disclosecheck]`` table of a pyproject.toml: the same keys as ``disclosecheck.yaml``.

    TOML keeps no positions, so mistakes in it are reported by file and key, without a line. With
    ``strict`` a malformed file or a missing table is a ConfigError; without, None.
    """
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        if not strict:
            return None
        raise ConfigError("config.toml", file, reason=str(exc)) from None
    table = data.get("tool", {}).get("disclosecheck") if isinstance(data.get("tool"), dict) else None
    if table is None and strict:
        raise ConfigError("config.no_tool_table", file)
    return table


def looks_like_path(ref: str) -> bool:
    return "/" in ref or "\\" in ref or ref.endswith(SUFFIXES)


def display(path: Path) -> str:
    """How a pack file is named in messages: relative to the working folder when inside it."""
    full = os.path.normpath(os.path.abspath(path))
    try:
        relative = os.path.relpath(full)
    except ValueError:  # another drive on Windows
        return full
    return full if relative.startswith("..") else relative


def _builtin(name: str, shown_as: str) -> Path:
    packs = builtin_packs()
    if name not in packs:
        raise ConfigError("config.not_found", shown_as, name=name, available=available_text())
    return packs[name]


def _registry() -> Mapping[str, ModuleType]:
    # Looked up on each load, not imported by name, so tests can swap the registry.
    from disclosecheck import checks

    return checks.CHECKS


def _load(path: Path, chain: tuple[tuple[Path, str], ...], positions: bool = True) -> Pack:
    """Load ``path`` and everything it extends; ``chain`` holds the files extending it (for cycles)."""
    registry = _registry()
    file = display(path)
    text = read_text(path, file)
    node = parse_toml_table(text, file) if path.name == PYPROJECT else parse(text, file, positions)
    if node is None:  # an empty file, or comments only
        node = {}
    plain = to_plain(node, file)
    must_be_pack(node, plain, file)
    for key in plain:
        if key not in TOP_LEVEL_KEYS:
            raise error("config.unknown_key", file, key_position(node, key), key=str(key),
                        expected=", ".join(TOP_LEVEL_KEYS))
    holidays = _dates(node, plain, "holidays", file)
    workdays = _dates(node, plain, "workdays", file)
    both = sorted(set(holidays) & set(workdays))
    if both:
        index = workdays.index(both[0])
        raise error("config.date_conflict", file, find_position(node, ("workdays", index))[0]
                    or value_position(node, "workdays"), date=both[0].isoformat())
    # A key left empty (``rules:`` with every line under it commented out) means "nothing here".
    given = {k: v for k, v in plain.items() if v is not None}
    top = _validate_top(node, {**given, "holidays": holidays, "workdays": workdays}, file)
    for header, element in top.headers.items():
        if element not in ELEMENTS:
            raise error("config.unknown_element", file, find_position(node, ("headers", header))[0],
                        header=header, given=shown(element), expected=", ".join(ELEMENTS))

    me = (path.resolve(), file)
    if top.extends:
        parent_path = _resolve_extends(top.extends, path, node, file)
        seen = [*chain, me]
        if any(parent_path.resolve() == p for p, _ in seen):
            names = [name for _, name in seen] + [display(parent_path)]
            raise error("config.cycle", file, value_position(node, "extends"), chain=" → ".join(names))
        parent = _load(parent_path, seen, positions)
        base_rules, parents = parent.rules, [parent.source, *parent.parents]
    else:
        parent = None
        base_rules, parents = default_rules(registry), []

    rules = apply_rules(base_rules, node.get("rules"), top.rules, file, registry)
    from disclosecheck.pack.ignores import parse_ignores

    ignores = parse_ignores(node, plain.get("ignore"), file, set(registry))
    synonyms = dict(parent.synonyms) if parent else {}
    synonyms.update({h.strip(): e for h, e in top.headers.items()})
    inherited_holidays = set(parent.holidays) if parent else set()
    inherited_workdays = set(parent.workdays) if parent else set()
    return Pack(
        name=top.name or path.stem,
        title=top.title,
        description=top.description,
        source=os.path.normpath(os.path.abspath(path)),
        synonyms=synonyms,
        # A child's holiday cancels an inherited working day with the same date, and vice versa.
        holidays=sorted((inherited_holidays - set(workdays)) | set(holidays)),
        workdays=sorted((inherited_workdays - set(holidays)) | set(workdays)),
        rules=rules,
        parents=parents,
        standard=_standard_path(top.standard, path) if top.standard else getattr(parent, "standard", None),
        level=top.level or (parent.level if parent else None),
        ignores=[*(parent.ignores if parent else []), *ignores],
        # A child adds placeholder words and template marks to its parent's; it never loses one.
        placeholders=_union(parent.placeholders if parent else [], top.placeholders),
        template_marks=_union(parent.template_marks if parent else [], top.template_marks),
    )


def must_be_pack(node: Any, plain: Any, file: str) -> None:
    """Refuse a file that is not a rule pack at all before anything of it is quoted in a message.

    ``extends:`` or ``--rules`` may name any readable file, through a symlink with a ``.yaml`` name
    too: an error that quoted a line of ``/etc/shadow`` or of a private key would print it for
    whoever runs the check (a CI log). A pack's top level is a mapping with at least one pack key;
    anything else is refused by position alone.
    """
    if not isinstance(plain, dict):
        raise error("config.top_not_mapping", file, node_position(node) or (1, 1))
    if plain and not any(key in TOP_LEVEL_KEYS for key in plain):
        raise error("config.not_a_pack", file, key_position(node, next(iter(plain))),
                    expected=", ".join(TOP_LEVEL_KEYS))


def _union(inherited: list[str], own: list[str]) -> list[str]:
    """The parent's entries then the child's new ones, stripped, each once, in order."""
    return list(dict.fromkeys(s for s in (*inherited, *(w.strip() for w in own)) if s))


def _standard_path(value: str, pack: Path) -> str:
    """A pack's ``standard:``: a built-in domain as is, a file relative to the pack's folder."""
    candidate = pack.parent / value
    return str(candidate) if not Path(value).is_absolute() and candidate.exists() else value


def _dates(node: Any, plain: Mapping[Any, Any], key: str, file: str) -> list[date]:
    """The dates listed under ``key``; a single date may stand without a list."""
    value = plain.get(key)
    if value is None:
        return []
    values, listed = (value, True) if isinstance(value, list) else ([value], False)
    result = []
    for i, item in enumerate(values):
        day = _as_date(item)
        if day is None:
            position = value_position(node[key], i) if listed else value_position(node, key)
            raise error("config.bad_date", file, position, key=key, given=shown(item))
        result.append(day)
    return result


def _as_date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def _validate_top(node: Any, values: dict[str, Any], file: str) -> PackFile:
    try:
        return build(PackFile, values)
    except Invalid as exc:
        err = exc.errors[0]
    loc = tuple(err["loc"])
    position, _ = find_position(node, loc)
    key = ".".join(str(step) for step in loc if step != "[key]")
    raise error("config.bad_value", file, position, key=key, given=shown(err.get("input")),
                expected=expected(err, field_annotation(PackFile, values, loc)))


def _resolve_extends(value: str, path: Path, node: Any, file: str) -> Path:
    """The file ``extends: value`` names: a built-in pack, or a path relative to the extending file."""
    builtins = builtin_packs()
    if value in builtins and not looks_like_path(value):
        return builtins[value]
    candidate = Path(os.path.normpath(path.parent / Path(value).expanduser()))
    if candidate.is_dir():
        raise error("config.is_directory", file, value_position(node, "extends"), name=value)
    # Only a YAML file is followed, by its own name and by the name of the file a symlink leads to:
    # an error in any other file (``extends: /etc/shadow``) could quote its content back to whoever
    # wrote the pack (see must_be_pack for what a .yaml file must hold).
    if candidate.exists():
        if not all(name.lower().endswith(SUFFIXES) for name in (candidate.name, candidate.resolve().name)):
            raise error("config.extends_not_pack", file, value_position(node, "extends"), name=value)
        return candidate
    raise error("config.not_found", file, value_position(node, "extends"), name=value,
                available=available_text())
