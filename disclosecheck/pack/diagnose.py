"""Turning what is wrong in a pack file into words: the expected type, the value given, pydantic's errors.

A message such as "应为整数" / "expected a whole number" nests one message in another, in the
language the error is finally shown in. :class:`Text` is such a nested message: a ``str`` (its
Chinese wording, so JSON and ``str()`` still work) that remembers its code and parameters, and
:class:`PackError` renders it again in the language asked for.
"""

from __future__ import annotations

import dataclasses
import enum
import json
import re
import types
import typing
from datetime import date, datetime
from typing import Any

from disclosecheck.errors import ConfigError

MAX_SHOWN = 60


class Text(str):
    """A message code with parameters, usable as a parameter of another message."""

    code: str
    params: dict[str, Any]

    def __new__(cls, code: str, **params: Any) -> Text:
        obj = super().__new__(cls, _render(code, params, "zh"))
        obj.code = code
        obj.params = params
        return obj

    def __reduce__(self) -> tuple[Any, ...]:
        return (_make_text, (self.code, self.params))

    def in_lang(self, lang: str) -> str:
        return _render(self.code, self.params, lang)


def _make_text(code: str, params: dict[str, Any]) -> Text:
    return Text(code, **params)


def _render(code: str, params: dict[str, Any], lang: str) -> str:
    from disclosecheck.messages import render

    return render(code, resolve(params, lang), lang)


def resolve(params: dict[str, Any], lang: str) -> dict[str, Any]:
    """``params`` with every nested :class:`Text` rendered in ``lang``."""
    return {k: v.in_lang(lang) if isinstance(v, Text) else v for k, v in params.items()}


class PackError(ConfigError):
    """A ConfigError whose parameters may hold nested :class:`Text` messages."""

    def render(self, lang: str = "zh") -> str:
        params = resolve(self.params, lang)
        params.pop("file", None)
        return ConfigError(self.code, self.file, self.line, self.column, **params).render(lang)


def error(code: str, file: str, position: tuple[int, int] | None, **params: Any) -> PackError:
    """A PackError at ``position`` (1-based line and column) when known."""
    line, column = position if position else (None, None)
    return PackError(code, file, line, column, **params)


def shown(value: Any) -> str:
    """A value as the user wrote it in YAML, quoted if text, cut short if long."""
    if isinstance(value, str):
        text = json.dumps(value, ensure_ascii=False)
    elif isinstance(value, bool):
        text = "true" if value else "false"
    elif value is None:
        text = "null"
    elif isinstance(value, datetime | date):
        text = value.isoformat()
    else:
        try:
            text = json.dumps(value, ensure_ascii=False, default=str)
        except (TypeError, ValueError):
            text = repr(value)
    return text if len(text) <= MAX_SHOWN else text[: MAX_SHOWN - 1] + "…"


# --- what a type expects ------------------------------------------------------------------------------

_SCALARS: dict[Any, str] = {
    bool: "bool", int: "int", float: "number", str: "text", date: "date", datetime: "date",
    type(None): "null", re.Pattern: "text",
}


def describe_type(annotation: Any) -> Text:
    """What a value of ``annotation`` looks like in YAML: "整数", "文字的列表", "以下之一：…"."""
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is typing.Annotated:
        return describe_type(args[0])
    if annotation in _SCALARS:
        return Text(f"config.expect.{_SCALARS[annotation]}")
    if origin is typing.Literal:
        return Text("config.expect.one_of", choices=", ".join(shown(a) for a in args))
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return Text("config.expect.one_of", choices=", ".join(shown(m.value) for m in annotation))
    if origin in (typing.Union, types.UnionType):
        parts = [describe_type(a) for a in args if a is not type(None)]
        if type(None) in args:
            parts.append(Text("config.expect.null"))
        result = parts[0]
        for part in parts[1:]:
            result = Text("config.expect.either", first=result, second=part)
        return result
    if origin in (list, tuple, set, frozenset) or annotation in (list, tuple, set, frozenset):
        if args and args[0] is not typing.Any:
            return Text("config.expect.list_of", item=describe_type(args[0]))
        return Text("config.expect.list")
    if origin is dict or annotation is dict:
        if len(args) == 2 and typing.Any not in args:
            return Text("config.expect.mapping_of", key=describe_type(args[0]), value=describe_type(args[1]))
        return Text("config.expect.mapping")
    if dataclasses.is_dataclass(annotation):
        return Text("config.expect.mapping")
    name = getattr(annotation, "__name__", None) or str(annotation)
    return Text("config.expect.other", reason=name)


# --- pydantic's errors --------------------------------------------------------------------------------

#: pydantic error type -> the kind of value that was expected
_TYPE_ERRORS: dict[str, str] = {
    "int_type": "int", "int_parsing": "int", "int_from_float": "int",
    "float_type": "number", "float_parsing": "number", "decimal_type": "number", "decimal_parsing": "number",
    "bool_type": "bool", "bool_parsing": "bool",
    "string_type": "text", "string_unicode": "text", "pattern_type": "text",
    "list_type": "list", "tuple_type": "list", "set_type": "list", "frozen_set_type": "list",
    "iterable_type": "list",
    "dict_type": "mapping", "model_type": "mapping", "model_attributes_type": "mapping",
    "dataclass_type": "mapping",
    "date_type": "date", "date_parsing": "date", "date_from_datetime_parsing": "date",
    "date_from_datetime_inexact": "date", "datetime_type": "date", "datetime_parsing": "date",
    "none_required": "null",
}
_LIMIT_ERRORS: dict[str, tuple[str, str]] = {
    "greater_than": ("gt", "gt"), "greater_than_equal": ("ge", "ge"),
    "less_than": ("lt", "lt"), "less_than_equal": ("le", "le"),
    "too_short": ("min_length", "min_length"), "string_too_short": ("min_length", "min_length"),
    "too_long": ("max_length", "max_length"), "string_too_long": ("max_length", "max_length"),
}
_CHOICE_ERRORS = ("literal_error", "enum")


def kind_of(err: dict[str, Any]) -> str:
    """``extra``, ``missing``, ``expected`` (a wrong type, range or choice) or ``validator`` (anything
    else, typically a model's own validator, whose message is shown as written)."""
    kind = err["type"]
    if kind in ("extra_forbidden", "unexpected_keyword_argument"):
        return "extra"
    if kind in ("missing", "missing_argument", "missing_keyword_only_argument"):
        return "missing"
    if kind in _TYPE_ERRORS or kind in _LIMIT_ERRORS or kind in _CHOICE_ERRORS:
        return "expected"
    return "validator"


def validator_message(err: dict[str, Any]) -> str:
    """The message a validator raised, without pydantic's "Value error, " prefix.

    A check's validator raises ``PydanticCustomError("dc_option", …, {"code": …, **params})``
    (``disclosecheck.checks.shared.option_error``): that becomes a :class:`Text`, rendered in the
    language the error is shown in. Any other validator's text is shown as written.
    """
    ctx = err.get("ctx") or {}
    if err.get("type") == "dc_option" and isinstance(ctx.get("code"), str):
        return Text(ctx["code"], **{k: v for k, v in ctx.items() if k != "code"})
    if "error" in ctx:
        return str(ctx["error"])
    return str(err.get("msg", ""))


def expected(err: dict[str, Any], annotation: Any = None) -> Text:
    """What the value at ``err['loc']`` should have been, from the declared type if known."""
    kind = err["type"]
    ctx = err.get("ctx") or {}
    if kind in _TYPE_ERRORS:
        if annotation is not None:
            return describe_type(annotation)
        return Text(f"config.expect.{_TYPE_ERRORS[kind]}")
    if kind in _LIMIT_ERRORS:
        key, ctx_key = _LIMIT_ERRORS[kind]
        return Text(f"config.expect.{key}", limit=ctx.get(ctx_key, "?"))
    if kind in _CHOICE_ERRORS:
        return Text("config.expect.one_of", choices=str(ctx.get("expected", "")))
    return Text("config.expect.other", reason=str(err.get("msg", kind)))


def real_loc(data: Any, loc: tuple[Any, ...]) -> tuple[Any, ...]:
    """The part of ``loc`` that exists in ``data``; pydantic appends union tags such as ``"int"``."""
    found: list[Any] = []
    current = data
    for step in loc:
        in_dict = isinstance(current, dict) and step in current
        in_list = isinstance(current, list) and isinstance(step, int) and 0 <= step < len(current)
        if not (in_dict or in_list):
            break
        current = current[step]
        found.append(step)
    return tuple(found)


def field_annotation(model: type, data: Any, loc: tuple[Any, ...]) -> Any:
    """The declared type of the top-level field the error is on, when it is on the field itself."""
    from disclosecheck.pack.validate import field_hints

    fields = field_hints(model)
    here = real_loc(data, loc)
    if len(here) == 1 and here[0] in fields:
        return fields[here[0]]
    return None
