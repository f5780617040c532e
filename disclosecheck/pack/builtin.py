"""Where the built-in packs live: inside the installed package, or in the repository's ``rules/`` folder.

A wheel carries the repository's top-level ``rules/`` as ``disclosecheck/_packs/`` (see
``[tool.hatch.build.targets.wheel.force-include]`` in pyproject.toml); an editable install has no
``_packs`` and reads ``<repo>/rules`` directly. A built-in pack's name is its file name without
``.yaml``.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

#: The pack used when neither ``--rules`` nor a ``disclosecheck.yaml`` says otherwise.
DEFAULT_PACK = "national"
#: The file a project keeps its own pack in; looked for in the working folder and its parents.
PROJECT_FILE = "disclosecheck.yaml"
SUFFIXES = (".yaml", ".yml")


def builtin_packs() -> dict[str, Path]:
    """Built-in pack name -> its file, sorted by name."""
    folder = packs_folder()
    if folder is None:
        return {}
    files = [p for p in folder.iterdir() if p.suffix in SUFFIXES and p.is_file()]
    return {p.stem: p for p in sorted(files, key=lambda p: p.stem)}


def packs_folder() -> Path | None:
    """The folder holding the built-in packs: ``disclosecheck/_packs`` if installed, else ``<repo>/rules``."""
    return _packs_folder()


@lru_cache(maxsize=1)
def _packs_folder() -> Path | None:
    """:func:`packs_folder`, looked for once: where the package is does not change while it runs."""
    installed = resources.files("disclosecheck") / "_packs"
    if isinstance(installed, Path) and installed.is_dir():
        return installed
    package = Path(str(resources.files("disclosecheck")))
    repo = package.parent
    # Only a source checkout: a bare ``site-packages/rules`` would belong to someone else.
    if (repo / "rules").is_dir() and (repo / "pyproject.toml").is_file():
        return repo / "rules"
    return None


def available_text() -> str:
    """The built-in names for an error message, e.g. ``national, township``."""
    return ", ".join(builtin_packs()) or "-"
