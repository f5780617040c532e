"""The fake check registry and fake built-in packs of ``fixtures/packs/``, shared by the pack tests.

Loaded once from its file (it is a fixture, not a package module) and put in place of the real
registry and ``rules/`` folder by :func:`use_fakes`.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

PACKS = Path(__file__).parent / "fixtures" / "packs"
BUILTIN = PACKS / "builtin"


def _load_fakes():
    spec = importlib.util.spec_from_file_location("fake_checks", PACKS / "fake_checks.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses and type hints look their module up by name
    spec.loader.exec_module(module)
    return module


fakes = _load_fakes()


def use_fakes(monkeypatch: pytest.MonkeyPatch):
    """The fake registry and the fake built-in packs in place of the real ones; returns the fakes."""
    from disclosecheck import checks
    from disclosecheck.pack import builtin

    monkeypatch.setattr(checks, "CHECKS", fakes.REGISTRY)
    monkeypatch.setattr(builtin, "packs_folder", lambda: BUILTIN)
    return fakes
