"""Header text normalization: spaces, brackets, traditional characters, synonyms, choices, notes."""

from __future__ import annotations

import pytest

from disclosecheck.locate.headers import (
    build_synonyms,
    choice_for,
    header_choice,
    header_element,
    is_notes_text,
    normalize_header,
    strip_brackets,
)

TABLE = build_synonyms(None)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("公开内容（要素）", "公开内容(要素)"),
        (" 公开\n内容\r\n（要素） ", "公开内容(要素)"),
        ("公開內容【要素】", "公开内容(要素)"),
        ("公开时限：", "公开时限"),
        ("*公开主体", "公开主体"),
        ("ＡＢＣ１２３", "ABC123"),
    ],
)
def test_normalize_header(text: str, key: str) -> None:
    assert normalize_header(text) == key


def test_strip_brackets() -> None:
    assert strip_brackets("公开内容(要素)") == "公开内容"
    assert strip_brackets("公开渠道和载体(■政府网站□政府公报)") == "公开渠道和载体"


@pytest.mark.parametrize(
    ("text", "element"),
    [
        ("公開事項", "公开事项"),
        ("公開內容(要素)", "公开内容"),
        ("公開依據", "公开依据"),
        ("公開時限", "公开时限"),
        ("公開主體", "公开主体"),
        ("公開渠道和載體", "公开渠道和载体"),
        ("公開對象", "公开对象"),
        ("公開方式", "公开方式"),
        ("公開層級", "公开层级"),
        ("序號", "序号"),
        ("一級事項", "一级事项"),
        ("二級事項", "二级事项"),
        ("责任主体", "公开主体"),
        ("公开单位", "公开主体"),
        ("公开渠道", "公开渠道和载体"),
        ("公开载体", "公开渠道和载体"),
        ("公开渠道及载体", "公开渠道和载体"),
        ("发布日期", "公开日期"),
        ("公开时间", "公开日期"),
        ("形成日期", "信息形成日期"),
        ("信息生成日期", "信息形成日期"),
        ("更新时间", "最近更新日期"),
        ("最后更新", "最近更新日期"),
        ("公开要求", "公开时限"),
        ("事项名称", "公开事项"),
        ("發佈日期", "公开日期"),
        ("更新時間", "最近更新日期"),
    ],
)
def test_header_element(text: str, element: str) -> None:
    assert header_element(text, TABLE) == element


@pytest.mark.parametrize(
    "text", ["备注", "责任科室", "咨询电话", "五公开", "公开时长", "三级事项", "", "公开"]
)
def test_not_elements(text: str) -> None:
    assert header_element(text, TABLE) is None


def test_pack_synonyms_are_normalized_and_override() -> None:
    table = build_synonyms({"信息 要素": "公开内容", "公开要求": "公开依据", "發佈單位": "公开主体"})
    assert header_element("信息要素", table) == "公开内容"
    assert header_element("公开要求", table) == "公开依据"
    assert header_element("发布单位", table) == "公开主体"
    assert header_element("公开要求", TABLE) == "公开时限"  # the built-in table is unchanged


@pytest.mark.parametrize(
    ("element", "text", "choice"),
    [
        ("公开对象", "全社會", "全社会"),
        ("公开对象", "特定群众", "特定群体"),
        ("公开对象", "特定群體", "特定群体"),
        ("公开方式", "依申請", "依申请"),
        ("公开方式", "依申请公开", "依申请"),
        ("公开方式", "主动公开", "主动"),
        ("公开层级", "縣級", "县级"),
        ("公开层级", "鄉級", "乡级"),
        ("公开层级", "乡、村级", "乡级"),
        ("公开层级", "镇级", "乡级"),
        ("公开层级", "村级", "村级"),
        ("公开层级", "县（市、区）级", "县级"),
        ("公开层级", "省直", None),
        ("公开方式", "不公开", None),
        ("公开序号", "主动", None),
    ],
)
def test_choice_for(element: str, text: str, choice: str | None) -> None:
    assert choice_for(element, text) == choice


def test_header_choice() -> None:
    assert header_choice("依申请公开") == ("公开方式", "依申请")
    assert header_choice("全社会") == ("公开对象", "全社会")
    assert header_choice("社区") is None  # too vague alone


@pytest.mark.parametrize(
    ("text", "notes"),
    [
        ("注：本目录……", True),
        ("注:", True),
        ("注", True),
        ("注 1：……", True),
        ("说明：……", True),
        ("填表说明", True),
        ("标准目录要素说明：……", True),
        ("附件1 城市综合执法目录", False),
        ("注册登记", False),
        ("绿化管理", False),
    ],
)
def test_notes_text(text: str, notes: bool) -> None:
    assert is_notes_text(text) is notes
