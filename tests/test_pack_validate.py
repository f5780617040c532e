"""pack.validate: the strict walk builds what pydantic builds, defers all else to it, and keeps pydantic
off the everyday path (loading the built-in pack and checking a catalog)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest

from disclosecheck.checks import CHECKS
from disclosecheck.model import LEVEL, MODE, SUBJECT, Severity
from disclosecheck.pack.model import PackFile
from disclosecheck.pack.validate import Invalid, _with_pydantic, build

#: Values the walk takes as they are: for each, pydantic must build the very same object.
ACCEPTED = [
    ("timelimit", {"max_workdays": 15, "max_calendar_days": None}),
    ("timelimit", {"max_calendar_days": 30}),
    ("required-columns", {"columns": ["公开事项", "公开主体"], "warn_only": []}),
    ("required-elements", {"elements": ("一级事项", SUBJECT)}),
    ("choices", {"allowed": {MODE: ["主动"], LEVEL: ("县级", "乡级")}}),
    ("publish-timeliness", {"statutory_workdays": 1, "pending": False}),
    ("update-freshness", {"stale_severity": "error", "default_days": 400}),
    ("update-freshness", {"stale_severity": Severity.INFO}),
    ("legal-basis", {}),
]


@pytest.mark.parametrize(("rule", "values"), ACCEPTED)
def test_the_walk_builds_what_pydantic_builds(rule: str, values: dict) -> None:
    options = CHECKS[rule].Options
    assert build(options, values) == _with_pydantic(options, values)


def test_pack_file_top_level_is_built_the_same_way() -> None:
    values = {"name": "县", "extends": None, "headers": {"责任单位": SUBJECT}, "holidays": [date(2027, 1, 4)],
              "rules": {"timelimit": "warning"}}
    assert build(PackFile, values) == _with_pydantic(PackFile, values) == PackFile(**values)


def test_a_value_pydantic_would_convert_is_still_accepted() -> None:
    assert build(CHECKS["timelimit"].Options, {"max_workdays": "15"}).max_workdays == 15


@pytest.mark.parametrize(("rule", "values", "loc", "kind"), [
    ("timelimit", {"max_workdays": 0}, ("max_workdays",), "greater_than_equal"),
    ("timelimit", {"max_calendar_days": 0}, ("max_calendar_days",), "greater_than_equal"),
    ("timelimit", {"max_wrokdays": 10}, ("max_wrokdays",), "unexpected_keyword_argument"),
    ("required-elements", {"elements": ["公开依据"]}, ("elements",), "dc_option"),
    ("choices", {"allowed": {MODE: "主动"}}, ("allowed", MODE), "tuple_type"),
    ("update-freshness", {"stale_severity": "严重"}, ("stale_severity",), "enum"),
])
def test_what_the_walk_refuses_pydantic_locates(rule: str, values: dict, loc: tuple, kind: str) -> None:
    with pytest.raises(Invalid) as info:
        build(CHECKS[rule].Options, values)
    [err] = info.value.errors
    assert (err["loc"], err["type"]) == (loc, kind)


def test_checking_a_catalog_with_the_builtin_pack_does_not_import_pydantic(tmp_path) -> None:
    catalog = tmp_path / "目录.csv"
    catalog.write_text("序号,公开事项,公开内容,公开依据,公开时限,公开主体,公开渠道和载体,公开对象,公开方式,公开层级\n"
                       "1,行政处罚,处罚决定,《行政处罚法》,20个工作日内,县城管局,政府网站,全社会,主动,县级\n",
                       encoding="utf-8")
    # main ends in os._exit: made sys.exit here, so the line after it runs
    code = ("import os, sys\nfrom disclosecheck.cli import main\nos._exit = sys.exit\n"
            "try:\n    main()\nexcept SystemExit as exc:\n    code = exc.code\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pydantic', 'pydantic_core')), code)")
    args = ["check", str(catalog), "--format", "json", "--output", str(tmp_path / "r.json")]
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=tmp_path)
    assert done.stdout.split() == ["[]", "0"], done.stderr
