"""Turning a pack's plain values into a dataclass: a check's ``Options``, or the top level ``PackFile``.

Almost every value in a pack already has its declared type: a whole number for an ``int``, a list
of text for a ``tuple[str, ...]``, ``warning`` for a severity. Those are taken by :func:`build` in a
strict walk over the annotations (a list becomes the declared tuple, a word the declared enum, and
the options' own ``AtLeast`` and ``Checked`` rules run). Anything the walk cannot vouch for — a value
of the wrong type, one pydantic would convert (``"20"``), a validator's refusal — goes to pydantic,
which reads the same annotations and either accepts the value or says exactly which key is wrong
and why; :mod:`disclosecheck.pack.diagnose` turns that into ``file:line:column``.

So pydantic, whose import and schema building cost more than a whole check of a small catalog, is
loaded only for a pack with a mistake in it, never on the everyday path. The walk accepts a strict
subset of what pydantic accepts and builds the same result (``tests/test_pack_validate.py``).
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import types
import typing
from collections.abc import Mapping
from datetime import date
from typing import Any, TypeVar

from disclosecheck.checks.base import AtLeast, Checked

T = TypeVar("T")

#: Types the walk takes only as exactly themselves (a bool is not an int here).
_EXACT = (int, float, str, bool, date)


class Invalid(Exception):
    """pydantic refused the values; ``errors`` is its list of errors (``loc``, ``type``, ``input``…)."""

    def __init__(self, errors: list[dict[str, Any]]) -> None:
        super().__init__(errors[0].get("msg", "") if errors else "")
        self.errors = errors


class _Defer(Exception):
    """The walk cannot vouch for a value: pydantic decides."""


def build(cls: type[T], data: Mapping[str, Any]) -> T:
    """An instance of the dataclass ``cls`` from ``data``; raises :class:`Invalid` when pydantic refuses."""
    hints = field_hints(cls)
    if all(key in hints for key in data):
        try:
            return cls(**{key: _value(hints[key], value) for key, value in data.items()})
        except Exception:  # _Defer, or a rule refusing: pydantic will say which key and why
            pass
    return _with_pydantic(cls, data)


@functools.cache
def field_hints(cls: type) -> dict[str, Any]:
    """Each field of the dataclass ``cls`` with its resolved annotation (``Annotated`` kept)."""
    hints = typing.get_type_hints(cls, include_extras=True)
    return {f.name: hints[f.name] for f in dataclasses.fields(cls) if f.init}


def as_dict(obj: Any) -> dict[str, Any]:
    """The fields of a dataclass instance, one level deep (values are kept as they are)."""
    return {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}


def _value(hint: Any, value: Any) -> Any:
    """``value`` as ``hint`` declares it, when it already is that; else :class:`_Defer`."""
    origin = typing.get_origin(hint)
    if origin is typing.Annotated:
        base, *rules = typing.get_args(hint)
        result = _value(base, value)
        for rule in rules:
            if isinstance(rule, AtLeast) and result < rule.ge:
                raise _Defer
            if isinstance(rule, Checked):
                result = rule.fn(result)
        return result
    if origin in (typing.Union, types.UnionType):
        for arg in typing.get_args(hint):
            try:
                return _value(arg, value)
            except _Defer:
                continue
        raise _Defer
    if hint is typing.Any:
        return value
    if hint is type(None) or hint is None:
        if value is None:
            return None
        raise _Defer
    if hint in _EXACT:
        if type(value) is hint:
            return value
        raise _Defer
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        if isinstance(value, hint):
            return value
        if isinstance(value, str) and value in hint._value2member_map_:
            return hint(value)
        raise _Defer
    args = typing.get_args(hint)
    if origin in (tuple, list) and isinstance(value, list | tuple):
        if origin is tuple and not (len(args) == 2 and args[1] is Ellipsis):
            raise _Defer
        items = [_value(args[0], v) for v in value] if args else list(value)
        return tuple(items) if origin is tuple else items
    if origin is dict and isinstance(value, dict):
        key_hint, value_hint = args or (typing.Any, typing.Any)
        return {_value(key_hint, k): _value(value_hint, v) for k, v in value.items()}
    raise _Defer


def _with_pydantic(cls: type[T], data: Mapping[str, Any]) -> T:
    from pydantic import ValidationError

    try:
        return _adapter(cls).validate_python(dict(data))
    except ValidationError as exc:
        raise Invalid(exc.errors(include_url=False)) from None


@functools.cache
def _adapter(cls: type) -> Any:
    from pydantic import TypeAdapter

    return TypeAdapter(cls)
