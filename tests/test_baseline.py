"""``check --baseline``: known findings are left out, new ones still fail the run."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from conftest import standard_catalog
from test_check_cli import AS_OF, clean_rows, row, run

from disclosecheck.render.json_report import load_schema


def _catalog(path: Path, subject_blank_rows: tuple[int, ...], insert_first: bool = False) -> Path:
    rows = clean_rows()
    for i in subject_blank_rows:
        rows[i] = row(i + 1, rows[i][1] or "绿化管理", rows[i][2], subject=None)
    if insert_first:  # a new clean row above: every old row moves down by one
        rows.insert(0, row(0, "绿化管理", "古树名木保护"))
    return standard_catalog(path, rows)


def test_known_findings_are_left_out_and_new_ones_fail(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    _catalog(Path("目录.xlsx"), (1,))
    saved = run("目录.xlsx", *AS_OF, "--format", "json", "--output", "baseline.json", "--fail-on", "never")
    assert saved.exit_code == 0, saved.output

    # same gap, moved one row down by an inserted row: still known, the run passes
    _catalog(Path("目录.xlsx"), (1,), insert_first=True)
    again = run("目录.xlsx", *AS_OF, "--baseline", "baseline.json", "--format", "json")
    assert again.exit_code == 0, again.output
    data = json.loads(again.stdout)
    jsonschema.validate(data, load_schema())
    assert data["summary"] == {"files": 1, "errors": 0, "warnings": 0, "infos": 0, "baselined": 1}

    # a new blank 公开主体 on another item: reported and failing, the old one still left out
    _catalog(Path("目录.xlsx"), (1, 2))
    new = run("目录.xlsx", *AS_OF, "--baseline", "baseline.json", "--format", "json")
    assert new.exit_code == 1
    findings = json.loads(new.stdout)["files"][0]["findings"]
    assert [(f["rule"], f["row"], f["cell"]) for f in findings] == [("required-elements", 6, "G6")]

    text = run("目录.xlsx", *AS_OF, "--baseline", "baseline.json")
    assert "已按基线 baseline.json 略去 1 个已知问题" in text.stdout


def test_bad_baseline_is_a_usage_error(tmp_path: Path) -> None:
    catalog = _catalog(tmp_path / "目录.xlsx", ())
    bad = tmp_path / "baseline.json"
    bad.write_text("{not json", encoding="utf-8")
    result = run(str(catalog), *AS_OF, "--baseline", str(bad))
    assert result.exit_code == 2
    assert result.stderr.strip().startswith(f"基线文件 {bad} 无法使用")
    missing = run(str(catalog), *AS_OF, "--baseline", str(tmp_path / "none.json"), "--lang", "en")
    assert missing.exit_code == 2
    assert "cannot be used" in missing.stderr


def _record_in(folder: Path, monkeypatch, baseline: str = "baseline.json") -> None:
    monkeypatch.chdir(folder)
    _catalog(Path("目录.xlsx"), (1,))
    saved = run("目录.xlsx", *AS_OF, "--format", "json", "--output", baseline, "--fail-on", "never")
    assert saved.exit_code == 0, saved.output


def test_a_baseline_recorded_inside_a_folder_serves_from_its_parent_and_absolute(tmp_path: Path,
                                                                                   monkeypatch) -> None:
    # Issue 14: recorded as 目录.xlsx inside bl/, used as bl/目录.xlsx from the parent it left out 0.
    (tmp_path / "bl").mkdir()
    _record_in(tmp_path / "bl", monkeypatch)
    monkeypatch.chdir(tmp_path)
    for target in ("bl/目录.xlsx", str(tmp_path / "bl" / "目录.xlsx"), "./bl/../bl/目录.xlsx"):
        again = run(target, *AS_OF, "--baseline", "bl/baseline.json", "--format", "json")
        assert again.exit_code == 0, (target, again.output)
        assert json.loads(again.stdout)["summary"]["baselined"] == 1


def test_a_moved_baseline_matches_by_the_end_of_the_path(tmp_path: Path, monkeypatch) -> None:
    # recorded in bl/ but written one folder up: "目录.xlsx" names no file beside the baseline
    (tmp_path / "repo" / "bl").mkdir(parents=True)
    _record_in(tmp_path / "repo" / "bl", monkeypatch, baseline="../../baseline.json")
    monkeypatch.chdir(tmp_path / "repo")
    again = run("bl/目录.xlsx", *AS_OF, "--baseline", "../baseline.json", "--format", "json")
    assert again.exit_code == 0, again.output
    other = tmp_path / "repo" / "其他.xlsx"
    _catalog(other, (1,))
    fresh = run(str(other), *AS_OF, "--baseline", "../baseline.json", "--format", "json")
    assert fresh.exit_code == 1  # another file's findings are not known


def test_a_baseline_written_on_windows_is_read(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "bl").mkdir()
    _record_in(tmp_path / "bl", monkeypatch)
    data = json.loads((tmp_path / "bl" / "baseline.json").read_text(encoding="utf-8"))
    data["files"][0]["path"] = "bl\\目录.xlsx"  # recorded at the repository root on Windows
    (tmp_path / "win.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    data["files"][0]["path"] = "D:\\县目录\\bl\\目录.xlsx"  # an absolute Windows path
    (tmp_path / "drive.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for baseline in ("win.json", "drive.json"):
        again = run("bl/目录.xlsx", *AS_OF, "--baseline", baseline, "--format", "json")
        assert again.exit_code == 0, (baseline, again.output)
