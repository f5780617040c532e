"""Header text → canonical element (or choice), whatever way the file spells it.

Catalogs are typed by hand in many offices: the same header comes with line breaks, spaces,
full- or half-width brackets, traditional characters or a local synonym. Everything here reduces
a header to one normalized key and looks it up in small explicit tables, so no dependency is
needed and a rule pack can extend the tables with its own ``synonyms``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from disclosecheck.model import (
    AUDIENCE,
    BASIS,
    CHANNELS,
    CONTENT,
    ELEMENTS,
    FORMED,
    ITEM,
    LEVEL,
    LEVEL1,
    LEVEL2,
    MODE,
    PUBLISHED,
    SEQ,
    SUBJECT,
    TIMELIMIT,
    UPDATED,
)

# Traditional → simplified, only the characters that occur in catalog headers, choices and
# channel names. Pairs are written side by side (繁简) so the table cannot drift out of step.
_T2S_PAIRS = (
    "開开內内項项據据時时體体載载對对層层級级會会請请縣县鄉乡號号務务責责單单發发佈布間间後后態态"
    "錄录說说備备註注電电話话諮咨詢询長长門门關关實实現现記记辦办處处鎮镇區区種种類类別别為为與与"
    "範范圍围標标準准條条規规則则經经濟济動动圖图網网報报紙纸視视廣广欄栏徵征資资訊讯產产節节點点"
    "閱阅覽览場场線线兩两題题員员職职權权歸归屬属檢检驗验計计劃划僅仅殘残療疗衛卫環环農农業业戶户"
    "養养醫医稅税財财預预決决積积極极築筑設设認认證证續续專专領领導导組组織织碼码聯联繫系係系負负"
    "統统義义眾众衆众團团選选擇择獲获適适當当應应變变週周歷历曆历屆届舊旧狀状況况結结執执營营總总"
    "數数價价額额頁页體体態态區区網网齡龄級级點点處处鄉乡鎮镇縣县車车務务準准員员據据詳详細细單单"
    "復复覆复參参與与覈核審审補补貼贴險险災灾貧贫龍龙羣群眾众"
)
_T2S = {_T2S_PAIRS[i]: _T2S_PAIRS[i + 1] for i in range(0, len(_T2S_PAIRS), 2)}

# Full-width ASCII (！..～) → half-width, and the bracket/colon variants seen in headers.
_WIDTH = {chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)}
_WIDTH.update({"【": "(", "】": ")", "〔": "(", "〕": ")", "［": "(", "］": ")", "[": "(", "]": ")",
               "〈": "(", "〉": ")", "﹙": "(", "﹚": ")"})

_TRANSLATE = str.maketrans({**_T2S, **_WIDTH})
_SPACE = re.compile(r"\s+")
_BRACKETED = re.compile(r"\([^()]*\)")
_EDGE_MARKS = "*※#:："


def to_simplified(text: str) -> str:
    """``text`` with the traditional characters of the table read as simplified, full-width as half-width."""
    return text.translate(_TRANSLATE)


@lru_cache(maxsize=1 << 16)
def normalize_header(text: str) -> str:
    """The lookup key of a header: simplified, half-width, no whitespace or line breaks, no edge marks."""
    key = _SPACE.sub("", to_simplified(text))
    return key.strip(_EDGE_MARKS)


@lru_cache(maxsize=1 << 14)
def strip_brackets(key: str) -> str:
    """``公开内容(要素)`` → ``公开内容``: bracketed remarks do not change what a column holds."""
    return _BRACKETED.sub("", key).strip(_EDGE_MARKS)


# --- elements ------------------------------------------------------------------------------------------

#: Built-in synonyms: normalized header text → canonical element. The canonical names map to themselves.
#: 公开要求 is the single column some catalogs use instead of 公开依据 + 公开时限: it is read as 公开时限
#: because that is what the timeliness checks need (its text usually holds the time limit).
BUILTIN_SYNONYMS: dict[str, str] = {
    **{e: e for e in ELEMENTS},
    "编号": SEQ, "序": SEQ, "顺序号": SEQ,
    "一级目录": LEVEL1, "一级事项名称": LEVEL1, "一级": LEVEL1, "事项类别": LEVEL1,
    "二级目录": LEVEL2, "二级事项名称": LEVEL2, "二级": LEVEL2,
    # the 义务教育 测评 layout (宿迁市湖滨新区): 一级指标 / 二级指标 / 三级指标 / 公开内容和测评依据
    "一级指标": LEVEL1, "二级指标": LEVEL2, "公开内容和测评依据": CONTENT,
    "事项名称": ITEM, "公开事项名称": ITEM, "事项": ITEM, "目录事项": ITEM, "公开目录": ITEM,
    "公开内容要素": CONTENT, "内容": CONTENT, "公开要素": CONTENT, "公开的内容": CONTENT,
    "公开信息内容": CONTENT,
    "依据": BASIS, "法律依据": BASIS, "政策依据": BASIS, "公开的依据": BASIS,
    "时限": TIMELIMIT, "公开时限要求": TIMELIMIT, "公开要求": TIMELIMIT, "公开时效": TIMELIMIT,
    "责任主体": SUBJECT, "公开单位": SUBJECT, "公开责任主体": SUBJECT, "责任单位": SUBJECT,
    "主体": SUBJECT, "公开部门": SUBJECT, "发布主体": SUBJECT, "公开责任单位": SUBJECT,
    "公开渠道": CHANNELS, "公开载体": CHANNELS, "公开渠道及载体": CHANNELS, "公开渠道与载体": CHANNELS,
    "渠道和载体": CHANNELS, "公开途径": CHANNELS, "公开渠道和载体形式": CHANNELS, "公开平台": CHANNELS,
    "对象": AUDIENCE, "公开范围": AUDIENCE,
    "方式": MODE, "公开形式": MODE, "公开属性": MODE,
    "层级": LEVEL, "公开级别": LEVEL, "公开层次": LEVEL,
    "形成日期": FORMED, "信息生成日期": FORMED, "生成日期": FORMED, "形成时间": FORMED,
    "信息形成时间": FORMED,
    "发布日期": PUBLISHED, "公开时间": PUBLISHED, "发布时间": PUBLISHED, "公开发布日期": PUBLISHED,
    "更新时间": UPDATED, "最后更新": UPDATED, "更新日期": UPDATED, "最后更新日期": UPDATED,
    "最近更新时间": UPDATED, "最新更新日期": UPDATED, "最后更新时间": UPDATED, "最近更新": UPDATED,
}

#: Header texts that are not elements but are known column headings (kept as extra columns). They
#: help tell a second header row from a data row; 三级事项 is one of them: it stays an extra column
#: (``Item.extras["公开事项/三级事项"]``) so that 二级事项 keeps a single meaning.
KNOWN_EXTRAS: frozenset[str] = frozenset({
    "三级事项", "三级目录", "三级指标", "备注", "责任科室", "责任股室", "咨询电话", "联系电话", "监督电话",
    "五公开",
    "决策", "执行", "管理", "服务", "结果", "公开时长", "责任人", "联系人", "备考", "说明", "办理时限",
    "是否公开", "公开链接", "网址", "链接",
})

#: Elements one of which a catalog header must contain (besides two other elements).
CORE_ELEMENTS: frozenset[str] = frozenset({ITEM, LEVEL1, LEVEL2, CONTENT})


def build_synonyms(extra: Mapping[str, str] | None) -> dict[str, str]:
    """The built-in table extended (and overridden) by a rule pack's ``synonyms``, keys normalized."""
    table = dict(BUILTIN_SYNONYMS)
    for text, target in (extra or {}).items():
        table[normalize_header(str(text))] = target
    return table


def header_element(text: str, table: Mapping[str, str]) -> str | None:
    """The canonical element a header cell names, or None."""
    key = normalize_header(text)
    found = table.get(key)
    if found is None:
        bare = strip_brackets(key)
        if bare != key:
            found = table.get(bare)
        if found is None:
            # 公开内容(要素)及要求 (江上乡 财政预决算): a qualifier after the name does not change the column
            stem = _QUALIFIER.sub("", bare)
            if stem != bare and stem in ELEMENTS:  # only a full name: 内容说明 stays unmapped
                found = table.get(stem)
        if found is None:
            # 公开渠道和载体“■”表示必选项,“□”表示可选项) (佛山 市政服务): a legend with its bracket lost
            legend = _LEGEND.search(key)
            if legend is not None and legend.start() > 0:
                found = table.get(key[:legend.start()].strip(_EDGE_MARKS))
    return found if found in ELEMENTS else None


_LEGEND = re.compile(r"[(“\"]*[■□]|表示")


_QUALIFIER = re.compile(r"(?:及|和|与)?(?:要求|说明|标准)$")


# --- choices -------------------------------------------------------------------------------------------

#: Canonical choices per choice element, in display order.
CHOICES: dict[str, tuple[str, ...]] = {
    AUDIENCE: ("全社会", "特定群体"),
    MODE: ("主动", "依申请"),
    LEVEL: ("省级", "市级", "县级", "乡级", "村级"),
}

#: Written choice (normalized) → canonical choice, per element. 乡、村级 (one sub-column in some
#: township catalogs) is read as 乡级; 镇级 and 街道级 are township level too.
CHOICE_ALIASES: dict[str, dict[str, str]] = {
    AUDIENCE: {
        "全社会": "全社会", "社会": "全社会", "社会公众": "全社会", "公众": "全社会", "全体": "全社会",
        "全社": "全社会",  # a header cut short in a published catalog (政府信息公开 部门目录)
        "全社会公开": "全社会",
        # the public's usual words for "anyone" (issue 15: 不特定公众 was refused while 公众 passed)
        "不特定公众": "全社会", "不特定对象": "全社会", "社会各界": "全社会", "社会大众": "全社会",
        "广大群众": "全社会",
        "特定群体": "特定群体", "特定群众": "特定群体", "特定对象": "特定群体", "特定人群": "特定群体",
        "特定群体公开": "特定群体",
    },
    MODE: {
        "主动": "主动", "主动公开": "主动",
        "依申请": "依申请", "依申请公开": "依申请", "申请公开": "依申请", "依申请的公开": "依申请",
    },
    LEVEL: {
        "省级": "省级", "省": "省级",
        "市级": "市级", "市": "市级", "州级": "市级",
        "县级": "县级", "县": "县级", "区级": "县级", "县区级": "县级", "县(市、区)级": "县级",
        "县(区)级": "县级", "县(市)级": "县级", "县市区级": "县级",
        "乡级": "乡级", "乡": "乡级", "镇级": "乡级", "镇": "乡级", "乡镇级": "乡级", "乡镇": "乡级",
        "乡、村级": "乡级", "乡村级": "乡级", "乡(镇)级": "乡级", "街道级": "乡级", "街道": "乡级",
        "乡镇(街道)级": "乡级", "乡镇街道级": "乡级", "镇(街道)级": "乡级", "街道镇": "乡级",
        "街镇": "乡级", "街道(镇)": "乡级", "镇(街道)": "乡级",
        "村级": "村级", "村": "村级", "村(社区)级": "村级", "社区": "村级", "村居": "村级",
        "社区级": "村级", "村居级": "村级",
    },
}

#: Choice names that, written alone as a top header, are unambiguous tick columns of their element.
_HEADER_CHOICES: dict[str, tuple[str, str]] = {
    key: (element, choice)
    for element, aliases in CHOICE_ALIASES.items()
    for key, choice in aliases.items()
    if len(key) >= 2 and key not in {"社会", "公众", "全体", "乡镇", "街道", "社区", "村居"}
}


def choice_for(element: str, text: str) -> str | None:
    """The canonical choice of ``element`` that ``text`` names (依申请公开 → 依申请), or None."""
    aliases = CHOICE_ALIASES.get(element)
    if not aliases:
        return None
    key = normalize_header(text)
    found = aliases.get(key)
    if found is None:
        bare = strip_brackets(key)
        found = aliases.get(bare)
    if found is None and element == LEVEL:
        found = _joint_level(key, aliases)
    return found


_LEVEL_JOIN = re.compile(r"[、,/]")
_LEVEL_SUFFIXES = ("街道级", "市级", "县级", "区级", "乡级", "镇级", "村级")


def _joint_level(key: str, aliases: dict[str, str]) -> str | None:
    """``镇、村级`` → 乡级: one sub-column for two levels names the higher one, as 乡、村级 does."""
    parts = [p for p in _LEVEL_JOIN.split(key) if p]
    if len(parts) < 2:
        # 东阳市级, 某某县级: a level named with its place is that level
        suffix = next((x for x in _LEVEL_SUFFIXES if key.endswith(x) and len(key) > len(x)), None)
        return aliases.get(suffix) if suffix else None
    levels = [aliases.get(p) or aliases.get(p + "级") for p in parts]
    return levels[0] if all(levels) else None


def header_choice(text: str) -> tuple[str, str] | None:
    """(element, choice) when a header cell is a bare choice name (全社会, 依申请公开, 县级 …)."""
    return _HEADER_CHOICES.get(normalize_header(text))


def is_known_extra(text: str) -> bool:
    key = normalize_header(text)
    return key in KNOWN_EXTRAS or strip_brackets(key) in KNOWN_EXTRAS


# --- notes ---------------------------------------------------------------------------------------------

#: How notes rows under (or between) tables begin: 注：…, 说明：…, 填表说明…, 标准目录要素说明：…
NOTES_PREFIXES: tuple[str, ...] = (
    "注:", "注1", "注一", "注释", "附注", "备注:", "说明", "填表说明", "填报说明", "标准目录要素说明",
    "要素说明", "附:",
)


def is_notes_text(text: str) -> bool:
    """Whether a lone cell text starts like a note (注：…, 说明：…)."""
    head = _SPACE.sub("", to_simplified(text[:24])).lstrip("*※#")
    return head == "注" or head.startswith(NOTES_PREFIXES)
