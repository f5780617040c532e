"""The built-in YAML files, parsed ahead of time, so a cold ``check`` needs no YAML parser.

Importing ruamel.yaml and parsing the national pack and one domain standard cost a cold ``check``
30–40 ms, a tenth of its time, to read files that change only with a release. ``parsed.json`` beside
the built-in packs holds what ruamel's safe loader makes of each of them, keyed by the file's whole
text: :func:`lookup` answers only for a text that is character for character one of them, so an
edited file, or any other pack, is parsed as before and a stale entry can never be used. (The text
itself is the key, not a digest of it: hashlib's OpenSSL module alone takes 3–6 ms to import.)

    python -m disclosecheck.pack.parsed     # write parsed.json again after editing rules/

A test fails while it is out of date. Dates, the one YAML type JSON lacks, are written as
``{"$date": "2025-01-01"}``; a file whose value does not come back equal through JSON is left out.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

FILE_NAME = "parsed.json"
_DATE = "$date"
_INDEX: list[dict[str, Any]] = []
_MISSING = object()


def lookup(text: str) -> tuple[bool, Any]:
    """(True, the parsed value) when ``text`` is a built-in file as shipped, else (False, None).

    Each answer is a fresh value, so a caller may change it.
    """
    found = _index().get(text, _MISSING)
    return (False, None) if found is _MISSING else (True, _fresh(found))


def _fresh(value: Any) -> Any:
    """A copy of a value made of dicts, lists and immutable scalars (what JSON and dates make):
    ``copy.deepcopy`` walks it three times slower, keeping a memo nobody needs here."""
    if type(value) is dict:
        return {key: _fresh(item) for key, item in value.items()}
    if type(value) is list:
        return [_fresh(item) for item in value]
    return value


def _index() -> dict[str, Any]:
    """parsed.json, read once: text -> value (empty when the file is missing or unreadable)."""
    if not _INDEX:
        from disclosecheck.pack.builtin import packs_folder

        folder = packs_folder()
        try:
            raw = b"{}" if folder is None else (folder / FILE_NAME).read_bytes()
            _INDEX.append(json.loads(raw, object_hook=_revive))
        except (OSError, ValueError):
            _INDEX.append({})
    return _INDEX[0]


def _revive(value: dict[str, Any]) -> Any:
    if len(value) == 1 and _DATE in value:
        return date.fromisoformat(value[_DATE])
    return value


def _encode(value: Any) -> Any:
    if isinstance(value, date):
        return {_DATE: value.isoformat()}
    raise TypeError(f"not JSON: {type(value).__name__}")


def build(folder: Path) -> dict[str, Any]:
    """Every YAML file under ``folder`` whose safe-loaded value survives JSON, by its text."""
    from ruamel.yaml import YAML

    entries: dict[str, Any] = {}
    for path in sorted(folder.rglob("*.yaml")):
        text = path.read_bytes().decode("utf-8-sig")
        value = YAML(typ="safe").load(text)
        encoded = json.dumps(value, default=_encode, ensure_ascii=False, sort_keys=True)
        if json.loads(encoded, object_hook=_revive) == value:
            entries[text] = json.loads(encoded)
    return entries


def write(folder: Path) -> Path:
    """Write ``folder``/parsed.json from the YAML files under ``folder``."""
    target = folder / FILE_NAME
    text = json.dumps(build(folder), ensure_ascii=False, sort_keys=True, indent=0)
    target.write_text(text + "\n", encoding="utf-8")
    return target


if __name__ == "__main__":
    from disclosecheck.pack.builtin import packs_folder

    rules = packs_folder()
    if rules is None:
        raise SystemExit("no rules folder")
    print(write(rules))
