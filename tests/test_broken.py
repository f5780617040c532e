"""Broken inputs through the real CLI: exit 2, one clear line, a JSON error entry, never a traceback.

Files are built here: a truncated zip, random bytes, an empty file, a password-protected workbook
(an OLE2 container holding ``EncryptionInfo`` and ``EncryptedPackage``, as Excel writes it), a
workbook without a catalog, a folder named like a file, and files that vanish or cannot be opened
while being checked (simulated: as root, permissions do not apply).
"""

from __future__ import annotations

import json
import os
import random
from collections.abc import Callable
from pathlib import Path

import hostile_files as hf
import pytest
from test_read_support import write_cfb
from typer.testing import CliRunner

import disclosecheck.read as reader
from disclosecheck.cli import app

AS_OF = ["--as-of", "2026-03-01"]


def cli(*args: str):
    return CliRunner().invoke(app, ["check", *args, *AS_OF])


def truncated(tmp_path: Path) -> Path:
    whole = hf.catalog_xlsx(tmp_path / "whole.xlsx").read_bytes()
    path = tmp_path / "truncated.xlsx"
    path.write_bytes(whole[: len(whole) * 2 // 3])
    return path


def random_bytes(tmp_path: Path) -> Path:
    path = tmp_path / "random.xlsx"
    path.write_bytes(random.Random(7).randbytes(5000))
    return path


def empty(tmp_path: Path) -> Path:
    path = tmp_path / "empty.xlsx"
    path.write_bytes(b"")
    return path


def encrypted(tmp_path: Path) -> Path:
    return write_cfb(tmp_path / "locked.xlsx", {
        "EncryptionInfo": b"\x04\x00\x04\x00\x40\x00\x00\x00" + b"<encryption/>",
        "EncryptedPackage": random.Random(3).randbytes(6000),
        "\x06DataSpaces": b"",
    })


def no_catalog(tmp_path: Path) -> Path:
    sheet = hf.sheet_xml(hf.cells_xml([["会议纪要"], ["今天开会"]]))
    return hf.write_raw_xlsx(tmp_path / "letters.xlsx", sheet)


def folder(tmp_path: Path) -> Path:
    path = tmp_path / "x.xlsx"
    path.mkdir()
    return path


#: Each broken file with the exact Chinese message after "<path>：".
BROKEN: dict[str, tuple[Callable[[Path], Path], str, str]] = {
    "truncated": (truncated, "input.truncated", "文件不完整（可能下载或复制时中断），请重新获取原文件"),
    "random": (random_bytes, "input.unknown_format",
               "无法识别的文件格式，请另存为 .xlsx、.xls、.ods 或 .csv 后再检查"),
    "empty": (empty, "input.empty", "文件是空的（0 字节），请重新导出或另存后再检查"),
    "encrypted": (encrypted, "input.encrypted",
                  "文件设有打开密码（已加密），请在 Excel 或 WPS 中取消密码后另存，再检查"),
    "no_catalog": (no_catalog, "input.no_catalog",
                   "没有找到政务公开标准目录表格（未发现含“公开事项”“公开内容”等列的表头）"),
    "folder": (folder, "input.is_directory",
               "这是一个文件夹，不是目录文件；检查整个文件夹请用 disclosecheck audit"),
}


@pytest.mark.parametrize("kind", BROKEN)
def test_broken_file_is_one_line_and_exit_2(tmp_path: Path, kind: str) -> None:
    build, _code, message = BROKEN[kind]
    path = build(tmp_path)
    report = tmp_path / "report.json"
    result = cli(str(path), "-o", str(report), "--format", "json")
    assert result.exit_code == 2
    # the reason, then where the report went (issue 15)
    assert result.stderr.splitlines() == [f"{path}：{message}", f"报告已写入：{report}"]
    assert "Traceback" not in result.output
    assert json.loads(report.read_text(encoding="utf-8"))["files"][0]["error"] == f"{path}：{message}"


@pytest.mark.parametrize("kind", BROKEN)
def test_broken_file_on_the_terminal(tmp_path: Path, kind: str) -> None:
    """Nothing could be checked: the terminal gets just the one line with the reason."""
    build, _code, message = BROKEN[kind]
    path = build(tmp_path)
    result = cli(str(path), "--lang", "zh")
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert result.stdout == ""
    assert result.stderr.splitlines() == [f"{path}：{message}"]


@pytest.mark.parametrize("kind", BROKEN)
def test_broken_file_is_a_json_error_entry(tmp_path: Path, kind: str) -> None:
    build, _code, message = BROKEN[kind]
    path = build(tmp_path)
    good = hf.catalog_xlsx(tmp_path / "good.xlsx")
    result = cli(str(path), str(good), "--format", "json")
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    bad, ok = data["files"]
    assert bad == {"path": str(path), "sheet": None, "status": "error", "error": f"{path}：{message}",
                   "stats": {"items": 0, "level1": 0, "level2": 0}, "findings": []}
    assert ok["status"] == "ok"
    assert ok["stats"]["items"] == 2


@pytest.mark.parametrize("kind", BROKEN)
def test_broken_file_in_english(tmp_path: Path, kind: str) -> None:
    from disclosecheck.messages import render

    build, code, _message = BROKEN[kind]
    path = build(tmp_path)
    result = cli(str(path), "--format", "json", "--lang", "en")
    error = json.loads(result.stdout)["files"][0]["error"]
    assert error == render(code, {"path": str(path)}, "en")
    assert error.startswith(f"{path}: ")


@pytest.mark.parametrize("kind", BROKEN)
def test_reader_codes(tmp_path: Path, kind: str) -> None:
    """The stable code behind each message (what JSON consumers and audit rely on)."""
    from datetime import date

    from disclosecheck.pack import load_pack
    from disclosecheck.pipeline import check_path

    build, code, _message = BROKEN[kind]
    [result] = check_path(build(tmp_path), load_pack("national", tmp_path), date(2026, 3, 1))
    assert result.status == "error"
    assert result.error.code == code


def test_debug_shows_the_traceback_of_a_broken_file(tmp_path: Path) -> None:
    result = cli(str(truncated(tmp_path)), "--debug")
    assert result.exit_code == 2
    assert "Traceback" in result.stderr


def test_debug_shows_the_traceback_of_a_crash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An unforeseen failure is an input.crashed entry, and --debug shows where it came from."""
    path = hf.catalog_xlsx(tmp_path / "c.xlsx")

    def explode(*args, **kwargs):
        raise ZeroDivisionError("boom")

    monkeypatch.setattr("disclosecheck.checks.runner.iter_checks", explode)
    plain = cli(str(path), "--format", "json")
    assert plain.exit_code == 2
    assert "Traceback" not in plain.output
    error = json.loads(plain.stdout)["files"][0]["error"]
    assert error == f"{path}：检查时出现内部错误（ZeroDivisionError: boom），请用 --debug 查看详情并反馈"
    debug = cli(str(path), "--debug")
    assert debug.exit_code != 0
    assert isinstance(debug.exception, ZeroDivisionError)


# --- files that change under our feet --------------------------------------------------------------------


def test_file_vanishing_between_stat_and_open(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = hf.catalog_xlsx(tmp_path / "gone.xlsx")
    real = reader.check_file_size

    def stat_then_delete(p, size, limits):
        real(p, size, limits)
        os.remove(p)

    monkeypatch.setattr(reader, "check_file_size", stat_then_delete)
    result = cli(str(path), "-o", str(tmp_path / "r.txt"))
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [f"{path}：检查过程中文件被删除或移走了",
                                          f"报告已写入：{tmp_path / 'r.txt'}"]
    assert not path.exists()


def test_file_vanishing_after_it_was_read_is_checked_as_read(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Deleted once its bytes are in memory: the scans and calamine read those bytes, never the path."""
    path = hf.catalog_xlsx(tmp_path / "gone.xlsx")
    real = reader.read_input_bytes

    def read_then_delete(p, limits):
        data = real(p, limits)
        os.remove(p)
        return data

    monkeypatch.setattr(reader, "read_input_bytes", read_then_delete)
    result = cli(str(path), "--format", "json")
    assert result.exit_code in (0, 1), result.output
    assert json.loads(result.stdout)["files"][0]["status"] == "ok"
    assert not path.exists()


def test_file_that_cannot_be_opened(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = hf.catalog_xlsx(tmp_path / "locked.xlsx")
    real_open = os.open

    def refuse(name, *args, **kwargs):
        if Path(str(name)) == path:
            raise PermissionError(13, "Permission denied", str(name))
        return real_open(name, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)
    result = cli(str(path), "-o", str(tmp_path / "r.txt"))
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [f"{path}：没有读取权限，无法打开：没有权限",
                                          f"报告已写入：{tmp_path / 'r.txt'}"]
    assert "Traceback" not in result.output


def test_a_parser_message_with_line_breaks_is_still_one_line(tmp_path: Path) -> None:
    """Found by fuzzing (seeds 2, 3, 6, 7, 8, 10): a stray ``</`` before a line break in an XML part."""
    shared = hf.shared_strings_xml(["公开事项"]).replace("?>\n<sst", "?>\n</\n<sst", 1)
    sheet = hf.sheet_xml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>')
    path = hf.write_raw_xlsx(tmp_path / "c.xlsx", sheet, shared=shared)
    result = cli(str(path), "--format", "json")
    error = json.loads(result.stdout)["files"][0]["error"]
    assert error.startswith(f"{path}：文件已损坏或不完整")
    assert "\n" not in error
