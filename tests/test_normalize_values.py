"""Single-cell readers: text cleaning, dates, tick marks and choice words, channel checklists."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from disclosecheck.normalize import parse_date
from disclosecheck.normalize.channels import parse_channels
from disclosecheck.normalize.choices import parse_choice_words, split_words, tick_value
from disclosecheck.normalize.values import clean_text, is_same_as_above


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, ""),
        ("  绿化管理 ", "绿化管理"),
        ("1.机构职能\r\n2.执法程序", "1.机构职能\n2.执法程序"),
        ("a   b\t\u3000c", "a b c"),
        ("第一行  \n  第二行", "第一行\n第二行"),
        (1.0, "1"),
        (12, "12"),
        (2.5, "2.5"),
        (True, "是"),
        (datetime(2026, 3, 5), "2026-03-05"),
        (datetime(2026, 3, 5, 10, 30), "2026-03-05 10:30"),
        (date(2026, 3, 5), "2026-03-05"),
    ],
)
def test_clean_text(value: object, expected: str) -> None:
    assert clean_text(value) == expected


@pytest.mark.parametrize("text", ["同上", "同上。", "同 上", "同上；"])
def test_same_as_above(text: str) -> None:
    assert is_same_as_above(clean_text(text))


@pytest.mark.parametrize("text", ["", "同上级部门", "见上", "同上述规定办理的事项"])
def test_not_same_as_above(text: str) -> None:
    assert not is_same_as_above(text)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (date(2026, 3, 5), date(2026, 3, 5)),
        (datetime(2026, 3, 5, 10, 0), date(2026, 3, 5)),
        (46086, date(2026, 3, 5)),
        (46086.5, date(2026, 3, 5)),
        ("46086", date(2026, 3, 5)),
        ("2026年3月5日", date(2026, 3, 5)),
        ("2026 年 03 月 05 日", date(2026, 3, 5)),
        ("2026.3.5", date(2026, 3, 5)),
        ("2026/03/05", date(2026, 3, 5)),
        ("2026-3-5", date(2026, 3, 5)),
        ("2026-03-05 10:00", date(2026, 3, 5)),
        ("2026-03-05T10:00:00", date(2026, 3, 5)),
        ("２０２６－０３－０５", date(2026, 3, 5)),
        ("20260305", date(2026, 3, 5)),
    ],
)
def test_parse_date(value: object, expected: date) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    "value", [None, "", "长期", "2026年3月", "2026-13-01", "2026-02-30", 2026, 7, True, "同上"]
)
def test_parse_date_not_a_date(value: object) -> None:
    assert parse_date(value) is None


@pytest.mark.parametrize("mark", ["√", "✓", "✔", "●", "是", "Y", "y", "☑", "■", "√ ", " √", "Ｙ", "\uf0fc"])
def test_ticks(mark: str) -> None:
    assert tick_value(mark) is True


@pytest.mark.parametrize(
    ("mark", "expected"),
    [("", False), ("×", False), ("否", False), ("/", False), ("不公开", None), ("县级", None)],
)
def test_non_ticks(mark: str, expected: bool | None) -> None:
    assert tick_value(mark) is expected


def test_split_words() -> None:
    assert split_words("全社会、特定群体") == ["全社会", "特定群体"]
    assert split_words("县级，乡级;村级/市级 省级\n乡级") == ["县级", "乡级", "村级", "市级", "省级", "乡级"]


@pytest.mark.parametrize(
    ("element", "text", "chosen", "unknown"),
    [
        ("公开对象", "全社会、特定群体", {"全社会", "特定群体"}, []),
        ("公开对象", "特定群众", {"特定群体"}, []),
        ("公开方式", "主动", {"主动"}, []),
        ("公开方式", "依申请公开", {"依申请"}, []),
        ("公开方式", "主动；不公开", {"主动"}, ["不公开"]),
        ("公开层级", "县级、乡级", {"县级", "乡级"}, []),
        ("公开层级", "镇级,村级", {"乡级", "村级"}, []),
        ("公开层级", "省直", set(), ["省直"]),
        ("公开方式", "依申請", {"依申请"}, []),
    ],
)
def test_choice_words(element: str, text: str, chosen: set[str], unknown: list[str]) -> None:
    assert parse_choice_words(element, text) == (chosen, unknown)


@pytest.mark.parametrize(
    ("text", "chosen", "listed"),
    [
        (
            "■政府网站 □政府公报 ■两微一端 □发布会 ■公开查阅点",
            ["政府网站", "两微一端", "公开查阅点"],
            ["政府网站", "政府公报", "两微一端", "发布会", "公开查阅点"],
        ),
        ("t政府网站 口政府公报 þ两微一端", ["政府网站", "两微一端"], ["政府网站", "政府公报", "两微一端"]),
        ("√政府网站 ☑政府公报 □发布会", ["政府网站", "政府公报"], ["政府网站", "政府公报", "发布会"]),
        ("■ 政府网站 □ 政府公报", ["政府网站"], ["政府网站", "政府公报"]),
        (
            "■政府网站□政府公报■便民服务窗口",
            ["政府网站", "便民服务窗口"],
            ["政府网站", "政府公报", "便民服务窗口"],
        ),
        ("口政府网站\n口政府公报", [], ["政府网站", "政府公报"]),
        (
            "\uf06e政府网站 \uf0a8政府公报 \uf0fe公开查阅点",
            ["政府网站", "公开查阅点"],
            ["政府网站", "政府公报", "公开查阅点"],
        ),
        ("政府网站、公开查阅点", ["政府网站", "公开查阅点"], ["政府网站", "公开查阅点"]),
        ("便民服务窗口", ["便民服务窗口"], ["便民服务窗口"]),
        ("■其他 村务公开栏 □发布会", ["其他 村务公开栏"], ["其他 村务公开栏", "发布会"]),
    ],
)
def test_channels(text: str, chosen: list[str], listed: list[str]) -> None:
    assert parse_channels(text) == (chosen, listed)
