"""Checking a JSON document against the published ``disclosecheck/1`` schema, fast and with one answer.

A baseline (``check --baseline FILE``) is input: a file someone edited, or anything at all. It is
held to the same JSON Schema the reports are published with (``render/schema/``), interpreted here
rather than by the ``jsonschema`` package, for two reasons: that package is a test dependency only,
and it takes about 180 µs per finding (3 s for a 16,000-finding baseline) where a CI job wants
milliseconds. This interpreter knows exactly the keywords the published schema uses — ``type``,
``const``, ``enum``, ``required``, ``properties``, ``additionalProperties``, ``items``, ``$ref``,
``pattern``, ``minLength``, ``minimum``, ``maximum``, ``maxItems`` and ``if``/``then``/``else`` — and
refuses a schema with any other, so it cannot silently check less than the schema says
(``tests/test_hostile_baseline.py`` holds it to ``jsonschema`` on every bad baseline it tests).

It stops at the first problem and says where (``files[0].findings[2].rule``) and what kind it is,
so the caller can word it in the user's language. It descends into the document only where the
schema does, so its depth is the schema's, whatever the document's.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

#: The keywords interpreted below; annotations are ignored.
KNOWN = frozenset({"type", "const", "enum", "required", "properties", "additionalProperties", "items", "$ref",
                   "pattern", "minLength", "minimum", "maximum", "maxItems", "if", "then", "else"})
ANNOTATIONS = frozenset({"$schema", "$id", "title", "description", "$defs"})

_TYPES: dict[str, Any] = {"object": dict, "array": list, "string": str, "null": type(None)}


@dataclass(frozen=True, slots=True)
class Problem:
    """The first place a document breaks its schema.

    ``kind`` is ``type`` (``expected`` lists the JSON types allowed), ``choice`` (``expected`` lists
    the allowed values), ``missing`` / ``unknown`` (``key`` names it) or ``value`` (a pattern,
    length or range).
    """

    where: str
    kind: str
    expected: tuple[str, ...] = ()
    key: str = ""


class SchemaUnsupported(ValueError):
    """The schema uses a keyword this interpreter does not know: a bug to fix here, not a user error."""


def first_problem(document: Any, schema: dict[str, Any]) -> Problem | None:
    """The first way ``document`` breaks ``schema``, or None when it conforms."""
    return _check(document, schema, schema, "")


def _is_type(value: Any, name: str) -> bool:
    if name == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if name == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if name == "boolean":
        return isinstance(value, bool)
    return isinstance(value, _TYPES[name])


@functools.cache
def _regex(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _join(where: str, step: str | int) -> str:
    if isinstance(step, int):
        return f"{where}[{step}]"
    return f"{where}.{step}" if where else step


def _check(value: Any, schema: dict[str, Any], root: dict[str, Any], where: str) -> Problem | None:
    unknown = set(schema) - KNOWN - ANNOTATIONS
    if unknown:
        raise SchemaUnsupported(", ".join(sorted(unknown)))
    if "$ref" in schema:
        ref = schema["$ref"]
        if not ref.startswith("#/$defs/"):
            raise SchemaUnsupported(ref)
        found = _check(value, root["$defs"][ref.removeprefix("#/$defs/")], root, where)
        if found is not None:
            return found
    if "type" in schema:
        names = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(_is_type(value, name) for name in names):
            return Problem(where, "type", tuple(names))
    if "const" in schema and not _same(value, schema["const"]):
        return Problem(where, "choice", (str(schema["const"]),))
    if "enum" in schema and not any(_same(value, choice) for choice in schema["enum"]):
        return Problem(where, "choice", tuple(str(c) for c in schema["enum"]))
    if isinstance(value, str):
        if len(value) < schema.get("minLength", 0):
            return Problem(where, "value")
        if "pattern" in schema and not _regex(schema["pattern"]).search(value):
            return Problem(where, "value")
    number = isinstance(value, int | float) and not isinstance(value, bool)
    if number and (value < schema.get("minimum", value) or value > schema.get("maximum", value)):
        return Problem(where, "value")
    if isinstance(value, dict):
        found = _check_object(value, schema, root, where)
        if found is not None:
            return found
    if isinstance(value, list):
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            return Problem(where, "value")
        if "items" in schema:
            for i, item in enumerate(value):
                found = _check(item, schema["items"], root, _join(where, i))
                if found is not None:
                    return found
    if "if" in schema:
        branch = "then" if _check(value, schema["if"], root, where) is None else "else"
        if branch in schema:
            return _check(value, schema[branch], root, where)
    return None


def _check_object(value: dict[str, Any], schema: dict[str, Any], root: dict[str, Any],
                  where: str) -> Problem | None:
    for key in schema.get("required", ()):
        if key not in value:
            return Problem(where, "missing", key=key)
    properties = schema.get("properties", {})
    if schema.get("additionalProperties", True) is False:
        for key in value:
            if key not in properties:
                return Problem(where, "unknown", key=str(key))
    for key, sub in properties.items():
        if key in value:
            found = _check(value[key], sub, root, _join(where, key))
            if found is not None:
                return found
    return None


def _same(value: Any, expected: Any) -> bool:
    """JSON equality: ``true`` is not ``1``."""
    return type(value) is type(expected) and value == expected
