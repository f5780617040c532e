"""Properties of parse_timelimit that must hold for any text a catalog may hold."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosecheck.timelimit import LimitKind, parse_timelimit

# Phrasings written in simplified characters, from real catalogs (see test_timelimit.py).
PHRASINGS = [
    "信息形成或者变更之日起20个工作日内",
    "制定或获取信息之日起10个工作日内，公示7个工作日",
    "作出决定之日起7个工作日内",
    "分配结果确定后20个工作日内",
    "实时公开",
    "及时公开",
    "长期公开(动态调整)",
    "1.除处罚决定外其他内容:长期公开(动态调整); 2.处罚决定:20个工作日内。",
    "每年1月31日前",
    "每季度更新",
    "每月10日前",
    "按季度公开",
    "每年公开一次",
    "30日内",
    "尽快",
    "适时公开",
    "按规定时限公开",
    "根据工作进度公开",
    "常态化公开",
    "任期内",
    "公示期满后5个工作日内",
    "自受理之日起20个工作日内",
    "批准后7个工作日内",
    "每半年更新一次",
    "随时公开",
    "（1）项目审批：作出决定之日起7个工作日内；（2）项目竣工：长期公开",
    "二十个工作日",
    "同上",
]

# Simplified → traditional, written independently of the module under test.
TO_TRADITIONAL = {
    "个": "個", "内": "內", "实": "實", "时": "時", "长": "長", "动": "動", "态": "態", "调": "調",
    "规": "規", "据": "據", "确": "確", "变": "變", "开": "開", "决": "決", "后": "後", "尽": "盡",
    "适": "適", "随": "隨", "进": "進", "处": "處", "罚": "罰", "获": "獲", "满": "滿", "批": "批",
    "准": "準", "两": "兩", "务": "務", "发": "發", "结": "結", "审": "審", "项": "項", "为": "為",
}

CN_DIGITS = "零一二三四五六七八九"


def chinese_numeral(n: int) -> str:
    """1..999 the way a clerk writes it: 七, 十五, 二十, 一百零五, 一百一十, 三百六十五."""
    if n < 10:
        return CN_DIGITS[n]
    if n < 20:
        return "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return CN_DIGITS[n // 10] + "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    head = CN_DIGITS[n // 100] + "百"
    rest = n % 100
    if rest == 0:
        return head
    if rest < 10:
        return head + "零" + CN_DIGITS[rest]
    return head + CN_DIGITS[rest // 10] + "十" + (CN_DIGITS[rest % 10] if rest % 10 else "")


def full_width(digits: str) -> str:
    return "".join(chr(ord(c) - ord("0") + ord("０")) for c in digits)


def shape(text: str) -> list[tuple]:
    return [(p.kind, p.amount, p.event, p.period, p.month, p.day, p.label is not None)
            for p in parse_timelimit(text).parts]


# Characters that exercise the splitter and the patterns, mixed with anything at all.
TRICKY_CHARS = ("0123456789０１２十百一二两零个個工作日天月年前内後后每季度周"
                ";；,，、:：。.()（）①②\n 　长期公开及时实时公示按规定")
TRICKY = st.sampled_from([*TRICKY_CHARS, "工作日", "个工作日", "之日起", "1.", "2、", "（1）", "每年",
                          "月底前"])


@settings(max_examples=400)
@given(st.one_of(st.text(max_size=120), st.lists(TRICKY, max_size=40).map("".join)))
def test_never_raises_and_parts_are_consistent(text: str) -> None:
    result = parse_timelimit(text)
    assert result.text == text
    for part in result.parts:
        assert isinstance(part.kind, LimitKind)
        assert part.text  # a part is never empty
        if part.kind in (LimitKind.WORKDAYS, LimitKind.DAYS):
            assert part.amount is not None and part.amount >= 0
        else:
            assert part.amount is None
        if part.kind is LimitKind.DEADLINE:
            assert part.period == "year" and part.month is not None and part.day is not None
        if part.kind is LimitKind.PERIODIC:
            assert part.period in {"year", "half-year", "quarter", "month", "week"}
    assert result.understood == (bool(result.parts) and LimitKind.UNKNOWN not in result.kinds)


@given(
    n=st.integers(min_value=1, max_value=365),
    form=st.sampled_from(["ascii", "full", "chinese"]),
    unit=st.sampled_from(["个工作日", "個工作日", "工作日", "个 工作日"]),
    suffix=st.sampled_from(["", "内", "內", "以内"]),
    prefix=st.sampled_from(["", "信息形成或者变更之日起", "自受理之日起", " "]),
)
def test_n_working_days_in_any_digit_form(n: int, form: str, unit: str, suffix: str, prefix: str) -> None:
    number = {"ascii": str(n), "full": full_width(str(n)), "chinese": chinese_numeral(n)}[form]
    result = parse_timelimit(f"{prefix}{number}{unit}{suffix}")
    assert [(p.kind, p.amount) for p in result.parts] == [(LimitKind.WORKDAYS, n)]
    assert result.publish_workdays == n


@given(st.sampled_from(PHRASINGS), st.data())
def test_traditional_and_simplified_parse_the_same(text: str, data: st.DataObject) -> None:
    convertible = [i for i, ch in enumerate(text) if ch in TO_TRADITIONAL]
    chosen = data.draw(st.sets(st.sampled_from(convertible)) if convertible else st.just(set()))
    traditional = "".join(TO_TRADITIONAL[ch] if i in chosen else ch for i, ch in enumerate(text))
    assert shape(traditional) == shape(text)


SURROUNDINGS = st.text(alphabet=" \t　，。；：、！？“”", max_size=4)


@given(st.sampled_from(PHRASINGS), SURROUNDINGS, SURROUNDINGS)
def test_surrounding_whitespace_and_punctuation_change_nothing(text: str, before: str, after: str) -> None:
    assert parse_timelimit(before + text + after).parts == parse_timelimit(text).parts
