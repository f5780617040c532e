"""The built-in domain standards (rules/domains/): they load, hold what the sources showed, and a
broken file is refused with one line naming the file, the field and what was expected."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from disclosecheck.errors import ConfigError, UsageError
from disclosecheck.standards import builtin_standards, load_builtin, load_builtins, load_standard
from disclosecheck.standards.layout import catalog_table

#: Domain → (一级事项, 二级事项) as recorded; every file is partial (the stored pages show first rows).
COUNTS = {
    "义务教育": (4, 8),
    "公共法律服务": (2, 4),
    "养老服务": (3, 3),
    "农村危房改造": (4, 5),
    "城市综合执法": (4, 9),
    "就业": (1, 2),
    "市政服务": (2, 5),
    "户籍管理": (4, 5),
    "涉农补贴": (1, 3),
    "社会救助": (2, 4),
    "公共文化服务": (1, 3),
    "救灾": (1, 6),
    "安全生产": (1, 5),
    "生态环境": (1, 2),
    "保障性住房": (1, 1),
}
REQUIRED = ("涉农补贴", "养老服务", "社会救助", "城市综合执法", "市政服务", "公共法律服务", "义务教育",
            "就业")


def test_the_builtin_domains_and_their_counts() -> None:
    standards = load_builtins()
    assert {s.domain: (s.level1_count, s.level2_count) for s in standards} == COUNTS
    assert set(REQUIRED) <= set(builtin_standards())
    assert [s.domain for s in standards if s.complete] == []


@pytest.mark.parametrize("name", sorted(COUNTS))
def test_every_standard_says_where_it_comes_from(name: str) -> None:
    standard = load_builtin(name)
    match = re.match(r"derived from (\d+) local catalogs that agree", standard.basis)
    assert match, standard.basis
    assert 2 <= int(match.group(1)) <= len(standard.sources)
    assert standard.missing, "a partial standard says what is missing"
    assert all(s.url.startswith(("http://", "https://")) for s in standard.sources)
    cited = {sid for item in standard.items for sid in item.sources}
    assert cited <= {s.id for s in standard.sources}
    numbers = [item.no for item in standard.items]
    assert numbers == sorted(set(numbers)) and numbers[0] == 1
    for item in standard.items:
        assert item.elements and item.channels
        assert not item.merged or item.level1 == item.level2


def test_items_as_the_sources_print_them() -> None:
    sheng = load_builtin("涉农补贴").items[0]
    assert (sheng.level1, sheng.level2) == ("农业生产发展资金", "农机购置补贴")
    assert sheng.subject == "县级农业农村部门"
    assert sheng.timelimit == ("信息形成或者变更之日起20个工作日内。"
                               "法律、法规对政府信息公开的期限另有规定的,从其规定。")
    assert {"补贴对象", "补贴标准", "补贴结果"} <= set(sheng.elements)
    assert (sheng.audience, sheng.mode, sheng.level) == (("全社会",), ("主动",), ("县级",))
    yanglao = load_builtin("养老服务").items[1]
    assert (yanglao.level1, yanglao.level2, yanglao.merged) == ("养老服务扶持政策措施清单",) * 2 + (True,)
    assert yanglao.basis == "信息公开规定"
    assert yanglao.unknown == ("公开层级",)
    assert load_builtin("市政服务").items[0].unknown == ("公开对象", "公开方式", "公开层级")


def test_an_alias_finds_its_domain_and_an_unknown_name_is_a_usage_error() -> None:
    assert load_builtin("社会救助及福利").domain == "社会救助"
    assert load_builtin("就业创业").domain == "就业"
    assert load_builtin("涉农资金").domain == "涉农补贴"
    with pytest.raises(UsageError) as caught:
        load_builtin("扶贫")
    assert caught.value.render("en").startswith('no built-in domain standard "扶贫"; available: 义务教育、')


GOOD = """\
domain: 示例
complete: false
basis: derived from 2 local catalogs that agree item by item
missing: [事项 2 起未见]
sources:
  - {id: a, url: "http://a.example/1.html", unit: 甲县}
  - {id: b, url: "https://b.example/2.html", unit: 乙县, date: 2021-01-09}
items:
  - no: 1
    level1: 综合业务
    level2: 政策法规文件
    content: 《社会救助暂行办法》
    elements: [《社会救助暂行办法》]
    basis: 信息公开规定
    timelimit: 制定或获取信息之日起10个工作日内
    subject: 县级政府民政部门
    channels: [政府网站]
    audience: [全社会]
    mode: [主动]
    level: [县级, 乡级]
    sources: [a, b]
"""


def write(tmp_path: Path, text: str, name: str = "示例") -> Path:
    path = tmp_path / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_good_file_loads(tmp_path: Path) -> None:
    standard = load_standard(write(tmp_path, GOOD))
    assert standard.sources[1].date == "2021-01-09"
    assert standard.guideline is None and standard.aliases == ()
    assert standard.items[0].level == ("县级", "乡级")


@pytest.mark.parametrize(("old", "new", "zh", "en"), [
    ("level: [县级, 乡级]", "level: [县级, 省直]",
     "items[0].level：“省直”不可用或重复；只能是：省级、市级、县级、乡级、村级",
     'items[0].level: "省直" is not allowed or repeated; one of: 省级、市级、县级、乡级、村级'),
    ("sources: [a, b]", "sources: [a, c]", "items[0].sources：没有登记的来源：c",
     "items[0].sources: sources not listed under sources: c"),
    ("sources: [a, b]", "sources: [a]", "sources：登记了但没有事项用到的来源：b",
     "sources: sources no item uses: b"),
    ("domain: 示例", "domain: 别的", "domain：领域“别的”应与文件名“示例”一致",
     'domain: domain "别的" must equal the file name "示例"'),
    ("complete: false", "complete: true", "complete：complete: true 时 missing 应为空",
     "complete: complete: true needs an empty missing list"),
    ("    subject: 县级政府民政部门\n", "", "items[0].subject：必须填写", "items[0].subject: required"),
    ("    content: 《社会救助暂行办法》", "    content: ''", "items[0].content：应是一段非空的文字",
     "items[0].content: expected non-empty text"),
    ("  - no: 1", "  - no: 0", "items[0].no：应是正整数", "items[0].no: expected a positive whole number"),
    ("    level2: 政策法规文件", "    level2: 政策法规文件\n    merged: true",
     "items[0].merged：merged: true 时一级事项与二级事项应相同（合并单元格里只有一个名称）",
     "items[0].merged: merged: true needs level1 equal to level2 (one name in the merged cell)"),
    ("http://a.example/1.html", "a.example", "sources[0].url：“a.example”不是 http(s) 网址",
     'sources[0].url: "a.example" is not an http(s) address'),
    ("missing:", "gaps:",
     "：不认识的键 gaps；可用的键：aliases, basis, complete, domain, guideline, items, "
     "missing, note, sources",
     ": unknown keys gaps; allowed: aliases, basis, complete, domain, guideline, items, missing, "
     "note, sources"),
])
def test_a_broken_file_is_one_clear_line(tmp_path: Path, old: str, new: str, zh: str, en: str) -> None:
    assert old in GOOD
    path = write(tmp_path, GOOD.replace(old, new, 1))
    with pytest.raises(ConfigError) as caught:
        load_standard(path)
    assert caught.value.render("zh") == f"{path}: 领域标准目录写错了：{zh}"
    assert caught.value.render("en") == f"{path}: domain standard is wrong: {en}"


def test_complete_needs_numbers_from_one_without_gaps(tmp_path: Path) -> None:
    text = GOOD.replace("complete: false", "complete: true").replace("missing: [事项 2 起未见]\n", "")
    assert load_standard(write(tmp_path, text)).complete
    with pytest.raises(ConfigError) as caught:
        load_standard(write(tmp_path, text.replace("  - no: 1", "  - no: 2")))
    assert caught.value.render("en").endswith("complete: complete: true needs items numbered 1 to the last "
                                              "without gaps")


def test_malformed_yaml_names_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, "domain: [示例\n")
    with pytest.raises(ConfigError) as caught:
        load_standard(path)
    assert caught.value.render("en") == (f"{path}:2:1: malformed YAML: while parsing a flow sequence; "
                                         "did not find expected ',' or ']'")


def test_the_standard_layout_of_a_standard(tmp_path: Path) -> None:
    text = GOOD.replace("missing: [事项 2 起未见]", "missing: [事项 4 起未见]") + """\
  - no: 2
    level1: 综合业务
    level2: 监督检查
    content: 社会救助投诉举报电话
    elements: [社会救助投诉举报电话]
    basis: 信息公开规定
    timelimit: 制定或获取信息之日起10个工作日内
    subject: 县级政府民政部门
    channels: [政府网站, 公开查阅点, 镇村公示公开栏]
    audience: [全社会]
    mode: [主动, 依申请]
    level: [乡级]
    sources: [a]
  - no: 3
    level1: 养老机构投资指南
    level2: 养老机构投资指南
    merged: true
    content: ●养老机构投资审批流程
    elements: [养老机构投资审批流程]
    basis: 信息公开规定
    timelimit: 制定或获取指南之日起10个工作日内
    subject: 县级人民政府民政部门
    channels: [政府网站]
    audience: [特定群体]
    mode: [主动]
    level: [县级]
    sources: [b]
"""
    table = catalog_table(load_standard(write(tmp_path, text)))
    unchosen = "□政府公报 □两微一端 □发布会/听证会 □广播电视 □纸质媒体"
    tail = "□政务服务中心 □便民服务站 □入户/现场 □社区/企事业单位/村公示栏(电子屏) □精准推送 □其他"
    assert table.rows == (
        ("示例领域基层政务公开标准目录",) + ("",) * 13,
        ("序号", "公开事项", "", "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体",
         "公开对象", "", "公开方式", "", "公开层级", ""),
        ("", "一级事项", "二级事项", "", "", "", "", "",
         "全社会", "特定群体", "主动", "依申请", "县级", "乡级"),
        ("1", "综合业务", "政策法规文件", "《社会救助暂行办法》", "信息公开规定",
         "制定或获取信息之日起10个工作日内",
         "县级政府民政部门", f"■政府网站 {unchosen} □公开查阅点 {tail}", "√", "", "√", "", "√", "√"),
        ("2", "综合业务", "监督检查", "社会救助投诉举报电话", "信息公开规定",
         "制定或获取信息之日起10个工作日内",
         "县级政府民政部门", f"■政府网站 {unchosen} ■公开查阅点 {tail} ■镇村公示公开栏",
         "√", "", "√", "√", "", "√"),
        ("3", "养老机构投资指南", "", "●养老机构投资审批流程", "信息公开规定",
         "制定或获取指南之日起10个工作日内",
         "县级人民政府民政部门", f"■政府网站 {unchosen} □公开查阅点 {tail}", "", "√", "√", "", "√", ""),
    )
    assert table.merges == (
        (0, 0, 0, 13), (1, 1, 1, 2), (1, 0, 2, 0), (1, 3, 2, 3), (1, 4, 2, 4), (1, 5, 2, 5), (1, 6, 2, 6),
        (1, 7, 2, 7), (1, 8, 1, 9), (1, 10, 1, 11), (1, 12, 1, 13), (5, 1, 5, 2), (3, 1, 4, 1),
    )


def test_a_tick_group_no_source_shows_is_left_out(tmp_path: Path) -> None:
    text = GOOD.replace("audience: [全社会]", "audience: []").replace("level: [县级, 乡级]", "level: []")
    table = catalog_table(load_standard(write(tmp_path, text)))
    assert table.rows[1][8:] == ("公开方式", "")
    assert table.rows[3][8:] == ("√", "")


def test_simplify_in_one_translation_is_the_step_by_step_form() -> None:
    """simplify reads as simplified, half-width, then drops whitespace and punctuation, all in one table."""
    from disclosecheck.locate.headers import to_simplified
    from disclosecheck.standards import match

    def step_by_step(text: str) -> str:
        return match._NOISE.sub("", to_simplified(text).translate(match._MORE))

    assert "".join(c for c in map(chr, range(0x110000)) if c.isspace()) == match.WHITESPACE
    assert [c for c in map(chr, range(0x30000)) if match.simplify(c) != step_by_step(c)] == []
    for text in ("（一）戶籍 管理、證件辦理", "  城市\u3000綜合執法 —— 〈罰款〉 ", "《條例》第12條；", ""):
        assert match.simplify(text) == step_by_step(text)


def test_simplify_in_two_passes_reads_every_text_as_the_one_table_does() -> None:
    """simplify drops and changes characters with two patterns and a smaller table, remembering what it
    did: every text reads exactly as the whole translation table, one character at a time, reads it."""
    import random

    from disclosecheck.standards import match

    table = match._simplify_table()
    alphabet = [*map(chr, table), *"损坏城市树木花草行政处罚许可公开目录ABCabc123", *"（） \u3000\n"]
    rng = random.Random(12)
    texts = {"".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24))) for _ in range(20_000)}
    texts |= {"", "  ", "城市綜合執法", "行政處罰（一）", "损坏城市树木花草（12）", "Ａ１", "政府信息公开"}
    for text in sorted(texts):
        assert match.simplify(text) == text.translate(table), text
        assert match.simplify(text) == text.translate(table), text  # remembered: the same answer
