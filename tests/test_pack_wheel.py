"""The built-in packs travel with a real, non-editable install.

Builds the wheel from this checkout, installs it with ``pip install --target`` into a temp folder and
runs Python from an unrelated folder with only that folder on ``PYTHONPATH``: the package imported
must be the installed copy, and its ``rules list`` must find ``national`` in ``disclosecheck/_packs``.
Needs hatchling (in the ``test`` extras); takes a few seconds.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from guards import HANG_GUARD_S

REPO = Path(__file__).resolve().parents[1]


def pip(*args: str, cwd: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", *args, "--disable-pip-version-check", "--no-input"],
                   cwd=cwd, check=True, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("hatchling", reason="hatchling builds the wheel; pip install hatchling")
    tmp = tmp_path_factory.mktemp("wheel")
    pip("wheel", str(REPO), "--no-deps", "--no-build-isolation", "-w", str(tmp / "dist"), cwd=tmp)
    (wheel,) = (tmp / "dist").glob("disclosecheck-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
    assert "disclosecheck/_packs/national.yaml" in names
    assert not any(name.startswith("rules/") for name in names)
    pip("install", "--no-deps", "--target", str(tmp / "site"), str(wheel), cwd=tmp)
    return tmp / "site"


def run_python(site: Path, *args: str) -> subprocess.CompletedProcess[str]:
    elsewhere = site.parent / "elsewhere"
    elsewhere.mkdir(exist_ok=True)
    env = {**os.environ, "PYTHONPATH": str(site)}
    return subprocess.run([sys.executable, *args], cwd=elsewhere, env=env, capture_output=True, text=True,
                          timeout=HANG_GUARD_S)


def test_installed_package_finds_national_in_its_packs_folder(installed: Path) -> None:
    code = ("import disclosecheck; from disclosecheck.pack import builtin_packs, load_pack; "
            "print(disclosecheck.__file__); print(builtin_packs()['national']); "
            "pack = load_pack(); print(pack.name, pack.source, len(pack.enabled))")
    result = run_python(installed, "-c", code)
    assert result.returncode == 0, result.stderr
    module_file, national, loaded = result.stdout.splitlines()
    assert Path(module_file).is_relative_to(installed)
    assert Path(national) == installed / "disclosecheck" / "_packs" / "national.yaml"
    name, source, enabled = loaded.split(" ")
    assert (name, Path(source)) == ("national", installed / "disclosecheck" / "_packs" / "national.yaml")
    assert int(enabled) > 0


def test_installed_rules_list_from_an_unrelated_folder(installed: Path) -> None:
    result = run_python(installed, "-m", "disclosecheck", "rules", "list", "--lang", "en")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Rule pack: national  ")
    assert lines[1] == f"File: {installed / 'disclosecheck' / '_packs' / 'national.yaml'}"
    builtins = lines[lines.index("Built-in rule packs:") + 1:]
    assert any(line.startswith("  national  ") for line in builtins)


def test_installed_package_finds_the_domain_standards(installed: Path) -> None:
    """``rules/domains/`` travels in the wheel as ``disclosecheck/_packs/domains/`` and loads from there."""
    folder = installed / "disclosecheck" / "_packs" / "domains"
    assert (folder / "涉农补贴.yaml").is_file()
    code = ("from disclosecheck.standards import builtin_standards, load_builtins; "
            "print(next(iter(builtin_standards().values())).parent); "
            "print(' '.join(f'{s.domain}:{s.level2_count}' for s in load_builtins()))")
    result = run_python(installed, "-c", code)
    assert result.returncode == 0, result.stderr
    where, counts = result.stdout.splitlines()
    assert Path(where) == folder
    assert "涉农补贴:3" in counts.split() and len(counts.split()) == len(list(folder.glob("*.yaml")))
