"""Which standard a catalog table is held to, at which level, and which of its items match which.

Run once per table by the pipeline (:func:`resolve`), before the checks; the ``standard-*`` rules read
the result from ``ctx.extra["standard"]`` and the reports show it as the table's ``coverage``.

Why it is built this way:

- **The domain is told, never guessed.** An explicit ``--standard`` (or a pack's ``standard:``) wins;
  else the title row, the sheet name and the file name are searched for a domain's name or alias
  (traditional characters read as simplified); a name of a pilot domain that has no built-in standard
  (重大建设项目, 安全生产 …) settles it too, so another domain's catalog is never held to a wrong
  standard. Only when no name is found are the items themselves compared with every standard, and a
  domain is taken only when most matched items point to it. Otherwise the table's domain is unknown.
- **Cheap.** Names are compared once per table with rapidfuzz (C loops), against one standard when a
  name settled the domain: a 300-row catalog adds a few milliseconds.
- **Tolerant matching.** An item is matched on 二级事项, on 一级事项+二级事项 and with the two swapped or
  merged into one cell, after removing spaces and punctuation and reading traditional characters.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from disclosecheck.model import ITEM, LEVEL1, LEVEL2, SUBJECT, Catalog, Item
from disclosecheck.standards.model import DomainStandard, StandardItem

#: Score (rapidfuzz ratio, 0-100) from which a catalog item is the standard item.
MATCH_SCORE = 82.0
#: Item-based detection: at least this many items and this share of the table must match one domain.
DETECT_MIN_ITEMS = 2
DETECT_MIN_SHARE = 0.5
#: Items compared for detection (a long catalog says its domain in its first rows).
DETECT_SAMPLE = 200

#: The pilot domains of 2017/2019 (DOMAIN.md), for telling a domain that has no built-in standard.
PILOT_DOMAINS = (
    "城乡规划", "重大建设项目", "公共资源交易", "财政预决算", "安全生产", "税收管理", "征地补偿", "拆迁安置",
    "保障性住房", "农村危房改造", "环境保护", "生态环境", "公共文化服务", "公共法律服务", "扶贫", "救灾",
    "食品药品监管", "城市综合执法", "就业创业", "就业", "社会保险", "社会救助", "养老服务", "户籍管理",
    "涉农补贴", "义务教育", "医疗卫生", "卫生健康", "市政服务", "国有土地上房屋征收与补偿", "政府信息公开",
)

# Traditional → simplified beyond the header table of locate/headers.py: characters of item names.
_MORE_T2S = ("糧粮購购機机幹干剛刚區区嚴严綠绿蓋盖擁拥塊块嶺岭邊边壞坏夠够師师蘭兰儀仪優优戰战監监舉举"
             "際际傳传頒颁濟济龐庞補补礙碍騰腾貸贷費费訂订証证葯药藥药險险學学習习鬥斗氣气豐丰戶户樓楼"
             "導导擔担辭辞稅税護护違违罰罚強强質质裝装構构築筑雜杂離离僱雇災灾衛卫農农漁渔牧牧獸兽")
_MORE = str.maketrans({_MORE_T2S[i]: _MORE_T2S[i + 1] for i in range(0, len(_MORE_T2S), 2)})
_NOISE_CHARS = ",，、;；:：.。()（）\"“”'‘’《》<>〈〉-—_/·"
_NOISE = re.compile(r"[\s" + re.escape(_NOISE_CHARS) + "]+")
#: A unit name in a title, file or folder name: 某某镇 / 某某乡 / 某某街道 (not 城乡, 城镇, 乡村, 乡镇).
_TOWNSHIP = re.compile(r"[\u4e00-\u9fff](?<![城])(?:镇|乡|街道)(?![村镇])")
_LEVEL_WORD = re.compile(r"(?:县级|乡级|乡镇级|镇级|街道级)$")
_LEVEL_OF = {"县级": "县级", "乡级": "乡级", "乡镇级": "乡级", "镇级": "乡级", "街道级": "乡级"}
_COUNTY = re.compile(r"[\u4e00-\u9fff](?:县(?!级)|旗|(?<![社小园辖地景城片学])区(?![域间划级])"
                     r"|(?<![城])市(?![政场容民级管]))")


def simplify(text: str) -> str:
    """Simplified, half-width, without whitespace or punctuation: the form names are compared in.

    What reading the text as simplified, then half-width, then dropping the :data:`_NOISE` characters
    does one character at a time, done as two C passes (:func:`_simplify_pieces`): the characters that
    go are removed by one pattern, and only a text holding a character to change is translated
    (``str.translate`` looks up every character of a Chinese text: twice the cost of both passes).
    Remembered per text: a catalog repeats its 一级事项 on every row.
    """
    if not text:
        return ""
    found = _SIMPLE.get(text)
    if found is None:
        drop, change, table = _PIECES or _simplify_pieces()
        found = drop.sub("", text)
        if change.search(found) is not None:
            found = found.translate(table)
        if len(_SIMPLE) < _SIMPLE_KEPT:
            _SIMPLE[text] = found
    return found


_SIMPLE: dict[str, str] = {}
#: Texts whose simplified form is remembered (a table of 100,000 distinct names keeps the first ones).
_SIMPLE_KEPT = 1 << 16
_PIECES: list[Any] = []


#: Every character Python's ``\s`` matches (``str.isspace``), as ``_NOISE`` removes them.
WHITESPACE = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005" \
             "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
_SIMPLIFY: dict[int, str | None] = {}


def _simplify_table() -> dict[int, str | None]:
    """What :func:`simplify` does to each character it changes (None: dropped), built on first use from
    the step-by-step form."""
    from disclosecheck.locate.headers import _TRANSLATE, to_simplified

    chars = {*map(chr, _TRANSLATE), *map(chr, _MORE), *WHITESPACE, *_NOISE_CHARS}
    for char in chars:
        done = _NOISE.sub("", to_simplified(char).translate(_MORE))
        if done != char:
            _SIMPLIFY[ord(char)] = done or None
    return _SIMPLIFY


def _simplify_pieces() -> list[Any]:
    """(pattern of the characters dropped, pattern of those changed, their table) for :func:`simplify`."""
    table = _SIMPLIFY or _simplify_table()
    dropped = "".join(sorted(chr(k) for k, v in table.items() if v is None))
    changed = {k: v for k, v in table.items() if v is not None}
    _PIECES[:] = [re.compile(f"[{re.escape(dropped)}]+"),
                  re.compile("[" + re.escape("".join(sorted(map(chr, changed)))) + "]"), changed]
    return _PIECES


@dataclass
class Reason:
    """A reason as a message code and its parameters (rendered in the report's language)."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)

    def render(self, lang: str = "zh") -> str:
        from disclosecheck.messages import render

        return render(self.code, self.params, lang)


@dataclass
class StandardMatch:
    """What a table is held to and how far it meets it: the ``coverage`` of a report."""

    standard: DomainStandard | None
    domain: str | None  # also set when the domain is known but has no standard
    reasons: list[Reason]
    explicit: bool = False  # named by --standard or the pack: the user holds the table to it
    level: str | None = None  # 县级 / 乡级, or None when it cannot be told
    level_reason: Reason | None = None
    pairs: dict[int, StandardItem] = field(default_factory=dict)  # id(catalog item) -> standard item
    required: list[StandardItem] = field(default_factory=list)  # held at this level
    missing: list[StandardItem] = field(default_factory=list)  # required and not matched
    unleveled: int = 0  # required items whose standard records no level (held at every level)
    extra: list[str] = field(default_factory=list)  # catalog items not in the standard (labels)

    @property
    def partial(self) -> bool:
        return self.standard is not None and not self.standard.complete

    @property
    def matched(self) -> int:
        return len(self.required) - len(self.missing)

    @property
    def holds_items(self) -> bool:
        """Whether the item rules (content, time limit, ticks) hold the table's items to the standard.

        Yes when the user named the standard or it is complete; for a detected built-in one only when
        the table's level is known (from --level, the title, the unit in the file name, 公开主体 or the
        folder): a table that names no unit at all is a template or a copy of the standard, not an
        office's catalog, and it cannot be said which items its unit must carry.
        """
        if self.standard is None:
            return False
        return self.explicit or self.standard.complete or self.level is not None

    def paired(self, items: list[Item]) -> list[tuple[Item, StandardItem]]:
        """Each of ``items`` the item rules hold to a standard item, with it, in table order.

        One pass over the table: most of its items have no pair, and three rules ask about them.
        """
        if not self.pairs or not self.holds_items:
            return []
        pairs = self.pairs
        return [(item, std) for item in items if (std := pairs.get(id(item))) is not None]

    def why(self, lang: str = "zh") -> str:
        sep = "; " if lang == "en" else "；"
        return sep.join(r.render(lang) for r in self.reasons)


# --- names of a catalog item ------------------------------------------------------------------------


def item_keys(item: Item) -> tuple[str, str]:
    """(二级事项 or the single 事项 name, 一级事项) simplified; a lone name serves as 二级事项."""
    level1 = simplify(item.text.get(LEVEL1, ""))
    level2 = simplify(item.text.get(LEVEL2, "") or item.text.get(ITEM, ""))
    if not level2:
        level2, level1 = level1, ""
    return level2, level1


def all_item_keys(items: list[Item]) -> list[tuple[str, str]]:
    """:func:`item_keys` of every item, in one loop (100,000 items: a call less each)."""
    simple = simplify
    keys = []
    append = keys.append
    for item in items:
        text = item.text
        level1 = simple(text.get(LEVEL1, ""))
        level2 = simple(text.get(LEVEL2, "") or text.get(ITEM, ""))
        append((level2, level1) if level2 else (level1, ""))
    return keys


_PAIRED: dict[int, dict[tuple[str, str], StandardItem | None]] = {}
_UNSEEN: Any = object()
#: Distinct names of one table compared by similarity; past this, by exact name only. A standard holds
#: a few dozen items: a table with thousands of different names is not one of its catalogs, and
#: comparing 100,000 names cost a check seconds.
MAX_FUZZY_NAMES = 5_000
_KEEP: dict[int, DomainStandard] = {}


def pair_items(items: list[Item], standard: DomainStandard,
               keys_of: list[tuple[str, str]] | None = None) -> dict[int, StandardItem]:
    """Each catalog item's standard item (best score at least :data:`MATCH_SCORE`), by ``id(item)``.

    The names are compared with rapidfuzz's ``extractOne`` (one C loop over the standard per way of
    reading the names), so a long catalog costs a few milliseconds. ``keys_of``: the items'
    :func:`item_keys`, when the caller has them already (simplifying 100,000 names costs a second).
    """
    from rapidfuzz import process
    from rapidfuzz.fuzz import ratio

    std = list(standard.items)
    keys2 = [simplify(s.level2) for s in std]
    keys12 = [simplify(s.level1) + k for s, k in zip(std, keys2, strict=True)]
    exact = {k: s for k, s in zip(keys12, std, strict=True)}  # 一级+二级 first: 政策法规文件 is in two groups
    for k, s in zip(keys2, std, strict=True):
        exact.setdefault(k, s)
    pairs: dict[int, StandardItem] = {}
    # An audit pairs the same names file after file: remember them per standard for the process.
    cache = _PAIRED.setdefault(id(standard), {})
    if len(cache) > 100_000:
        cache.clear()
    _KEEP[id(standard)] = standard  # the id stays this standard's while its answers are remembered
    fuzzy_left = MAX_FUZZY_NAMES
    for item, keys in zip(items, keys_of or map(item_keys, items), strict=False):
        found = cache.get(keys, _UNSEEN)
        if found is _UNSEEN:
            if fuzzy_left > 0:
                fuzzy_left -= 1
                found = cache[keys] = _best(keys, std, keys2, keys12, exact, process, ratio)
            else:  # past the bound, exact names only (not remembered: a later, smaller table may try)
                found = exact.get(keys[1] + keys[0]) or exact.get(keys[0])
        if found is not None:
            pairs[id(item)] = found
    return pairs


def _best(keys: tuple[str, str], std: list[StandardItem], keys2: list[str], keys12: list[str],
          exact: dict[str, StandardItem], process: Any, ratio: Any) -> StandardItem | None:
    """The standard item whose names are most like ``keys``: 二级事项 alone, both levels together (either
    order), one cell holding both, or one name a longer spelling of the other."""
    c2, c1 = keys
    if not c2:
        return None
    if c1 + c2 in exact:
        return exact[c1 + c2]
    if c2 in exact and not (c1 and any(k.endswith(c2) and k != c2 for k in exact)):
        return exact[c2]
    best, found = MATCH_SCORE, None
    tries = [(c2, keys2), (c2, keys12)]
    if c1:
        tries += [(c1 + c2, keys12), (c2 + c1, keys12)]
    for query, choices in tries:
        hit = process.extractOne(query, choices, scorer=ratio, score_cutoff=best)
        if hit is not None and hit[1] >= best:
            best, found = hit[1], std[hit[2]]
    if found is None:  # 耕地地力保护补贴 for 耕地地力保护: one name a longer spelling of the other
        for s, k in zip(std, keys2, strict=True):
            if len(k) >= 4 and (k in c2 or c2 in k) and min(len(c2), len(k)) / max(len(c2), len(k)) >= 0.6:
                return s
    return found


# --- which domain --------------------------------------------------------------------------------------


def _names(standard: DomainStandard) -> list[str]:
    return [standard.domain, *standard.aliases]


def domain_by_name(texts: list[tuple[str, str]], standards: list[DomainStandard] | None
                   ) -> tuple[DomainStandard | None, str | None, Reason | None]:
    """The domain a title, sheet or file name names: (standard or None, domain, reason).

    ``standards`` None: the built-in ones, of which only the named one is read (the names come from
    :func:`builtin_names`, which does not parse the files).
    """
    index = builtin_names() if standards is None else [(s.domain, _names(s)) for s in standards]
    for where, text in texts:
        key = simplify(text)
        if not key:
            continue
        found = [(name, domain) for domain, names in index for name in names if simplify(name) in key]
        if found:
            name, domain = max(found, key=lambda f: len(f[0]))  # 就业创业 before 就业
            standard = (builtin_standard(domain) if standards is None
                        else next(s for s in standards if s.domain == domain))
            return standard, domain, Reason(f"coverage.why.{where}", {"name": name})
        others = [d for d in PILOT_DOMAINS if d in key]
        if others:
            name = max(others, key=len)
            return None, name, Reason(f"coverage.why.{where}", {"name": name})
    return None, None, None


_ALIASES = re.compile(r"^aliases:\s*\[([^\]]*)\]", re.MULTILINE)


def builtin_names() -> list[tuple[str, list[str]]]:
    """(domain, its names) of every built-in standard, from the file names and ``aliases:`` lines only."""
    if "names" not in _NAMES:
        from disclosecheck.standards.load import builtin_standards

        index = []
        for domain, path in builtin_standards().items():
            text = path.read_text(encoding="utf-8")
            found = _ALIASES.search(text)
            if found:
                aliases = [a.strip().strip("'\"") for a in found.group(1).split(",")]
            elif re.search(r"^aliases:", text, re.MULTILINE):  # a block list: read the file properly
                aliases = list(builtin_standard(domain).aliases)
            else:
                aliases = []
            index.append((domain, [domain, *[a for a in aliases if a]]))
        _NAMES["names"] = index
    return _NAMES["names"]


_NAMES: dict[str, list[tuple[str, list[str]]]] = {}


def builtin_standard(domain: str) -> DomainStandard:
    """One built-in standard, read once per process."""
    for standard in _CACHE.get("", []):
        if standard.domain == domain:
            return standard
    key = f"builtin:{domain}"
    if key not in _CACHE:
        from disclosecheck.standards.load import load_builtin

        _CACHE[key] = [load_builtin(domain)]
    return _CACHE[key][0]


def domain_by_items(items: list[Item], standards: list[DomainStandard]
                    ) -> tuple[DomainStandard | None, Reason | None]:
    """The one standard most items match, if a clear majority of the table does."""
    sample = items[:DETECT_SAMPLE]
    named = [i for i in sample if item_keys(i)[0]]
    if len(named) < DETECT_MIN_ITEMS:
        return None, None
    counts = [(len(pair_items(named, s)), s) for s in standards]
    counts.sort(key=lambda c: -c[0])
    best, standard = counts[0]
    runner_up = counts[1][0] if len(counts) > 1 else 0
    if best >= DETECT_MIN_ITEMS and best >= DETECT_MIN_SHARE * len(named) and best > runner_up:
        return standard, Reason("coverage.why.items", {"matched": best, "total": len(named),
                                                       "domain": standard.domain})
    return None, None


def name_texts(catalog: Catalog) -> list[tuple[str, str]]:
    """Where a table names its domain, in the order they are believed: title, sheet name, file name."""
    return [("title", catalog.layout.title or ""), ("sheet", catalog.sheet or ""),
            ("file", catalog.path.stem)]


# --- which level ---------------------------------------------------------------------------------------


def detect_level(catalog: Catalog, given: str | None = None) -> tuple[str | None, Reason | None]:
    """县级 or 乡级: ``--level``, else a unit in the title or file name, the 公开主体 column, the folder."""
    if given:
        return given, Reason("coverage.level.given", {"level": given})
    said = _LEVEL_WORD.search(simplify(catalog.layout.title or ""))
    if said:  # a title that says its level (乡级), as ``disclosecheck template`` writes it
        return _LEVEL_OF[said.group(0)], Reason("coverage.level.title", {"name": said.group(0)})
    path = catalog.path
    for where, text in (("title", catalog.layout.title or ""), ("file", path.stem)):
        key = simplify(text)
        town = _TOWNSHIP.search(key)
        if town:
            return "乡级", Reason(f"coverage.level.{where}", {"name": _unit(key, town)})
        county = _COUNTY.search(key)
        if county:  # named as the unit is written (河源市, not the two characters the pattern needs)
            return "县级", Reason(f"coverage.level.{where}", {"name": _unit(key, county)})
    # 公开主体 repeats row after row: each distinct text is looked at once, weighed by its rows
    written = Counter(i.text.get(SUBJECT, "") for i in catalog.items)
    subjects = town_rows = 0
    first_town = ""
    for text, rows in written.items():  # in the order the texts first appear
        if not text.strip():
            continue
        subjects += rows
        key = simplify(text)
        if _TOWNSHIP.search(key):
            town_rows += rows
            first_town = first_town or key
    if subjects and town_rows * 2 > subjects:
        return "乡级", Reason("coverage.level.subject", {"name": first_town[:20]})
    folder = simplify(path.parent.name) if path.parent.name else ""
    town = _TOWNSHIP.search(folder)
    if town:
        return "乡级", Reason("coverage.level.folder", {"name": _unit(folder, town)})
    return None, None


def _unit(text: str, match: re.Match[str]) -> str:
    """The unit name around a 镇/乡/街道 (or 县/区/市) match: up to six characters before it."""
    return text[max(0, match.start() - 5): match.end()]


# --- the whole resolution ------------------------------------------------------------------------------


def resolve(catalog: Catalog, standards: list[DomainStandard] | None = None,
            explicit: DomainStandard | None = None, explicit_reason: Reason | None = None,
            level: str | None = None) -> StandardMatch:
    """The standard ``catalog`` is held to, its level, and which items match (see the module doc)."""
    if explicit is not None:
        standard, domain = explicit, explicit.domain
        reasons = [explicit_reason or Reason("coverage.why.given", {"name": explicit.domain})]
    else:
        standard, domain, reason = domain_by_name(name_texts(catalog), standards)
        reasons = [reason] if reason else []
        if standard is None and domain is None:
            pool = builtin_list() if standards is None else standards
            standard, reason = domain_by_items(catalog.items, pool)
            if standard is not None:
                domain = standard.domain
                reasons = [reason]  # type: ignore[list-item]
    match = StandardMatch(standard=standard, domain=domain, reasons=reasons, explicit=explicit is not None)
    match.level, match.level_reason = detect_level(catalog, level)
    if standard is None:
        return match
    items = catalog.items
    keys = all_item_keys(items)
    pairs = match.pairs = pair_items(items, standard, keys)
    if reasons and reasons[0].code != "coverage.why.items":
        named = len(keys) - [k[0] for k in keys].count("")
        reasons.append(Reason("coverage.why.matched", {"matched": len(pairs), "total": named}))
    match.required = [s for s in standard.items if held(s, match.level)]
    found = set(map(id, pairs.values()))
    match.missing = [s for s in match.required if id(s) not in found]
    match.unleveled = sum(1 for s in match.required if not s.level)
    unpaired = items if not pairs else [item for item in items if id(item) not in pairs]
    match.extra = list(dict.fromkeys(filter(None, [item.label for item in unpaired])))
    return match


def held(item: StandardItem, level: str | None) -> bool:
    """Whether a table at ``level`` must list ``item``: level marked, none recorded, or level unknown."""
    return level is None or not item.level or level in item.level


def standard_label(item: StandardItem) -> str:
    """``一级事项 / 二级事项`` (one name when merged), as reports name a standard item."""
    return item.level1 if item.merged or item.level1 == item.level2 else f"{item.level1} / {item.level2}"


def load_standard_arg(value: str, base: Path | None = None) -> list[DomainStandard]:
    """``--standard FILE|DOMAIN``: a built-in domain (name or alias), or the tables of a catalog file."""
    from disclosecheck.errors import UsageError
    from disclosecheck.standards.fromfile import standards_from_file
    from disclosecheck.standards.load import builtin_standards, load_builtin

    path = Path(value) if base is None or Path(value).is_absolute() else base / value
    if value in builtin_standards() or not (path.suffix and path.exists()):
        if path.suffix and not path.exists() and value not in builtin_standards():
            raise UsageError("standards.no_file", path=value)
        return [load_builtin(value)]
    return standards_from_file(path)


# --- per table, from the pack -------------------------------------------------------------------------

_CACHE: dict[str, list[DomainStandard]] = {}


def builtin_list() -> list[DomainStandard]:
    """The built-in standards, read once per process."""
    if "" not in _CACHE:
        from disclosecheck.standards.load import load_builtins

        _CACHE[""] = load_builtins()
    return _CACHE[""]


def given_standards(value: str) -> list[DomainStandard]:
    """The standards ``--standard``/``standard:`` names, read once per process."""
    if value not in _CACHE:
        _CACHE[value] = load_standard_arg(value)
    return _CACHE[value]


def match_for(catalog: Catalog, pack: Any) -> StandardMatch:
    """:func:`resolve` with what the pack says (``standard``, ``level``); a given file's table per domain."""
    value = getattr(pack, "standard", None)
    level = getattr(pack, "level", None)
    if not value:
        return resolve(catalog, None, level=level)
    given = given_standards(value)
    is_file = given[0].guideline is None and given[0].sources[0].id == "file" and Path(value).exists()
    reason_code = "coverage.why.given_file" if is_file else "coverage.why.given"
    if len(given) == 1:
        name = Path(value).name if is_file else given[0].domain
        return resolve(catalog, None, given[0], Reason(reason_code, {"name": name}), level)
    standard = domain_by_name(name_texts(catalog), given)[0] or domain_by_items(catalog.items, given)[0]
    if standard is None:
        match = StandardMatch(standard=None, domain=None, reasons=[], explicit=True)
        match.level, match.level_reason = detect_level(catalog, level)
        return match
    why = Reason("coverage.why.file_table", {"name": Path(value).name, "domain": standard.domain})
    return resolve(catalog, None, standard, why, level)


def standard_of(catalog: Catalog, ctx: Any) -> StandardMatch:
    """The table's match as the pipeline put it in ``ctx.extra``, else resolved now (rule tests)."""
    match = ctx.extra.get("standard")
    if match is None:
        match = resolve(catalog)
        ctx.extra["standard"] = match
    return match


# --- what the reports say ------------------------------------------------------------------------------


def coverage_dict(match: StandardMatch | None, lang: str = "zh") -> dict[str, Any] | None:
    """The ``coverage`` object of a file in the JSON report (None: no standard, no domain told)."""
    if match is None or (match.standard is None and match.domain is None):
        return None
    standard = match.standard
    out: dict[str, Any] = {
        "domain": match.domain,
        "standard": None if standard is None else standard.domain,
        "source": None if standard is None else ("given" if match.explicit else "builtin"),
        "partial": match.partial,
        "why": match.why(lang),
        "level": match.level,
        "level_why": (match.level_reason.render(lang) if match.level_reason
                      else Reason("coverage.level.unknown").render(lang)),
        "required": len(match.required) if standard is not None else None,
        "matched": match.matched if standard is not None else None,
        "unleveled": match.unleveled if standard is not None else None,
        "missing": [standard_label(s) for s in match.missing],
        "not_in_standard": list(match.extra),
    }
    return out


def coverage_line(match: StandardMatch | None, lang: str = "zh") -> str | None:
    """One line for text reports: the standard and why, the level and why, matched / required."""
    from disclosecheck.messages import render

    data = coverage_dict(match, lang)
    if data is None or match is None:
        return None
    zh = lang != "en"
    sep, colon = ("　", "：") if zh else ("  ", ": ")
    name = data["standard"] or data["domain"]
    partial = render("ui.coverage.partial", None, lang) if data["partial"] else ""
    parts = [f"{render('ui.coverage.label', None, lang)}{colon}{name}{partial}（{data['why']}）" if zh
             else f"{render('ui.coverage.label', None, lang)}{colon}{name}{partial} ({data['why']})"]
    level = data["level"] or "-"
    parts.append(f"{render('ui.coverage.level', None, lang)}{colon}{level}"
                 + (f"（{data['level_why']}）" if zh else f" ({data['level_why']})"))
    if data["required"] is not None:
        parts.append(f"{render('ui.coverage.figure', None, lang)}{colon}{data['matched']}/{data['required']}")
    else:
        parts.append(render("ui.coverage.none", None, lang))
    return sep.join(parts)
