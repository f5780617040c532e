"""The annotated workbook: a real catalog copied, coloured, commented, summed up and linked."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from conftest import STANDARD_HEADER_1, STANDARD_HEADER_2, standard_catalog
from guards import HANG_GUARD_S

from disclosecheck.errors import InputError, UsageError
from disclosecheck.messages import en as en_messages
from disclosecheck.messages import render
from disclosecheck.messages import zh as zh_messages
from disclosecheck.model import (
    CONTENT,
    LEVEL1,
    LEVEL2,
    SEQ,
    TIMELIMIT,
    Catalog,
    Column,
    FileResult,
    Finding,
    Grid,
    Item,
    Layout,
    Merge,
    Report,
    Severity,
    SourceKind,
    Stats,
)
from disclosecheck.render.xlsx_annotated import safe_sheet_name, sheet_ref, write_annotated_xlsx, write_grid

ERROR_ARGB = "FFFFC7CE"
WARNING_ARGB = "FFFFEB9C"
INFO_ARGB = "FFDDEBF7"

ROWS = [
    [1, "绿化管理", "损坏城市树木花草", "1.机构职能; 2.处罚决定", "《城市绿化条例》", "30个工作日内",
     "城市管理行政执法部门", "■政府网站 □政府公报", "√", None, "√", None, "√", None],
    [2, None, "擅自砍伐城市树木", "处罚决定", "《城市绿化条例》", "20个工作日内",
     "城市管理行政执法部门", "■政府网站", "√", None, "√", None, "√", None],
    [3, "市容管理", "", "处罚决定", "", "及时", "", "■政府网站", "√", None, None, "√", None, "√"],
]
MESSAGES_ZH = {
    "test.too_slow": "{cell}：公开时限“{value}”超过法定的20个工作日，请改为20个工作日以内",
    "test.vague": "{cell}：公开时限“{value}”不明确，请写明具体的工作日数",
    "test.blank": "第{row}行：二级事项为空，请填写",
    "test.no_basis": "第{row}行：缺少公开依据",
    "test.missing_column": "目录缺少“公开层级”列",
    "test.in_merge": "一级事项“{value}”下的事项不足",
}
MESSAGES_EN = {
    "test.too_slow": "{cell}: time limit \"{value}\" exceeds the statutory 20 working days",
    "test.vague": "{cell}: time limit \"{value}\" is vague",
    "test.blank": "row {row}: the second-level item is blank",
    "test.no_basis": "row {row}: no legal basis",
    "test.missing_column": "the catalog has no 公开层级 column",
    "test.in_merge": "too few items under \"{value}\"",
}


@pytest.fixture(autouse=True)
def _test_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    """Message codes of this test's own findings, in both catalogs (the renderer must look them up)."""
    for key, text in MESSAGES_ZH.items():
        monkeypatch.setitem(zh_messages.MESSAGES, key, text)
    for key, text in MESSAGES_EN.items():
        monkeypatch.setitem(en_messages.MESSAGES, key, text)


def standard_layout(sheet: str, title: str | None = "城市综合执法领域基层政务公开标准目录") -> Layout:
    columns = [Column(0, "序号", SEQ), Column(1, "公开事项/一级事项", LEVEL1),
               Column(2, "公开事项/二级事项", LEVEL2),
               Column(3, "公开内容（要素）", CONTENT), Column(4, "公开依据", "公开依据"),
               Column(5, "公开时限", TIMELIMIT), Column(6, "公开主体", "公开主体"),
               Column(7, "公开渠道和载体", "公开渠道和载体")]
    return Layout(sheet=sheet, header_rows=[1, 2], first_data_row=3, columns=columns, title=title)


def make_result(path: Path, findings: list[Finding], sheet: str = "Sheet1", fmt: str = "xlsx") -> FileResult:
    items = [Item(row=4, text={LEVEL1: "绿化管理", LEVEL2: "损坏城市树木花草"}),
             Item(row=5, text={LEVEL1: "绿化管理", LEVEL2: "擅自砍伐城市树木"}),
             Item(row=6, text={LEVEL1: "市容管理", LEVEL2: ""})]
    catalog = Catalog(path=path, format=fmt, sheet=sheet, kind=SourceKind.SHEET,
                      layout=standard_layout(sheet), items=items)
    return FileResult(path=path, sheet=sheet, stats=Stats(items=3, level1=2, level2=2), findings=findings,
                      catalog=catalog)


def report_of(result: FileResult) -> Report:
    return Report(as_of=date(2026, 11, 22), rules="national", files=[result], tool_version="0.1.0")


def findings(sheet: str = "Sheet1") -> list[Finding]:
    return [
        Finding("timeliness", Severity.ERROR, "test.too_slow", {"cell": "F4", "value": "30个工作日内"},
                sheet=sheet, row=4, cell="F4", element=TIMELIMIT, item="绿化管理 / 损坏城市树木花草"),
        Finding("vague-timelimit", Severity.WARNING, "test.vague", {"cell": "F4", "value": "30个工作日内"},
                sheet=sheet, row=4, cell="F4", element=TIMELIMIT, item="绿化管理 / 损坏城市树木花草"),
        Finding("vague-timelimit", Severity.WARNING, "test.vague", {"cell": "F6", "value": "及时"},
                sheet=sheet, row=6, cell="F6", element=TIMELIMIT, item="市容管理"),
        Finding("required-elements", Severity.INFO, "test.no_basis", {"row": 6},
                sheet=sheet, row=6, cell=None, element=None, item="市容管理"),
        # B5 sits inside the vertical merge B4:B5, so the mark goes to B4.
        Finding("level1-size", Severity.WARNING, "test.in_merge", {"value": "绿化管理"},
                sheet=sheet, row=5, cell="B5", element=LEVEL1, item="绿化管理"),
        Finding("required-elements", Severity.ERROR, "test.missing_column", {}, sheet=sheet),
    ]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def catalog_path(tmp_path: Path) -> Path:
    """A standard catalog whose title row is bold and column D is widened, as people's files are."""
    path = standard_catalog(tmp_path / "目录.xlsx", ROWS, extra_merges=["B4:B5"])
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    ws["A1"].font = openpyxl.styles.Font(bold=True, size=16)
    ws.column_dimensions["D"].width = 40
    ws.row_dimensions[1].height = 30
    ws["F6"].comment = openpyxl.comments.Comment("请科室核实时限", "张三")
    wb.save(path)
    return path


def annotate(catalog_path: Path, tmp_path: Path, lang: str = "zh", sheet: str = "Sheet1") -> Path:
    out = tmp_path / "out" / "annotated.xlsx"
    result = make_result(catalog_path, findings(sheet))
    write_annotated_xlsx(result, out, report_of(result), lang)
    return out


def rows_of(ws) -> list[tuple]:
    return [tuple(c.value for c in row) for row in ws.iter_rows()]


def summary_pairs(ws) -> dict:
    """Label → value of the summary blocks (the rows above the legend); for one table, labels are unique."""
    pairs = {}
    for row in ws.iter_rows(min_row=3, max_col=2, values_only=True):
        if row[0] is not None and row[1] is None:
            break
        if row[0] is not None:
            assert row[0] not in pairs
            pairs[row[0]] = row[1]
    return pairs


def test_cells_are_filled_by_worst_severity_and_commented_with_every_message(catalog_path: Path,
                                                                              tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(annotate(catalog_path, tmp_path))
    ws = wb["Sheet1"]

    f4 = ws["F4"]
    assert f4.fill.fill_type == "solid"
    assert f4.fill.fgColor.rgb == ERROR_ARGB
    assert f4.comment.author == "disclosecheck"
    assert "F4：公开时限“30个工作日内”超过法定的20个工作日，请改为20个工作日以内" in f4.comment.text
    assert "F4：公开时限“30个工作日内”不明确，请写明具体的工作日数" in f4.comment.text
    assert f4.comment.text.index("【错误】") < f4.comment.text.index("【警告】")

    assert ws["F6"].fill.fgColor.rgb == WARNING_ARGB
    assert "F6：公开时限“及时”不明确" in ws["F6"].comment.text
    assert ws["F6"].comment.text.startswith("请科室核实时限\n")  # the author's own comment is kept
    # a finding with a row but no cell marks the row's first table cell
    assert ws["A6"].fill.fgColor.rgb == INFO_ARGB
    assert "第6行：缺少公开依据" in ws["A6"].comment.text
    # inside the merge B4:B5 → its top-left cell
    assert ws["B4"].fill.fgColor.rgb == WARNING_ARGB
    assert "一级事项“绿化管理”下的事项不足" in ws["B4"].comment.text
    assert isinstance(ws["B5"], openpyxl.cell.cell.MergedCell)
    # cells without findings are untouched
    assert ws["F5"].comment is None
    assert ws["F5"].fill.fill_type is None
    assert ws["F5"].value == "20个工作日内"


def test_summary_sheet_comes_first_with_counts_verdict_and_file_level_findings(catalog_path: Path,
                                                                              tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(annotate(catalog_path, tmp_path))
    assert wb.sheetnames == ["检查结果", "问题清单", "Sheet1"]
    assert wb.active.title == "检查结果"
    assert [ws.sheet_view.tabSelected for ws in wb.worksheets] == [True, False, False]
    ws = wb["检查结果"]
    pairs = summary_pairs(ws)
    assert ws["A1"].value == "政务公开标准目录检查报告"
    assert pairs["文件"] == str(catalog_path)
    assert pairs["工作表"] == "Sheet1"
    assert pairs["规则包"] == "national"
    assert pairs["检查基准日"] == "2026-11-22"
    assert (pairs["一级事项"], pairs["二级事项"], pairs["事项"]) == (2, 2, 3)
    assert (pairs["错误"], pairs["警告"], pairs["提示"]) == (2, 3, 1)
    assert pairs["结论"] == "不通过"
    assert pairs["工具版本"] == "0.1.0"
    rows = rows_of(ws)
    start = next(i for i, row in enumerate(rows) if row[0] == "涉及整个文件的问题")
    assert rows[start + 1][:4] == ("级别", "问题", "规则", "工作表")
    assert rows[start + 2][:4] == ("错误", "目录缺少“公开层级”列", "required-elements", "Sheet1")
    assert rows[start + 3][:2] == (None, None)
    assert rows[start + 4][0] == "由 disclosecheck 0.1.0 生成"
    verdict_row = next(r for r in ws.iter_rows() if r[0].value == "结论")
    assert verdict_row[1].fill.fgColor.rgb == ERROR_ARGB


def test_findings_sheet_lists_every_finding_with_links_to_its_cell(catalog_path: Path,
                                                                   tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(annotate(catalog_path, tmp_path))
    ws = wb["问题清单"]
    rows = rows_of(ws)
    assert rows[0] == ("行", "单元格", "要素", "事项", "规则", "级别", "问题")
    assert rows[1:] == [
        (None, None, None, None, "required-elements", "错误", "目录缺少“公开层级”列"),
        (4, "F4", "公开时限", "绿化管理 / 损坏城市树木花草", "timeliness", "错误",
         "F4：公开时限“30个工作日内”超过法定的20个工作日，请改为20个工作日以内"),
        (4, "F4", "公开时限", "绿化管理 / 损坏城市树木花草", "vague-timelimit", "警告",
         "F4：公开时限“30个工作日内”不明确，请写明具体的工作日数"),
        (5, "B5", "一级事项", "绿化管理", "level1-size", "警告", "一级事项“绿化管理”下的事项不足"),
        (6, None, None, "市容管理", "required-elements", "提示", "第6行：缺少公开依据"),
        (6, "F6", "公开时限", "市容管理", "vague-timelimit", "警告",
         "F6：公开时限“及时”不明确，请写明具体的工作日数"),
    ]
    assert ws["B2"].hyperlink is None
    assert ws["B3"].hyperlink.location == "'Sheet1'!F4"
    assert ws["B5"].hyperlink.location == "'Sheet1'!B4"  # the merge's top-left cell
    assert ws["B6"].hyperlink is None  # row-only finding: its row number links to where it was marked
    assert ws["A6"].hyperlink.location == "'Sheet1'!A6"
    assert ws["B7"].hyperlink.location == "'Sheet1'!F6"
    assert ws["F3"].fill.fgColor.rgb == ERROR_ARGB
    assert ws["F4"].fill.fgColor.rgb == WARNING_ARGB
    assert ws.auto_filter.ref == "A1:G7"
    for row in ws.iter_rows(min_row=2):
        for link in (row[0].hyperlink, row[1].hyperlink):
            if link is None:
                continue
                sheet, _, _coord = link.location.rpartition("!")
                assert sheet.strip("'").replace("''", "'") in wb.sheetnames


def test_title_row_merges_widths_and_styles_are_kept(catalog_path: Path, tmp_path: Path) -> None:
    ws = openpyxl.load_workbook(annotate(catalog_path, tmp_path))["Sheet1"]
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert {"A1:N1", "A2:A3", "B2:C2", "I2:J2", "B4:B5"} <= merged
    assert ws["A1"].value == "城市综合执法领域基层政务公开标准目录"
    assert ws["A1"].font.bold is True
    assert ws["A1"].font.size == 16
    assert ws.column_dimensions["D"].width == 40
    assert ws.row_dimensions[1].height == 30
    assert ws["D4"].value == "1.机构职能; 2.处罚决定"
    assert ws["I2"].value == "公开对象"


def test_input_is_never_changed_and_never_overwritten(catalog_path: Path, tmp_path: Path) -> None:
    before = sha256(catalog_path)
    annotate(catalog_path, tmp_path)
    assert sha256(catalog_path) == before
    result = make_result(catalog_path, findings())
    with pytest.raises(UsageError):
        write_annotated_xlsx(result, catalog_path, report_of(result))
    assert sha256(catalog_path) == before
    assert [p.name for p in catalog_path.parent.iterdir() if p.name.endswith(".part")] == []


def test_english_sheet_names_and_labels(catalog_path: Path, tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(annotate(catalog_path, tmp_path, lang="en"))
    assert wb.sheetnames == ["Summary", "Findings", "Sheet1"]
    pairs = summary_pairs(wb["Summary"])
    assert pairs["Verdict"] == "Fail"
    assert pairs["Errors"] == 2
    assert wb["Findings"]["A1"].value == "Row"
    comment = wb["Sheet1"]["F4"].comment.text
    assert "F4: time limit \"30个工作日内\" exceeds the statutory 20 working days" in comment


def test_existing_sheet_names_are_not_reused_and_odd_names_are_quoted(tmp_path: Path) -> None:
    sheet = "城管 '目录'"
    path = tmp_path / "odd.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for r, row in enumerate([["标准目录"], ["序号", "公开事项"], [None, "一级事项"], *ROWS], start=1):
        for c, value in enumerate(row, start=1):
            ws.cell(row=r, column=c, value=value)
    wb.create_sheet("检查结果")["A1"] = "我自己的检查记录"
    wb.save(path)
    result = make_result(path, findings(sheet), sheet=sheet)
    out = tmp_path / "odd-annotated.xlsx"
    write_annotated_xlsx(result, out, report_of(result))
    back = openpyxl.load_workbook(out)
    assert back.sheetnames == ["检查结果 (2)", "问题清单", sheet, "检查结果"]
    assert back["检查结果"]["A1"].value == "我自己的检查记录"
    assert back["问题清单"]["B3"].hyperlink.location == "'城管 ''目录'''!F4"
    assert back[sheet]["F4"].fill.fgColor.rgb == ERROR_ARGB


def test_sheet_name_helpers() -> None:
    assert safe_sheet_name("a/b:c*d?[e]\\f", []) == "a_b_c_d__e__f"
    assert safe_sheet_name("x" * 40, []) == "x" * 31
    assert safe_sheet_name("Findings", ["findings"]) == "Findings (2)"
    assert safe_sheet_name("y" * 31, ["y" * 31]) == "y" * 27 + " (2)"
    assert safe_sheet_name("", []) == "Sheet"
    assert sheet_ref("It's", "A1") == "'It''s'!A1"


def test_grid_is_written_as_data_with_merges_and_widths(tmp_path: Path) -> None:
    grid = Grid(name="目录", rows=[
        ["社会救助领域基层政务公开标准目录", None, None],
        ["序号", "公开事项", "公开时限"],
        [1, "=HYPERLINK(\"http://x\",\"点我\")",
         "制定或获取信息之日起10个工作日内，公示7个工作日；长期公开（动态调整）"],
        [2, "办事\x07指南", date(2026, 1, 5)],
    ], merges=[Merge(0, 0, 0, 2), Merge(0, 0, 0, 1), Merge(3, 3, 3, 3), Merge(2, 0, 2, 0)])
    wb = openpyxl.Workbook()
    write_grid(wb.active, grid)
    path = tmp_path / "grid.xlsx"
    wb.save(path)
    ws = openpyxl.load_workbook(path).active
    assert [str(r) for r in ws.merged_cells.ranges] == ["A1:C1"]  # overlapping and one-cell merges dropped
    assert ws["B3"].value == "=HYPERLINK(\"http://x\",\"点我\")"
    assert ws["B3"].data_type == "s"  # text, never a formula
    assert ws["B4"].value == "办事指南"
    assert ws["C4"].value.date() == date(2026, 1, 5)
    assert ws.column_dimensions["C"].width == 40  # long text capped
    assert ws.column_dimensions["A"].width == 6
    assert ws.row_dimensions[3].height == 36  # two wrapped lines in C3 (68 wide in 40)
    assert ws.row_dimensions[2].height is None


def test_xls_input_is_written_as_new_xlsx(tmp_path: Path) -> None:
    xlwt = pytest.importorskip("xlwt")
    path = tmp_path / "目录.xls"
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Sheet1")
    sheet.write_merge(0, 0, 0, 13, "城市综合执法领域基层政务公开标准目录")
    header1, header2 = STANDARD_HEADER_1, STANDARD_HEADER_2
    for c, value in enumerate(header1):
        if value is not None and c not in (1, 8, 10, 12):
            sheet.write_merge(1, 2, c, c, value)
    for c in (1, 8, 10, 12):
        sheet.write_merge(1, 1, c, c + 1, header1[c])
        sheet.write(2, c, header2[c])
        sheet.write(2, c + 1, header2[c + 1])
    for r, row in enumerate(ROWS, start=3):
        for c, value in enumerate(row):
            if value is not None:
                sheet.write(r, c, value)
    book.save(str(path))
    before = sha256(path)
    result = make_result(path, findings(), fmt="xls")
    out = tmp_path / "目录-检查.xlsx"
    write_annotated_xlsx(result, out, report_of(result))
    assert sha256(path) == before
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["检查结果", "问题清单", "Sheet1"]
    ws = wb["Sheet1"]
    assert ws["A1"].value == "城市综合执法领域基层政务公开标准目录"
    assert "A1:N1" in {str(r) for r in ws.merged_cells.ranges}
    assert ws["F4"].value == "30个工作日内"
    assert ws["F4"].fill.fgColor.rgb == ERROR_ARGB
    assert "超过法定的20个工作日" in ws["F4"].comment.text
    assert ws["B2"].font.bold is True  # header rows of the layout
    assert ws["A1"].font.size == 14  # the title row
    assert ws["F5"].border.left.style == "thin"
    assert ws["F7"].border.left.style is None  # below the last item: no table borders
    assert ws.print_title_rows == "$2:$3"
    assert ws.column_dimensions["D"].width > 10
    assert wb["问题清单"]["B3"].hyperlink.location == "'Sheet1'!F4"


def test_a_file_that_could_not_be_read_is_refused(tmp_path: Path) -> None:
    error = InputError("input.corrupt", tmp_path / "bad.xlsx", reason="BadZipFile")
    result = FileResult(path=tmp_path / "bad.xlsx", status="error", error=error)
    with pytest.raises(InputError) as info:
        write_annotated_xlsx(result, tmp_path / "out.xlsx", report_of(result))
    assert info.value is error
    assert not (tmp_path / "out.xlsx").exists()


def test_messages_come_from_the_catalog() -> None:
    assert render("ui.report.sheet_summary", None, "zh") == "检查结果"
    assert render("ui.report.sheet_findings", None, "en") == "Findings"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_the_annotated_copy(catalog_path: Path, tmp_path: Path) -> None:
    out = annotate(catalog_path, tmp_path)
    profile = tmp_path / "lo-profile"
    done = subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                           "--convert-to", "pdf", "--outdir", str(tmp_path / "pdf"), str(out)],
                          capture_output=True, text=True, timeout=HANG_GUARD_S)
    pdf = tmp_path / "pdf" / "annotated.pdf"
    assert done.returncode == 0, done.stderr
    assert pdf.exists()
    assert pdf.read_bytes().startswith(b"%PDF")
    assert pdf.stat().st_size > 5000


def test_grid_rows_go_to_the_lines_the_user_knows_them_by(tmp_path: Path) -> None:
    # a CSV whose second record spans lines 3-4: its next record starts on line 5
    grid = Grid(name="data.csv", kind=SourceKind.CSV, row_numbers=[1, 2, 5],
                rows=[["序号", "公开事项"], [1, "办事\n指南"], [2, "行政处罚"]])
    wb = openpyxl.Workbook()
    write_grid(wb.active, grid)
    ws = wb.active
    column_b = [ws.cell(row=r, column=2).value for r in range(1, 6)]
    assert column_b == ["公开事项", "办事\n指南", None, None, "行政处罚"]


def _cli(*args: str):
    from typer.testing import CliRunner

    from disclosecheck.cli import app

    return CliRunner().invoke(app, ["check", *args, "--as-of", "2026-11-22"])


def _assert_matches_json(input_path: Path, out: Path) -> None:
    """Every finding the JSON report lists is marked in the annotated copy, with its own message."""
    import json

    done = _cli(str(input_path), "--format", "json")
    assert done.exit_code in (0, 1), done.output
    report = json.loads(done.stdout)
    (file,) = report["files"]
    findings = file["findings"]
    assert findings, "the planted problems must be found"
    wb = openpyxl.load_workbook(out)
    summary, listing, ws = wb.worksheets[0], wb.worksheets[1], wb[file["sheet"]]
    assert (summary.title, listing.title) == ("检查结果", "问题清单")
    assert listing.max_row == len(findings) + 1
    rank = {"error": 3, "warning": 2, "info": 1}
    colour = {"error": ERROR_ARGB, "warning": WARNING_ARGB, "info": INFO_ARGB}
    merged = list(ws.merged_cells.ranges)
    worst_at: dict[str, str] = {}
    for f in findings:
        if f["cell"]:
            cell = f["cell"]
            for rng in merged:
                if cell in rng:
                    cell = rng.start_cell.coordinate
            assert f["message"] in ws[cell].comment.text
            if rank[f["severity"]] > rank.get(worst_at.get(cell, ""), 0):
                worst_at[cell] = f["severity"]
        elif f["row"] is None:
            summary_text = [c.value for c in summary["B"]]
            assert f["message"] in summary_text
    for cell, severity in worst_at.items():
        assert ws[cell].fill.fgColor.rgb == colour[severity]


def test_check_command_writes_the_annotated_copy_of_an_xlsx(tmp_path: Path) -> None:
    rows = [list(r) for r in ROWS]
    rows[2][4] = "城市绿化条例"  # a basis without a document name
    path = standard_catalog(tmp_path / "城管.xlsx", rows, extra_merges=["B4:B5"])
    before = sha256(path)
    out = tmp_path / "城管-检查.xlsx"
    done = _cli(str(path), "--format", "xlsx", "--output", str(out))
    assert done.exit_code in (0, 1), done.output
    assert sha256(path) == before
    _assert_matches_json(path, out)


def test_check_command_writes_the_annotated_copy_of_a_gbk_csv(tmp_path: Path) -> None:
    path = tmp_path / "养老.csv"
    lines = ["序号,一级事项,二级事项,公开内容,公开依据,公开时限,公开主体,公开渠道和载体",
             "1,养老服务,养老机构备案,\"备案条件、\n申请材料\",《养老机构管理办法》,30个工作日内,县民政局,■政府网站",
             "2,养老服务,老年人优待,优待政策,,20个工作日内,县民政局,■政府网站"]
    path.write_bytes("\r\n".join(lines).encode("gbk"))
    out = tmp_path / "养老-检查.xlsx"
    done = _cli(str(path), "--format", "xlsx", "--output", str(out))
    assert done.exit_code in (0, 1), done.output
    _assert_matches_json(path, out)
    ws = openpyxl.load_workbook(out).worksheets[2]
    assert ws["D2"].value == "备案条件、\n申请材料"
    # the second record starts on line 4 of the CSV, and so in the copy
    assert ws["C4"].value == "老年人优待"
    assert ws["E4"].comment is not None
    assert ws["E4"].fill.fgColor.rgb == ERROR_ARGB


def test_summary_of_a_catalog_with_warnings_only(catalog_path: Path, tmp_path: Path) -> None:
    only = [f for f in findings() if f.severity == Severity.WARNING]
    result = make_result(catalog_path, only)
    out = tmp_path / "warn.xlsx"
    write_annotated_xlsx(result, out, report_of(result))
    ws = openpyxl.load_workbook(out)["检查结果"]
    pairs = summary_pairs(ws)
    assert (pairs["错误"], pairs["警告"], pairs["提示"]) == (0, 3, 0)
    assert pairs["结论"] == "通过（有警告）"
    verdict_row = next(r for r in ws.iter_rows() if r[0].value == "结论")
    assert verdict_row[1].fill.fgColor.rgb == WARNING_ARGB
    rows = rows_of(ws)
    start = next(i for i, row in enumerate(rows) if row[0] == "涉及整个文件的问题")
    assert rows[start + 2][0] == "无"
    assert rows[start + 4][0] == "由 disclosecheck 0.1.0 生成"


def _two_table_results(path: Path, fmt: str) -> list[FileResult]:
    first = make_result(path, findings("城管"), sheet="城管", fmt=fmt)
    second_findings = [
        Finding("timeliness", Severity.ERROR, "test.too_slow", {"cell": "F5", "value": "20个工作日内"},
                sheet="民政", row=5, cell="F5", element=TIMELIMIT, item="绿化管理 / 擅自砍伐城市树木"),
        Finding("required-elements", Severity.ERROR, "test.missing_column", {}, sheet="民政"),
    ]
    second = make_result(path, second_findings, sheet="民政", fmt=fmt)
    return [first, second]


def _check_two_tables(out: Path) -> None:
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[:2] == ["检查结果", "问题清单"]
    assert set(wb.sheetnames[2:]) == {"城管", "民政"}
    assert wb["城管"]["F4"].fill.fgColor.rgb == ERROR_ARGB
    assert wb["民政"]["F5"].fill.fgColor.rgb == ERROR_ARGB
    assert "F5：公开时限“20个工作日内”超过法定的20个工作日" in wb["民政"]["F5"].comment.text
    assert wb["民政"]["F4"].comment is None
    summary = rows_of(wb["检查结果"])
    start = next(i for i, row in enumerate(summary) if row[0] == "涉及整个文件的问题")
    blocks = summary[:start]
    sheets = [row[1] for row in blocks if row[0] == "工作表"]
    verdicts = [row[1] for row in blocks if row[0] == "结论"]
    errors = [row[1] for row in blocks if row[0] == "错误"]
    assert (sheets, verdicts, errors) == (["城管", "民政"], ["不通过", "不通过"], [2, 2])
    assert [row[3] for row in summary[start + 2:start + 4]] == ["城管", "民政"]
    listing = wb["问题清单"]
    assert listing["H1"].value == "工作表"
    assert listing.max_row == 1 + 6 + 2
    last = [c.value for c in listing[listing.max_row]]
    assert last[:2] == [5, "F5"] and last[7] == "民政"
    assert listing.cell(row=listing.max_row, column=2).hyperlink.location == "'民政'!F5"
    assert listing.auto_filter.ref == "A1:H9"


def test_every_table_of_a_workbook_is_annotated_in_one_copy(tmp_path: Path) -> None:
    from disclosecheck.render.xlsx_annotated import write_annotated_xlsx_all

    path = standard_catalog(tmp_path / "两表.xlsx", ROWS, extra_merges=["B4:B5"])
    wb = openpyxl.load_workbook(path)
    wb.active.title = "城管"
    copy = wb.copy_worksheet(wb["城管"])
    copy.title = "民政"
    wb.save(path)
    results = _two_table_results(path, "xlsx")
    out = tmp_path / "两表-检查.xlsx"
    write_annotated_xlsx_all(results, out, Report(date(2026, 11, 22), "national", results))
    _check_two_tables(out)


def test_every_table_of_an_xls_is_rebuilt_in_one_copy(tmp_path: Path) -> None:
    from disclosecheck.render.xlsx_annotated import write_annotated_xlsx_all

    xlwt = pytest.importorskip("xlwt")
    path = tmp_path / "两表.xls"
    book = xlwt.Workbook(encoding="utf-8")
    for name in ("城管", "民政"):
        sheet = book.add_sheet(name)
        rows = [["城市综合执法领域基层政务公开标准目录"], STANDARD_HEADER_1, STANDARD_HEADER_2, *ROWS]
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is not None:
                    sheet.write(r, c, value)
    book.save(str(path))
    results = _two_table_results(path, "xls")
    out = tmp_path / "两表-检查.xlsx"
    write_annotated_xlsx_all(results, out, Report(date(2026, 11, 22), "national", results))
    _check_two_tables(out)
    assert openpyxl.load_workbook(out).sheetnames == ["检查结果", "问题清单", "城管", "民政"]


def test_only_unreadable_results_raise_their_error(tmp_path: Path) -> None:
    from disclosecheck.render.xlsx_annotated import write_annotated_xlsx_all

    error = InputError("input.encrypted", tmp_path / "x.xlsx")
    results = [FileResult(path=tmp_path / "x.xlsx", status="error", error=error)]
    with pytest.raises(InputError):
        write_annotated_xlsx_all(results, tmp_path / "o.xlsx", report_of(results[0]))
    with pytest.raises(ValueError):
        write_annotated_xlsx_all([], tmp_path / "o.xlsx", report_of(results[0]))


def test_merged_area_counts_every_sheets_merges_as_written(tmp_path: Path) -> None:
    from disclosecheck.render.xlsx_annotated import merged_area

    book = openpyxl.Workbook()
    book.active.merge_cells("A1:N1")  # 14
    book.active.merge_cells("B3:B12")  # 10
    notes = book.create_sheet("说明")
    notes.merge_cells("A1:C2")  # 6, on a sheet that holds no catalog
    path = tmp_path / "merges.xlsx"
    book.save(path)
    assert merged_area(path) == 30


def test_tens_of_thousands_of_merges_are_written_each_once() -> None:
    """openpyxl's merge_cells compares each range with all before it: 20,000 would take minutes."""
    from openpyxl.cell.cell import MergedCell

    rows = [["序号", "公开事项", "备注"]] + [[str(r), None, "x"] for r in range(1, 20_001)]
    merges = [Merge(r, 0, r, 1) for r in range(1, 20_001)]
    grid = Grid(name="目录", rows=rows, merges=merges + merges[:100])  # the first 100 twice
    ws = openpyxl.Workbook().active
    write_grid(ws, grid)
    assert len(ws.merged_cells.ranges) == 20_000
    assert isinstance(ws["B5"], MergedCell) and ws["A5"].value == "4"


def test_a_range_overlapping_one_kept_before_it_is_dropped() -> None:
    from disclosecheck.render.xlsx_annotated import _valid_merges

    rows = [["a", "b", "c"], ["d", "e", "f"], ["g", "h", "i"]]
    grid = Grid(name="表", rows=rows, merges=[Merge(0, 0, 1, 1), Merge(1, 1, 2, 2), Merge(2, 0, 2, 0),
                                                Merge(2, 0, 2, 1), Merge(0, 2, 9, 9)])
    assert _valid_merges(grid) == [Merge(0, 0, 1, 1), Merge(2, 0, 2, 1), Merge(0, 2, 2, 2)]


def test_merged_area_counts_a_sheet_wherever_the_relationships_put_it(tmp_path: Path) -> None:
    import zipfile

    import hostile_files as hf

    from disclosecheck.render.xlsx_annotated import merged_area

    path = hf.moved_far_sheet_xlsx(tmp_path / "moved.xlsx", "elsewhere/s.xml", "xl/elsewhere/s.xml")
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    sheet = parts["xl/elsewhere/s.xml"].replace(
        b"</sheetData>", b'</sheetData><mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>')
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, sheet if name == "xl/elsewhere/s.xml" else data)
    assert merged_area(path) == 4
