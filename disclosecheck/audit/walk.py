"""Finding the catalog files under the folders an audit is given.

A county hands over a folder tree, one folder per township or department, full of what office
computers leave behind: Excel lock files (``~$目录.xlsx``), hidden folders (``.git``, ``.DS_Store``),
Word documents. Discovery goes by extension only — the reader decides the real format by content
— and the result is sorted so the same tree always gives the same report. Files that are not
catalogs (a .docx, a .pdf, a scan) are not checked but are listed, so a unit that sent its catalog in
the wrong form is named in the report.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

#: Extensions taken as catalog files when walking a folder (compared case-insensitively).
CATALOG_EXTENSIONS: frozenset[str] = frozenset({".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".htm", ".html"})


@dataclass(frozen=True, slots=True)
class FoundFile:
    """One file to check, and where it was found.

    ``path`` is the path as the user will see it in reports: the PATH given on the command line
    joined with the file's place below it (never made absolute, so reports do not depend on
    where the audit ran). ``root`` is the PATH given; ``relative`` the file's path below it
    (empty parts when the PATH was the file itself).
    """

    path: Path
    root: str
    relative: PurePosixPath

    @property
    def display(self) -> str:
        return self.path.as_posix()


def is_skipped_name(name: str) -> bool:
    """Hidden files and folders (``.…``) and Office lock files (``~$…``) are never catalogs."""
    return name.startswith((".", "~$"))


def is_catalog_name(name: str) -> bool:
    return os.path.splitext(name)[1].lower() in CATALOG_EXTENSIONS and not is_skipped_name(name)


#: Files an operating system leaves in folders: never anything a unit sent.
SYSTEM_FILES: frozenset[str] = frozenset({"thumbs.db", "desktop.ini", "ehthumbs.db"})


def is_not_catalog_name(name: str) -> bool:
    """A file a unit left that is not a catalog (a Word document, a PDF, a photo …): worth naming.

    A unit that sent its catalog as a PDF or a scan has not sent a catalog, and that is exactly what
    an inspector must be told; hidden files, lock files and the system's own files are not named.
    """
    return not is_catalog_name(name) and not is_skipped_name(name) and name.lower() not in SYSTEM_FILES


def walk_folder(root: Path) -> list[PurePosixPath]:
    """Catalog files below ``root`` as paths relative to it, sorted; symlinked folders are not followed."""
    return walk_folder_all(root)[0]


def walk_folder_all(root: Path) -> tuple[list[PurePosixPath], list[PurePosixPath]]:
    """(catalog files, other files worth naming) below ``root``, relative to it, each sorted."""
    found: list[PurePosixPath] = []
    others: list[PurePosixPath] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = [d for d in dirnames if not is_skipped_name(d)]
        rel_dir = PurePosixPath(Path(dirpath).relative_to(root).as_posix())
        for name in filenames:
            if is_catalog_name(name):
                found.append(rel_dir / name)
            elif is_not_catalog_name(name):
                others.append(rel_dir / name)
    return sorted(found, key=_sort_key), sorted(others, key=_sort_key)


def _sort_key(rel: PurePosixPath) -> tuple[tuple[str, ...], str]:
    """Folder by folder, so ``a/b.xlsx`` comes before ``a-b/c.xlsx`` whatever the locale."""
    return (rel.parent.parts, rel.name)


def _is_dir(path: Path) -> bool:
    """Whether ``path`` is a folder; a path the system refuses to look at (a name over 255 bytes) is
    not, so it is kept as a file and reported as unreadable in one line like any other."""
    try:
        return path.is_dir()
    except OSError:
        return False


def find_catalog_files(paths: list[str]) -> list[FoundFile]:
    """Every catalog file under ``paths`` (folders are walked, files are taken as given), in order.

    A path that does not exist is kept as a file so the audit reports it as unreadable instead
    of silently checking less. A file reached twice (a folder and a file inside it) is kept once.
    """
    return find_files(paths)[0]


def find_files(paths: list[str]) -> tuple[list[FoundFile], list[FoundFile]]:
    """(catalog files to check, files found in the folders that are not catalogs), each in order.

    The second list is what a unit left instead of (or beside) its catalog — .docx, .pdf, images —
    which the audit names per unit without checking them or counting them against anyone. A file
    given on the command line is always checked, whatever its name.
    """
    result: list[FoundFile] = []
    others: list[FoundFile] = []
    seen: set[str] = set()
    for given in paths:
        root = Path(given)
        skipped: list[FoundFile] = []
        if _is_dir(root):
            catalogs, rest = walk_folder_all(root)
            entries = [FoundFile(root / rel, given, rel) for rel in catalogs]
            skipped = [FoundFile(root / rel, given, rel) for rel in rest]
        else:
            entries = [FoundFile(root, given, PurePosixPath())]
        for entry in entries:
            key = os.path.normcase(os.path.abspath(entry.path))
            if key not in seen:
                seen.add(key)
                result.append(entry)
        for entry in skipped:
            key = os.path.normcase(os.path.abspath(entry.path))
            if key not in seen:
                seen.add(key)
                others.append(entry)
    return result, others
