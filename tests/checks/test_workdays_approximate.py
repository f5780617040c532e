"""The years ``workdays-approximate`` names: ranges, capped, and short however absurd the dates."""

from __future__ import annotations

from datetime import date

import pytest
from casebuild import STANDARD_COLUMNS, make_catalog, run_rule

from disclosecheck.checks.workdays_approximate import year_ranges
from disclosecheck.messages import render
from disclosecheck.model import FORMED, PUBLISHED


@pytest.mark.parametrize(("years", "expected"), [
    ([2027], "2027"),
    ([2001, 2002, 2003, 2027], "2001—2003、2027"),
    ([1026, 1526, 2027], "1026、1526、2027"),
    ([1026, 1526, 2027, 2028, 2206], "1026、…、2206"),
    ([*range(219, 2004), 2030, 3000, 9999], "219—2003、…、9999"),
])
def test_year_ranges(years: list[int], expected: str) -> None:
    assert year_ranges(years) == expected


def test_the_message_stays_short_for_absurd_years_in_both_languages() -> None:
    base = {"序号": 1, "一级事项": "社会救助", "二级事项": "低保对象名单", "公开内容": "名单",
            "公开依据": "《条例》", "公开时限": "10个工作日内", "公开主体": "民政局",
            "公开渠道和载体": "■政府网站", "公开对象": "全社会", "公开方式": "主动", "公开层级": "县级"}
    dates = [("1026-05-01", ""), ("1500-01-01", "1501-03-01"), ("1700-01-01", "1700-02-01"),
             ("2030-01-07", ""), ("9999-01-04", "")]
    rows = [{**base, FORMED: formed, PUBLISHED: published} for formed, published in dates]
    catalog = make_catalog(rows, [*STANDARD_COLUMNS, FORMED, PUBLISHED])
    findings = run_rule("workdays-approximate", catalog, date(2026, 11, 22),
                        enabled={"workdays-approximate", "publish-timeliness"})
    [finding] = [f for f in findings if f.rule == "workdays-approximate"]
    assert finding.code == "workdays-approximate.implausible"
    assert finding.params["years"] == "1026、…、9999"
    assert finding.params["odd"] == "1026、…、9999"
    zh = render(finding.code, finding.params, "zh")
    assert zh.startswith("日期涉及 1026、…、9999 年，明显不合常理，多半是日期填错了")
    assert len(zh) < 160
    assert len(render(finding.code, finding.params, "en")) < 330
