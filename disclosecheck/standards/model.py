"""A domain standard as frozen dataclasses: the domain, where it comes from, and its items.

Field names follow the YAML of ``rules/domains/``. Tick groups (公开对象, 公开方式, 公开层级) are
tuples of canonical choices; an empty tuple means no source showed that group, which is not the same
as "none ticked" (see :attr:`StandardItem.unknown`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import SupportsIndex

from disclosecheck.model import AUDIENCE, LEVEL, MODE

#: The canonical choices a standard may record per tick group.
AUDIENCES = ("全社会", "特定群体")
MODES = ("主动", "依申请")
LEVELS = ("省级", "市级", "县级", "乡级", "村级")


@dataclass(frozen=True)
class Source:
    """A published page the items were read from."""

    id: str
    url: str
    unit: str
    date: str | None = None


@dataclass(frozen=True)
class Guideline:
    """The State Council department's guideline, as far as a source confirms it."""

    title: str
    number: str | None = None
    department: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class StandardItem:
    """One row of a standard catalog."""

    no: int
    level1: str
    level2: str
    content: str
    elements: tuple[str, ...]
    basis: str
    timelimit: str
    subject: str
    channels: tuple[str, ...]
    audience: tuple[str, ...]
    mode: tuple[str, ...]
    level: tuple[str, ...]
    sources: tuple[str, ...]
    note: str | None = None
    #: The item's name is one cell across 一级事项 and 二级事项 (an item without sub-items, as the
    #: 养老服务 and 社会救助 guidelines print them); 二级事项 then repeats 一级事项.
    merged: bool = False

    @property
    def unknown(self) -> tuple[str, ...]:
        """The tick groups no source showed for this item (canonical element names)."""
        groups = ((AUDIENCE, self.audience), (MODE, self.mode), (LEVEL, self.level))
        return tuple(name for name, value in groups if not value)

    def choices(self, element: str) -> tuple[str, ...]:
        """The recorded choices of a tick group by its canonical element name."""
        return {AUDIENCE: self.audience, MODE: self.mode, LEVEL: self.level}[element]


@dataclass(frozen=True)
class DomainStandard:
    """A domain's standard catalog, with its provenance."""

    domain: str
    aliases: tuple[str, ...]
    guideline: Guideline | None
    complete: bool
    basis: str
    missing: tuple[str, ...]
    note: str | None
    sources: tuple[Source, ...]
    items: tuple[StandardItem, ...]
    path: Path

    @property
    def level1_count(self) -> int:
        """Distinct 一级事项."""
        return len(dict.fromkeys(item.level1 for item in self.items))

    @property
    def level2_count(self) -> int:
        """二级事项: one per item (an item merged across both columns counts once)."""
        return len(self.items)

    def source(self, source_id: str) -> Source:
        return next(s for s in self.sources if s.id == source_id)

    def __reduce_ex__(self, protocol: SupportsIndex) -> str | tuple[object, ...]:
        """A built-in standard travels between processes by its domain, any other one by value.

        An audit's worker sends each file's coverage back to the parent, and with it the standard:
        10 KB a file, most of what the parent unpickled. The parent reads the same built-in file.
        """
        from disclosecheck.standards.load import SUFFIX, standards_folder

        folder = standards_folder()  # the built-in file of this domain, told without listing the folder
        if folder is not None and self.path == folder / f"{self.domain}{SUFFIX}":
            return _builtin, (self.domain,)
        return object.__reduce_ex__(self, protocol)


def _builtin(domain: str) -> DomainStandard:
    """The built-in standard of ``domain``, read once per process."""
    from disclosecheck.standards.match import builtin_standard

    return builtin_standard(domain)
