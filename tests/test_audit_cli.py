"""``disclosecheck audit`` end to end: real workbooks, the real pipeline, the real CLI."""

from __future__ import annotations

import csv
import io
import json
import os
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest
from conftest import standard_catalog
from typer.testing import CliRunner

import disclosecheck
from disclosecheck.cli import app

AS_OF = "2026-11-22"


def row(
    n: int,
    level1: str,
    level2: str,
    subject: str | None = "城市管理行政执法部门",
    limit: str = "信息形成或者变更之日起20个工作日内",
) -> list[Any]:
    return [
        n,
        level1,
        level2,
        "1.执法依据; 2.处罚决定",
        "《城市绿化条例》",
        limit,
        subject,
        "■政府网站 □政府公报 ■公开查阅点",
        "√",
        None,
        "√",
        None,
        "√",
        None,
    ]


CLEAN = [
    row(1, "绿化管理", "损坏城市树木花草"),
    row(2, "市容环境卫生", "占道经营"),
    row(3, "违法建设", "违法建设查处"),
]
# Row 5: no 公开主体; row 6: 30 working days, over the statutory 20.
FLAWED = [
    row(1, "绿化管理", "损坏城市树木花草"),
    row(2, "市容环境卫生", "占道经营", subject=None),
    row(3, "违法建设", "违法建设查处", limit="30个工作日"),
    row(4, "燃气管理", "燃气经营许可"),
]


def put(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


@pytest.fixture
def county(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A county folder: four townships with good, flawed and broken files, plus files to skip."""
    root = tmp_path / "county"
    standard_catalog(root / "甲镇" / "目录.xlsx", CLEAN)
    standard_catalog(root / "乙镇" / "目录.xlsx", FLAWED)
    put(root / "丙镇" / "目录.xlsx", bytes(range(256)) * 40)  # random bytes
    put(root / "丙镇" / "空.xlsx", b"")
    clean = standard_catalog(root / "丁镇" / "目录.xlsx", CLEAN)
    put(root / "丁镇" / "截断.xlsx", clean.read_bytes()[:1500])
    put(root / "甲镇" / "~$目录.xlsx", b"lock")  # Excel's lock file: skipped
    put(root / "甲镇" / ".备份.xlsx", b"hidden")  # hidden: skipped
    put(root / ".svn" / "目录.xlsx", b"hidden folder")  # hidden folder: skipped
    put(root / "甲镇" / "说明.txt", "不是目录".encode())  # not a catalog extension: skipped
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CI", "1")
    return root


def audit(*args: str) -> Any:
    return CliRunner().invoke(app, ["audit", *args, "--as-of", AS_OF])


def audit_json(*args: str) -> tuple[int, dict[str, Any]]:
    result = audit(*args, "--format", "json")
    return result.exit_code, json.loads(result.stdout)


def test_mixed_county_ranked_worst_first(county: Path) -> None:
    code, doc = audit_json("county")
    assert code == 2  # some files could not be read, after reporting everything
    assert [(f["path"], f["status"]) for f in doc["files"]] == [
        ("county/丁镇/截断.xlsx", "error"),
        ("county/丁镇/目录.xlsx", "ok"),
        ("county/丙镇/目录.xlsx", "error"),
        ("county/丙镇/空.xlsx", "error"),
        ("county/乙镇/目录.xlsx", "ok"),
        ("county/甲镇/目录.xlsx", "ok"),
    ]
    assert doc["units"] == [
        {"unit": "丙镇", "files": 2, "items": 0, "errors": 2, "warnings": 0, "compliance": 0.0},
        # a tie at 0.5 (丁镇: 3 good items + an unreadable file weighing 3; 乙镇: 2 of 4) is broken by name
        {"unit": "丁镇", "files": 2, "items": 3, "errors": 1, "warnings": 0, "compliance": 0.5},
        {"unit": "乙镇", "files": 1, "items": 4, "errors": 2, "warnings": 0, "compliance": 0.5},
        {"unit": "甲镇", "files": 1, "items": 3, "errors": 0, "warnings": 0, "compliance": 1.0},
    ]
    flawed = next(f for f in doc["files"] if f["path"] == "county/乙镇/目录.xlsx")
    assert [(x["rule"], x["row"], x["cell"]) for x in flawed["findings"]] == [
        ("required-elements", 5, "G5"),
        ("timelimit", 6, "F6"),
    ]
    assert doc["common"] == [
        {"rule": "required-elements", "units": 1, "items": 1, "findings": 1},
        {"rule": "timelimit", "units": 1, "items": 1, "findings": 1},
    ]
    assert doc["summary"] == {"files": 6, "errors": 2, "warnings": 0, "infos": 0}
    errors = {f["path"]: f["error"] for f in doc["files"] if f["status"] == "error"}
    assert (
        errors["county/丙镇/空.xlsx"] == "county/丙镇/空.xlsx：文件是空的（0 字节），请重新导出或另存后再检查"
    )


def test_audit_json_follows_the_shipped_schema(county: Path) -> None:
    import jsonschema

    from disclosecheck.render.json_report import load_schema

    _, doc = audit_json("county")
    jsonschema.validate(doc, load_schema())


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_file_entries_are_the_same_as_checks(county: Path, lang: str) -> None:
    import hostile_files

    # errors that word themselves (a refused hostile file, a limit) must read the same after the trip
    (county / "己镇").mkdir()
    hostile_files.xxe_xlsx(county / "己镇" / "xxe.xlsx")
    hostile_files.long_cell_xlsx(county / "己镇" / "long.xlsx")
    files = ["county/乙镇/目录.xlsx", "county/丙镇/空.xlsx", "county/己镇/long.xlsx", "county/己镇/xxe.xlsx"]
    checked = CliRunner().invoke(app, ["check", *files, "--format", "json", "--as-of", AS_OF, "--lang", lang])
    _, audited = audit_json("county/乙镇", "county/丙镇/空.xlsx", "county/己镇", "--lang", lang)
    expected = json.loads(checked.stdout)
    assert audited["files"] == expected["files"] and audited["summary"] == expected["summary"]
    errors = [f["error"] for f in audited["files"] if f["status"] == "error"]
    assert len(errors) == 3 and all(e.startswith("county/") for e in errors)


def test_json_byte_identical_with_one_or_two_workers(county: Path, tmp_path: Path) -> None:
    one, two = tmp_path / "one.json", tmp_path / "two.json"
    assert audit("county", "--format", "json", "--jobs", "1", "--output", str(one)).exit_code == 2
    assert audit("county", "--format", "json", "--jobs", "2", "--output", str(two)).exit_code == 2
    assert one.read_bytes() == two.read_bytes()
    assert str(tmp_path) not in one.read_text(encoding="utf-8")  # paths as given, nothing absolute


def test_a_missing_path_is_an_error_line_not_a_unit(county: Path) -> None:
    # Issue 14: a path that does not exist is a mistake on the command line: one line and exit 2,
    # the rest audited, and no unit "." ranked at 0% for it.
    result = audit("county/甲镇", "没有这个.xlsx", "--format", "json")
    assert result.exit_code == 2
    doc = json.loads(result.stdout)
    assert [(f["path"], f["status"]) for f in doc["files"]] == [("county/甲镇/目录.xlsx", "ok")]
    assert [u["unit"] for u in doc["units"]] == ["甲镇"]
    assert result.stderr.splitlines() == ["没有这个.xlsx：文件不存在，请检查路径是否写对"]
    only_missing = audit("没有这个")
    assert only_missing.exit_code == 2 and only_missing.stdout == ""


def test_exit_status_follows_fail_on(county: Path) -> None:
    assert audit("county/甲镇").exit_code == 0
    assert audit("county/甲镇", "county/乙镇").exit_code == 1
    assert audit("county/甲镇", "county/乙镇", "--fail-on", "never").exit_code == 0


def test_csv_ranking(county: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    result = audit("county", "--format", "csv", "--output", str(out))
    assert result.exit_code == 2
    data = out.read_bytes()
    assert data[:3] == b"\xef\xbb\xbf"
    assert list(csv.reader(io.StringIO(data.decode("utf-8-sig")))) == [
        ["排名", "单位", "文件数", "事项数", "错误", "警告", "合规率(%)", "未检查的文件"],
        ["1", "丙镇", "2", "0", "2", "0", "0.00", ""],
        ["2", "丁镇", "2", "3", "1", "0", "50.00", ""],
        ["3", "乙镇", "1", "4", "2", "0", "50.00", ""],
        ["4", "甲镇", "1", "3", "0", "0", "100.00", "county/甲镇/说明.txt"],
    ]
    # the report went to a file, so the files not checked are named on stderr
    assert "county/丁镇/截断.xlsx：" in result.stderr


def test_csv_to_stdout_has_no_bom_and_text_to_a_file(county: Path, tmp_path: Path) -> None:
    shown = audit("county/甲镇", "--format", "csv")
    assert shown.exit_code == 0
    assert shown.stdout.splitlines() == [
        "排名,单位,文件数,事项数,错误,警告,合规率(%),未检查的文件",
        "1,甲镇,1,3,0,0,100.00,county/甲镇/说明.txt",
    ]
    out = tmp_path / "audit.txt"
    assert audit("county/甲镇", "--output", str(out)).exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert "政务公开标准目录批量检查" in text and "100.0%" in text and "\x1b[" not in text


def test_xlsx_workbook(county: Path, tmp_path: Path) -> None:
    import openpyxl

    out = tmp_path / "audit.xlsx"
    assert audit("county", "--format", "xlsx", "--output", str(out)).exit_code == 2
    with zipfile.ZipFile(out) as z:
        assert "xl/charts/chart1.xml" in z.namelist()
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["汇总", "问题清单", "丙镇", "丁镇", "乙镇", "甲镇"]
    rows = list(wb["问题清单"].iter_rows(min_row=2, values_only=True))
    assert [(r[0], r[1], r[3], r[4], r[5], r[6]) for r in rows] == [
        ("丙镇", "county/丙镇/目录.xlsx", None, None, "错误", None),
        ("丙镇", "county/丙镇/空.xlsx", None, None, "错误", None),
        ("丁镇", "county/丁镇/截断.xlsx", None, None, "错误", None),
        ("乙镇", "county/乙镇/目录.xlsx", 5, "G5", "错误", "required-elements"),
        ("乙镇", "county/乙镇/目录.xlsx", 6, "F6", "错误", "timelimit"),
    ]
    assert rows[3][9].startswith("公开主体未填写")


def test_text_report(county: Path) -> None:
    result = audit("county")
    assert result.exit_code == 2
    out = result.stdout
    assert out.index("丙镇") < out.index("丁镇") < out.index("乙镇") < out.index("甲镇")
    assert "50.0%" in out and "100.0%" in out
    assert "county/丙镇/空.xlsx：文件是空的" in out
    assert "合计：4 个单位、6 个文件、10 个事项，2 个错误、0 个警告，3 个文件无法检查" in out
    english = audit("county", "--lang", "en").stdout
    assert "Compliance by unit (worst first)" in english


def test_unit_from_regex(county: Path) -> None:
    _, doc = audit_json("county", "--unit-from", r"county/(甲|乙)镇/")
    assert [u["unit"] for u in doc["units"]] == ["（未归类）", "乙", "甲"]
    assert doc["units"][0]["files"] == 4


def test_limit_options_reach_the_reader(county: Path) -> None:
    _, doc = audit_json("county/甲镇", "--max-rows", "4")
    [entry] = doc["files"]
    assert entry["status"] == "error" and "--max-rows" in entry["error"]
    _, doc = audit_json("county/甲镇", "--max-cells", "20")
    assert "--max-cells" in doc["files"][0]["error"]


def test_usage_errors(county: Path, tmp_path: Path) -> None:
    bad = audit("county", "--unit-from", "(")
    assert bad.exit_code == 2 and "--unit-from 的正则表达式“(”写得不对" in bad.stderr
    assert audit("county", "--format", "xlsx").exit_code == 2
    empty = tmp_path / "empty"
    empty.mkdir()
    none = audit(str(empty))
    assert none.exit_code == 2 and "没有找到目录文件" in none.stderr
    clash = audit("county", "--format", "json", "--output", "county/甲镇/目录.xlsx")
    assert clash.exit_code == 2 and "拒绝写入" in clash.stderr


# --- hostile files: a stand-in for the real check that hangs, eats memory or crashes on some files ---------


def misbehaving(real: Any) -> Any:
    def check_path(path: Path, *args: Any, **kwargs: Any) -> Any:
        if path.name == "hang.xlsx":
            time.sleep(600)
        if path.name == "bomb.xlsx":
            bytearray(16 * 1024**3)
        if path.name == "crash.xlsx":
            raise RuntimeError("boom")
        if path.name == "die.xlsx":
            os._exit(9)
        return real(path, *args, **kwargs)

    return check_path


DEBUG = "，请用 --debug 查看详情并反馈"


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_hanging_memory_hungry_and_crashing_files_are_stopped_and_reported(
    county: Path, monkeypatch: pytest.MonkeyPatch, jobs: str
) -> None:
    import disclosecheck.pipeline

    for name in ("hang.xlsx", "bomb.xlsx", "crash.xlsx", "die.xlsx"):
        standard_catalog(county / "戊镇" / name, CLEAN)
    # workers are forked from this process, so they inherit the stand-in
    monkeypatch.setattr(disclosecheck.pipeline, "check_path", misbehaving(disclosecheck.pipeline.check_path))
    # 5 s: only hang.xlsx may reach it, however busy the machine (the others take milliseconds)
    code, doc = audit_json("county", "--timeout", "5", "--max-memory-mb", "512", "--jobs", jobs)
    assert code == 2
    errors = {f["path"]: f["error"] for f in doc["files"] if f["path"].startswith("county/戊镇/")}
    assert errors == {
        "county/戊镇/bomb.xlsx": ("county/戊镇/bomb.xlsx：检查时超出内存上限（512 MB）已停止，"
                                  "文件可能过大或异常；如确需检查，请用 --max-memory-mb 调高上限"),
        "county/戊镇/crash.xlsx": "county/戊镇/crash.xlsx：检查时出现内部错误（RuntimeError: boom）" + DEBUG,
        "county/戊镇/die.xlsx": "county/戊镇/die.xlsx：检查时出现内部错误（worker exited with status 9）"
        + DEBUG,
        "county/戊镇/hang.xlsx": (
            "county/戊镇/hang.xlsx：检查超时（超过 5 秒）已停止，文件可能过大或异常；"
            "如确需检查，请用 --timeout 调高时限"),
    }
    # everything else was still checked, and the unit with four stopped files scores 0
    assert [f["status"] for f in doc["files"] if not f["path"].startswith("county/戊镇/")] == [
        "error",
        "ok",
        "error",
        "error",
        "ok",
        "ok",
    ]
    assert doc["units"][1] == {  # tied at 0 with 丙镇, which comes first by name
        "unit": "戊镇",
        "files": 4,
        "items": 0,
        "errors": 4,
        "warnings": 0,
        "compliance": 0.0,
    }


def test_debug_shows_the_workers_traceback(county: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import disclosecheck.pipeline

    standard_catalog(county / "戊镇" / "crash.xlsx", CLEAN)
    monkeypatch.setattr(disclosecheck.pipeline, "check_path", misbehaving(disclosecheck.pipeline.check_path))
    result = audit("county/戊镇", "--debug")
    assert result.exit_code == 2
    assert "Traceback" in result.stderr and "RuntimeError: boom" in result.stderr


def test_common_problems_name_rules_in_the_readers_language(county: Path) -> None:
    # Issue 14: the most-common-problems table showed bare rule IDs (timelimit …) to a Chinese reader.
    zh = audit("county").stdout
    assert "要素未填写（required-elements）" in zh
    en = audit("county", "--lang", "en").stdout
    assert "blank elements (required-elements)" in en


def test_audit_workbook_links_each_finding_to_its_file_relatively(county: Path, tmp_path: Path) -> None:
    # Issue 14: the audit workbook listed files without a way to open them; the links are relative so
    # they still work when the county folder and the report are moved together.
    import openpyxl

    out = tmp_path / "reports" / "汇总.xlsx"
    assert audit("county", "--format", "xlsx", "--output", str(out)).exit_code == 2
    book = openpyxl.load_workbook(out)
    sheet = book[book.sheetnames[1]]
    header = [c.value for c in sheet[1]]
    col = header.index("文件") + 1
    links = {sheet.cell(row=r, column=col).value: sheet.cell(row=r, column=col).hyperlink.target
             for r in range(2, sheet.max_row + 1) if sheet.cell(row=r, column=col).hyperlink}
    assert links, "no file is linked"
    for shown, target in links.items():
        path, _, _cell = target.partition("#")
        assert not Path(path).is_absolute() and path.startswith("../county/")
        assert (out.parent / path).resolve() == (tmp_path / shown).resolve()
    assert any("!" in target for target in links.values())  # a finding opens at its cell


# --- issue 16: files that are not catalogs are named per unit, in every format, and never counted ----------


@pytest.fixture
def sent_wrong(county: Path) -> Path:
    """丁镇 also sent a scan and a Word copy; 戊镇 sent only a PDF (no catalog at all)."""
    put(county / "丁镇" / "目录扫描件.JPG", b"\xff\xd8\xff")
    put(county / "丁镇" / "目录.docx", b"PK")
    put(county / "戊镇" / "标准目录.pdf", b"%PDF-1.4")
    put(county / "戊镇" / "Thumbs.db", b"x")  # the system's own: not named
    return county


SKIPPED = {"丁镇": ["county/丁镇/目录.docx", "county/丁镇/目录扫描件.JPG"],
           "戊镇": ["county/戊镇/标准目录.pdf"],
           "甲镇": ["county/甲镇/说明.txt"]}  # in walk order: folder by folder, by code point
HEADING = "不是目录表格、未检查的文件（4 个，不计入合规率；单位若只交了这些文件，等于没有交目录）"


def test_files_that_are_not_catalogs_are_listed_per_unit_in_json(sent_wrong: Path) -> None:
    code, doc = audit_json("county")
    assert code == 2  # as before: only the unreadable catalogs make it 2
    assert doc["skipped"] == [{"path": p, "unit": u} for u, paths in SKIPPED.items() for p in paths]
    assert not any(f["path"].endswith((".pdf", ".docx", ".JPG", ".txt")) for f in doc["files"])
    assert [u["unit"] for u in doc["units"]] == ["丙镇", "丁镇", "乙镇", "甲镇"]  # nothing counted for them
    import jsonschema

    schema = json.loads((Path(disclosecheck.__file__).parent / "render" / "schema" /
                         "disclosecheck-1.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(doc, schema)


def test_files_that_are_not_catalogs_in_text_csv_and_xlsx(sent_wrong: Path, tmp_path: Path) -> None:
    import openpyxl

    text = audit("county")
    assert HEADING in text.stdout
    assert "  丁镇：county/丁镇/目录.docx、county/丁镇/目录扫描件.JPG" in text.stdout
    assert "  戊镇：county/戊镇/标准目录.pdf" in text.stdout
    english = audit("county", "--lang", "en")
    assert "Files that are not catalogs, not checked (4 files, not counted in any rate;" in english.stdout
    assert "  戊镇: county/戊镇/标准目录.pdf" in english.stdout

    out = tmp_path / "rank.csv"
    audit("county", "--format", "csv", "--output", str(out))
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    assert rows[2] == ["2", "丁镇", "2", "3", "1", "0", "50.00",
                       "county/丁镇/目录.docx、county/丁镇/目录扫描件.JPG"]
    assert rows[-1] == ["", "戊镇", "0", "0", "0", "0", "", "county/戊镇/标准目录.pdf"]  # sent no catalog

    book = tmp_path / "audit.xlsx"
    audit("county", "--format", "xlsx", "--output", str(book))
    ws = openpyxl.load_workbook(book)["汇总"]
    cells = [[c for c in row if c is not None] for row in ws.iter_rows(values_only=True)]
    start = cells.index([HEADING])
    listed = [[unit, path] for unit, paths in SKIPPED.items() for path in paths]
    assert cells[start + 1:start + 6] == [["单位", "文件"], *listed]


def test_a_folder_of_documents_only_says_what_it_holds(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 16: a unit that sent a PDF and a Word file is told so, not only that no catalog was found."""
    put(tmp_path / "county" / "甲镇" / "目录.pdf", b"%PDF-1.4")
    put(tmp_path / "county" / "甲镇" / "目录.docx", b"PK")
    monkeypatch.chdir(tmp_path)
    result = audit("county")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "在 county 中没有找到目录文件（.xlsx .xlsm .xls .ods .csv .htm .html）；"
        "找到的 2 个文件都不是目录表格：county/甲镇/目录.docx、county/甲镇/目录.pdf。"
        "请让报送单位提交 Excel、WPS 表格或 CSV 格式的目录"]


def test_files_that_are_not_catalogs_in_html_and_markdown(sent_wrong: Path) -> None:
    markdown = audit("county", "--format", "markdown").stdout
    assert f"## {HEADING}" in markdown
    assert "- 戊镇：county/戊镇/标准目录.pdf" in markdown
    page = audit("county", "--format", "html").stdout
    assert '<section class="skipped">' in page and "<li>戊镇：county/戊镇/标准目录.pdf</li>" in page
