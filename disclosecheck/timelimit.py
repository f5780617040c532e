"""Understanding a 公开时限 as written in a catalog.

The 公开时限 column is free text: ``信息形成或者变更之日起20个工作日内``, ``二十个工作日``,
``長期公開（動態調整）``, ``每年1月31日前``, or several limits at once
(``1.除处罚决定外其他内容:长期公开(动态调整); 2.处罚决定:20个工作日内。``). The checks need to know
what kind of limit each part is (working days, calendar days, immediate, standing, periodic, a
yearly deadline, vague) and its numbers, so they can compare it with the 20 working days of
《政府信息公开条例》第二十六条 and with the update dates.

How it works: the text is folded (full-width → half-width, traditional → simplified characters,
Chinese numerals → digits) keeping a map back to the original characters; split into parts
(numbered items, ``;`` and line breaks, then clauses at commas when each clause holds a limit);
each part is classified by precompiled patterns. Pure functions, no I/O, cached.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache

__all__ = ["PERIODS", "LimitKind", "LimitPart", "TimeLimit", "fold", "parse_timelimit"]


class LimitKind(StrEnum):
    WORKDAYS = "workdays"  # N个工作日(内) — amount = N
    DAYS = "days"  # N日/N天/N个自然日 (calendar days) — amount = N
    IMMEDIATE = "immediate"  # 实时公开, 即时, 随时
    PROMPT = "prompt"  # 及时公开: says no more than 尽快 alone; fine beside a definite limit
    STANDING = "standing"  # 长期公开, 动态调整, 长期, 常态化公开, 最新有效, 任期内
    PERIODIC = "periodic"  # 每年/每半年/每季度/每月/每周(更新|公开) — period set
    DEADLINE = "deadline"  # 每年X月X日前, 次年3月31日前, 年度终了后3个月内 — month, day set; period="year"
    EVENT = "event"  # 招生工作开始前, 学期开始前, 开学前5日 — before a named event; anchor set
    VAGUE = "vague"  # 尽快, 适时, 按规定, 按要求, 根据工作进度 …
    UNKNOWN = "unknown"  # nothing recognisable


#: The periods of PERIODIC/DEADLINE parts, longest first.
PERIODS: tuple[str, ...] = ("year", "half-year", "quarter", "month", "week")
_PERIOD_RANK = {p: len(PERIODS) - i for i, p in enumerate(PERIODS)}


@dataclass(frozen=True, slots=True)
class LimitPart:
    """One limit within a 公开时限.

    ``text`` is the part as written (numbering and surrounding punctuation removed). ``event``
    is the first event named before the limit, in simplified characters and canonical form
    (``作出决定`` for 作出行政处罚决定/决定作出; ``公示`` when the part is how long a 公示 lasts;
    ``期满`` when the limit runs from the end of a 公示 — deliberately without the word 公示, which
    marks a duration). ``label`` is the scope a multi-part limit gives the part (``处罚决定`` in
    ``2.处罚决定:20个工作日内``), as written.

    ``anchor`` is the event or calendar point a limit is tied to, folded (simplified characters):
    ``招生工作开始`` in ``招生工作开始前`` (an EVENT part), ``年度终了`` in ``年度终了后3个月内`` (a
    DEADLINE part, month 3 day 31), ``季度终了`` in ``每季度终了后15日内`` (a PERIODIC part),
    ``招生工作结束`` in ``招生工作结束后10个工作日内`` (a WORKDAYS part counted from that end).

    Approximations, so that every common phrasing has a kind: ``N个月`` is DAYS 30·N, ``N周``
    DAYS 7·N, ``N小时`` DAYS ⌈N/24⌉; ``每日/每天更新`` is IMMEDIATE; ``每月10日前`` is PERIODIC
    ``month`` with ``day`` 10 (DEADLINE is only for yearly dates, where ``month`` is set);
    ``年度终了后N个工作日内`` is the DEADLINE of the earliest day N working days can reach (N + two
    weekend days per full week: 20 → 1月26日), so that a ceiling is exceeded only when it surely is.
    """

    kind: LimitKind
    text: str
    amount: int | None = None
    event: str | None = None
    period: str | None = None
    month: int | None = None
    day: int | None = None
    label: str | None = None
    anchor: str | None = None


@dataclass(frozen=True, slots=True)
class TimeLimit:
    """A whole 公开时限 cell: its text and its parts in the order written."""

    text: str
    parts: tuple[LimitPart, ...]

    @property
    def understood(self) -> bool:
        """Every part has a kind other than UNKNOWN, and there is at least one part."""
        return bool(self.parts) and all(p.kind is not LimitKind.UNKNOWN for p in self.parts)

    @property
    def kinds(self) -> frozenset[LimitKind]:
        return frozenset(p.kind for p in self.parts)

    @property
    def max_workdays(self) -> int | None:
        return max((p.amount for p in self.parts if p.kind is LimitKind.WORKDAYS and p.amount is not None),
                   default=None)

    @property
    def max_days(self) -> int | None:
        return max((p.amount for p in self.parts if p.kind is LimitKind.DAYS and p.amount is not None),
                   default=None)

    @property
    def period(self) -> str | None:
        """The longest period among PERIODIC/DEADLINE parts: how often the item must be refreshed."""
        periods = [p.period for p in self.parts
                   if p.kind in (LimitKind.PERIODIC, LimitKind.DEADLINE, LimitKind.EVENT)
                   and p.period in _PERIOD_RANK]
        return max(periods, key=_PERIOD_RANK.__getitem__, default=None)

    @property
    def deadlines(self) -> tuple[tuple[int, int], ...]:
        """The yearly (month, day) deadlines of DEADLINE parts, in the order written."""
        return tuple((p.month, p.day) for p in self.parts
                     if p.kind is LimitKind.DEADLINE and p.month is not None and p.day is not None)

    @property
    def publish_days(self) -> int | None:
        """The calendar-day limit for publishing: the smallest DAYS part that is not a 公示 duration."""
        return min((p.amount for p in self.parts
                    if p.kind is LimitKind.DAYS and p.amount is not None and p.event != "公示"),
                   default=None)

    @property
    def publish_workdays(self) -> int | None:
        """The working-day limit for publishing: the smallest WORKDAYS part that is not a 公示 duration.

        ``制定或获取信息之日起10个工作日内，公示7个工作日`` → 10: the 7 days say how long the 公示
        stays up, not how fast it goes up.
        """
        return min((p.amount for p in self.parts
                    if p.kind is LimitKind.WORKDAYS and p.amount is not None and p.event != "公示"),
                   default=None)


# --- folding -----------------------------------------------------------------------------------------

_TRADITIONAL = (
    "個个 內内 實实 時时 長长 動动 態态 調调 規规 據据 確确 變变 開开 決决 後后 於于 週周 盡尽 適适 隨随 "
    "當当 應应 業业 務务 進进 發发 佈布 辦办 結结 處处 罰罚 權权 準准 審审 簽签 訂订 獲获 製制 產产 過过 "
    "滿满 間间 關关 況况 視视 際际 條条 見见 續续 頒颁 達达 號号 單单 項项 為为 爲为 與与 並并 無无 須须 "
    "兩两 圍围 範范 歷历 曆历 餘余 則则 級级 裡里 裏里 從从 總总 報报 議议 會会 線线 網网 門门 區区 縣县 "
    "鄉乡 鎮镇 請请 許许 證证 執执 諮咨 詢询 訴诉 監监 說说 經经 營营 氣气 統统 計计 預预 財财 資资 訊讯 "
    "節节 驗验 備备 記记 啟启 標标 數数 額额 屆届 將将 臺台 該该 異异 畢毕 禮礼 歲岁 銷销 戶户 傳传 "
    "壹一 貳二 贰二 參三 叁三 肆四 伍五 陸六 陆六 柒七 捌八 玖九 拾十 佰百 仟千"
)
_TRAD_TABLE = str.maketrans({pair[0]: pair[1] for pair in _TRADITIONAL.split()})
_CIRCLED = {chr(0x2460 + i): f"{i + 1}." for i in range(20)}  # ①..⑳ (NFKC would make them bare digits)
_CIRCLED.update({chr(0x2776 + i): f"{i + 1}." for i in range(10)})  # ❶..❿
_CIRCLED.update({chr(0x24F5 + i): f"{i + 1}." for i in range(10)})  # ⓵..⓾


@lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    circled = _CIRCLED.get(ch)
    if circled is not None:
        return circled
    return unicodedata.normalize("NFKC", ch).translate(_TRAD_TABLE)


_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
              "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
# A Chinese numeral counts something only before a unit of time: 二十个工作日, 七日, 一月三十一日, 两周.
_CN_NUMBER = re.compile(r"[零〇一二两三四五六七八九十百千]{1,12}"
                        r"(?=\s*(?:个\s*)?(?:工作日|自然日|日历日|日|天|小时|月|周|星期|号))")


def _cn_to_int(numeral: str) -> int:
    """二十 → 20, 一百零五 → 105, 十五 → 15, 三百六十五 → 365, 一二〇 → 120."""
    if not any(ch in _CN_UNITS for ch in numeral):
        value = 0
        for ch in numeral:
            value = value * 10 + _CN_DIGITS[ch]
        return value
    total = section = digit = 0
    for ch in numeral:
        if ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch]
        else:
            unit = _CN_UNITS[ch]
            if digit == 0 and unit == 10 and section == 0 and total == 0:
                digit = 1  # 十五: a leading 十 means one ten
            section += digit * unit
            digit = 0
    return total + section + digit


@dataclass(frozen=True, slots=True)
class _Folded:
    """Folded text and, per folded character, the span of the original it came from."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def original(self, source: str, start: int, end: int) -> str:
        if start >= end:
            return ""
        return source[self.starts[start]:self.ends[end - 1]]


def _fold_mapped(text: str) -> _Folded:
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for i, ch in enumerate(text):
        for out in _fold_char(ch):
            chars.append(out)
            starts.append(i)
            ends.append(i + 1)
    if " " in chars or "\t" in chars:
        chars, starts, ends = _close_gaps(chars, starts, ends)
    folded = "".join(chars)
    if _CN_NUMBER.search(folded) is None:
        return _Folded(folded, tuple(starts), tuple(ends))
    # Replace Chinese numerals by digits, keeping the map: each new digit maps to the whole numeral.
    new_chars: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    pos = 0
    for m in _CN_NUMBER.finditer(folded):
        new_chars.extend(folded[pos:m.start()])
        new_starts.extend(starts[pos:m.start()])
        new_ends.extend(ends[pos:m.start()])
        digits = str(_cn_to_int(m.group()))
        new_chars.extend(digits)
        new_starts.extend([starts[m.start()]] * len(digits))
        new_ends.extend([ends[m.end() - 1]] * len(digits))
        pos = m.end()
    new_chars.extend(folded[pos:])
    new_starts.extend(starts[pos:])
    new_ends.extend(ends[pos:])
    return _Folded("".join(new_chars), tuple(new_starts), tuple(new_ends))


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _close_gaps(chars: list[str], starts: list[int],
                ends: list[int]) -> tuple[list[str], list[int], list[int]]:
    """Drop spaces beside Chinese characters: ``制 定 或 获 取 信 息之日起 10 个 工作日内``, ``20个工 作日``.

    Catalogs converted from PDF or typed with justified spacing put spaces inside words; Chinese needs
    none between words, so a space next to a Chinese character is never meaningful. Line breaks stay:
    they separate the parts of a limit.
    """
    keep = []
    n = len(chars)
    for i, ch in enumerate(chars):
        if ch in " \t":
            before = next((chars[j] for j in range(i - 1, -1, -1) if chars[j] not in " \t"), "")
            after = next((chars[j] for j in range(i + 1, n) if chars[j] not in " \t"), "")
            if _is_cjk(before) or _is_cjk(after):
                continue
        keep.append(i)
    return [chars[i] for i in keep], [starts[i] for i in keep], [ends[i] for i in keep]


def fold(text: str) -> str:
    """The canonical spelling the patterns are written for: half-width, simplified, Arabic digits.

    ``２０個工作日內`` → ``20个工作日内``; ``二十个工作日`` → ``20个工作日``. Useful to the checks
    for comparing labels and events written in different scripts.
    """
    return _fold_mapped(text).text


# --- patterns (written for folded text) ------------------------------------------------------------------

_SEGMENT_SEP = re.compile(r"[;\n\r\u2028\u2029。]")
_CLAUSE_SEP = re.compile(r",")
_STRIP = " \t\f\v\u3000,;:.。、!?\"'“”‘’·…"
_MARKER = re.compile(
    r"\(\s*(?P<p>\d{1,2})\s*\)|(?P<d>\d{1,2})\s*[.、)](?!\d)"
    r"|\(\s*(?P<pc>[一二三四五六七八九十]{1,3})\s*\)|(?P<c>[一二三四五六七八九十]{1,3})\s*、"
)

_NUMERIC = re.compile(
    r"(?<!\d)(?P<n>\d{1,7})\s*(?P<ge>个\s*)?"
    r"(?P<unit>工作日|自然日|日历日|天|日(?!历)|小时|周|星期|礼拜|月)"
)
_HALF_MONTH = re.compile(r"半个?月")
_WITHIN = re.compile(r"\s*(?:以内|之内|内)")

_DEADLINE = re.compile(
    r"(?<!\d)(?<!\d年)(?<!\d年\s)(?P<m>\d{1,2})\s*月\s*(?:(?P<d>\d{1,2})\s*[日号]|(?P<end>底|末))?"
    r"(?P<before>\s*(?:之前|以前|前|止|为止))?"
)
_YEARLY_PREFIX = re.compile(r"(?:每年度?|每一年|次年|年度|下一年度?|翌年)\s*的?\s*$")
_MONTH_DAY = re.compile(r"(?:[每次]个?月|逐月|按月)\s*(?P<d>\d{1,2})\s*[日号]")

#: After the end of a calendar period: 年度终了后3个月内 (a yearly deadline, 3月31日), 每季度结束后15日内,
#: 月度终了后10日内. 条例第四十九条 writes its annual-report deadlines this way round (每年1月31日前).
_PERIOD_END = re.compile(
    r"(?<![\d年学])(?P<a>(?:上一?个?|每一?个?)?(?P<p>会计年度|财政年度|自然年度?|半年度?|年度|年|季度|季|月度|月)"
    r"(?:终了|结束|届满|末|底))\s*(?:之日)?\s*(?:后|起)\s*(?P<n>\d{1,3})\s*(?P<ge>个\s*)?"
    r"(?P<unit>工作日|自然日|日历日|日|天|月)"
)
_YEAR_END = re.compile(r"(?:每年|当年|本年度?)?(?:年底|年末|年终)\s*(?:之前|以前|前)")
#: Before a named event: 招生工作开始前, 每学期开始前, 开学前5日. The verb ends the event's name; 前 must
#: not start 前款/前述/前三季度.
_EVENT_VERBS = ("开始|开学|开园|开工|开放|开展|启动|召开|举行|举办|实施|施行|报名|招生|录取|入学|入园|分配|"
                "发放|评审|评选|考试|换届|选举|截止")
_BEFORE_EVENT = re.compile(
    rf"(?P<a>[\u4e00-\u9fff]{{0,12}}?(?:{_EVENT_VERBS}))\s*(?:之|以)?前(?![款述列期]|\d*\s*(?:季|个?月|年|名|位|条|项))"
    r"(?:\s*(?P<n>\d{1,3})\s*(?:个\s*)?(?P<unit>工作日|自然日|日|天))?"
)
#: Words before an event's name that are not part of it: 应于每年招生工作开始前 → 招生工作开始.
_ANCHOR_LEAD = re.compile(r"^(?:应当?|须|需|要)?(?:在|于)?(?:每一?个?(?:学年|学期|年度?|次))?(?:的)?")
#: The end or start of something a numeric limit counts from: 招生工作结束后10个工作日内.
_AFTER_ANCHOR = re.compile(
    r"(?P<a>[\u4e00-\u9fff]{1,12}?(?:开始|结束|终了|完成|完毕|届满|截止))\s*(?:之日)?\s*(?:后|起)"
)

_PERIOD_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("half-year", re.compile(r"[每按逐]个?半年|半年度|半年(?:至少|最少|不少于)?(?:一次|1次|更新|公开|发布)"
                             r"|[每按]个?学期")),
    ("year", re.compile(r"[每按逐]一?个?学?年度?|每[两二三]年|年度(?:更新|公开|发布|一次)"
                        r"|一年一次|一年一更")),
    ("quarter", re.compile(r"[每按逐分]一?个?季度?|季度(?:更新|公开|发布|一次)")),
    ("month", re.compile(r"[每按逐]一?个?月|月度|次月|月(?:更新|公开)一次")),
    ("week", re.compile(r"[每按逐]一?个?(?:周|星期|礼拜)|周度")),
)
_IMMEDIATE = re.compile(r"实时|即时|立即|第一时间|同步(?:公开|发布|更新)|当日|当天|即日"
                        r"|每日|每天|每个工作日")
_PROMPT = re.compile(r"及时|随时")
_STANDING = re.compile(r"长期|长久|永久|动态(?:调整|管理)|常态化|常年|最新有效|任期内|持续公开|有效期内")
_VAGUE = re.compile(
    r"尽快|适时|不定期|定期|按时|视情况?|依法|动态更新|"
    r"(?:按|依|依照|依据|按照|根据)(?:有关|相关|国家|上级)?(?:规定|要求)|(?:按|按照|根据)[^,;]{0,12}(?:部署|安排)|"
    r"(?:按|根据|随|依)(?:工作|项目)?进度|根据(?:工作)?(?:实际|需要)|(?:法定|规定)(?:时限|期限|时间)"
)

_EVENTS: tuple[tuple[str, str], ...] = (
    (r"公示(?:期满|期结束|结束|完毕|期届满)|公示(?:期)?(?:无异议)?后|无异议", "期满"),
    (r"决定作出|作出|做出", "作出决定"),
    (r"决定", "作出决定"),
    (r"形成", "形成"), (r"变更", "变更"), (r"制定|制发", "制定"), (r"获取|获得", "获取"),
    (r"确定", "确定"), (r"受理", "受理"), (r"批准|批复", "批准"), (r"核准", "核准"), (r"审批", "审批"),
    (r"审定", "审定"), (r"印发", "印发"), (r"颁布|出台", "颁布"), (r"发布", "发布"), (r"签订|签署", "签订"),
    (r"生效", "生效"), (r"收到", "收到"), (r"办结", "办结"), (r"验收", "验收"), (r"竣工", "竣工"),
    (r"发放", "发放"), (r"拨付", "拨付"), (r"发生", "发生"), (r"完成", "完成"), (r"结束", "结束"),
    (r"产生", "产生"), (r"通过", "通过"), (r"下达", "下达"),
    (r"登记", "登记"), (r"备案", "备案"), (r"立案", "立案"),
)
_EVENT = re.compile("|".join(f"(?P<e{i}>{pattern})" for i, (pattern, _) in enumerate(_EVENTS)))
#: A legal proviso (法律、法规对政府信息公开的期限另有规定的,从其规定 / 法律法规另有规定的除外): it defers
#: to another law, it is not a limit of its own. The 涉农补贴 guideline prints one after its 20 working days.
_PROVISO = re.compile(r"另有规定|从其规定|另有要求|另行规定")
_ANNOUNCE_DURATION = re.compile(
    r"公示(?:期|时间|时长|期限)?(?:为|是|不少于|不得少于|不低于|至少|不短于)?\s*$"
)
_ANNOUNCE_LABEL = re.compile(r"^公示(?:期|时间|时长|期限)?$")
_GENERIC_LABELS = frozenset({"公开时限", "时限", "公开期限", "期限"})


# --- classification ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Hit:
    """What a clause was recognised as, and where (in folded coordinates, relative to the clause)."""

    kind: LimitKind
    start: int
    amount: int | None = None
    period: str | None = None
    month: int | None = None
    day: int | None = None
    anchor: str | None = None


def _days_in_month(month: int) -> int:
    return (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[month - 1]


def _deadline(text: str) -> _Hit | None:
    for m in _DEADLINE.finditer(text):
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            continue
        yearly = _YEARLY_PREFIX.search(text, max(0, m.start() - 12), m.start()) is not None
        if not (yearly or m.group("before") or m.group("end")):
            continue
        if m.group("d"):
            day = int(m.group("d"))
            if not 1 <= day <= 31:
                continue
            day = min(day, _days_in_month(month))  # 2月29日 → 28: a date that exists every year
        elif m.group("end"):
            day = _days_in_month(month)
        elif m.group("before"):
            day = 1  # 每年3月前: by the first of March
        else:
            continue
        return _Hit(LimitKind.DEADLINE, m.start(), period="year", month=month, day=day)
    return None


_VERB_ONLY = re.compile(f"(?:{_EVENT_VERBS}|结束|终了|完成|完毕|届满)")


def _anchor_name(raw: str) -> str | None:
    """The event's name without the words around it; 每学期开始 keeps 学期, which is the event."""
    name = _ANCHOR_LEAD.sub("", raw)
    if _VERB_ONLY.fullmatch(name):
        name = re.sub(r"^(?:应当?|须|需|要)?(?:在|于)?每一?个?", "", raw)
    return name or None


def _period_end(text: str) -> _Hit | None:
    """``年度终了后3个月内`` → DEADLINE 3-31; ``每季度结束后15日内`` → PERIODIC quarter; ``年底前`` → 12-31.

    A yearly deadline further than a year off (年度终了后18个月内) is left to the number, which the
    working-day ceiling then judges.
    """
    m = _PERIOD_END.search(text)
    if m is not None:
        period = m.group("p")
        n = int(m.group("n"))
        unit = m.group("unit")
        anchor = re.sub(r"^每一?个?", "", m.group("a"))
        if period.startswith(("年", "自然年", "会计年", "财政年")):
            if unit == "月":
                if not 1 <= n <= 12:
                    return None
                return _Hit(LimitKind.DEADLINE, m.start(), period="year", month=n, day=_days_in_month(n),
                            anchor=anchor)
            span = n + 2 * ((n - 1) // 5) if unit == "工作日" else n
            if not 1 <= span <= 365:
                return None
            due = date(2001, 12, 31) + timedelta(days=span)  # any year without 2月29日
            return _Hit(LimitKind.DEADLINE, m.start(), period="year", month=due.month, day=due.day,
                        anchor=anchor)
        name = "half-year" if period.startswith("半年") else "quarter" if period.startswith("季") else "month"
        day = n if name == "month" and unit != "月" and n <= 28 else None
        return _Hit(LimitKind.PERIODIC, m.start(), period=name, day=day, anchor=anchor)
    m = _YEAR_END.search(text)
    if m is not None:
        return _Hit(LimitKind.DEADLINE, m.start(), period="year", month=12, day=31, anchor="年底")
    return None


def _before_event(text: str) -> _Hit | None:
    """``招生工作开始前`` → EVENT anchored on 招生工作开始; ``每学期开始前`` also has the period half-year."""
    m = _BEFORE_EVENT.search(text)
    if m is None:
        return None
    periodic = _periodic(text)
    amount = int(m.group("n")) if m.group("n") else None
    return _Hit(LimitKind.EVENT, m.start(), amount=amount,
                period=periodic.period if periodic is not None else None, anchor=_anchor_name(m.group("a")))


def _periodic(text: str) -> _Hit | None:
    best: _Hit | None = None
    for period, pattern in _PERIOD_PATTERNS:
        m = pattern.search(text)
        if m and (best is None or m.start() < best.start):
            day = None
            if period == "month":
                md = _MONTH_DAY.search(text)
                if md and 1 <= int(md.group("d")) <= 31:
                    day = int(md.group("d"))
            best = _Hit(LimitKind.PERIODIC, m.start(), period=period, day=day)
    return best


def _numeric_matches(text: str) -> list[tuple[re.Match[str], LimitKind, int]]:
    """Every ``N <unit>`` limit in the clause: (match, kind, amount)."""
    found: list[tuple[re.Match[str], LimitKind, int]] = []
    for m in _NUMERIC.finditer(text):
        n = int(m.group("n"))
        unit = m.group("unit")
        if unit == "工作日":
            found.append((m, LimitKind.WORKDAYS, n))
        elif unit in ("日", "天", "自然日", "日历日"):
            if unit == "日" and m.start() > 0 and text[m.start() - 1] == "月":
                continue  # 1月31日: a day of the month, not a number of days
            found.append((m, LimitKind.DAYS, n))
        elif unit == "小时":
            found.append((m, LimitKind.DAYS, max(1, -(-n // 24))))
        elif unit in ("周", "星期", "礼拜"):
            found.append((m, LimitKind.DAYS, 7 * n))
        elif unit == "月" and m.group("ge"):
            found.append((m, LimitKind.DAYS, 30 * n))
    return found


def _classify(text: str) -> _Hit | None:
    """The kind of one clause (folded), by priority: a date or event anchor, a period, a number, words."""
    hit = _period_end(text) or _deadline(text) or _before_event(text) or _periodic(text)
    if hit is not None:
        return hit
    numeric = _numeric_matches(text)
    if numeric:
        m, kind, amount = numeric[0]
        return _Hit(kind, m.start(), amount=amount)
    half = _HALF_MONTH.search(text)
    if half:
        return _Hit(LimitKind.DAYS, half.start(), amount=15)
    for kind, pattern in ((LimitKind.IMMEDIATE, _IMMEDIATE), (LimitKind.PROMPT, _PROMPT),
                          (LimitKind.STANDING, _STANDING), (LimitKind.VAGUE, _VAGUE)):
        m = pattern.search(text)
        if m:
            return _Hit(kind, m.start())
    return None


def _event(before: str) -> str | None:
    """The first event named before the limit; ``公示`` when the limit is how long a 公示 lasts."""
    if _ANNOUNCE_DURATION.search(before):
        return "公示"
    m = _EVENT.search(before)
    if m is None or m.lastgroup is None:
        return None
    canonical = _EVENTS[int(m.lastgroup[1:])][1]
    if canonical == "作出决定" and m.group() in ("作出", "做出") and (
            "决定" not in before[m.end():m.end() + 12]
    ):
        return "作出"
    return canonical


# --- splitting ---------------------------------------------------------------------------------------


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _STRIP:
        start += 1
    while end > start and text[end - 1] in _STRIP:
        end -= 1
    return start, end


def _marker_number(m: re.Match[str]) -> int:
    for group in ("p", "d"):
        if m.group(group):
            return int(m.group(group))
    return _cn_to_int(m.group("pc") or m.group("c"))


def _numbered_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a segment at ``1.`` ``2、`` ``(3)`` ``④`` ``一、`` markers numbered in sequence from its start.

    Only a sequence counts (1, 2, 3 …), so ``每年1、4、7、10月`` is not cut up.
    """
    first = _MARKER.match(text, start, end)
    if first is None:
        return [(start, end)]
    bounds = [(first.start(), first.end())]
    expected = _marker_number(first) + 1
    pos = first.end()
    while True:
        nxt = None
        for m in _MARKER.finditer(text, pos, end):
            if m.start() > 0 and text[m.start() - 1].isdigit():
                continue
            if _marker_number(m) == expected:
                nxt = m
                break
        if nxt is None:
            break
        bounds.append((nxt.start(), nxt.end()))
        expected += 1
        pos = nxt.end()
    pieces = []
    for i, (_, body_start) in enumerate(bounds):
        body_end = bounds[i + 1][0] if i + 1 < len(bounds) else end
        pieces.append(_strip_span(text, body_start, body_end))
    return [p for p in pieces if p[0] < p[1]]


def _label(text: str, start: int, end: int) -> tuple[str | None, int]:
    """``处罚决定:20个工作日内`` → ("处罚决定", start of the limit).

    No label when what precedes the colon is itself a limit or the event a limit runs from.
    """
    colon = text.find(":", start, end)
    if colon <= start:
        return None, start
    prefix = text[start:colon].strip(_STRIP)
    if not prefix or len(prefix) > 40 or _classify(prefix) is not None or prefix.endswith(("起", "后")):
        return None, start
    return prefix, colon + 1


@dataclass(slots=True)
class _Clause:
    start: int
    end: int
    hit: _Hit | None


def _split_numeric(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``10个工作日内公示7个工作日`` → two clauses: cut after each limit that another one follows."""
    clause = text[start:end]
    if _period_end(clause) or _deadline(clause) or _before_event(clause) or _periodic(clause):
        return [(start, end)]
    numeric = _numeric_matches(clause)
    if len(numeric) < 2:
        return [(start, end)]
    spans = []
    cut = start
    for m, _, _ in numeric[:-1]:
        after = start + m.end()
        within = _WITHIN.match(text, after, end)
        if within:
            after = within.end()
        spans.append((cut, after))
        cut = after
    spans.append((cut, end))
    return spans


def _shifted(hit: _Hit | None, by: int) -> _Hit | None:
    """The same hit seen from a clause that starts ``by`` characters earlier."""
    if hit is None or by == 0:
        return hit
    return _Hit(hit.kind, hit.start + by, hit.amount, hit.period, hit.month, hit.day, hit.anchor)


#: Words that set no limit of their own: beside a definite limit they only qualify it (及时公开，
#: 20个工作日内); alone they are vague.
_SOFT = (LimitKind.VAGUE, LimitKind.PROMPT)


def _clauses(text: str, start: int, end: int) -> list[_Clause]:
    """The clauses of a piece: split at commas and between limits, then glue the pieces without a limit."""
    raw: list[_Clause] = []
    pos = start
    bounds = [m.start() for m in _CLAUSE_SEP.finditer(text, start, end)] + [end]
    for stop in bounds:
        for s, e in _split_numeric(text, pos, stop):
            s, e = _strip_span(text, s, e)
            if s < e:
                raw.append(_Clause(s, e, _classify(text[s:e])))
        pos = stop + 1

    # A clause without a limit (信息形成之日起, …) belongs to the limit after it, or before it at the end.
    merged: list[_Clause] = []
    pending: int | None = None
    for clause in raw:
        if clause.hit is None:
            if pending is None:
                pending = clause.start
            continue
        if pending is not None:
            clause = _Clause(pending, clause.end, _shifted(clause.hit, clause.start - pending))
            pending = None
        merged.append(clause)
    if pending is not None:
        if merged:
            last = merged[-1]
            merged[-1] = _Clause(last.start, end, last.hit)
        else:
            merged.append(_Clause(pending, end, None))

    # A vague clause next to a real limit only qualifies it (按规定，20个工作日内); repeated words
    # of one kind (长期公开，动态调整) are one part.
    result: list[_Clause] = []
    for clause in merged:
        if result:
            prev = result[-1]
            pk = prev.hit.kind if prev.hit else None
            ck = clause.hit.kind if clause.hit else None
            joinable = (LimitKind.STANDING, LimitKind.IMMEDIATE, LimitKind.PROMPT, LimitKind.VAGUE)
            if pk is not None and ck is not None and (
                pk in _SOFT or ck in _SOFT or (pk is ck and pk in joinable)
            ):
                # the merged clause keeps the real limit: the clause's own when prev was only soft
                hit = _shifted(clause.hit, clause.start - prev.start) if pk in _SOFT else prev.hit
                result[-1] = _Clause(prev.start, clause.end, hit)
                continue
        result.append(clause)
    return result


def _is_proviso(text: str, clause: _Clause) -> bool:
    """A clause that only defers to another law: no limit of its own, and a proviso phrase."""
    return clause.hit is None and _PROVISO.search(text, clause.start, clause.end) is not None


#: A long remark in brackets: (上海市…实施细则规定,涉及企事业单位的行政处罚信息自公示之日起届满5年的,…).
_REMARK = re.compile(r"\([^()]{12,}\)?$|\([^()]{12,}\)")


def _without_remarks(text: str) -> str:
    """Blank out long bracketed remarks that hold no limit (a retention rule, a citation), keeping offsets.

    石湖荡镇's 城市综合执法 limit adds, in brackets, how long a penalty stays on public record: that is
    not when it must be published. Short brackets (长期公开(动态调整)) and brackets holding a limit stay.
    """
    def blank(m: re.Match[str]) -> str:
        inner = m.group()
        if any(_classify(piece) is not None for piece in re.split(r"[,;。]", inner.strip("()"))):
            return inner
        return " " * len(inner)

    return _REMARK.sub(blank, text) if "(" in text else text


def _parts(source: str) -> tuple[LimitPart, ...]:
    folded = _fold_mapped(source)
    folded = _Folded(_without_remarks(folded.text), folded.starts, folded.ends)
    text = folded.text
    parts: list[LimitPart] = []
    provisos: list[LimitPart] = []
    pos = 0
    for stop in [m.start() for m in _SEGMENT_SEP.finditer(text)] + [len(text)]:
        seg_start, seg_end = _strip_span(text, pos, stop)
        pos = stop + 1
        if seg_start >= seg_end:
            continue
        for piece_start, piece_end in _numbered_pieces(text, seg_start, seg_end):
            label, body_start = _label(text, piece_start, piece_end)
            for i, clause in enumerate(_clauses(text, body_start, piece_end)):
                part = _part(source, folded, clause, label, piece_start if i == 0 else clause.start)
                (provisos if _is_proviso(text, clause) else parts).append(part)
    if not parts and provisos:
        # Nothing but "as the law says": that names no limit, like 按规定.
        return tuple(LimitPart(LimitKind.VAGUE, p.text, label=p.label) for p in provisos)
    return tuple(parts)


def _part(source: str, folded: _Folded, clause: _Clause, label: str | None, text_start: int) -> LimitPart:
    text = folded.text
    span = _strip_span(text, text_start, clause.end)
    original = folded.original(source, *span).strip(_STRIP + "，；：。、！？")
    shown_label = None
    if label is not None:
        label_start = text.find(label, text_start)
        shown_label = label
        if label_start >= 0:
            shown_label = folded.original(source, label_start, label_start + len(label))
        if label in _GENERIC_LABELS:
            shown_label = None
    hit = clause.hit
    if hit is None:
        return LimitPart(LimitKind.UNKNOWN, original, label=shown_label)
    before = text[clause.start:clause.start + hit.start]
    event = _event(before)
    anchor = hit.anchor
    if anchor is None and hit.kind in (LimitKind.WORKDAYS, LimitKind.DAYS):
        after = _AFTER_ANCHOR.search(before)
        anchor = _anchor_name(after.group("a")) if after is not None else None
    if event is None and label is not None and _ANNOUNCE_LABEL.match(label) and hit.kind in (
            LimitKind.WORKDAYS, LimitKind.DAYS):
        event = "公示"
    return LimitPart(kind=hit.kind, text=original, amount=hit.amount, event=event, period=hit.period,
                     month=hit.month, day=hit.day, label=shown_label, anchor=anchor)


@lru_cache(maxsize=16384)
def parse_timelimit(text: str) -> TimeLimit:
    """Parse a 公开时限 cell into its parts. Never raises; empty text gives no parts (not understood).

    ``同上`` should have been resolved by the reader; here it is simply not a limit (UNKNOWN).
    """
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    return TimeLimit(text=text, parts=_parts(text))
