"""Reading the domain standards: ``rules/domains/<领域>.yaml`` → :class:`DomainStandard`.

Parsed with ruamel's safe loader (plain values, the C parser when installed), then validated by hand
so that a mistake names the file, the place in it (``items[3].level``) and what was expected, as one
:class:`~disclosecheck.errors.ConfigError`. Every field an item must have is required: a gap in the
sources is written down as an empty tick group or in ``missing``, never left for the loader to guess.
"""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path
from typing import Any

from disclosecheck.errors import ConfigError, UsageError
from disclosecheck.standards.model import (
    AUDIENCES,
    LEVELS,
    MODES,
    DomainStandard,
    Guideline,
    Source,
    StandardItem,
)

FOLDER = "domains"
SUFFIX = ".yaml"

_TOP = {"domain", "aliases", "guideline", "complete", "basis", "missing", "note", "sources", "items"}
_TOP_REQUIRED = ("domain", "complete", "basis", "sources", "items")
_GUIDELINE = {"title", "number", "department", "source"}
_SOURCE = {"id", "url", "unit", "date"}
_ITEM_TEXT = ("level1", "level2", "content", "basis", "timelimit", "subject")
_ITEM_GROUPS = {"audience": AUDIENCES, "mode": MODES, "level": LEVELS}
_ITEM = {"no", *_ITEM_TEXT, "elements", "channels", *_ITEM_GROUPS, "sources", "note", "merged"}


def standards_folder() -> Path | None:
    """``rules/domains`` beside the built-in packs (inside the installed package, or the checkout)."""
    from disclosecheck.pack.builtin import packs_folder

    packs = packs_folder()
    if packs is None or not (packs / FOLDER).is_dir():
        return None
    return packs / FOLDER


def builtin_standards() -> dict[str, Path]:
    """Built-in domain name → its file, in file-name order."""
    folder = standards_folder()
    if folder is None:
        return {}
    files = sorted((p for p in folder.iterdir() if p.suffix == SUFFIX and p.is_file()), key=lambda p: p.name)
    return {p.stem: p for p in files}


def load_builtins() -> list[DomainStandard]:
    """Every built-in standard, validated (the first broken one raises)."""
    return [load_standard(path) for path in builtin_standards().values()]


def load_builtin(name: str) -> DomainStandard:
    """The built-in standard of domain ``name`` (its canonical name or an alias)."""
    files = builtin_standards()
    if name in files:
        return load_standard(files[name])
    for standard in load_builtins():
        if name in standard.aliases:
            return standard
    raise UsageError("standards.unknown", name=name, available="、".join(files) or "-")


def load_standard(path: Path) -> DomainStandard:
    """Read and validate one standard file. Raises ConfigError naming the file and the field."""
    from disclosecheck.pack.yamlfile import parse, read_text

    data = parse(read_text(path, str(path)), path, positions=False)
    return _Validator(path).standard(data)


class _Validator:
    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, where: str, problem: str, **params: Any) -> ConfigError:
        from disclosecheck.messages import render

        # The problem is worded now, in both languages, from its own key.
        return ConfigError("standards.invalid", self.path, where=where,
                           problem=render(f"standards.problem.{problem}", params, "zh"),
                           problem_en=render(f"standards.problem.{problem}", params, "en"))

    # --- scalars -----------------------------------------------------------------------------

    def mapping(self, value: Any, where: str, allowed: set[str], required: tuple[str, ...]) -> dict:
        if not isinstance(value, dict):
            raise self.fail(where, "not_mapping")
        unknown = sorted(str(k) for k in value if k not in allowed)
        if unknown:
            raise self.fail(where, "unknown_keys", keys=", ".join(unknown),
                            allowed=", ".join(sorted(allowed)))
        for key in required:
            if key not in value:
                raise self.fail(f"{where}.{key}" if where else key, "missing_key")
        return value

    def text(self, value: Any, where: str) -> str:
        if isinstance(value, date):
            return value.isoformat()
        if not isinstance(value, str) or not value.strip():
            raise self.fail(where, "not_text")
        return value

    def optional_text(self, value: Any, where: str) -> str | None:
        return None if value is None else self.text(value, where)

    def texts(self, value: Any, where: str, allow_empty: bool = True) -> tuple[str, ...]:
        if value is None and allow_empty:
            return ()
        if not isinstance(value, list):
            raise self.fail(where, "not_list")
        if not value and not allow_empty:
            raise self.fail(where, "empty_list")
        return tuple(self.text(v, f"{where}[{i}]") for i, v in enumerate(value))

    # --- structure ---------------------------------------------------------------------------

    def standard(self, data: Any) -> DomainStandard:
        data = self.mapping(data, "", _TOP, _TOP_REQUIRED)
        domain = self.text(data["domain"], "domain")
        if domain != self.path.stem:
            raise self.fail("domain", "domain_not_file", domain=domain, stem=self.path.stem)
        if not isinstance(data["complete"], bool):
            raise self.fail("complete", "not_bool")
        sources = self.sources(data["sources"])
        ids = {s.id for s in sources}
        if not isinstance(data["items"], list) or not data["items"]:
            raise self.fail("items", "empty_list")
        items = tuple(self.item(v, f"items[{i}]", ids) for i, v in enumerate(data["items"]))
        numbers = [item.no for item in items]
        for i, (before, after) in enumerate(itertools.pairwise(numbers)):
            if after <= before:
                raise self.fail(f"items[{i + 1}].no", "not_ascending", no=after, before=before)
        missing = self.texts(data.get("missing"), "missing")
        if data["complete"]:
            if numbers != list(range(1, len(numbers) + 1)):
                raise self.fail("complete", "complete_gaps")
            if missing:
                raise self.fail("complete", "complete_missing")
        guideline = self.guideline(data.get("guideline"))
        # A source is there for an item, or for what it says of the guideline (花垣's preamble).
        used = {sid for item in items for sid in item.sources}
        used |= {s.id for s in sources if guideline is not None and s.url == guideline.source}
        unused = sorted(ids - used)
        if unused:
            raise self.fail("sources", "unused_sources", ids=", ".join(unused))
        return DomainStandard(
            domain=domain,
            aliases=self.texts(data.get("aliases"), "aliases"),
            guideline=guideline,
            complete=data["complete"],
            basis=self.text(data["basis"], "basis"),
            missing=missing,
            note=self.optional_text(data.get("note"), "note"),
            sources=sources,
            items=items,
            path=self.path,
        )

    def guideline(self, value: Any) -> Guideline | None:
        if value is None:
            return None
        value = self.mapping(value, "guideline", _GUIDELINE, ("title",))
        return Guideline(title=self.text(value["title"], "guideline.title"),
                         number=self.optional_text(value.get("number"), "guideline.number"),
                         department=self.optional_text(value.get("department"), "guideline.department"),
                         source=self.optional_text(value.get("source"), "guideline.source"))

    def sources(self, value: Any) -> tuple[Source, ...]:
        if not isinstance(value, list) or not value:
            raise self.fail("sources", "empty_list")
        out: list[Source] = []
        for i, raw in enumerate(value):
            where = f"sources[{i}]"
            raw = self.mapping(raw, where, _SOURCE, ("id", "url", "unit"))
            source = Source(id=self.text(raw["id"], f"{where}.id"), url=self.text(raw["url"], f"{where}.url"),
                            unit=self.text(raw["unit"], f"{where}.unit"),
                            date=self.optional_text(raw.get("date"), f"{where}.date"))
            if not source.url.startswith(("http://", "https://")):
                raise self.fail(f"{where}.url", "not_url", value=source.url)
            if any(s.id == source.id for s in out):
                raise self.fail(f"{where}.id", "duplicate_id", id=source.id)
            out.append(source)
        return tuple(out)

    def item(self, raw: Any, where: str, ids: set[str]) -> StandardItem:
        raw = self.mapping(raw, where, _ITEM, ("no", *_ITEM_TEXT, "elements", "channels", *_ITEM_GROUPS,
                                               "sources"))
        no = raw["no"]
        if isinstance(no, bool) or not isinstance(no, int) or no < 1:
            raise self.fail(f"{where}.no", "not_number")
        groups: dict[str, tuple[str, ...]] = {}
        for key, allowed in _ITEM_GROUPS.items():
            chosen = self.texts(raw[key], f"{where}.{key}")
            wrong = [c for c in chosen if c not in allowed]
            if wrong or len(set(chosen)) != len(chosen):
                raise self.fail(f"{where}.{key}", "bad_choice", value="、".join(wrong or chosen),
                                allowed="、".join(allowed))
            groups[key] = chosen
        sources = self.texts(raw["sources"], f"{where}.sources", allow_empty=False)
        unknown = [s for s in sources if s not in ids]
        if unknown:
            raise self.fail(f"{where}.sources", "unknown_source", ids=", ".join(unknown))
        merged = raw.get("merged", False)
        if not isinstance(merged, bool):
            raise self.fail(f"{where}.merged", "not_bool")
        if merged and raw["level1"] != raw["level2"]:
            raise self.fail(f"{where}.merged", "merged_names")
        return StandardItem(
            no=no,
            merged=merged,
            **{key: self.text(raw[key], f"{where}.{key}") for key in _ITEM_TEXT},
            elements=self.texts(raw["elements"], f"{where}.elements", allow_empty=False),
            channels=self.texts(raw["channels"], f"{where}.channels", allow_empty=False),
            **groups,
            sources=sources,
            note=self.optional_text(raw.get("note"), f"{where}.note"),
        )
