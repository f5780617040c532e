"""The audit from found files to ranked units and its renderers, with a stand-in check per file.

The stand-in (``fake_check``) runs in the real worker pool and returns hand-built FileResults by
file name, so every rate below is computed by hand; ``test_audit_cli.py`` runs the real pipeline.
"""

from __future__ import annotations

import csv
import io
import re
import time
import zipfile
from datetime import date
from pathlib import Path, PurePosixPath

import pytest

from disclosecheck.audit.job import CheckJob, to_portable
from disclosecheck.audit.run import Audit, audit_to_dict, render_audit_json, run_audit
from disclosecheck.audit.units import unit_of
from disclosecheck.audit.walk import FoundFile, find_catalog_files
from disclosecheck.errors import InputError, UsageError
from disclosecheck.model import FileResult, Finding, Severity, Stats

E, W = Severity.ERROR, Severity.WARNING


def _f(rule: str, severity: Severity, row: int | None, sheet: str = "Sheet1") -> Finding:
    return Finding(
        rule=rule,
        severity=severity,
        code="input.vanished",
        params={"path": f"r{row}"},
        sheet=sheet,
        row=row,
        cell=None if row is None else f"G{row}",
    )


#: file name -> (items per catalog table, findings per table); a str is an unreadable file's reason.
FAKE: dict[str, list[tuple[int, list[Finding]]]] = {
    "good.xlsx": [(5, [])],
    "warn.xlsx": [(3, [_f("time-limit", W, 4)])],
    "mixed.xlsx": [
        (10, [_f("rule-a", E, 5), _f("rule-b", E, 5), _f("rule-a", E, 7), _f("time-limit", W, 8)])
    ],
    "tableerr.xlsx": [(4, [_f("required-columns", E, None)])],
    "half.xlsx": [(6, [_f("rule-a", E, 4), _f("rule-a", E, 5), _f("rule-a", E, 6)])],
    "two.xlsx": [(3, []), (4, [])],
}


def fake_check(path: str, job: CheckJob) -> list[FileResult]:
    name = Path(path).name
    if name == "hang.xlsx":
        time.sleep(600)
    if name == "bomb.xlsx":
        bytearray(8 * 1024**3)
    if name == "broken.xlsx":
        return [
            to_portable(
                FileResult(
                    Path(path), status="error", error=InputError("input.corrupt", path, reason="bad zip")
                )
            )
        ]
    return [
        to_portable(
            FileResult(
                Path(path),
                sheet=f"Sheet{i}",
                stats=Stats(items=items),
                findings=[
                    Finding(f.rule, f.severity, f.code, f.params, f"Sheet{i}", f.row, f.cell)
                    for f in findings
                ],
            )
        )
        for i, (items, findings) in enumerate(FAKE[name], start=1)
    ]


def touch(path: Path, data: bytes = b"x") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


@pytest.fixture
def county(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "county"
    for rel in [
        "甲镇/mixed.xlsx",
        "乙镇/tableerr.xlsx",
        "乙镇/broken.xlsx",
        "丙镇/good.xlsx",
        "丙镇/warn.xlsx",
        "丁镇/half.xlsx",
        "丁镇/hang.xlsx",
        "戊镇/two.xlsx",
        "戊镇/bomb.xlsx",
        "A/broken.xlsx",
        # never checked: lock file, hidden file, hidden folder, not a spreadsheet
        "丙镇/~$good.xlsx",
        "丙镇/.hidden.xlsx",
        ".git/x.xlsx",
        "丙镇/说明.docx",
    ]:
        touch(root / rel)
    monkeypatch.chdir(tmp_path)
    return root


#: The per-file limit of these audits. Only hang.xlsx should reach it; the stand-in check of the other
#: files takes no time at all, but on a busy shared machine a freshly forked worker may wait a while for
#: a core, so the margin is wide. Each audit then waits this long for hang.xlsx, so an audit of the same
#: tree is run once per test module (see ``_AUDITS``).
TIMEOUT_S = 5.0
_AUDITS: dict[tuple, Audit] = {}


def _tree(paths: list[str]) -> tuple:
    """What an audit of ``paths`` depends on: every file under them, with its size."""
    return tuple(sorted((str(f), f.stat().st_size) for p in paths for f in Path(p).rglob("*") if f.is_file()))


def audit_of(paths: list[str], jobs: int, pattern: str | None = None) -> Audit:
    """The audit of ``paths`` with the stand-in check; the same tree, jobs and pattern are audited once."""
    key = (tuple(paths), jobs, pattern, _tree(paths))
    if key not in _AUDITS:
        _AUDITS[key] = _run_audit_of(paths, jobs, pattern)
    return _AUDITS[key]  # the renderers only read it


def _run_audit_of(paths: list[str], jobs: int, pattern: str | None) -> Audit:
    files = find_catalog_files(paths)
    regex = re.compile(pattern) if pattern else None
    units = {f.display: unit_of(f, regex, "（未归类）") for f in files}
    job = CheckJob(rules=None, cwd=".", as_of=date(2026, 11, 22))
    return run_audit(
        files,
        job,
        units,
        jobs=jobs,
        timeout=TIMEOUT_S,
        max_memory_mb=512,
        rules_name="national",
        tool_version="0.1.0",
        task=fake_check,
    )


EXPECTED_FILES = [
    "county/A/broken.xlsx",
    "county/丁镇/half.xlsx",
    "county/丁镇/hang.xlsx",
    "county/丙镇/good.xlsx",
    "county/丙镇/warn.xlsx",
    "county/乙镇/broken.xlsx",
    "county/乙镇/tableerr.xlsx",
    "county/戊镇/bomb.xlsx",
    "county/戊镇/two.xlsx",
    "county/甲镇/mixed.xlsx",
]

EXPECTED_UNITS = [
    {"unit": "A", "files": 1, "items": 0, "errors": 1, "warnings": 0, "compliance": 0.0},
    {"unit": "乙镇", "files": 2, "items": 4, "errors": 2, "warnings": 0, "compliance": 0.0},
    {"unit": "丁镇", "files": 2, "items": 6, "errors": 4, "warnings": 0, "compliance": 0.25},
    {"unit": "戊镇", "files": 2, "items": 7, "errors": 1, "warnings": 0, "compliance": 0.6364},
    {"unit": "甲镇", "files": 1, "items": 10, "errors": 3, "warnings": 1, "compliance": 0.8},
    {"unit": "丙镇", "files": 2, "items": 8, "errors": 0, "warnings": 1, "compliance": 1.0},
]


def test_walk_skips_lock_hidden_and_other_files(county: Path) -> None:
    found = find_catalog_files(["county"])
    assert [f.display for f in found] == EXPECTED_FILES
    assert found[1] == FoundFile(Path("county/丁镇/half.xlsx"), "county", PurePosixPath("丁镇/half.xlsx"))


def test_walk_keeps_given_files_and_missing_paths_once(county: Path) -> None:
    found = find_catalog_files(
        ["county/甲镇", "county/甲镇/mixed.xlsx", "county/丙镇/~$good.xlsx", "nope.xlsx"]
    )
    assert [f.display for f in found] == ["county/甲镇/mixed.xlsx", "county/丙镇/~$good.xlsx", "nope.xlsx"]


def test_units_from_folders_and_from_a_regex(county: Path) -> None:
    files = {f.display: f for f in find_catalog_files(["county", "county/../county/甲镇", "nope.xlsx"])}
    nested = FoundFile(Path("county/丙镇/2026/a.xlsx"), "county", PurePosixPath("丙镇/2026/a.xlsx"))
    top = FoundFile(Path("county/a.xlsx"), "county", PurePosixPath("a.xlsx"))
    assert unit_of(files["county/丁镇/hang.xlsx"]) == "丁镇"
    assert unit_of(nested) == "丙镇/2026"
    assert unit_of(top) == "county"
    assert unit_of(files["nope.xlsx"]) == "."
    assert unit_of(files["county/丁镇/hang.xlsx"], re.compile(r"/(.)镇/")) == "丁"
    assert unit_of(files["county/丁镇/hang.xlsx"], re.compile(r"[丁甲]镇")) == "丁镇"
    assert unit_of(files["county/A/broken.xlsx"], re.compile(r"[丁甲]镇"), "（未归类）") == "（未归类）"


CORRUPT = "：文件已损坏或不完整，无法读取（bad zip）；请用 Excel 或 WPS 打开后重新保存"


@pytest.mark.parametrize("jobs", [1, 2])
def test_ranking_rates_and_isolation(county: Path, jobs: int) -> None:
    audit = audit_of(["county"], jobs)
    doc = audit_to_dict(audit, "zh")
    assert [f["path"] for f in doc["files"]] == [
        p for p in EXPECTED_FILES for _ in range(2 if p.endswith("two.xlsx") else 1)
    ]
    errors = {f["path"]: f["error"] for f in doc["files"] if f["status"] == "error"}
    assert errors == {
        "county/A/broken.xlsx": "county/A/broken.xlsx" + CORRUPT,
        "county/乙镇/broken.xlsx": "county/乙镇/broken.xlsx" + CORRUPT,
        "county/丁镇/hang.xlsx": (
            "county/丁镇/hang.xlsx：检查超时（超过 5 秒）已停止，文件可能过大或异常；"
            "如确需检查，请用 --timeout 调高时限"),
        "county/戊镇/bomb.xlsx": ("county/戊镇/bomb.xlsx：检查时超出内存上限（512 MB）已停止，"
                                  "文件可能过大或异常；如确需检查，请用 --max-memory-mb 调高上限"),
    }
    assert doc["units"] == EXPECTED_UNITS
    assert doc["common"] == [
        {"rule": "rule-a", "units": 2, "items": 5, "findings": 5},
        {"rule": "time-limit", "units": 2, "items": 2, "findings": 2},
        {"rule": "rule-b", "units": 1, "items": 1, "findings": 1},
        {"rule": "required-columns", "units": 1, "items": 0, "findings": 1},
    ]
    assert doc["summary"] == {"files": 10, "errors": 7, "warnings": 2, "infos": 0}


def test_json_is_identical_whatever_the_number_of_workers(county: Path) -> None:
    assert render_audit_json(audit_of(["county"], 1)) == render_audit_json(audit_of(["county"], 2))


def test_unit_from_regex_groups_files(county: Path) -> None:
    audit = audit_of(["county"], 2, pattern=r"county/([^/]*?)镇?/")
    assert [u.unit for u in audit.units] == ["A", "乙", "丁", "戊", "甲", "丙"]


def test_csv_one_row_per_unit_with_bom(county: Path, tmp_path: Path) -> None:
    from disclosecheck.render.audit_csv import render_audit_csv, write_audit_csv

    audit = audit_of(["county"], 2)
    out = tmp_path / "out" / "rank.csv"
    write_audit_csv(audit, out, "zh")
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8-sig") == render_audit_csv(audit, "zh")
    assert list(csv.reader(io.StringIO(data.decode("utf-8-sig")))) == [
        ["排名", "单位", "文件数", "事项数", "错误", "警告", "合规率(%)", "未检查的文件"],
        ["1", "A", "1", "0", "1", "0", "0.00", ""],
        ["2", "乙镇", "2", "4", "2", "0", "0.00", ""],
        ["3", "丁镇", "2", "6", "4", "0", "25.00", ""],
        ["4", "戊镇", "2", "7", "1", "0", "63.64", ""],
        ["5", "甲镇", "1", "10", "3", "1", "80.00", ""],
        ["6", "丙镇", "2", "8", "0", "1", "100.00", ""],
    ]
    assert (
        render_audit_csv(audit, "en").splitlines()[0]
        == "Rank,Unit,Files,Items,Errors,Warnings,Compliance (%),Not checked (not catalogs)"
    )


def test_xlsx_has_summary_with_native_chart_findings_and_unit_sheets(county: Path, tmp_path: Path) -> None:
    import openpyxl

    from disclosecheck.render.audit_xlsx import write_audit_xlsx

    out = tmp_path / "audit.xlsx"
    write_audit_xlsx(audit_of(["county"], 2), out, "zh")
    with zipfile.ZipFile(out) as z:
        chart = z.read("xl/charts/chart1.xml").decode("utf-8")
        names = z.namelist()
    assert '<barDir val="bar" />' in chart
    assert "'汇总'!$G$2:$G$7" in chart and "'汇总'!$B$2:$B$7" in chart
    assert sum(1 for n in names if n.startswith("xl/charts/chart")) == 1

    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["汇总", "问题清单", "A", "乙镇", "丁镇", "戊镇", "甲镇", "丙镇"]
    summary = wb["汇总"]
    assert [c.value for c in summary[1]][:7] == ["排名", "单位", "文件数", "事项数", "错误", "警告", "合规率"]
    assert [summary.cell(row=r, column=2).value for r in range(2, 8)] == [
        "A",
        "乙镇",
        "丁镇",
        "戊镇",
        "甲镇",
        "丙镇",
    ]
    assert [summary.cell(row=r, column=7).value for r in range(2, 8)] == [0, 0, 0.25, 0.6364, 0.8, 1]
    assert summary.cell(row=3, column=2).hyperlink.location == "'乙镇'!A1"

    findings = list(wb["问题清单"].iter_rows(values_only=True))
    assert findings[0] == (
        "单位",
        "文件",
        "工作表",
        "行",
        "单元格",
        "级别",
        "规则",
        "要素",
        "事项",
        "问题及改法",
    )
    assert len(findings) == 1 + 9 + 4  # header, 9 findings, 4 files not checked
    assert findings[1][:6] == ("A", "county/A/broken.xlsx", None, None, None, "错误")
    assert findings[2][:7] == ("乙镇", "county/乙镇/broken.xlsx", None, None, None, "错误", None)
    assert findings[3][:7] == (
        "乙镇",
        "county/乙镇/tableerr.xlsx",
        "Sheet1",
        None,
        None,
        "错误",
        "required-columns",
    )

    jia = list(wb["甲镇"].iter_rows(values_only=True))
    assert jia[0][0] == "甲镇"
    assert [r[2] for r in jia[4:]] == [5, 5, 7, 8]  # rows of its four findings
    assert list(wb["丙镇"].iter_rows(values_only=True))[4][0] == "county/丙镇/warn.xlsx"


def test_sheet_names_are_valid_and_unique() -> None:
    from disclosecheck.render.audit_xlsx import sheet_names

    long = "某某县某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某"
    names = sheet_names(
        ["a/b", "A_B", "汇总", long, long + "2", "[x]:*?", "'q'", "history"], ["汇总", "问题清单"]
    )
    assert names == {
        "a/b": "a_b",
        "A_B": "A_B~2",
        "汇总": "汇总~2",
        long: long[:31],
        long + "2": long[:29] + "~2",
        "[x]:*?": "_x____",
        "'q'": "q",
        "history": "history~2",
    }
    assert all(len(n) <= 31 for n in names.values())


def test_text_report_lists_units_worst_first(county: Path) -> None:
    from disclosecheck.audit.report_text import render_audit_text

    text = render_audit_text(audit_of(["county"], 2), "zh", width=160)
    order = [text.index(f"│ {u} ") for u in ("乙镇", "丁镇", "戊镇", "甲镇", "丙镇")]
    assert order == sorted(order)
    assert "25.0%" in text and "63.6%" in text
    assert "county/丁镇/hang.xlsx：检查超时（超过 5 秒）已停止" in text
    assert "合计：6 个单位、10 个文件、35 个事项，7 个错误、2 个警告，4 个文件无法检查" in text


def test_an_empty_catalog_with_a_table_wide_error_weighs_like_an_unreadable_file() -> None:
    from disclosecheck.audit.units import score_units

    def result(name: str, items: int, findings: list[Finding], status: str = "ok") -> FileResult:
        return FileResult(Path(name), status=status, stats=Stats(items=items), findings=findings)

    results = [
        result("u/a.xlsx", 6, [_f("rule-a", E, 4)]),
        result("u/b.xlsx", 2, []),
        result("u/empty.xlsx", 0, [_f("no-items", E, None)]),  # weighs (6 + 2) / 2 = 4 failing items
        result("v/a.xlsx", 5, [_f("time-limit", W, None)]),  # a file-level warning fails nothing
        result("v/empty.xlsx", 0, []),  # empty without an error: nothing to count
    ]
    scores = score_units(results, {r.path.as_posix(): r.path.parent.name for r in results})
    assert [(s.unit, s.items, s.errors, s.warnings, s.compliant, s.counted) for s in scores] == [
        ("u", 8, 2, 0, 7, 12),
        ("v", 5, 0, 1, 5, 5),
    ]
    assert [s.compliance for s in scores] == [0.5833, 1.0]


class Worded(InputError):
    """An error wording itself, which plain exception pickling cannot rebuild (its __init__ differs)."""

    def __init__(self, path: str, key: str) -> None:
        super().__init__("input.corrupt", path, reason="原因")
        self.key = key

    def render(self, lang: str = "zh") -> str:
        return f"{lang}:{self.key}"


def test_an_error_that_cannot_travel_as_itself_travels_as_its_wording() -> None:
    import pickle

    from disclosecheck.audit.job import RenderedError, portable_error

    sent = portable_error(Worded("a.xlsx", "k"))
    back = pickle.loads(pickle.dumps(sent))
    assert isinstance(back, RenderedError) and isinstance(back, InputError)
    assert (back.code, back.params, back.render("zh"), back.render("en")) == (
        "input.corrupt", {"path": "a.xlsx", "reason": "原因"}, "zh:k", "en:k")
    plain = InputError("input.empty", "b.xlsx")  # its __init__ needs the path: not rebuilt by pickle
    assert portable_error(plain).render("en") == plain.render("en") == (
        "b.xlsx: the file is empty (0 bytes); export or save it again and retry")
    usage = UsageError("usage.bad_date", value="x")
    assert portable_error(usage) is usage  # survives pickling as itself
    assert portable_error(ValueError("x")) == "x"
