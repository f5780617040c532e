"""run_checks: registry order, the pack's switches, options and severities, one calendar per run."""

from __future__ import annotations

from datetime import date

from casebuild import STANDARD_COLUMNS, make_catalog, make_pack

from disclosecheck.checks import CHECK_MODULES
from disclosecheck.checks.runner import run_checks
from disclosecheck.model import BASIS, FORMED, PUBLISHED, SUBJECT, Severity

GOOD = {
    "序号": 1, "一级事项": "绿化管理", "二级事项": "损坏城市树木花草", "公开内容": "处罚决定",
    "公开依据": "《城市绿化条例》", "公开时限": "信息形成或者变更之日起20个工作日内",
    "公开主体": "城市管理行政执法部门", "公开渠道和载体": "■政府网站 □政府公报", "公开对象": "全社会",
    "公开方式": "主动", "公开层级": "县级",
}
AS_OF = date(2026, 11, 22)


def test_a_good_catalog_has_no_findings_under_every_rule() -> None:
    catalog = make_catalog([GOOD, {**GOOD, "二级事项": "擅自砍伐城市树木"}])
    assert run_checks(catalog, make_pack(), AS_OF) == []


def test_findings_come_in_registry_order_with_the_rule_and_sheet_set() -> None:
    catalog = make_catalog([{**GOOD, BASIS: "", SUBJECT: ""}, GOOD])
    findings = run_checks(catalog, make_pack(), AS_OF)
    assert [(f.rule, f.code, f.row, f.cell) for f in findings] == [
        ("required-elements", "required-elements.missing-subject", 4, "G4"),
        ("legal-basis", "legal-basis.blank", 4, "E4"),
        ("duplicate-items", "duplicate-items.duplicate", 5, "C5"),
    ]
    assert {f.sheet for f in findings} == {"Sheet1"}
    assert findings[0].item == "绿化管理 / 损坏城市树木花草"


def test_a_disabled_rule_does_not_run_and_severity_is_re_leveled() -> None:
    catalog = make_catalog([{**GOOD, BASIS: "", SUBJECT: ""}])
    pack = make_pack(enabled={"legal-basis"}, severities={"legal-basis": "warning"})
    findings = run_checks(catalog, pack, AS_OF)
    assert [(f.rule, f.severity) for f in findings] == [("legal-basis", Severity.WARNING)]


def test_a_rule_missing_from_the_pack_runs_with_its_defaults() -> None:
    pack = make_pack()
    del pack.rules["no-items"]
    findings = run_checks(make_catalog([]), pack, AS_OF)
    assert [(f.rule, f.code, f.severity) for f in findings] == [
        ("no-items", "no-items.empty", Severity.ERROR)]


def test_options_reach_the_check() -> None:
    catalog = make_catalog([{**GOOD, "公开时限": "15个工作日内"}])
    assert run_checks(catalog, make_pack(), AS_OF) == []
    findings = run_checks(catalog, make_pack(options={"timelimit": {"max_workdays": 10}}), AS_OF)
    assert [(f.code, f.params["amount"], f.params["max"]) for f in findings] == [
        ("timelimit.too-many-workdays-pack", 15, 10)]


def test_one_approximate_finding_last_when_2027_was_counted() -> None:
    columns = [*STANDARD_COLUMNS, FORMED, PUBLISHED]
    rows = [{**GOOD, FORMED: date(2027, 1, 25), PUBLISHED: date(2027, 3, 1)},
            {**GOOD, "二级事项": "擅自砍伐城市树木", FORMED: date(2027, 2, 1), PUBLISHED: date(2027, 2, 3)}]
    findings = run_checks(make_catalog(rows, columns), make_pack(), date(2027, 3, 2))
    assert [(f.rule, f.code) for f in findings] == [
        ("publish-timeliness", "publish-timeliness.late"),
        ("workdays-approximate", "workdays-approximate.years"),
    ]
    assert findings[0].params["taken"] == 25  # Monday to Friday, 2027-01-26 .. 2027-03-01
    last = findings[-1]
    assert (last.severity, last.row, last.cell, last.params["years"]) == (Severity.INFO, None, None, "2027")


def test_the_pack_holidays_reach_the_calendar_and_approximate_can_be_disabled() -> None:
    columns = [*STANDARD_COLUMNS, FORMED, PUBLISHED]
    rows = [{**GOOD, "公开时限": "10个工作日内", FORMED: date(2027, 1, 25), PUBLISHED: date(2027, 2, 12)}]
    catalog = make_catalog(rows, columns)
    enabled = {m.ID for m in CHECK_MODULES} - {"workdays-approximate"}
    plain = run_checks(catalog, make_pack(enabled=enabled), date(2027, 3, 1))
    assert [(f.code, f.params["taken"]) for f in plain] == [("publish-timeliness.late", 14)]
    spring = [date(2027, 2, d) for d in range(8, 13)]
    assert run_checks(catalog, make_pack(enabled=enabled, holidays=spring), date(2027, 3, 1)) == []


def test_each_run_gets_a_fresh_calendar() -> None:
    columns = [*STANDARD_COLUMNS, FORMED, PUBLISHED]
    in_2027 = make_catalog([{**GOOD, FORMED: date(2027, 1, 25), PUBLISHED: date(2027, 1, 27)}], columns)
    in_2026 = make_catalog([{**GOOD, FORMED: date(2026, 9, 28), PUBLISHED: date(2026, 10, 14)}], columns)
    pack = make_pack()
    assert [f.rule for f in run_checks(in_2027, pack, date(2027, 3, 1))] == ["workdays-approximate"]
    assert run_checks(in_2026, pack, date(2027, 3, 1)) == []
