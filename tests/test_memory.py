"""Memory bounded by a limit, not by luck: findings capped per rule and table, reports streamed, the budget.

The sizes here are small enough to run in seconds; the full-size reproductions (200,000 rows, six
50,000-row files in an audit …) and their peak memory and time are measured by ``bench/memory.py``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from guards import HANG_GUARD_S
from typer.testing import CliRunner

from disclosecheck.cli import app

AS_OF = ["--as-of", "2026-11-22"]
HEAD = ["序号", "一级事项", "二级事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体",
        "公开对象", "公开方式", "公开层级", "信息形成日期", "公开日期", "最近更新日期"]


def bad_row(i: int) -> list[str]:
    """A row with nine findings: blanks, a 30-working-day limit, choices not allowed, dates that are not."""
    return [str(i), "社会救助", f"事项{i}", "", "无", "30个工作日", "", "", "某某", "随便", "省级",
            "2020-13-45", "2019-01-01", "明年"]


def many_findings_csv(path: Path, rows: int) -> Path:
    """The reproduction of issues 17.2/18.4 (a CSV whose every row has about ten findings), at any size."""
    lines = [",".join(HEAD)] + [",".join(bad_row(i)) for i in range(1, rows + 1)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def check(*args: str):
    return CliRunner().invoke(app, ["check", *AS_OF, *args])


# --- the cap ----------------------------------------------------------------------------------------------


def test_findings_are_capped_per_rule_and_the_rest_counted_in_json(tmp_path: Path) -> None:
    from jsonschema import Draft202012Validator

    from disclosecheck.render.json_report import load_schema

    csv = many_findings_csv(tmp_path / "m.csv", 40)
    full = json.loads(check(str(csv), "--format", "json").stdout)
    result = check(str(csv), "--format", "json", "--max-findings", "5")
    assert result.exit_code == 1
    capped = json.loads(result.stdout)
    Draft202012Validator(load_schema()).validate(capped)
    entry = capped["files"][0]
    rules: dict[str, int] = {}
    for f in entry["findings"]:
        rules[f["rule"]] = rules.get(f["rule"], 0) + 1
    assert rules and max(rules.values()) == 5
    listed_and_left = len(entry["findings"]) + sum(o["count"] for o in entry["omitted"])
    # 9 per row, plus the one standard-coverage info: a bare CSV whose domain cannot be told (issue 12)
    assert listed_and_left == len(full["files"][0]["findings"]) == 9 * 40 + 1
    assert capped["summary"] == full["summary"]  # the counts are the whole truth
    assert "omitted" not in full["files"][0]  # optional: absent when nothing was left out
    # the first five of each rule by position are the ones listed
    first = {(f["rule"], f["cell"], f["code"]) for f in full["files"][0]["findings"]
             if f["row"] is not None and f["row"] <= 3}
    assert first <= {(f["rule"], f["cell"], f["code"]) for f in entry["findings"]}


def test_the_cap_keeps_the_first_findings_by_position_whatever_order_they_come_in() -> None:
    from disclosecheck.model import Finding, Severity
    from disclosecheck.pipeline import cap_findings

    findings = [Finding("r", Severity.ERROR, "c", sheet="s", row=row) for row in range(50, 0, -1)]
    findings += [Finding("w", Severity.WARNING, "c", sheet="s", row=row) for row in range(1, 4)]
    listed, omitted, failing = cap_findings(iter(findings), 4)
    assert [f.row for f in listed if f.rule == "r"] == [1, 2, 3, 4]
    assert [f.rule for f in listed].count("w") == 3
    assert [(o.rule, o.severity, o.count, o.rows) for o in omitted] == [("r", Severity.ERROR, 46, 46)]
    assert failing == 50


def test_every_format_says_how_many_findings_were_left_out(tmp_path: Path) -> None:
    csv = many_findings_csv(tmp_path / "m.csv", 12)
    text = check(str(csv), "--max-findings", "2")
    assert text.exit_code == 1
    assert "另有 10 个错误（规则 channels）未逐条列出" in text.stdout
    assert "--max-findings" in text.stdout
    english = check(str(csv), "--max-findings", "2", "--lang", "en")
    assert "10 more error findings of rule channels are not listed" in " ".join(english.stdout.split())
    for fmt in ("markdown", "html"):
        out = tmp_path / f"r.{fmt}"
        assert check(str(csv), "--format", fmt, "--max-findings", "2", "-o", str(out)).exit_code == 1
        assert "另有 10 个错误（规则 channels）未逐条列出" in out.read_text(encoding="utf-8")
    out = tmp_path / "r.xlsx"
    assert check(str(csv), "--format", "xlsx", "--max-findings", "2", "-o", str(out)).exit_code == 1
    import openpyxl

    sheet = openpyxl.load_workbook(out).worksheets[1]
    notes = [row[6] for row in sheet.iter_rows(values_only=True) if row[6] and "未逐条列出" in str(row[6])]
    assert len(notes) == 7  # one per rule and severity left out


def test_findings_left_out_still_fail_the_run(tmp_path: Path) -> None:
    from disclosecheck.cli.check_cmd import exit_status
    from disclosecheck.model import FileResult, Omitted, Report, Severity

    result = FileResult(path=Path("a.csv"), omitted=[Omitted("r", Severity.WARNING, 3)])
    report = Report(as_of=date(2026, 11, 22), rules="national", files=[result])
    assert exit_status(report, "warning") == 1
    assert exit_status(report, "error") == 0
    assert result.count(Severity.WARNING) == 3


def test_audit_caps_in_the_workers_and_ranks_on_the_whole_count(tmp_path: Path) -> None:
    for unit in ("甲镇", "乙镇"):
        (tmp_path / unit).mkdir()
        many_findings_csv(tmp_path / unit / "目录.csv", 30)
    runs = {}
    for cap in ("3", "100000"):
        out = tmp_path / f"a{cap}.json"
        result = CliRunner().invoke(app, ["audit", str(tmp_path / "甲镇"), str(tmp_path / "乙镇"), *AS_OF,
                                          "--format", "json", "-o", str(out), "--jobs", "1",
                                          "--max-findings", cap])
        assert result.exit_code == 1, result.output
        runs[cap] = json.loads(out.read_text(encoding="utf-8"))
    capped, full = runs["3"], runs["100000"]
    assert all(len([f for f in e["findings"] if f["rule"] == "channels"]) == 3 for e in capped["files"])
    assert capped["summary"] == full["summary"]
    assert capped["units"] == full["units"]
    assert capped["common"] == full["common"]


# --- streamed JSON -----------------------------------------------------------------------------------------


def test_streamed_json_reads_exactly_as_the_one_shot_encoder_would(tmp_path: Path) -> None:
    from disclosecheck.model import Report
    from disclosecheck.pack import load_pack
    from disclosecheck.pipeline import check_path
    from disclosecheck.render.json_report import dumps, render_json, report_to_dict

    csv = many_findings_csv(tmp_path / "m.csv", 8)
    pack = load_pack(None, tmp_path)
    results = check_path(csv, pack, date(2026, 11, 22), max_findings=3)
    results += check_path(tmp_path / "missing.csv", pack, date(2026, 11, 22))
    report = Report(as_of=date(2026, 11, 22), rules="national", files=results, tool_version="1.0")
    assert render_json(report) == dumps(report_to_dict(report))
    empty = Report(as_of=date(2026, 11, 22), rules="national", files=[], tool_version="1.0")
    assert render_json(empty) == dumps(report_to_dict(empty))


# --- out of memory: one line, exit 2 ----------------------------------------------------------------------


def test_memory_error_while_checking_a_file_is_that_files_error(tmp_path: Path, monkeypatch) -> None:
    from disclosecheck import pipeline

    def exhausted(*_args, **_kwargs):
        raise MemoryError

    csv = many_findings_csv(tmp_path / "m.csv", 3)
    monkeypatch.setattr(pipeline, "load_catalogs", exhausted)
    result = check(str(csv), "--format", "json")
    assert result.exit_code == 2
    entry = json.loads(result.stdout)["files"][0]
    assert entry["status"] == "error" and "内存不足" in entry["error"]


def test_memory_error_while_rendering_is_one_line_and_exit_2(tmp_path: Path, monkeypatch) -> None:
    import disclosecheck.render as render

    def exhausted(*_args, **_kwargs):
        raise MemoryError

    csv = many_findings_csv(tmp_path / "m.csv", 3)
    monkeypatch.setattr(render, "render_report", exhausted)
    result = check(str(csv), "--format", "json")
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert result.output.strip().splitlines() == [
        "内存不足，已停止：超出内存上限 1024 MB；如确需处理，请用 --max-memory-mb 调高上限"]


def test_the_budget_is_put_back_after_the_command() -> None:
    resource = pytest.importorskip("resource")
    from disclosecheck.budget import memory_budget

    before = resource.getrlimit(resource.RLIMIT_AS)
    with memory_budget(256):
        soft, _hard = resource.getrlimit(resource.RLIMIT_AS)
        assert soft != resource.RLIM_INFINITY
        with pytest.raises(MemoryError):
            bytearray(4 * soft)
    assert resource.getrlimit(resource.RLIMIT_AS) == before


def test_a_check_past_its_budget_ends_in_one_line_not_a_traceback(tmp_path: Path) -> None:
    pytest.importorskip("resource")
    csv = many_findings_csv(tmp_path / "m.csv", 40_000)
    done = subprocess.run([sys.executable, "-m", "disclosecheck", "check", str(csv), *AS_OF,
                           "--format", "json", "--max-memory-mb", "64", "--max-findings", "1000000"],
                          capture_output=True, text=True, timeout=HANG_GUARD_S)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert "内存" in done.stdout + done.stderr


# --- cells counted while reading: CSV and HTML ------------------------------------------------------------


def test_a_wide_csv_is_refused_by_the_cell_limit_before_its_grid_exists(tmp_path: Path, monkeypatch) -> None:
    """500 columns × 199,000 rows (199 MB) took 2.2 GB before the refusal; here 50 × 300 against 10,000."""
    from disclosecheck.read import csvfile
    from disclosecheck.read.limits import LimitError, Limits

    path = tmp_path / "wide.csv"
    path.write_text("".join(",".join(["x"] * 50) + "\n" for _ in range(300)), encoding="utf-8")
    kept: list[int] = []
    real = csvfile._refuse_by_extent

    def spy(path, name, rows, width, limits):
        kept.append(rows)
        real(path, name, rows, width, limits)

    monkeypatch.setattr(csvfile, "_refuse_by_extent", spy)
    with pytest.raises(LimitError) as caught:
        csvfile.read_csv(path, path.read_bytes(), Limits(max_cells=10_000))
    assert caught.value.params["what"] == "cells"
    assert caught.value.params["actual"] == 300 * 50  # the whole file's extent, measured without parsing it
    assert kept == [300]  # refused on the row that crossed the limit, counting the lines after it
    result = check(str(path), "--max-cells", "10000")
    assert result.exit_code == 2
    assert "单元格数（行数×列数，从 A1 算起）为 15000，上限为 10000" in result.output


def html_tables(path: Path, tables: int, rows: int, colspan: int) -> Path:
    """The reproduction of issue 17.2: many tables of rows spanning many columns (50 × 20,000 × 500)."""
    row = f'<tr><td colspan="{colspan}">x</td></tr>'
    path.write_text("<html><body>" + ("<table>" + row * rows + "</table>") * tables + "</body></html>",
                    encoding="utf-8")
    return path


def test_html_tables_count_against_the_cell_limit_together(tmp_path: Path) -> None:
    from disclosecheck.read import read_workbook
    from disclosecheck.read.limits import LimitError, Limits

    path = html_tables(tmp_path / "t.html", tables=5, rows=200, colspan=50)  # 10,000 cells a table
    assert len(read_workbook(path, Limits(max_cells=50_000)).sheets) == 5
    with pytest.raises(LimitError) as caught:
        read_workbook(path, Limits(max_cells=30_000))
    assert caught.value.params["what"] == "workbook_cells"
    assert caught.value.params["sheet"] == "表4"
    with pytest.raises(LimitError) as alone:
        read_workbook(path, Limits(max_cells=5_000))
    assert alone.value.params["what"] == "cells"
    assert alone.value.params["actual"] == 5_050  # refused on the row that crossed, not at the table's end
    result = check(str(path), "--max-cells", "30000")
    assert result.exit_code == 2
    assert "全部工作表合计的单元格数（读到“表4”时）为 30050，上限为 30000" in result.output


@pytest.mark.parametrize("tag", ["div", "table"])
def test_html_nested_past_ten_thousand_levels_is_refused_at_once(tmp_path: Path, tag: str) -> None:
    from disclosecheck.read.htmltable import MAX_NESTING

    opening = "<table><tr><td>" if tag == "table" else "<div>"
    path = tmp_path / "deep.html"
    path.write_text("<html><body>" + opening * (MAX_NESTING + 1) + "x", encoding="utf-8")
    result = check(str(path))
    assert result.exit_code == 2
    assert result.output.strip() == f"{path}：HTML 中的 <{tag}> 嵌套超过 10000 层，不像导出的表格，已拒绝读取"


# --- the annotated copy of a workbook with millions of styles ---------------------------------------------


def test_an_annotated_copy_of_a_workbook_with_too_many_styles_is_rebuilt_from_values(
        tmp_path: Path, monkeypatch) -> None:
    """2.9 million ``<xf>`` took openpyxl 2.78 GB and 163 s; past the limit the copy is rebuilt instead."""
    import hostile_files as hf
    import openpyxl

    from disclosecheck.render import xlsx_annotated

    path = hf.many_styles_xlsx(tmp_path / "styles.xlsx", records=3_000)
    assert xlsx_annotated.style_records(path) > 3_000
    loaded: list[Path] = []
    real = xlsx_annotated._load_original
    monkeypatch.setattr(xlsx_annotated, "_load_original", lambda p: loaded.append(p) or real(p))
    out = tmp_path / "a.xlsx"
    assert check(str(path), "--format", "xlsx", "-o", str(out)).exit_code in (0, 1)
    assert loaded == [path]  # under the limit: the original is loaded, its styles kept
    loaded.clear()
    monkeypatch.setattr(xlsx_annotated, "MAX_STYLE_RECORDS", 1_000)
    assert check(str(path), "--format", "xlsx", "-o", str(out)).exit_code in (0, 1)
    assert loaded == []  # past it: rebuilt from the values, openpyxl never sees the styles part
    values = [row for row in openpyxl.load_workbook(out).worksheets[2].iter_rows(values_only=True)]
    assert any("公开事项" in str(v) for row in values for v in row if v)


def test_no_catalog_item_is_alive_when_the_collector_is_switched_back_on(tmp_path: Path, monkeypatch) -> None:
    """The collector, back on after a file, walks whatever the file left alive: a whole catalog (100,000
    items: half a second) if anything still holds it. Without ``keep_catalogs`` nothing does."""
    import gc

    from conftest import standard_catalog

    from disclosecheck import pipeline
    from disclosecheck.model import Item
    from disclosecheck.pack import load_pack
    from disclosecheck.read.limits import Limits

    rows = [[i, "绿化管理", f"损坏城市树木花草{i}", "处罚决定", "《城市绿化条例》", "20个工作日",
             "城市管理行政执法部门", "■政府网站", "√", None, "√", None, "√", None] for i in range(1, 6)]
    path = standard_catalog(tmp_path / "c.xlsx", rows)
    alive: list[int] = []

    def enable() -> None:
        alive.append(sum(isinstance(o, Item) for o in gc.get_objects()))
        real_enable()

    real_enable = gc.enable
    gc.enable()
    monkeypatch.setattr(pipeline.gc, "enable", enable)
    results = pipeline.check_path(path, load_pack("national"), date(2026, 11, 22),
                                  limits=Limits(max_memory_mb=None), keep_catalogs=False)
    assert results[0].stats.items == 5
    assert alive == [0]
    kept = pipeline.check_path(path, load_pack("national"), date(2026, 11, 22),
                               limits=Limits(max_memory_mb=None), keep_catalogs=True)
    assert alive[1] >= 5 and len(kept[0].catalog.items) == 5  # the test sees items when they are kept


def test_the_last_file_of_a_process_that_ends_without_teardown_is_left_to_it(tmp_path: Path) -> None:
    """``check`` run as a program (``main``, which ends in ``os._exit``) leaves its last file's catalog to
    the operating system instead of freeing 100,000 items one by one, frozen out of the collector's
    sight; its report is the same. Run in-process (CliRunner, a library caller) nothing is left."""
    import gc
    import subprocess
    import sys

    from conftest import standard_catalog

    from disclosecheck import pipeline
    from disclosecheck.pack import load_pack
    from disclosecheck.read.limits import Limits

    rows = [[i, "绿化管理", f"损坏城市树木花草{i}", "处罚决定", "《城市绿化条例》", "20个工作日",
             "城市管理行政执法部门", "■政府网站", "√", None, "√", None, "√", None] for i in range(1, 6)]
    first = standard_catalog(tmp_path / "一.xlsx", rows)
    last = standard_catalog(tmp_path / "二.xlsx", rows[:3])
    pack, day, limits = load_pack("national"), date(2026, 11, 22), Limits(max_memory_mb=None)
    freed = pipeline.check_path(last, pack, day, limits=limits, keep_catalogs=False)
    assert pipeline._LEFT_TO_EXIT == []
    frozen = gc.get_freeze_count()
    try:
        left = pipeline.check_path(last, pack, day, limits=limits, keep_catalogs=False, left_to_exit=True)
        assert [len(c.items) for c in pipeline._LEFT_TO_EXIT] == [3]
        assert gc.get_freeze_count() > frozen and gc.isenabled()
    finally:
        pipeline._LEFT_TO_EXIT.clear()
        gc.unfreeze()
    assert [(r.stats, r.findings) for r in left] == [(r.stats, r.findings) for r in freed]

    args = ["check", str(first), str(last), "--as-of", "2026-11-22", "-f", "json"]
    in_process = CliRunner().invoke(app, args)
    assert in_process.exit_code in (0, 1), in_process.output
    assert pipeline._LEFT_TO_EXIT == []
    program = subprocess.run([sys.executable, "-m", "disclosecheck", *args], capture_output=True, text=True,
                             encoding="utf-8")
    assert program.returncode == in_process.exit_code, program.stderr
    assert program.stdout == in_process.stdout and len(program.stdout) > 500


def test_the_streamed_writer_spells_every_shape_as_json_dumps_does() -> None:
    import io

    from disclosecheck.render.json_report import dumps, write_doc

    doc = {"names": ["城市综合执法 / 绿化管理", "a\"b\\c", "\n\t\u2028"], "numbers": [1, 2.5, -3, True, None],
           "empty": [], "nested": [["x", 1], [], {"k": ["v"]}, {}], "tuple": ("t", 2),
           "deep": {"one": {"two": [{"three": [1, "二"]}]}}, "mixed": [1, ["a"], {"b": 2}]}
    out = io.StringIO()
    write_doc(doc, out)
    assert out.getvalue() == dumps(doc)
    generated = io.StringIO()
    write_doc({"files": (x for x in [["a", "b"], {"c": [1]}])}, generated)
    assert generated.getvalue() == dumps({"files": [["a", "b"], {"c": [1]}]})
