"""Outputs are written atomically, with ordinary permissions, never over an input."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from disclosecheck.errors import UsageError
from disclosecheck.render.output import refuse_overwriting_inputs, write_atomic, write_text_atomic


def test_write_creates_parents_and_ordinary_permissions(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        out = tmp_path / "a" / "b" / "report.json"
        write_text_atomic(out, "{}")
    finally:
        os.umask(old)
    assert out.read_text(encoding="utf-8") == "{}"
    assert stat.S_IMODE(out.stat().st_mode) == 0o644


def test_failed_write_leaves_old_file_and_no_temp(tmp_path: Path) -> None:
    out = tmp_path / "report.md"
    out.write_text("old", encoding="utf-8")

    def half_then_crash(tmp: Path) -> None:
        tmp.write_text("half", encoding="utf-8")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_atomic(out, half_then_crash)
    assert out.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.md"]


def test_output_equal_to_input_is_refused(tmp_path: Path) -> None:
    src = tmp_path / "目录.xlsx"
    src.write_bytes(b"x")
    (tmp_path / "sub").mkdir()
    with pytest.raises(UsageError) as err:
        refuse_overwriting_inputs(tmp_path / "sub" / ".." / "目录.xlsx", [src])
    assert err.value.code == "usage.output_is_input"
    refuse_overwriting_inputs(tmp_path / "other.xlsx", [src])


def test_an_input_reached_through_a_link_or_another_spelling_is_never_overwritten(tmp_path: Path) -> None:
    """The output is compared with every input as a file (device and inode), not as a name."""
    src = tmp_path / "目录.xlsx"
    src.write_bytes(b"x")
    other = tmp_path / "别的.xlsx"
    other.write_bytes(b"y")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "链接.xlsx").symlink_to(src)
    os.link(src, tmp_path / "硬链接.xlsx")
    spellings = [tmp_path / "sub" / "链接.xlsx", tmp_path / "硬链接.xlsx",
                 tmp_path / "sub" / ".." / "目录.xlsx"]
    for output in spellings:
        with pytest.raises(UsageError) as err:
            refuse_overwriting_inputs(output, [other, src])
        assert err.value.code == "usage.output_is_input", output
    new = tmp_path / "新" / "报告.json"  # not there yet: an input only by being spelled the same
    refuse_overwriting_inputs(new, [src, other])
    with pytest.raises(UsageError):
        refuse_overwriting_inputs(tmp_path / "新" / ".." / "新" / "报告.json", [src, new])
    refuse_overwriting_inputs(other, [src, tmp_path / "不存在.xlsx"])


@pytest.mark.parametrize("args", [["check", "{xlsx}", "--as-of", "2026-11-22"], ["inspect", "{xlsx}"],
                                  ["audit", "{folder}", "--as-of", "2026-11-22"]])
def test_text_piped_to_a_file_has_no_trailing_spaces(tmp_path: Path, args: list[str]) -> None:
    # Issue 14: rich padded table titles and cells with spaces; piped, every such line ended in them.
    import shutil
    import subprocess
    import sys

    folder = tmp_path / "镇"
    folder.mkdir()
    example = Path(__file__).parent.parent / "examples" / "市政服务目录_某镇.xlsx"
    xlsx = shutil.copy(example, folder / example.name)
    argv = [a.format(xlsx=xlsx, folder=folder) for a in args]
    done = subprocess.run([sys.executable, "-m", "disclosecheck", *argv], capture_output=True, text=True,
                          timeout=300)
    assert done.stdout.strip()
    assert [line for line in done.stdout.splitlines() if line != line.rstrip(" ")] == []
