"""Names and cells are data (issues 18.5, 18.6, 19.2, 19.6): shown escaped in every format, never markup.

A tree of folders and files named with rich markup, emoji, control characters (ESC/OSC/BEL), bidi
overrides and bytes that are not UTF-8, plus a CSV with a control character in a cell, goes through
every format of ``check`` and ``audit``. Each run is a normal report (exit 1: the catalogs have
findings); no raw control character or bidi override reaches stdout or stderr; JSON is valid
against the schema and workbooks open.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import openpyxl
import pytest
from conftest import standard_catalog

from disclosecheck.render.json_report import load_schema
from disclosecheck.shown import name, text

AS_OF = ["--as-of", "2026-03-01"]
ENV = {**os.environ, "PYTHONIOENCODING": "utf-8"}
RAW = ("\x1b", "\x07", "\x01", "\u202e", "\u2066")
OSC = "\x1b]0;pwned\x07"
GBK = b"\xc4\xbf\xc2\xbc\xb1\xed"  # 目录表 in GBK
pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="file names as bytes: Linux")


def rows(count: int) -> list[list]:
    return [[n, f"事项{n}", f"子项{n}", "处罚决定书", "《中华人民共和国行政处罚法》", "30个工作日",
             None, "■政府网站", "√", None, "√", None, "√", None] for n in range(1, count + 1)]


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("names") / "县"
    folders = ["[/b]", "[@x=(]", f"乡{OSC}镇", "街道\u202eabc", "🏛️社区"]
    for i, folder in enumerate(folders):
        standard_catalog(root / folder / f"目录{i}[bold].xlsx", rows(3))
    gbk = os.fsencode(root) + b"/" + GBK + b".xlsx"
    standard_catalog(Path(os.fsdecode(gbk)), rows(3))
    standard_catalog(root / f"e{OSC}\n第二行.xlsx", rows(3))
    (root / "养老").mkdir()
    (root / "养老" / "养老.csv").write_text(
        "序号,一级事项,二级事项,公开内容,公开依据,公开时限,公开主体,公开渠道和载体\n"
        "1,养老服务补贴\x01,高龄津贴\x1b[2J,补贴标准,《老年人权益保障法》,30个工作日,民政局,政府网站\n",
        encoding="utf-8")
    return root


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "disclosecheck", *args], capture_output=True, cwd=cwd,
                          env=ENV, timeout=300, check=False)


def no_raw(*outputs: bytes) -> None:
    for out in outputs:
        decoded = out.decode("utf-8")  # and it is UTF-8
        for ch in RAW:
            assert ch not in decoded, (ch, decoded[:2000])
        assert "Traceback" not in decoded


def strings(book: openpyxl.Workbook) -> list[str]:
    return [c.value for ws in book.worksheets for r in ws.iter_rows() for c in r if isinstance(c.value, str)]


def all_files(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root.parent)) for p in root.rglob("*") if p.is_file())


@pytest.mark.parametrize("fmt", ["text", "json", "markdown", "html"])
def test_check_in_every_text_format(tree: Path, fmt: str) -> None:
    result = run("check", *all_files(tree), *AS_OF, "-f", fmt, cwd=tree.parent)
    assert result.returncode == 1, result.stderr.decode()
    no_raw(result.stdout, result.stderr)
    out = result.stdout.decode()
    if fmt == "json":
        doc = json.loads(out)
        jsonschema.validate(doc, load_schema())
        out = json.dumps(doc, ensure_ascii=False)
        out = out.replace("\\\\", "\\")  # the names' escapes, as shown
    assert "县/Ŀ¼\\xb1\\xed.xlsx" in out  # 目录表 in GBK: its first bytes happen to be UTF-8
    assert "县/e\\x1b]0;pwned\\x07\\x0a第二行.xlsx" in out
    assert "养老服务补贴\\x01" in out
    if fmt != "html":
        assert "县/[/b]/目录0[bold].xlsx" in out


def test_check_writes_an_annotated_copy_of_a_csv_with_a_control_character(tree: Path, tmp_path: Path) -> None:
    output = tmp_path / "批注.xlsx"
    result = run("check", "县/养老/养老.csv", *AS_OF, "-f", "xlsx", "-o", str(output), cwd=tree.parent)
    assert result.returncode == 1, result.stderr.decode()
    no_raw(result.stdout, result.stderr)
    book = openpyxl.load_workbook(output)
    values = strings(book)
    assert not any(ch in v for v in values for ch in RAW)


def test_check_writes_an_annotated_copy_of_a_file_named_in_gbk(tree: Path, tmp_path: Path) -> None:
    output = tmp_path / "批注.xlsx"
    gbk_name = os.fsdecode("县/".encode() + GBK + b".xlsx")
    result = run("check", gbk_name, *AS_OF, "-f", "xlsx", "-o", str(output), cwd=tree.parent)
    assert result.returncode == 1, result.stderr.decode()
    summary = openpyxl.load_workbook(output).worksheets[0]
    assert "县/Ŀ¼\\xb1\\xed.xlsx" in [c.value for r in summary.iter_rows() for c in r]


@pytest.mark.parametrize("fmt", ["text", "json", "csv"])
def test_audit_in_every_text_format(tree: Path, fmt: str) -> None:
    result = run("audit", "县", *AS_OF, "-j", "1", "-f", fmt, cwd=tree.parent)
    assert result.returncode == 1, result.stderr.decode()
    no_raw(result.stdout, result.stderr)
    out = result.stdout.decode()
    if fmt == "json":
        doc = json.loads(out)
        jsonschema.validate(doc, load_schema())
        out = json.dumps(doc, ensure_ascii=False).replace("\\\\", "\\")
    for unit in ("[/b]", "[@x=(]", "乡\\x1b]0;pwned\\x07镇", "街道\\u202eabc", "🏛️社区"):
        assert unit in out, unit


def test_audit_workbook(tree: Path, tmp_path: Path) -> None:
    output = tmp_path / "汇总.xlsx"
    result = run("audit", "县", *AS_OF, "-j", "1", "-f", "xlsx", "-o", str(output), cwd=tree.parent)
    assert result.returncode == 1, result.stderr.decode()
    no_raw(result.stdout, result.stderr)
    book = openpyxl.load_workbook(output)
    values = strings(book)
    assert "养老服务补贴\\x01 / 高龄津贴\\x1b[2J" in values
    assert not any(ch in v for v in values for ch in RAW)


def test_a_pack_named_with_markup(tree: Path, tmp_path: Path) -> None:
    pack = tmp_path / "p.yaml"
    pack.write_text('name: "[/oops]"\ntitle: "[bold]标题\\e]0;x\\a"\nextends: national\n', encoding="utf-8")
    for command in (["check", "县/[/b]/目录0[bold].xlsx"], ["audit", "县/[/b]", "-j", "1"]):
        result = run(*command, *AS_OF, "--rules", str(pack), cwd=tree.parent)
        assert result.returncode == 1, result.stderr.decode()
        no_raw(result.stdout, result.stderr)
        assert "[/oops]" in result.stdout.decode()


def test_inspect_shows_names_and_cells_as_data(tree: Path) -> None:
    result = run("inspect", "县/养老/养老.csv", cwd=tree.parent)
    assert result.returncode == 0, result.stderr.decode()
    no_raw(result.stdout, result.stderr)
    assert "养老服务补贴\\x01" in result.stdout.decode()


def test_unreadable_names_are_one_line(tree: Path, tmp_path: Path) -> None:
    loop = tmp_path / "loop.xlsx"
    loop.symlink_to(loop)
    long_name = tmp_path / ("长" * 100 + ".xlsx")
    missing = tmp_path / f"无{OSC}此文件.xlsx"
    cases = {
        loop: f"{loop}：符号链接指向自身或形成循环，找不到实际文件",
        long_name: f"{long_name}：文件名或路径太长，系统无法打开；请改短文件名或移到较浅的文件夹",
        missing: f"{tmp_path}/无\\x1b]0;pwned\\x07此文件.xlsx：文件不存在，请检查路径是否写对",
    }
    for path, message in cases.items():
        result = run("check", str(path), *AS_OF, cwd=tmp_path)
        assert result.returncode == 2
        no_raw(result.stdout, result.stderr)
        assert result.stderr.decode().splitlines() == [message]
        audited = run("audit", str(path), *AS_OF, "-j", "1", "-f", "json", cwd=tmp_path)
        assert audited.returncode == 2
        no_raw(audited.stdout, audited.stderr)
        assert audited.stderr.decode().splitlines() == [message]


def test_the_helpers() -> None:
    assert name(os.fsdecode(GBK)) == "Ŀ¼\\xb1\\xed"
    assert name(os.fsdecode(b"\xb1\xed\xb8\xf1")) == "\\xb1\\xed\\xb8\\xf1"  # 表格
    assert name("a\nb\tc\x1b\x9b\u202e") == "a\\x0ab\\x09c\\x1b\\x9b\\u202e"
    assert text("a\nb\tc\x01") == "a\nb\tc\\x01"
    assert name("[/b] 🏛️ 目录") == "[/b] 🏛️ 目录"
    assert name(name("\x1b")) == name("\x1b")


@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
def test_diff_shows_cells_and_names_as_data(tmp_path: Path, fmt: str) -> None:
    head = "序号,一级事项,二级事项,公开内容,公开依据,公开时限,公开主体,公开渠道和载体\n"
    old = tmp_path / "old.csv"
    old.write_text(head + "1,养老服务,高龄津贴,补贴标准,《老年人权益保障法》,20个工作日,民政局,政府网站\n",
                   encoding="utf-8")
    new = tmp_path / "new.csv"
    new.write_text(head + "1,养老服务,高龄津贴\x1b[2J,补贴\x01标准,《老年人权益保障法》,"
                   "20个工作日,民政局,政府网站\n"
                   "2,养老服务,新增事项,内容,《条例》,20个工作日,民政局,政府网站\n", encoding="utf-8")
    result = run("diff", str(old), str(new), "-f", fmt, cwd=tmp_path)
    assert result.returncode in (0, 1), result.stderr.decode()
    no_raw(result.stdout, result.stderr)
    # escaped as shown.py does, or as JSON escapes it: never the raw byte
    assert ("\\u001b" if fmt == "json" else "\\x1b") in result.stdout.decode()


def test_printable_text_is_never_escaped_and_every_escaped_character_is_unprintable() -> None:
    """``name``/``text`` pass printable text through untouched without a regex: that holds only because
    every character they escape is one ``str.isprintable`` rejects."""
    from disclosecheck.shown import _unsafe

    for keep_lines in (False, True):
        pattern = _unsafe(keep_lines)
        assert [c for c in map(chr, range(0x110000)) if pattern.match(c) and c.isprintable()] == []
    assert name("城市综合执法〔2020〕①.xlsx") == "城市综合执法〔2020〕①.xlsx"
    assert name("a\u202eb\x1b") == "a\\u202eb\\x1b"
    assert text("第一行\n\t第二行\x07") == "第一行\n\t第二行\\x07"
