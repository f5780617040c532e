"""Coverage findings on real catalogs with ``--standard``, as judged in tests/real_catalogs/STANDARDS.md."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from disclosecheck.cli import app

sys.path.insert(0, str(Path(__file__).parent / "real_catalogs"))
import harness

#: catalog id -> (domain, level told, matched/required, missing standard items as the finding names them)
JUDGED = {
    "shenong-zhangmutou": ("涉农补贴", "乡级", (1, 2), ["农业生产发展资金 / 新型职业农民培育"]),
    "shenong-fengxin": ("涉农补贴", "县级", (3, 3), []),
    "shenong-tieli": ("涉农补贴", "县级", (2, 3), ["农业生产发展资金 / 新型职业农民培育"]),
    "shenong-liuzhou": ("涉农补贴", "县级", (1, 3),
                        ["农业生产发展资金 / 农机购置补贴", "农业生产发展资金 / 新型职业农民培育"]),
    "yanglao-dahekou": ("养老服务", "乡级", (2, 3), ["养老机构投资指南"]),
    "yanglao-yunyang": ("养老服务", "县级", (3, 3), []),
    "weifanggaizao-wuqia": ("农村危房改造", "县级", (3, 5),
                            ["条件与标准 / 农村危房等级评定标准", "条件与标准 / 农村危房改造对象申请条件"]),
    "weifanggaizao-xiaxian": ("农村危房改造", "县级", (4, 5), ["政策解读 / 本级政策解读(具体规定)"]),
    "shizheng-fsxf": ("市政服务", "县级", (2, 5), [
        "市政设施建设类审批 / 占用、挖掘城市道路审批",
        "市政设施建设类审批 / 依附城市道路建设各种管线及城市桥梁上架设各类市政管线审批",
        "市政设施建设类审批 / 特殊车辆在城市道路上行驶"]),
}


@pytest.mark.parametrize("name", sorted(JUDGED))
def test_coverage_findings_are_exactly_the_judged_ones(name: str, tmp_path: Path) -> None:
    domain, level, (matched, required), missing = JUDGED[name]
    t = harness.load(harness.CATALOGS / f"{name}.yaml")
    path = harness.build(t, tmp_path)
    result = CliRunner().invoke(app, ["check", str(path), "--standard", domain, "--format", "json",
                                      "--as-of", harness.AS_OF, "--fail-on", "never", "--rules", "national"])
    assert result.exit_code == 0, result.output
    (file,) = json.loads(result.stdout)["files"]
    got = [f["message"] for f in file["findings"] if f["code"] == "standard-coverage.missing"]
    assert len(got) == len(missing)
    for message, item in zip(got, missing, strict=True):
        assert f"“{item}”" in message
    coverage = file["coverage"]
    assert (coverage["standard"], coverage["source"], coverage["level"]) == (domain, "given", level)
    assert (coverage["matched"], coverage["required"]) == (matched, required)
    assert coverage["missing"] == missing
