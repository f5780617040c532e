"""What ``disclosecheck rules show`` says about a rule, taken from the check module itself.

The summary and "what it checks" are read by township clerks, so they come from the message
catalogs (``rule.<id>.summary`` and ``rule.<id>.about``) in the user's language; the check's English
docstring (first line, then the text up to the first section) is only the fallback for a rule without
those keys. The sections ``Anti-pattern:``, ``Best practice:`` and ``Legal basis:`` are catalog rows
and citations, the same in every language, and stay in the docstring; the ``Options`` dataclass gives
each option's type, default and ``metadata["description"]``.
"""

from __future__ import annotations

import dataclasses
import enum
import inspect
import re
import textwrap
import types
import typing
from dataclasses import dataclass, field
from datetime import date
from types import ModuleType
from typing import Any

from disclosecheck.pack.diagnose import Text, describe_type
from disclosecheck.pack.validate import as_dict, field_hints

SECTIONS = {"anti-pattern": "anti", "best practice": "best", "legal basis": "legal"}
_SECTION_LINE = re.compile(r"^(Anti-pattern|Best practice|Legal basis):\s*(.*)$", re.IGNORECASE)


@dataclass(slots=True)
class OptionDoc:
    name: str
    type: Text
    default: str  # as it would be written in YAML
    required: bool = False
    description: str = ""
    bounds: str = ""  # "≥ 1"


@dataclass(slots=True)
class RuleDoc:
    id: str
    severity: str
    summary: str
    body: str = ""
    anti: str = ""
    best: str = ""
    legal: str = ""
    options: list[OptionDoc] = field(default_factory=list)


def localized(module: ModuleType, part: str, lang: str) -> str | None:
    """The rule's ``rule.<id>.<part>`` message in ``lang``, or None when that catalog lacks the key."""
    from disclosecheck.messages import CATALOGS

    return CATALOGS.get(lang, {}).get(f"rule.{module.ID}.{part}")


def summary(module: ModuleType, lang: str = "zh") -> str:
    """One line on what the rule checks: its ``rule.<id>.summary`` message, else the docstring's first."""
    text = localized(module, "summary", lang)
    if text is not None:
        return text
    doc = inspect.cleandoc(module.__doc__ or "")
    return next((line.strip() for line in doc.splitlines() if line.strip()), "")


def rule_doc(module: ModuleType, lang: str = "zh") -> RuleDoc:
    """Everything ``rules show`` prints about one check module, in ``lang`` where the catalogs have it."""
    lines = inspect.cleandoc(module.__doc__ or "").splitlines()
    first = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    parts: dict[str, list[str]] = {"body": []}
    current = "body"
    for line in lines[first + 1:]:
        match = _SECTION_LINE.match(line)
        if match:
            current = SECTIONS[match.group(1).lower()]
            parts[current] = [match.group(2)] if match.group(2).strip() else []
        else:
            parts[current].append(line)
    text = {key: textwrap.dedent("\n".join(value)).strip("\n").rstrip() for key, value in parts.items()}
    return RuleDoc(
        id=module.ID,
        severity=str(getattr(module.SEVERITY, "value", module.SEVERITY)),
        summary=summary(module, lang),
        body=localized(module, "about", lang) or text.get("body", ""),
        anti=text.get("anti", ""),
        best=text.get("best", ""),
        # the legal basis in the reader's language for a built-in rule; a plugin's own docstring otherwise
        legal=(localized(module, "legal", lang) if module.__name__.startswith("disclosecheck.checks.")
               else None) or text.get("legal", ""),
        options=option_docs(module.Options),
    )


def option_docs(model: type) -> list[OptionDoc]:
    """Each field of an ``Options`` dataclass: name, type in words, default as YAML, description.

    The description is the field's ``metadata["description"]`` (``field(default=…, metadata=…)``).
    """
    hints = field_hints(model)
    docs = []
    for info in dataclasses.fields(model):
        if info.name not in hints:
            continue
        required = info.default is dataclasses.MISSING and info.default_factory is dataclasses.MISSING
        if required:
            default = ""
        elif info.default_factory is not dataclasses.MISSING:
            default = yaml_value(info.default_factory())
        else:
            default = yaml_value(info.default)
        hint = hints[info.name]
        docs.append(OptionDoc(name=info.name, type=describe_type(hint), default=default, required=required,
                              description=info.metadata.get("description", ""), bounds=bounds(hint)))
    return docs


_BOUNDS = (("ge", "≥"), ("gt", ">"), ("le", "≤"), ("lt", "<"))


def bounds(hint: Any) -> str:
    """Numeric limits of a field (``Annotated[int, AtLeast(1)]``, also inside ``| None``): ``≥ 1``."""
    parts = []
    for item in _metadata(hint):
        for attr, symbol in _BOUNDS:
            value = getattr(item, attr, None)
            if value is not None:
                parts.append(f"{symbol} {value}")
    return ", ".join(parts)


def _metadata(hint: Any) -> list[Any]:
    """The ``Annotated`` extras of ``hint`` and of the members of a union."""
    origin = typing.get_origin(hint)
    if origin is typing.Annotated:
        return list(hint.__metadata__)
    if origin in (typing.Union, types.UnionType):
        return [m for arg in typing.get_args(hint) for m in _metadata(arg)]
    return []


def yaml_value(value: Any) -> str:
    """A default value as a user would write it in a pack file."""
    if isinstance(value, enum.Enum):
        value = value.value
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, re.Pattern):
        value = value.pattern
    if isinstance(value, str):
        plain = value and not re.search(r"[:#\[\]{},&*!|>'\"%@`]|^[\s-]|\s$", value)
        return value if plain else '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, set | frozenset):
        value = sorted(value, key=str)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(yaml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{yaml_value(k)}: {yaml_value(v)}" for k, v in value.items()) + "}"
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return yaml_value(as_dict(value))
    return str(value)
