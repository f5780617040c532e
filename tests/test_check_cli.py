"""``disclosecheck check``: exit statuses, reports on the terminal and in JSON, --output, usage errors.

The CLI tests run the real command on real workbooks built here; the renderer tests use
hand-built reports so that the layout is pinned down exactly.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from conftest import standard_catalog
from typer.testing import CliRunner

from disclosecheck.cli import app
from disclosecheck.errors import InputError
from disclosecheck.model import FileResult, Finding, Report, Severity, Stats

AS_OF = ["--as-of", "2026-11-22"]
CHANNELS = "■政府网站\n□政府公报\n■公开查阅点"
V = "√"


def row(n: int, level1: str | None, level2: str, basis: str = "《城市绿化条例》",
        subject: str | None = "县城市管理局", limit: str = "信息形成或者变更之日起20个工作日内") -> list:
    content = "执法依据、处罚决定、救济渠道"
    return [n, level1, level2, content, basis, limit, subject, CHANNELS, V, None, V, None, V, None]


def clean_rows() -> list[list]:
    return [row(1, "绿化管理", "损坏城市树木花草"), row(2, "绿化管理", "擅自砍伐城市树木"),
            row(3, "违法建设", "未取得建设工程规划许可证进行建设", basis="《中华人民共和国城乡规划法》")]


def run(*args: str):
    return CliRunner().invoke(app, ["check", *args])


@pytest.fixture
def clean(tmp_path: Path) -> Path:
    return standard_catalog(tmp_path / "clean.xlsx", clean_rows())


@pytest.fixture
def with_error(tmp_path: Path) -> Path:
    # row 5: 公开主体 blank
    rows = clean_rows()
    rows[1] = row(2, "绿化管理", "擅自砍伐城市树木", subject=None)
    return standard_catalog(tmp_path / "error.xlsx", rows)


@pytest.fixture
def with_warning(tmp_path: Path) -> Path:
    # row 4: 公开依据 names no document — a warning only
    rows = clean_rows()
    rows[0] = row(1, "绿化管理", "损坏城市树木花草", basis="城市绿化条例")
    return standard_catalog(tmp_path / "warning.xlsx", rows)


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(bytes(range(256)) * 8)
    return path


# --- exit statuses -------------------------------------------------------------------------------------


def test_clean_catalog_passes_with_counts_and_verdict(clean: Path) -> None:
    result = run(str(clean), *AS_OF)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "一级事项：2" in out
    assert "二级事项：3" in out
    assert "事项：3" in out
    assert "未发现问题" in out
    assert out.rstrip().splitlines()[-1] == "通过"


def test_error_finding_exits_1_and_is_reported_where(with_error: Path) -> None:
    result = run(str(with_error), *AS_OF)
    assert result.exit_code == 1, result.output
    out = result.stdout
    assert "第 5 行" in out
    assert "绿化管理 / 擅自砍伐城市树木" in out
    assert "G5 公开主体" in out
    assert "[错误]" in out
    assert out.rstrip().splitlines()[-1] == "未通过：1 个错误、0 个警告"


def test_fail_on_never_exits_0_even_with_errors(with_error: Path) -> None:
    assert run(str(with_error), *AS_OF, "--fail-on", "never").exit_code == 0


def test_warnings_pass_by_default_and_fail_with_fail_on_warning(with_warning: Path) -> None:
    default = run(str(with_warning), *AS_OF)
    assert default.exit_code == 0, default.output
    assert default.stdout.rstrip().splitlines()[-1] == "通过（另有 1 个警告，建议修改）"
    strict = run(str(with_warning), *AS_OF, "--fail-on", "warning")
    assert strict.exit_code == 1
    assert strict.stdout.rstrip().splitlines()[-1] == "未通过：0 个错误、1 个警告"


def test_one_broken_file_among_two_exits_2_and_both_are_reported(clean: Path, broken: Path) -> None:
    result = run(str(broken), str(clean), *AS_OF, "--format", "json")
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert [f["path"] for f in data["files"]] == [str(broken), str(clean)]
    bad, good = data["files"]
    assert bad["status"] == "error"
    assert bad["error"].startswith(str(broken))
    assert bad["findings"] == []
    assert good["status"] == "ok"
    assert good["error"] is None
    assert good["stats"] == {"items": 3, "level1": 2, "level2": 3}
    assert data["summary"] == {"files": 2, "errors": 0, "warnings": 0, "infos": 0}


def test_broken_file_in_the_terminal_report(clean: Path, broken: Path) -> None:
    result = run(str(clean), str(broken), *AS_OF)
    assert result.exit_code == 2
    out = result.stdout
    assert "[无法检查]" in out
    assert "一级事项：2" in out
    assert out.rstrip().splitlines()[-1] == "未通过：1 个文件无法读取"


def test_missing_file_is_an_error_entry_not_a_traceback(tmp_path: Path, clean: Path) -> None:
    missing = tmp_path / "nope.xlsx"
    result = run(str(missing), str(clean), *AS_OF, "--format", "json")
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert data["files"][0]["status"] == "error"
    assert "文件不存在" in data["files"][0]["error"]
    assert "Traceback" not in result.output


# --- JSON and --output ---------------------------------------------------------------------------------


def test_json_findings_exact(with_error: Path) -> None:
    result = run(str(with_error), *AS_OF, "--format", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["schema"] == "disclosecheck/1"
    assert data["as_of"] == "2026-11-22"
    assert data["rules"] == "national"
    [entry] = data["files"]
    assert entry["sheet"] == "Sheet1"
    [finding] = entry["findings"]
    assert finding["rule"] == "required-elements"
    assert finding["severity"] == "error"
    assert (finding["row"], finding["cell"], finding["element"]) == (5, "G5", "公开主体")
    assert finding["item"] == "绿化管理 / 擅自砍伐城市树木"
    assert finding["message"]
    assert data["summary"] == {"files": 1, "errors": 1, "warnings": 0, "infos": 0}


def test_output_json_file_is_written(tmp_path: Path, with_error: Path) -> None:
    out = tmp_path / "reports" / "report.json"
    result = run(str(with_error), *AS_OF, "--format", "json", "--output", str(out))
    assert result.exit_code == 1
    assert result.stdout == ""
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["summary"]["errors"] == 1
    assert not list(out.parent.glob("*.part"))


def test_output_text_file_is_plain(tmp_path: Path, with_error: Path) -> None:
    out = tmp_path / "report.txt"
    result = run(str(with_error), *AS_OF, "--output", str(out))
    assert result.exit_code == 1
    text = out.read_text(encoding="utf-8")
    assert "\x1b[" not in text
    assert "G5 公开主体" in text
    assert text.rstrip().splitlines()[-1] == "未通过：1 个错误、0 个警告"


def test_output_equal_to_input_is_refused(clean: Path) -> None:
    before = clean.read_bytes()
    result = run(str(clean), *AS_OF, "--format", "json", "--output", str(clean))
    assert result.exit_code == 2
    assert "与输入文件相同" in result.stderr
    assert clean.read_bytes() == before


def test_output_equal_to_input_through_another_spelling_is_refused(clean: Path) -> None:
    other = clean.parent / "." / clean.name
    result = run(str(clean), *AS_OF, "--output", str(other))
    assert result.exit_code == 2


def test_bad_as_of_is_a_usage_error(clean: Path) -> None:
    result = run(str(clean), "--as-of", "2026-13-01")
    assert result.exit_code == 2
    assert result.stderr.strip() == "日期“2026-13-01”格式不对，请写成 YYYY-MM-DD，例如 2026-11-22"


def test_xlsx_needs_output_and_one_file(clean: Path, with_error: Path, tmp_path: Path) -> None:
    no_output = run(str(clean), *AS_OF, "--format", "xlsx")
    assert no_output.exit_code == 2
    assert "--output" in no_output.stderr
    two = run(str(clean), str(with_error), *AS_OF, "--format", "xlsx", "--output", str(tmp_path / "o.xlsx"))
    assert two.exit_code == 2
    assert "一次只能检查一个文件" in two.stderr


def test_unknown_rule_pack_is_a_usage_error(clean: Path) -> None:
    result = run(str(clean), *AS_OF, "--rules", "no-such-pack")
    assert result.exit_code == 2
    assert "no-such-pack" in result.stderr
    assert "Traceback" not in result.output


def test_lang_en_text_report(with_error: Path) -> None:
    result = run(str(with_error), *AS_OF, "--lang", "en")
    assert result.exit_code == 1
    out = result.stdout
    assert "first-level items: 2" in out
    assert "row 5" in out
    assert "[error] G5 公开主体" in out
    assert out.rstrip().splitlines()[-1] == "Not passed: 1 error, 0 warnings"
    assert "未通过" not in out


def test_only_unreadable_files_give_one_line_each_on_stderr(tmp_path: Path, broken: Path) -> None:
    missing = tmp_path / "nope.xlsx"
    one = run(str(missing), *AS_OF)
    assert one.exit_code == 2
    assert one.stdout == ""
    assert one.stderr.splitlines() == [f"{missing}：文件不存在，请检查路径是否写对"]
    two = run(str(missing), str(broken), *AS_OF, "--lang", "en")
    assert two.exit_code == 2
    assert [line.split(":")[0] for line in two.stderr.splitlines()] == [str(missing), str(broken)]


def test_limit_option_defaults_are_the_readers() -> None:
    from disclosecheck.cli import common
    from disclosecheck.read.limits import Limits

    limits = Limits()
    ours = (common.DEFAULT_MAX_FILE_MB, common.DEFAULT_MAX_UNZIPPED_MB, common.DEFAULT_MAX_ROWS,
            common.DEFAULT_MAX_COLS, common.DEFAULT_MAX_CELL_CHARS, common.DEFAULT_MAX_CELLS)
    readers = (limits.max_file_mb, limits.max_uncompressed_mb, limits.max_rows, limits.max_cols,
               limits.max_cell_chars, limits.max_cells)
    assert ours == readers


def test_max_cells_limit_is_named_with_its_option(clean: Path) -> None:
    result = run(str(clean), *AS_OF, "--max-cells", "20")
    assert result.exit_code == 2
    assert "--max-cells" in result.stdout + result.stderr
    assert "单元格" in result.stdout + result.stderr


def test_max_rows_limit_makes_the_file_unreadable(clean: Path) -> None:
    result = run(str(clean), *AS_OF, "--max-rows", "3", "--format", "json")
    assert result.exit_code == 2
    assert json.loads(result.stdout)["files"][0]["status"] == "error"


# --- renderers on hand-built reports -------------------------------------------------------------------


def hand_report() -> Report:
    missing = Finding(rule="required-elements", severity=Severity.ERROR, code="required-elements.missing",
                      params={"element": "公开主体"}, sheet="执法", row=9, cell="G9", element="公开主体",
                      item="市容环境卫生 / 未经批准设置大型户外广告")
    column = Finding(rule="required-columns", severity=Severity.WARNING, code="required-columns.missing",
                     params={"element": "公开层级"}, sheet="执法", element="公开层级")
    note = Finding(rule="workdays-approximate", severity=Severity.INFO, code="x.unknown-code", sheet="执法")
    ok = FileResult(path=Path("a.xlsx"), sheet="执法", stats=Stats(items=12, level1=5, level2=11),
                    findings=[missing, column, note])
    bad = FileResult(path=Path("b.xlsx"), status="error", error=InputError("input.not_found", "b.xlsx"))
    return Report(as_of=date(2026, 11, 22), rules="national", files=[ok, bad], tool_version="9.9")


def test_terminal_report_layout() -> None:
    from disclosecheck.messages import render
    from disclosecheck.render.terminal import render_text

    text = render_text(hand_report(), width=200)
    lines = text.splitlines()
    assert lines[0] == "政务公开事项标准目录检查　规则包：national　检查日期：2026-11-22"
    assert "a.xlsx  工作表：执法" in lines
    assert "  一级事项：5　二级事项：11　事项：12" in lines
    assert " 第 9 行  市容环境卫生 / 未经批准设置大型户外广告" in lines
    message = render("required-elements.missing", {"element": "公开主体"}, "zh")
    assert f"  [错误] G9 公开主体 {message}" in lines
    # file-level findings come before the rows
    assert lines.index(" 整张表的问题") < lines.index(" 第 9 行  市容环境卫生 / 未经批准设置大型户外广告")
    assert "  本表：1 个错误、1 个警告、1 个提示" in lines
    assert any(line.startswith("  [无法检查] b.xlsx：文件不存在") for line in lines)
    assert lines[-2] == "合计：2 个文件，1 个错误、1 个警告、1 个提示"
    assert lines[-1] == "未通过：1 个错误、1 个警告；另有 1 个文件无法读取"


def test_terminal_wraps_long_messages_without_cutting_them() -> None:
    from disclosecheck.messages import render
    from disclosecheck.render.terminal import render_text

    text = render_text(hand_report(), width=50)
    message = render("required-elements.missing", {"element": "公开主体"}, "zh")
    flat = "".join(line.strip() for line in text.splitlines())
    assert message.replace(" ", "") in flat.replace(" ", "")
    assert "…" not in text
    from rich.cells import cell_len

    assert max(cell_len(line) for line in text.splitlines()) <= 50


def test_terminal_does_not_interpret_markup_in_cell_text() -> None:
    from disclosecheck.render.terminal import render_text

    report = hand_report()
    report.files[0].findings[0].item = "[bold]绿化管理[/bold] / x"
    assert "[bold]绿化管理[/bold] / x" in render_text(report, width=200)


def test_verdicts() -> None:
    from disclosecheck.render.terminal import verdict

    report = hand_report()
    expected = "Not passed: 1 error, 1 warning; 1 file could not be read"
    assert verdict(report, "en") == (False, expected)
    report.files.pop()
    report.files[0].findings = [f for f in report.files[0].findings if f.severity != Severity.ERROR]
    assert verdict(report, "zh") == (True, "通过（另有 1 个警告，建议修改）")
    assert verdict(report, "zh", fail_on="warning") == (False, "未通过：0 个错误、1 个警告")
    report.files[0].findings = []
    assert verdict(report, "zh") == (True, "通过")


def test_exit_status_rules() -> None:
    from disclosecheck.cli.check_cmd import exit_status

    report = hand_report()
    assert exit_status(report, "never") == 2  # an unreadable file wins
    report.files.pop()
    assert exit_status(report, "error") == 1
    assert exit_status(report, "never") == 0
    report.files[0].findings = [f for f in report.files[0].findings if f.severity != Severity.ERROR]
    assert exit_status(report, "error") == 0
    assert exit_status(report, "warning") == 1
    report.files[0].findings = [f for f in report.files[0].findings if f.severity == Severity.INFO]
    assert exit_status(report, "warning") == 0


def test_json_report_exact() -> None:
    from disclosecheck.messages import render
    from disclosecheck.render.json_report import render_json, report_to_dict

    data = report_to_dict(hand_report(), "zh")
    assert data == {
        "schema": "disclosecheck/1",
        "tool": {"name": "disclosecheck", "version": "9.9"},
        "as_of": "2026-11-22",
        "rules": "national",
        "files": [
            {"path": "a.xlsx", "sheet": "执法", "status": "ok", "error": None,
             "stats": {"items": 12, "level1": 5, "level2": 11},
             "findings": [
                 {"rule": "required-columns", "code": "required-columns.missing", "severity": "warning",
                  "sheet": "执法", "row": None, "cell": None, "element": "公开层级", "item": None,
                  "message": render("required-columns.missing", {"element": "公开层级"}, "zh")},
                 {"rule": "workdays-approximate", "code": "x.unknown-code", "severity": "info",
                  "sheet": "执法", "row": None, "cell": None, "element": None, "item": None,
                  "message": "x.unknown-code"},
                 {"rule": "required-elements", "code": "required-elements.missing", "severity": "error",
                  "sheet": "执法", "row": 9, "cell": "G9", "element": "公开主体",
                  "item": "市容环境卫生 / 未经批准设置大型户外广告",
                  "message": render("required-elements.missing", {"element": "公开主体"}, "zh")},
             ]},
            {"path": "b.xlsx", "sheet": None, "status": "error",
             "error": "b.xlsx：文件不存在，请检查路径是否写对",
             "stats": {"items": 0, "level1": 0, "level2": 0}, "findings": []},
        ],
        "summary": {"files": 2, "errors": 1, "warnings": 1, "infos": 1},
    }
    text = render_json(hand_report(), "en")
    assert text.endswith("}\n")
    assert "文件" not in json.loads(text)["files"][1]["error"]
    assert render_json(hand_report()) == render_json(hand_report())
    assert "\\u" not in render_json(hand_report())


def test_wrap_cells_breaks_between_chinese_characters_not_inside_numbers() -> None:
    from rich.cells import cell_len

    from disclosecheck.render.terminal import wrap_cells

    text = ("公开不及时：信息 2026-09-24 形成，2026-10-16 才公开，"
            "用了 11 个工作日，超过公开时限（10 个工作日）")
    lines = wrap_cells(text, 20)
    assert all(cell_len(line) <= 22 for line in lines)
    assert not any(line[:1] in "，。、；：）" for line in lines)
    for token in ("2026-09-24", "2026-10-16", "11"):
        assert any(token in line for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert wrap_cells("first line\nsecond", 40) == ["first line", "second"]


# --- other formats and isolation -----------------------------------------------------------------------


def test_a_crash_on_one_file_is_reported_and_the_others_still_run(monkeypatch, clean: Path,
                                                                   with_error: Path) -> None:
    import disclosecheck.pipeline as pipeline

    real = pipeline.check_path

    def flaky(path, *args, **kwargs):
        if path.name == "clean.xlsx":
            raise RuntimeError("boom")
        return real(path, *args, **kwargs)

    monkeypatch.setattr(pipeline, "check_path", flaky)
    result = run(str(clean), str(with_error), *AS_OF, "--format", "json")
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    crashed, checked = data["files"]
    assert crashed["status"] == "error"
    assert "RuntimeError: boom" in crashed["error"]
    assert "--debug" in crashed["error"]
    assert checked["status"] == "ok"
    assert len(checked["findings"]) == 1
    with pytest.raises(RuntimeError):
        CliRunner().invoke(app, ["check", str(clean), *AS_OF, "--debug"], catch_exceptions=False)


def test_xlsx_report_is_an_annotated_copy(tmp_path: Path, with_error: Path) -> None:
    import openpyxl

    before = with_error.read_bytes()
    out = tmp_path / "annotated.xlsx"
    result = run(str(with_error), *AS_OF, "--format", "xlsx", "--output", str(out))
    assert result.exit_code == 1, result.output
    assert result.stdout == ""
    workbook = openpyxl.load_workbook(out)
    assert "Sheet1" in workbook.sheetnames
    assert workbook["Sheet1"]["G5"].comment is not None
    assert with_error.read_bytes() == before


def test_xlsx_marks_every_catalog_sheet_of_the_file(tmp_path: Path) -> None:
    from conftest import STANDARD_HEADER_1, STANDARD_HEADER_2, write_xlsx

    second = clean_rows()
    second[2] = row(3, "违法建设", "未取得建设工程规划许可证进行建设", subject=None)  # row 5: 公开主体 blank
    first = [*clean_rows()[:2], row(3, "违法建设", "未取得建设工程规划许可证进行建设", basis="")]
    source = write_xlsx(tmp_path / "two.xlsx", [STANDARD_HEADER_1, STANDARD_HEADER_2, *first],
                        sheet="执法", extra_sheets={"市政": [STANDARD_HEADER_1, STANDARD_HEADER_2, *second]})
    out = tmp_path / "annotated.xlsx"
    result = run(str(source), *AS_OF, "--format", "xlsx", "--output", str(out))
    assert result.exit_code == 1, result.output
    import openpyxl

    workbook = openpyxl.load_workbook(out)
    assert workbook["执法"]["E5"].comment is not None  # blank 公开依据 on the first sheet
    assert workbook["市政"]["G5"].comment is not None  # blank 公开主体 on the second sheet
    assert workbook["执法"]["G5"].comment is None


def test_xlsx_of_an_unreadable_file_writes_nothing(tmp_path: Path, broken: Path) -> None:
    out = tmp_path / "annotated.xlsx"
    result = run(str(broken), *AS_OF, "--format", "xlsx", "--output", str(out))
    assert result.exit_code == 2
    assert result.stderr.startswith(str(broken))
    assert not out.exists()


def test_markdown_and_html_to_stdout(with_error: Path) -> None:
    markdown = run(str(with_error), *AS_OF, "--format", "markdown")
    assert markdown.exit_code == 1
    assert "| 5 | G5 | 公开主体 |" in markdown.stdout
    html = run(str(with_error), *AS_OF, "--format", "html", "--lang", "en")
    assert html.exit_code == 1
    assert html.stdout.lstrip().lower().startswith("<!doctype html>")
    assert 'lang="en"' in html.stdout


def test_same_as_above_is_reported_at_its_own_cell_naming_the_source(tmp_path: Path) -> None:
    # Issue 14: a 同上 under a flagged value was reported again at the cell above (E4), and the
    # annotated copy held the message twice there.
    rows = clean_rows()
    rows[0] = row(1, "绿化管理", "损坏城市树木花草", basis="城市绿化条例")
    rows[1] = row(2, "绿化管理", "擅自砍伐城市树木", basis="同上")
    path = standard_catalog(tmp_path / "same.xlsx", rows)
    result = run(str(path), *AS_OF, "--format", "json", "--fail-on", "never")
    reported = json.loads(result.stdout)["files"][0]["findings"]
    findings = [(f["cell"], f["code"], f["message"]) for f in reported if f["rule"] == "legal-basis"]
    assert [(cell, code) for cell, code, _ in findings] == [("E4", "legal-basis.no-document"),
                                                          ("E5", "legal-basis.no-document")]
    assert "取自 E4" not in findings[0][2]
    assert findings[1][2].endswith("（本格填“同上”，内容取自 E4，请一并修改）")
    english = run(str(path), *AS_OF, "--format", "json", "--fail-on", "never", "--lang", "en")
    assert json.loads(english.stdout)["files"][0]["findings"][1]["message"].endswith(
        "(this cell says 同上: the value is taken from E4; fix both)")


@pytest.mark.parametrize(("header", "limit", "by"), [("时间要求", "按规定公开", "从列名看"),
                                                   ("办结要求", "20个工作日", "从所填内容看")])
def test_a_missing_column_names_the_column_that_looks_like_it(tmp_path: Path, header: str, limit: str,
                                                              by: str) -> None:
    # Issue 14: a column headed 时间要求 yielded only "缺少“公开时限”列"; the fix is one line of a pack.
    from conftest import STANDARD_HEADER_1, STANDARD_HEADER_2, STANDARD_MERGES, write_xlsx

    top = list(STANDARD_HEADER_1)
    top[5] = header
    one_up = [re.sub(r"\d+", lambda m: str(int(m.group()) - 1), m) for m in STANDARD_MERGES]  # no title
    data = [row(1, "绿化管理", "损坏城市树木花草", limit=limit),
            row(2, "绿化管理", "擅自砍伐城市树木", limit=limit)]
    path = write_xlsx(tmp_path / "h.xlsx", [top, STANDARD_HEADER_2, *data], one_up)
    result = run(str(path), *AS_OF, "--format", "json", "--fail-on", "never")
    [missing] = [f for f in json.loads(result.stdout)["files"][0]["findings"]
                 if f["code"] == "required-columns.missing"]
    assert missing["element"] == "公开时限"
    assert missing["message"] == (
        "缺少“公开时限”列：标准目录必须有这一列，请在表头中补上并逐项填写。"
        f"第 F 列“{header}”{by}像是“公开时限”列；"
        f"如果是，请把表头改为“公开时限”，或在规则包 disclosecheck.yaml 中写 headers: {{{header}: 公开时限}}")
    pack = tmp_path / "disclosecheck.yaml"
    pack.write_text(f"extends: national\nheaders:\n  {header}: 公开时限\n", encoding="utf-8")
    fixed = run(str(path), *AS_OF, "--format", "json", "--fail-on", "never", "--rules", str(pack))
    after = json.loads(fixed.stdout)["files"][0]["findings"]
    assert [f for f in after if f["rule"] == "required-columns"] == []


def test_english_counts_agree_with_their_nouns() -> None:
    """Issue 16: "1 files" read as a bug; Chinese nouns have no plural and are left alone."""
    from disclosecheck.messages import render

    assert render("ui.term.totals", {"files": 1, "errors": 1, "warnings": 2, "infos": 0}, "en") == \
        "Total: 1 file; 1 error, 2 warnings, 0 notes"
    assert render("ui.audit.totals", {"units": 1, "files": 2, "items": 1, "errors": 0, "warnings": 1,
                                      "unreadable": 1}, "en") == \
        "Total: 1 unit, 2 files, 1 item, 0 errors, 1 warning, 1 file not checked"
    assert render("input.timeout", {"path": "a.xlsx", "seconds": "1"}, "en").startswith(
        "a.xlsx: stopped after 1 second;")
    late = {"formed": "f", "published": "p", "taken": 2, "limit": 1}
    assert render("publish-timeliness.late", late, "en") == \
        "published late: formed f, published p, 2 working days, over the limit of 1 working day"
    assert render("ui.term.totals", {"files": 1, "errors": 1, "warnings": 2, "infos": 0}, "zh") == \
        "合计：1 个文件，1 个错误、2 个警告、0 个提示"


def test_a_catalog_with_one_item_column_counts_items_only(tmp_path: Path) -> None:
    # Issue 14: "一级事项：0　二级事项：2" for a catalog that has no 一级/二级 columns at all.
    from conftest import write_xlsx

    header = ["序号", "公开事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体",
              "公开对象", "公开方式", "公开层级"]
    rest = ["《中华人民共和国政府信息公开条例》", "20个工作日", "县民政局", "■政府网站",
            "全社会", "主动", "县级"]
    data = [[1, "机构职能", "职能、地址、电话", *rest], [2, "政策文件", "规范性文件", *rest]]
    path = write_xlsx(tmp_path / "one.xlsx", [header, *data])
    out = run(str(path), *AS_OF).stdout
    assert "  事项：2" in out and "一级事项" not in out


def test_a_packs_own_limit_is_named_as_the_packs(tmp_path: Path) -> None:
    # Issue 14: with max_workdays: 15 the message named 条例第二十六条 for the 15; the regulation says 20.
    path = standard_catalog(tmp_path / "c.xlsx", clean_rows())
    pack = tmp_path / "某县.yaml"
    pack.write_text("name: mycounty\nextends: national\nrules:\n  timelimit:\n    max_workdays: 15\n",
                    encoding="utf-8")
    result = run(str(path), *AS_OF, "--format", "json", "--rules", str(pack), "--fail-on", "never")
    [first, *_] = [f for f in json.loads(result.stdout)["files"][0]["findings"] if f["rule"] == "timelimit"]
    assert first["code"] == "timelimit.too-many-workdays-pack"
    assert first["message"] == (
        "公开时限“信息形成或者变更之日起20个工作日内”为 20 个工作日，"
        "超过规则包“mycounty”（某县.yaml）规定的 15 个工作日"
        "（《中华人民共和国政府信息公开条例》第二十六条为 20 个工作日）：请按本地要求缩短时限")
