"""The reader's boundary: the scans before calamine read a file as calamine reads it, each input is read
once, and the compound-file reader allocates nothing a file's real size does not justify.

Each hostile file here aborted the whole process (or took gigabytes) in an attack on the tool. The scans
are tested with the isolation switched off (``DISCLOSECHECK_READ_IN_PROCESS=1``): the capped child would
turn a scan's miss into a clean line, and these tests are there to see the miss.
"""

from __future__ import annotations

import json
from pathlib import Path

import hostile_files as hf
import pytest

from disclosecheck.errors import InputError
from disclosecheck.read import read_workbook

AS_OF = ("--as-of", "2026-03-01")
IN_PROCESS = {"DISCLOSECHECK_READ_IN_PROCESS": "1"}


@pytest.fixture(autouse=True)
def _scans_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISCLOSECHECK_READ_IN_PROCESS", "1")


# --- the compound-file reader ------------------------------------------------------------------------------


def test_a_compound_file_claiming_409600_fat_sectors_is_refused_before_allocating(tmp_path: Path) -> None:
    path = hf.sparse_fat_claim_xls(tmp_path / "fat.xls")
    assert path.stat().st_size == 200 * 1024 * 1024
    with pytest.raises(InputError) as exc:
        read_workbook(path)
    assert exc.value.code == "input.corrupt"
    assert exc.value.params["reason"] == "FAT of 409600 sectors for a file of 409600 sectors"


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_in_an_audit_the_file_after_it_is_judged_on_its_own(tmp_path: Path, jobs: str) -> None:
    folder = tmp_path / "county" / "甲镇"
    folder.mkdir(parents=True)
    hf.sparse_fat_claim_xls(folder / "a_fat.xls")
    hf.catalog_xlsx(folder / "b_good.xlsx")
    result = hf.run_cli_bounded("audit", "county", *AS_OF, "--jobs", jobs, "-f", "json", cwd=tmp_path,
                                timeout=300)
    assert result.returncode == 2, result.stderr
    files = {f["path"]: f for f in json.loads(result.stdout)["files"]}
    assert files["county/甲镇/a_fat.xls"]["error"].startswith("county/甲镇/a_fat.xls：文件已损坏或不完整")
    assert files["county/甲镇/b_good.xlsx"]["status"] == "ok"
