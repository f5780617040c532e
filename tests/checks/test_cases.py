"""The rules' cases: ``tests/checks/cases/<rule-id>.yaml``, each with ``pass`` and ``fail`` cases.

A case file::

    rule: legal-basis          # the rule under test (must match the file name)
    base: {…}                  # element → value merged under every row (optional)
    columns: [...]             # the elements that have a column (default: the standard A..N layout)
    extra_columns: [...]       # added to the columns (e.g. the date columns O, P, Q)
    as_of: 2026-11-22          # "today" (default 2026-11-22)
    title: 涉农补贴领域…        # the title row (default 城市综合执法领域基层政务公开标准目录; null for none)
    pass:
      - name: …
        rows: [{element: value, …}, …]   # data rows 4, 5, …
        # optional per case: columns, extra_columns, title, options, severity, as_of, holidays, workdays,
        # enable (more rules to run, e.g. for workdays-approximate)
    fail:
      - name: …
        rows: […]
        expect:            # EXACTLY the findings of the rule under test, in report order
          - {code: legal-basis.blank, severity: error, row: 4, cell: E4, element: 公开依据, params: {…}}

``params`` in an expectation are compared key by key (the ones that matter); everything else exactly.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from casebuild import DEFAULT_TITLE, STANDARD_COLUMNS, make_catalog, run_rule
from ruamel.yaml import YAML

from disclosecheck.checks import CHECKS
from disclosecheck.messages import CATALOGS, render

CASES_DIR = Path(__file__).parent / "cases"
DEFAULT_AS_OF = date(2026, 11, 22)
CASE_KEYS = {"name", "rows", "columns", "extra_columns", "title", "options", "severity", "as_of", "holidays",
             "workdays", "enable", "expect"}
FILE_KEYS = {"rule", "base", "columns", "extra_columns", "title", "as_of", "pass", "fail"}
EXPECT_KEYS = {"code", "severity", "row", "cell", "element", "params"}


def load_case_file(path: Path) -> dict[str, Any]:
    data = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
    assert set(data) <= FILE_KEYS, f"{path.name}: unknown keys {set(data) - FILE_KEYS}"
    assert data["rule"] == path.stem, f"{path.name}: rule {data['rule']} does not match the file name"
    return data


def all_cases() -> list[Any]:
    params = []
    for path in sorted(CASES_DIR.glob("*.yaml")):
        data = load_case_file(path)
        for kind in ("pass", "fail"):
            for case in data.get(kind) or []:
                params.append(pytest.param(data, kind, case, id=f"{data['rule']}:{kind}:{case['name']}"))
    return params


def _as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def run_case(data: dict[str, Any], case: dict[str, Any]):
    assert set(case) <= CASE_KEYS, f"unknown case keys {set(case) - CASE_KEYS}"
    rule = data["rule"]
    columns = list(case.get("columns", data.get("columns", STANDARD_COLUMNS)))
    columns += [c for c in case.get("extra_columns", data.get("extra_columns", [])) if c not in columns]
    base = data.get("base") or {}
    rows = [{**base, **row} for row in case["rows"]]
    catalog = make_catalog(rows, columns, case.get("title", data.get("title", DEFAULT_TITLE)))
    as_of = _as_date(case.get("as_of", data.get("as_of", DEFAULT_AS_OF)))
    enabled = {rule, *case.get("enable", [])}
    options = {rule: case.get("options", {})}
    severities = {rule: case["severity"]} if "severity" in case else {}
    findings = run_rule(rule, catalog, as_of, enabled=enabled, options=options, severities=severities,
                        holidays=[_as_date(d) for d in case.get("holidays", [])],
                        workdays=[_as_date(d) for d in case.get("workdays", [])])
    return [f for f in findings if f.rule == rule]


@pytest.mark.parametrize(("data", "kind", "case"), all_cases())
def test_case(data: dict[str, Any], kind: str, case: dict[str, Any]) -> None:
    module = CHECKS[data["rule"]]
    findings = run_case(data, case)
    for f in findings:
        assert f.code in module.CODES, f"{f.code} is emitted but not listed in {module.__name__}.CODES"
        for lang in CATALOGS:
            text = render(f.code, f.params, lang)
            assert f.code in CATALOGS[lang], f"no {lang} message for {f.code}"
            assert "{" not in text, f"{lang} message of {f.code} not filled: {text}"
    if kind == "pass":
        assert "expect" not in case, "a pass case expects no findings"
        assert findings == [], [(f.code, f.row, f.params) for f in findings]
        return
    expected = case["expect"]
    assert expected, "a fail case expects at least one finding"
    got = [(f.code, f.severity.value, f.row, f.cell, f.element) for f in findings]
    want = []
    for e in expected:
        assert set(e) <= EXPECT_KEYS, f"unknown expectation keys {set(e) - EXPECT_KEYS}"
        missing = {"code", "severity", "row", "cell", "element"} - set(e)
        assert not missing, f"an expectation must give {missing} (null for none)"
        want.append((e["code"], e["severity"], e["row"], e["cell"], e["element"]))
    assert got == want, f"findings differ; got params {[f.params for f in findings]}"
    for f, e in zip(findings, expected, strict=True):
        for key, value in (e.get("params") or {}).items():
            assert f.params.get(key) == value, f"{f.code} row {f.row}: params[{key}] = {f.params.get(key)!r}"
