"""Issue 15 (and 14): a file that is not a catalog table is one line saying what it is, never a report.

``check examples/*`` hands over the README and the build script beside the catalogs: they are skipped
with one line each, and the report holds only the catalogs. Alone, such a file is one line and exit 2.
"""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest
from conftest import write_xlsx
from typer.testing import CliRunner

from disclosecheck.cli import app

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
TEXT = "：不是目录表格（是说明、笔记或程序一类的文本文件，各行没有统一的分隔符），没有检查"
HEADER = ["序号", "一级事项", "二级事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体",
          "公开对象", "公开方式", "公开层级"]


def run(*args: str):
    return CliRunner().invoke(app, [*args])


def catalog(path: Path) -> Path:
    row = [1, "绿化管理", "损坏城市树木花草", "处罚决定", "《城市绿化条例》", "20个工作日内", "县城市管理局",
           "■政府网站", "全社会", "主动", "县级"]
    return write_xlsx(path, [["城市综合执法领域基层政务公开标准目录"], HEADER, row])


def test_the_examples_readme_and_script_are_not_catalogs() -> None:
    for name in ("README.md", "build_examples.py"):
        result = run("check", str(EXAMPLES / name))
        assert result.exit_code == 2
        assert result.stdout == ""
        assert result.stderr.splitlines() == [
            f"{EXAMPLES / name}{TEXT}"]
    english = run("check", str(EXAMPLES / "README.md"), "--lang", "en")
    assert english.stderr.strip().endswith(
        "not a catalog table (a text file such as a note, README or program: its lines share no delimiter); "
        "not checked")
    inspect = run("inspect", str(EXAMPLES / "README.md"))
    assert inspect.exit_code == 2
    assert "不是目录表格" in inspect.stderr and "表头" not in inspect.stderr


def test_a_glob_reports_only_the_catalogs(tmp_path: Path) -> None:
    folder = tmp_path / "examples"
    folder.mkdir()
    good = catalog(folder / "目录.xlsx")
    shutil.copy(EXAMPLES / "养老服务目录_某街道_GBK.csv", folder / "养老.csv")
    note = "# 说明\n\n这里放目录文件，每个科室一个，格式 xlsx、csv 均可。\n"
    (folder / "README.md").write_text(note, encoding="utf-8")
    script = "import sys\nfrom pathlib import Path\n\n\ndef main():\n    x = f(1, 2)\n    print(x)\n"
    (folder / "build.py").write_text(script, encoding="utf-8")
    files = sorted(str(p) for p in folder.iterdir())
    result = run("check", *files, "--format", "json", "--as-of", "2026-11-22", "--fail-on", "never")
    assert result.exit_code == 0, result.output
    checked = [f["path"] for f in json.loads(result.stdout)["files"]]
    assert sorted(set(checked)) == sorted([str(folder / "养老.csv"), str(good)])
    assert sorted(result.stderr.splitlines()) == [
        f"{folder / 'README.md'}{TEXT}", f"{folder / 'build.py'}{TEXT}"]
    text = run("check", *files, "--as-of", "2026-11-22")
    assert "README" not in text.stdout and "无法读取" not in text.stdout
    assert "合计：2 个文件" in text.stdout


def _docx(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return path


@pytest.mark.parametrize(("build", "said"), [
    (lambda p: (p.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + b"0" * 200), p)[1], "是 PDF 文件"),
    (lambda p: (p.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00\x10JFIF" + b"\x01" * 300), p)[1], "是图片"),
    (_docx, "是 Word 文档"),
])
def test_other_documents_say_what_they_are(tmp_path: Path, build, said: str) -> None:
    path = build(tmp_path / "目录.xlsx")
    result = run("check", str(path))
    assert result.exit_code == 2
    [line] = result.stderr.splitlines()
    assert said in line and "不是目录表格" in line and "表头" not in line


def test_a_csv_catalog_with_a_title_row_is_still_a_table(tmp_path: Path) -> None:
    path = tmp_path / "目录.csv"
    rows = ["城市综合执法领域基层政务公开标准目录", ",".join(HEADER),
            "1,绿化管理,损坏城市树木花草,处罚决定,《城市绿化条例》,20个工作日内,县城市管理局,■政府网站,全社会,主动,县级",
            "2,绿化管理,擅自砍伐城市树木,处罚决定,《城市绿化条例》,20个工作日内,县城市管理局,■政府网站,全社会,主动,县级",
            "注：本目录动态调整。"]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = run("check", str(path), "--as-of", "2026-11-22")
    assert result.exit_code == 0, result.output
