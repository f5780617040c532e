"""How the real process ends: it skips the interpreter's teardown, so it must flush first.

``main`` ends with :func:`disclosecheck.cli.streams.exit_now` (``os._exit``): no buffer is flushed
for it. Each case runs the command in a subprocess and checks that everything it wrote arrived.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import standard_catalog
from guards import HANG_GUARD_S

#: Without PYTHONUNBUFFERED (a CI machine may set it), so standard output is block-buffered, as for users.
ENV = {**{k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}, "PYTHONIOENCODING": "utf-8"}


def rows(count: int) -> list[list]:
    """Rows each with a finding (no 公开时限), so the report is long."""
    return [[n, f"事项{n}", f"子项{n}", "处罚决定书", "《中华人民共和国行政处罚法》", None,
             None, "■政府网站", "√", None, "√", None, "√", None] for n in range(1, count + 1)]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "disclosecheck", *args], capture_output=True,
                          env=ENV, timeout=HANG_GUARD_S, check=False)


def test_a_long_report_on_stdout_arrives_whole(tmp_path: Path) -> None:
    """Far more than the stream's buffers hold, the last bytes included: the JSON parses."""
    catalog = standard_catalog(tmp_path / "目录.xlsx", rows(1500))
    result = run("check", str(catalog), "--as-of", "2026-03-01", "-f", "json", "--max-findings", "5000")
    assert result.returncode == 1, result.stderr
    assert len(result.stdout) > 200_000
    report = json.loads(result.stdout)
    times = [f for f in report["files"][0]["findings"] if f["rule"] == "timelimit"]
    assert [f["row"] for f in times] == list(range(4, 1504))


def test_exit_codes_pass_through(tmp_path: Path) -> None:
    row = [1, "事项", "子项", "处罚决定书", "《中华人民共和国行政处罚法》", "20个工作日", None, "■政府网站",
           "√", None, "√", None, "√", None]
    clean = standard_catalog(tmp_path / "好.xlsx", [row])
    assert run("check", str(tmp_path / "无.xlsx")).returncode == 2
    assert run("check", str(clean), "--as-of", "2026-03-01", "--fail-on", "never").returncode == 0
    assert run("--version").stdout.decode().startswith("disclosecheck ")


def test_a_report_file_is_whole_and_the_line_that_names_it_arrives(tmp_path: Path) -> None:
    catalog = standard_catalog(tmp_path / "目录.xlsx", rows(200))
    out = tmp_path / "报告.json"
    result = run("check", str(catalog), "--as-of", "2026-03-01", "-f", "json", "-o", str(out))
    assert result.returncode == 1
    assert str(out) in result.stderr.decode("utf-8")
    assert len(json.loads(out.read_text(encoding="utf-8"))["files"][0]["findings"]) >= 200
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".dc-")]  # no temporary left
