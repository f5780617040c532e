"""Refuse hostile files before they are parsed: zip bombs, XML entity tricks, oversized files."""

from __future__ import annotations

from pathlib import Path

from disclosecheck.read.limits import Limits


def check_before_read(path: Path, fmt: str, limits: Limits) -> None:
    """Raise InputError (``input.limit`` / ``input.corrupt``) when ``path`` is unsafe to parse.

    Called by the reader after the format is known and before any parser touches the file.
    """
