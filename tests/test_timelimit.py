"""parse_timelimit on real 公开时限 phrasings: exact parts, then the TimeLimit properties."""

from __future__ import annotations

import pytest

from disclosecheck.timelimit import LimitKind, LimitPart, TimeLimit, fold, parse_timelimit

W, D, IM, P, S = LimitKind.WORKDAYS, LimitKind.DAYS, LimitKind.IMMEDIATE, LimitKind.PROMPT, LimitKind.STANDING
PER, DL, V, U = LimitKind.PERIODIC, LimitKind.DEADLINE, LimitKind.VAGUE, LimitKind.UNKNOWN

# text -> parts as (kind, amount, event, period, label)
CASES: list[tuple[str, list[tuple[LimitKind, int | None, str | None, str | None, str | None]]]] = [
    # DOMAIN.md and the 条例
    ("信息形成或者变更之日起20个工作日内", [(W, 20, "形成", None, None)]),
    ("自该政府信息形成或者变更之日起20个工作日内", [(W, 20, "形成", None, None)]),
    ("20个工作日", [(W, 20, None, None, None)]),
    ("20工作日", [(W, 20, None, None, None)]),
    ("20个工作日内", [(W, 20, None, None, None)]),
    ("15个工作日内", [(W, 15, None, None, None)]),
    ("制定或获取信息之日起10个工作日内，公示7个工作日",
     [(W, 10, "制定", None, None), (W, 7, "公示", None, None)]),
    ("作出决定之日起7个工作日内", [(W, 7, "作出决定", None, None)]),
    ("分配结果确定后20个工作日内", [(W, 20, "确定", None, None)]),
    ("实时公开", [(IM, None, None, None, None)]),
    ("及时公开", [(P, None, None, None, None)]),
    ("长期公开(动态调整)", [(S, None, None, None, None)]),
    ("1.除处罚决定外其他内容:长期公开(动态调整); 2.处罚决定:20个工作日内。",
     [(S, None, None, None, "除处罚决定外其他内容"), (W, 20, None, None, "处罚决定")]),
    ("每季度更新", [(PER, None, None, "quarter", None)]),
    ("按季度公开", [(PER, None, None, "quarter", None)]),
    ("每年公开一次", [(PER, None, None, "year", None)]),
    ("半年至少更新1次", [(PER, None, None, "half-year", None)]),  # 达川区 安全生产
    ("30日内", [(D, 30, None, None, None)]),
    ("尽快", [(V, None, None, None, None)]),
    # a legal proviso defers to another law: not a limit of its own (the 涉农补贴 guideline's wording)
    ("信息形成或者变更之日起20个工作日内。法律、法规对政府信息公开的期限另有规定的,从其规定。",
     [(W, 20, "形成", None, None)]),
    ("法律、法规另有规定的，从其规定", [(V, None, None, None, None)]),
    ("同上", [(U, None, None, None, None)]),
    # digits in every form, traditional characters
    ("２０个工作日", [(W, 20, None, None, None)]),
    ("二十个工作日", [(W, 20, None, None, None)]),
    ("十个工作日", [(W, 10, None, None, None)]),
    ("七日", [(D, 7, None, None, None)]),
    ("三十日", [(D, 30, None, None, None)]),
    ("一百二十个工作日", [(W, 120, None, None, None)]),
    ("两个工作日内", [(W, 2, None, None, None)]),
    ("信息形成或者變更之日起20個工作日內", [(W, 20, "形成", None, None)]),
    ("實時公開", [(IM, None, None, None, None)]),
    ("長期公開（動態調整）", [(S, None, None, None, None)]),
    ("每季度結束後15日內", [(PER, None, None, "quarter", None)]),
    ("作出決定之日起７個工作日內", [(W, 7, "作出决定", None, None)]),
    # other working-day phrasings with their events
    ("自受理之日起20个工作日内", [(W, 20, "受理", None, None)]),
    ("批准后7个工作日内", [(W, 7, "批准", None, None)]),
    ("作出行政处罚决定之日起7个工作日内", [(W, 7, "作出决定", None, None)]),
    ("行政处罚决定作出之日起7个工作日内", [(W, 7, "作出决定", None, None)]),
    ("政策文件印发之日起20个工作日内", [(W, 20, "印发", None, None)]),
    ("公示期满后5个工作日内", [(W, 5, "期满", None, None)]),
    ("公示结果形成之日起20个工作日内", [(W, 20, "形成", None, None)]),
    ("信息形成之日起，20个工作日内", [(W, 20, "形成", None, None)]),
    ("按规定，20个工作日内", [(W, 20, None, None, None)]),
    ("自2019年5月15日起20个工作日内", [(W, 20, None, None, None)]),
    ("5个工作日内公开，公示期不少于5个工作日", [(W, 5, None, None, None), (W, 5, "公示", None, None)]),
    ("公示7天，无异议后20个工作日内公开", [(D, 7, "公示", None, None), (W, 20, "期满", None, None)]),
    ("自收到申请之日起20个工作日内予以答复，需要延长的，延长期限最长不超过20个工作日",
     [(W, 20, "收到", None, None), (W, 20, None, None, None)]),
    # calendar days and their approximations
    ("7日内", [(D, 7, None, None, None)]),
    ("15天", [(D, 15, None, None, None)]),
    ("10个自然日内", [(D, 10, None, None, None)]),
    ("1个月内", [(D, 30, None, None, None)]),
    ("两周内", [(D, 14, None, None, None)]),
    ("24小时内", [(D, 1, None, None, None)]),
    # immediate, standing, prompt, vague
    ("即时公开", [(IM, None, None, None, None)]),
    ("随时公开", [(P, None, None, None, None)]),  # no deadline, like 及时
    ("每日更新", [(IM, None, None, None, None)]),
    ("常态化公开", [(S, None, None, None, None)]),
    ("最新有效", [(S, None, None, None, None)]),
    ("任期内", [(S, None, None, None, None)]),
    ("长期", [(S, None, None, None, None)]),
    ("动态调整", [(S, None, None, None, None)]),
    ("长期公开，动态调整", [(S, None, None, None, None)]),
    # 及时 beside a real limit only qualifies it
    ("及时公开，长期有效", [(S, None, None, None, None)]),
    ("及时公开，20个工作日内", [(W, 20, None, None, None)]),
    ("按进展情况及时公开", [(P, None, None, None, None)]),
    ("动态更新", [(V, None, None, None, None)]),
    ("长期公开，动态更新", [(S, None, None, None, None)]),
    ("变更后及时公开", [(P, None, "变更", None, None)]),
    ("适时公开", [(V, None, None, None, None)]),
    ("按规定时限公开", [(V, None, None, None, None)]),
    ("按要求公开", [(V, None, None, None, None)]),
    ("根据工作进度公开", [(V, None, None, None, None)]),
    ("定期公开", [(V, None, None, None, None)]),
    # periodic and yearly deadlines
    ("每月10日前", [(PER, None, None, "month", None)]),
    ("每月更新", [(PER, None, None, "month", None)]),
    ("每半年更新一次", [(PER, None, None, "half-year", None)]),
    ("每周更新", [(PER, None, None, "week", None)]),
    ("按年度公开", [(PER, None, None, "year", None)]),
    ("每季度结束后15日内", [(PER, None, None, "quarter", None)]),
    ("每年1月31日前", [(DL, None, None, "year", None)]),
    ("每年3月31日前", [(DL, None, None, "year", None)]),
    ("次年1月31日前", [(DL, None, None, "year", None)]),
    ("年度报告于每年1月31日前公开", [(DL, None, None, "year", None)]),
    # numbered, labelled, several lines
    ("（1）项目审批：作出决定之日起7个工作日内；（2）项目竣工：长期公开",
     [(W, 7, "作出决定", None, "项目审批"), (S, None, None, None, "项目竣工")]),
    ("①办事指南：长期公开②审批结果：20个工作日内",
     [(S, None, None, None, "办事指南"), (W, 20, None, None, "审批结果")]),
    ("1、办事指南：长期公开\n2、审批结果：信息形成之日起20个工作日内",
     [(S, None, None, None, "办事指南"), (W, 20, "形成", None, "审批结果")]),
    ("一、长期公开\n二、处罚决定：20个工作日内",
     [(S, None, None, None, None), (W, 20, None, None, "处罚决定")]),
    ("1.除處罰決定外其他內容：長期公開（動態調整）；2.處罰決定：20個工作日內。",
     [(S, None, None, None, "除處罰決定外其他內容"), (W, 20, None, None, "處罰決定")]),
    ("长期公开；每年更新", [(S, None, None, None, None), (PER, None, None, "year", None)]),
    ("公示期：7个工作日", [(W, 7, "公示", None, "公示期")]),
    ("公开时限：20个工作日", [(W, 20, None, None, None)]),
    ("每年1、4、7、10月更新", [(PER, None, None, "year", None)]),
    ("/", [(U, None, None, None, None)]),
    # more from published catalogs
    ("按年公开", [(PER, None, None, "year", None)]),
    ("部门预算经本级财政部门批复后20日内公开", [(D, 20, "批准", None, None)]),
    ("按照区财政统一部署执行", [(V, None, None, None, None)]),
    ("信息形成或變更之日起3個工作日內", [(W, 3, "形成", None, None)]),
    ("每学期开学前", [(LimitKind.EVENT, None, None, "half-year", None)]),
    ("事件发生后第一时间", [(IM, None, "发生", None, None)]),
    ("补贴发放后20个工作日内", [(W, 20, "发放", None, None)]),
    ("受理后即时公开", [(IM, None, "受理", None, None)]),
    ("审核通过后10个工作日内", [(W, 10, "通过", None, None)]),
    ("依法需要公示的，公示期为7天", [(D, 7, "公示", None, None)]),
    ("（一）办事指南：长期公开（二）审批结果：20个工作日内",
     [(S, None, None, None, "办事指南"), (W, 20, None, None, "审批结果")]),
    ("长期公开\r\n信息形成之日起20个工作日内；\n",
     [(S, None, None, None, None), (W, 20, "形成", None, None)]),
    ("10个工作日（特殊情况可延长10个工作日）", [(W, 10, None, None, None), (W, 10, None, None, None)]),
]


def _shape(part: LimitPart) -> tuple[LimitKind, int | None, str | None, str | None, str | None]:
    return (part.kind, part.amount, part.event, part.period, part.label)


def test_the_table_covers_at_least_45_phrasings() -> None:
    assert len({text for text, _ in CASES}) == len(CASES) >= 45


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:30] for c in CASES])
def test_real_phrasings(text: str, expected: list[tuple]) -> None:
    result = parse_timelimit(text)
    assert result.text == text
    assert [_shape(p) for p in result.parts] == expected


def test_part_text_is_as_written_without_numbering_and_trailing_punctuation() -> None:
    result = parse_timelimit("1.除处罚决定外其他内容:长期公开(动态调整); 2.处罚决定:20个工作日内。")
    assert [p.text for p in result.parts] == [
        "除处罚决定外其他内容:长期公开(动态调整)", "处罚决定:20个工作日内",
    ]
    result = parse_timelimit("制定或获取信息之日起10个工作日内，公示7个工作日")
    assert [p.text for p in result.parts] == ["制定或获取信息之日起10个工作日内", "公示7个工作日"]
    assert parse_timelimit("２０個工作日內").parts[0].text == "２０個工作日內"


@pytest.mark.parametrize(("text", "month", "day"), [
    ("每年1月31日前", 1, 31),
    ("每年3月31日前", 3, 31),
    ("每年3月底前", 3, 31),
    ("每年6月30日以前", 6, 30),
    ("每年一月三十一日前", 1, 31),
    ("每年2月底前", 2, 28),
    ("次年1月31日前", 1, 31),
])
def test_deadline_month_and_day(text: str, month: int, day: int) -> None:
    (part,) = parse_timelimit(text).parts
    assert (part.kind, part.period, part.month, part.day) == (DL, "year", month, day)


def test_monthly_deadline_is_periodic_with_its_day() -> None:
    (part,) = parse_timelimit("每月10日前").parts
    assert (part.kind, part.period, part.month, part.day) == (PER, "month", None, 10)


def test_empty_text_has_no_parts_and_is_not_understood() -> None:
    for text in ("", "   ", "；", "\n"):
        result = parse_timelimit(text)
        assert result.parts == ()
        assert result.understood is False
        assert result.max_workdays is None and result.publish_workdays is None and result.period is None


def test_understood_needs_every_part_known() -> None:
    assert parse_timelimit("20个工作日内").understood is True
    assert parse_timelimit("尽快").understood is True  # vague is understood: the checks warn about it
    assert parse_timelimit("同上").understood is False
    assert parse_timelimit("1.长期公开；2.见附件").understood is False


def test_max_workdays_and_max_days() -> None:
    result = parse_timelimit("制定或获取信息之日起10个工作日内，公示7个工作日")
    assert result.max_workdays == 10
    assert result.max_days is None
    result = parse_timelimit("1.办事指南：30日内；2.结果：7日内；3.其他：5个工作日")
    assert result.max_days == 30
    assert result.max_workdays == 5
    assert parse_timelimit("长期公开").max_workdays is None


def test_publish_workdays_skips_the_publicity_duration() -> None:
    assert parse_timelimit("制定或获取信息之日起10个工作日内，公示7个工作日").publish_workdays == 10
    assert parse_timelimit("公示期：7个工作日").publish_workdays is None
    assert parse_timelimit("公示期满后5个工作日内").publish_workdays == 5
    two = parse_timelimit("1.除处罚决定外其他内容:长期公开(动态调整); 2.处罚决定:20个工作日内。")
    assert two.publish_workdays == 20
    assert parse_timelimit("1.指南：15个工作日；2.结果：7个工作日").publish_workdays == 7
    assert parse_timelimit("30日内").publish_workdays is None


def test_publish_days_skips_the_publicity_duration() -> None:
    assert parse_timelimit("30日内").publish_days == 30
    assert parse_timelimit("公示7天").publish_days is None
    assert parse_timelimit("公示7天").max_days == 7
    assert parse_timelimit("批复后20日内公开，公示期不少于7日").publish_days == 20
    assert parse_timelimit("20个工作日内").publish_days is None


def test_period_is_the_longest() -> None:
    assert parse_timelimit("每季度更新").period == "quarter"
    assert parse_timelimit("1.动态：每周更新；2.报告：每年1月31日前").period == "year"
    assert parse_timelimit("1.每月更新；2.每半年更新").period == "half-year"
    assert parse_timelimit("20个工作日").period is None


def test_kinds() -> None:
    assert parse_timelimit("实时公开，长期有效").kinds == frozenset({IM, S})


def test_results_are_cached_and_immutable() -> None:
    first = parse_timelimit("信息形成之日起20个工作日内")
    assert parse_timelimit("信息形成之日起20个工作日内") is first
    assert isinstance(first, TimeLimit)
    with pytest.raises(AttributeError):
        first.parts[0].amount = 5  # type: ignore[misc]


def test_non_text_cells_do_not_crash() -> None:
    assert parse_timelimit(20).parts[0].kind is U  # type: ignore[arg-type]
    assert parse_timelimit(None).parts == ()  # type: ignore[arg-type]


def test_fold() -> None:
    assert fold("２０個工作日內") == "20个工作日内"
    assert fold("二十个工作日") == "20个工作日"
    assert fold("長期公開（動態調整）") == "长期公开(动态调整)"
    assert fold("每年一月三十一日前") == "每年1月31日前"


# Limits anchored on an event or a calendar point (issue 16): (kind, month, day, period, anchor, amount).
ANCHORED = [
    ("招生工作开始前", (LimitKind.EVENT, None, None, None, "招生工作开始", None)),
    ("应于每年招生工作开始前公开", (LimitKind.EVENT, None, None, "year", "招生工作开始", None)),
    ("学期开始前", (LimitKind.EVENT, None, None, None, "学期开始", None)),
    ("每学期开始前", (LimitKind.EVENT, None, None, "half-year", "学期开始", None)),
    ("开学前5日", (LimitKind.EVENT, None, None, None, "开学", 5)),
    ("会议召开前7日", (LimitKind.EVENT, None, None, None, "会议召开", 7)),
    ("年度终了后3个月内", (DL, 3, 31, "year", "年度终了", None)),
    ("上一年度终了后2个月内", (DL, 2, 28, "year", "上一年度终了", None)),
    ("年度终了后30日内", (DL, 1, 30, "year", "年度终了", None)),
    ("年度终了后20个工作日内", (DL, 1, 26, "year", "年度终了", None)),  # the earliest day 20 can reach
    ("次年3月31日前", (DL, 3, 31, "year", None, None)),
    ("每年1月31日前", (DL, 1, 31, "year", None, None)),
    ("年底前", (DL, 12, 31, "year", "年底", None)),
    ("每季度结束后15日内", (PER, None, None, "quarter", "季度结束", None)),
    ("月度终了后10日内", (PER, None, 10, "month", "月度终了", None)),
    ("招生工作结束后10个工作日内", (W, None, None, None, "招生工作结束", 10)),
    ("学年结束后30日内", (D, None, None, None, "学年结束", 30)),  # a school year does not end in December
]


@pytest.mark.parametrize(("text", "expected"), ANCHORED, ids=[c[0] for c in ANCHORED])
def test_anchored_limits(text: str, expected: tuple) -> None:
    (part,) = parse_timelimit(text).parts
    assert (part.kind, part.month, part.day, part.period, part.anchor, part.amount) == expected


@pytest.mark.parametrize("text", ["前款规定", "前三季度", "提前一周發通知邀請"])
def test_before_words_that_are_not_events(text: str) -> None:
    assert all(p.kind is not LimitKind.EVENT for p in parse_timelimit(text).parts)


def test_deadlines_property() -> None:
    assert parse_timelimit("1.年报:年度终了后3个月内; 2.其他:每年1月31日前").deadlines == ((3, 31), (1, 31))
