"""What differs on Windows, where office staff work, tested here where it can be (issue 14).

Windows has no fork: audit workers are spawned, start afresh and import everything themselves. Paths
come with backslashes and drive letters (baselines recorded there: see test_baseline.py), and CSV
files end their lines with CRLF (see test_read_csv.py and the corpus's GBK CSVs).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from conftest import standard_catalog
from test_check_cli import clean_rows, row

from disclosecheck.audit.job import CheckJob, check_file
from disclosecheck.audit.pool import OK, run_tasks


def test_the_real_pipeline_runs_in_spawned_workers(tmp_path: Path) -> None:
    good = standard_catalog(tmp_path / "甲镇.xlsx", clean_rows())
    rows = clean_rows()
    rows[1] = row(2, "绿化管理", "擅自砍伐城市树木", subject=None)
    bad = standard_catalog(tmp_path / "乙镇.xlsx", rows)
    crlf = tmp_path / "丙镇.csv"
    crlf.write_bytes("序号,一级事项,二级事项\r\n1,绿化管理,损坏城市树木花草\r\n".encode("gbk"))
    job = CheckJob(rules=None, cwd=str(tmp_path), as_of=date(2026, 11, 22))
    outcomes = run_tasks([str(good), str(bad), str(crlf)], check_file, job, jobs=2, timeout=300,
                         max_memory_mb=1024, method="spawn")
    assert [o.kind for o in outcomes] == [OK, OK, OK]
    codes = [[f.code for result in o.value for f in result.findings if f.severity == "error"]
             for o in outcomes]
    assert codes[0] == []
    assert codes[1] == ["required-elements.missing-subject"]
    assert [result.status for result in outcomes[2].value] == ["ok"]
