"""The built-in YAML files, parsed ahead of time, so a cold ``check`` needs no YAML parser.

Importing ruamel.yaml and parsing the national pack and one domain standard cost a cold ``check``
30–40 ms, a tenth of its time, to read files that change only with a release. ``parsed.json`` beside
the built-in packs holds what ruamel's safe loader makes of each of them, keyed by the SHA-256 of
the file's text: :func:`lookup` answers only for a text that is byte for byte one of them, so an
edited file, or any other pack, is parsed as before and a stale entry can never be used.

    python -m disclosecheck.pack.parsed     # write parsed.json again after editing rules/

A test fails while it is out of date. Dates, the one YAML type JSON lacks, are written as
``{"$date": "2025-01-01"}``; a file whose value does not come back equal through JSON is left out.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path
from typing import Any

FILE_NAME = "parsed.json"
_DATE = "$date"
_RAW: list[bytes | None] = []


def key(text: str) -> str:
    """The key of a file's text: its SHA-256, hex."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def lookup(text: str) -> tuple[bool, Any]:
    """(True, the parsed value) when ``text`` is a built-in file as shipped, else (False, None).

    Each answer is a fresh value, so a caller may change it.
    """
    raw = _raw()
    if raw is None:
        return False, None
    found = json.loads(raw, object_hook=_revive).get(key(text), _raw)
    return (False, None) if found is _raw else (True, found)


def _raw() -> bytes | None:
    if not _RAW:
        from disclosecheck.pack.builtin import packs_folder

        folder = packs_folder()
        try:
            _RAW.append(None if folder is None else (folder / FILE_NAME).read_bytes())
        except OSError:
            _RAW.append(None)
    return _RAW[0]


def _revive(value: dict[str, Any]) -> Any:
    if len(value) == 1 and _DATE in value:
        return date.fromisoformat(value[_DATE])
    return value


def _encode(value: Any) -> Any:
    if isinstance(value, date):
        return {_DATE: value.isoformat()}
    raise TypeError(f"not JSON: {type(value).__name__}")


def build(folder: Path) -> dict[str, Any]:
    """Every YAML file under ``folder`` whose safe-loaded value survives JSON, by :func:`key`."""
    from ruamel.yaml import YAML

    entries: dict[str, Any] = {}
    for path in sorted(folder.rglob("*.yaml")):
        text = path.read_bytes().decode("utf-8-sig")
        value = YAML(typ="safe").load(text)
        encoded = json.dumps(value, default=_encode, ensure_ascii=False, sort_keys=True)
        if json.loads(encoded, object_hook=_revive) == value:
            entries[key(text)] = json.loads(encoded)
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
