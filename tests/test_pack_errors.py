"""Every mistake in a pack file is one ConfigError naming ``file:line:column`` and what was expected.

Each case writes a small pack file and asserts the exact position (1-based) and the message in both
languages. The fake registry of ``fixtures/packs/fake_checks.py`` supplies the rules and options.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fakepacks import use_fakes

from disclosecheck.errors import ConfigError
from disclosecheck.pack import load_pack


@pytest.fixture(autouse=True)
def fake(monkeypatch: pytest.MonkeyPatch):
    use_fakes(monkeypatch)


def fails(path: Path, text: str | bytes) -> ConfigError:
    """Write ``text`` to ``path``, load it, and return the ConfigError it must raise."""
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_pack(str(path))
    return info.value


def where(path: Path, line: int, column: int) -> str:
    return f"{path}:{line}:{column}: "


# --- the YAML itself ----------------------------------------------------------------------------------


def test_malformed_yaml_points_at_ruamels_problem_mark(tmp_path: Path) -> None:
    p = tmp_path / "p.yaml"
    err = fails(p, "name: x\nrules:\n  timelimit: {severity: warning\n  range: disable\n")
    assert err.code == "config.yaml"
    assert (err.line, err.column) == (4, 8)
    assert err.render().startswith(where(p, 4, 8) + "YAML 格式错误：")
    assert err.render("en").startswith(where(p, 4, 8) + "malformed YAML: ")


def test_a_tab_in_the_indentation_is_malformed_yaml(tmp_path: Path) -> None:
    p = tmp_path / "p.yaml"
    err = fails(p, "rules:\n\ttimelimit: disable\n")
    assert err.code == "config.yaml"
    assert err.render("en") == where(p, 2, 1) + (
        "malformed YAML: while scanning for the next token; "
        "found character '\\t' that cannot start any token")


def test_a_duplicate_key_is_malformed_yaml(tmp_path: Path) -> None:
    p = tmp_path / "p.yaml"
    err = fails(p, "rules:\n  timelimit: disable\n  timelimit: warning\n")
    assert err.code == "config.yaml"
    assert err.render("en").startswith(
        where(p, 3, 3) + 'malformed YAML: while constructing a mapping; found duplicate key "timelimit"')


def test_the_top_level_must_be_a_mapping(tmp_path: Path) -> None:
    p = tmp_path / "p.yaml"
    err = fails(p, "- timelimit\n- range\n")
    assert err.code == "config.top_not_mapping"
    assert err.render() == where(p, 1, 1) + (
        "这不是规则包文件：规则包由“配置项: 值”组成（例如 name: 某县规则），请检查是否选错了文件")


def test_undecodable_bytes(tmp_path: Path) -> None:
    p = tmp_path / "p.yaml"
    err = fails(p, b"name: \x80\xff\n")
    assert err.code == "config.encoding"
    assert err.render("en") == f"{p}: cannot tell the text encoding of the rule pack file; save it as UTF-8"


def test_alias_bombs_are_refused(tmp_path: Path) -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]"
              for i in range(1, 9)]
    p = tmp_path / "p.yaml"
    err = fails(p, "\n".join(lines) + "\n")
    assert err.code == "config.too_complex"
    assert (err.line, err.column) == (6, 20)  # the alias at which the expansion passes the budget


# --- finding the file ----------------------------------------------------------------------------------


def test_a_missing_file_lists_the_builtin_packs(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as info:
        load_pack("nowhere/mine.yaml", cwd=tmp_path)
    assert info.value.code == "config.not_found"
    assert info.value.render() == (
        "nowhere/mine.yaml: 找不到规则包“nowhere/mine.yaml”；内置规则包有：national, township")


def test_an_unknown_builtin_name() -> None:
    with pytest.raises(ConfigError) as info:
        load_pack("nationall")
    assert info.value.render("en") == (
        'nationall: no rule pack "nationall"; built-in packs: national, township')


def test_a_folder_is_not_a_pack(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as info:
        load_pack(str(tmp_path))
    assert info.value.code == "config.is_directory"
    assert info.value.line is None


def test_extends_a_missing_file(tmp_path: Path) -> None:
    p = tmp_path / "p.yaml"
    err = fails(p, "name: x\nextends: ../base.yaml\n")
    assert err.code == "config.not_found"
    assert err.render("en") == where(p, 2, 10) + (
        'no rule pack "../base.yaml"; built-in packs: national, township')


def test_extends_an_unknown_builtin(tmp_path: Path) -> None:
    p = tmp_path / "p.yaml"
    err = fails(p, "extends: natonal\n")
    assert err.render() == where(p, 1, 10) + "找不到规则包“natonal”；内置规则包有：national, township"


def test_extends_cycle_names_the_chain(tmp_path: Path) -> None:
    a = tmp_path / "a.yaml"
    b = tmp_path / "sub" / "b.yaml"
    b.parent.mkdir()
    b.write_text("name: b\nrules:\n  range: disable\nextends: ../a.yaml\n", encoding="utf-8")
    err = fails(a, "extends: sub/b.yaml\n")
    assert err.code == "config.cycle"
    assert err.file == str(b)
    assert err.render() == where(b, 4, 10) + f"规则包相互继承形成循环：{a} → {b} → {a}"


def test_a_pack_extending_itself(tmp_path: Path) -> None:
    p = tmp_path / "p.yaml"
    err = fails(p, "name: me\nextends: ./p.yaml\n")
    assert err.render("en") == where(p, 2, 10) + f"rule packs extend each other in a cycle: {p} → {p}"


def test_an_error_in_a_parent_names_the_parent(tmp_path: Path) -> None:
    parent = tmp_path / "base.yaml"
    parent.write_text("rules:\n  timelimit:\n    max_workdays: many\n", encoding="utf-8")
    err = fails(tmp_path / "child.yaml", "extends: base.yaml\n")
    assert err.render("en").startswith(where(parent, 3, 19))


# --- top-level keys -----------------------------------------------------------------------------------


def test_unknown_top_level_key_lists_the_expected_keys(tmp_path: Path) -> None:
    p = tmp_path / "p.yaml"
    err = fails(p, "name: x\nrule:\n  timelimit: disable\n")
    assert err.code == "config.unknown_key"
    assert err.render() == where(p, 2, 1) + (
        "未知的配置项“rule”；可用的有：name, title, description, extends, headers, holidays, workdays, "
        "placeholders, template_marks, standard, level, rules, ignore")


@pytest.mark.parametrize(("text", "line", "column", "en"), [
    ("title: 5\n", 1, 8, '"title" is 5; expected text'),
    ("name: x\nextends: [a, b]\n", 2, 10, '"extends" is ["a", "b"]; expected text or nothing (null)'),
    ("headers: [责任单位]\n", 1, 10, '"headers" is ["责任单位"]; expected a mapping of text: text'),
    ("headers:\n  责任单位: 7\n", 2, 9, '"headers.责任单位" is 7; expected text'),
    ("rules: disable\n", 1, 8, '"rules" is "disable"; expected a mapping (one "name: value" per line)'),
])
def test_top_level_values_of_the_wrong_type(tmp_path: Path, text: str, line: int, column: int,
                                            en: str) -> None:
    p = tmp_path / "p.yaml"
    err = fails(p, text)
    assert err.code == "config.bad_value"
    assert err.render("en").startswith(where(p, line, column) + en)


def test_top_level_type_error_in_chinese(tmp_path: Path) -> None:
    p = tmp_path / "p.yaml"
    assert fails(p, "name: x\ntitle: [a]\n").render() == where(p, 2, 8) + '“title”的取值 ["a"] 不对：应为文字'


def test_header_synonym_must_name_a_canonical_element(tmp_path: Path) -> None:
    p = tmp_path / "p.yaml"
    err = fails(p, "headers:\n  责任单位: 公开主体\n  办理时限: 时限\n")
    assert err.code == "config.unknown_element"
    assert err.render().startswith(where(p, 3, 9) + (
        "表头“办理时限”对应的要素 \"时限\" 不存在；可用的要素有：序号, 一级事项"))


@pytest.mark.parametrize(("text", "line", "column", "given"), [
    ("holidays: [2027-01-01, 2027-02-30]\n", 1, 24, '"2027-02-30"'),
    ("holidays:\n  - 2027-01-01\n  - 国庆节\n", 3, 5, '"国庆节"'),
    ("holidays:\n  - 2027-13-01\n", 2, 5, '"2027-13-01"'),
    ("workdays: 5\n", 1, 11, "5"),
    ("workdays: [2027-02-07, true]\n", 1, 24, "true"),
])
def test_bad_dates(tmp_path: Path, text: str, line: int, column: int, given: str) -> None:
    p = tmp_path / "p.yaml"
    err = fails(p, text)
    assert err.code == "config.bad_date"
    key = text.split(":")[0]
    assert err.render() == where(p, line, column) + (
        f"“{key}”中的 {given} 不是有效日期；请写成 YYYY-MM-DD，例如 2027-01-01")


def test_a_date_both_holiday_and_workday(tmp_path: Path) -> None:
    p = tmp_path / "p.yaml"
    err = fails(p, "holidays: [2027-02-07]\nworkdays:\n  - 2027-02-06\n  - 2027-02-07\n")
    assert err.render("en") == where(p, 4, 5) + (
        "2027-02-07 is listed both in holidays and in workdays; keep only one")


# --- rules ----------------------------------------------------------------------------------------------


def test_unknown_rule(tmp_path: Path) -> None:
    p = tmp_path / "p.yaml"
    err = fails(p, "rules:\n  range: info\n  completeness: disable\n")
    assert err.code == "config.unknown_rule"
    assert err.render() == where(p, 3, 3) + (
        "未知的规则“completeness”；可用 disclosecheck rules list 查看所有规则")


def test_unknown_rule_close_to_a_known_one_suggests_it(tmp_path: Path) -> None:
    p = tmp_path / "p.yaml"
    err = fails(p, "rules:\n  timelimt:\n    severity: info\n")
    assert err.code == "config.unknown_rule_hint"
    assert err.render("en") == where(p, 2, 3) + (
        'unknown rule "timelimt"; did you mean "timelimit"? see disclosecheck rules list')


@pytest.mark.parametrize("severity", ["warn", "fatal", "3", "[error]"])
def test_bad_severity(tmp_path: Path, severity: str) -> None:
    p = tmp_path / "p.yaml"
    err = fails(p, f"rules:\n  timelimit:\n    max_workdays: 10\n    severity: {severity}\n")
    assert err.code == "config.bad_severity"
    assert err.render().startswith(where(p, 4, 15) + "规则“timelimit”的级别 ")
    assert err.render().endswith("不对：应为 error（错误）、warning（警告）或 info（提示）")


def test_a_setting_that_is_neither_word_nor_mapping(tmp_path: Path) -> None:
    p = tmp_path / "p.yaml"
    err = fails(p, "rules:\n  timelimit: sometimes\n")
    assert err.code == "config.bad_rule_setting"
    assert err.render("en").startswith(
        where(p, 2, 14) + 'the setting "sometimes" of rule "timelimit" is not understood')


def test_enabled_must_be_true_or_false(tmp_path: Path) -> None:
    p = tmp_path / "p.yaml"
    err = fails(p, "rules:\n  range:\n    enabled: no\n")  # YAML 1.2: "no" is text
    assert err.render() == where(p, 3, 14) + "“range.enabled”的取值 \"no\" 不对：应为true（是）或 false（否）"


def test_unknown_option_lists_the_rules_options(tmp_path: Path) -> None:
    p = tmp_path / "p.yaml"
    err = fails(p, "rules:\n  timelimit:\n    severity: warning\n    max_days: 15\n")
    assert err.code == "config.unknown_option"
    assert err.render() == where(p, 4, 5) + (
        "规则“timelimit”没有选项“max_days”；"
        "可用的选项有：max_workdays, words, title_pattern, vague_regexes, mode")


def test_an_option_on_a_rule_without_options(tmp_path: Path) -> None:
    p = tmp_path / "p.yaml"
    err = fails(p, "rules:\n  legal-basis:\n    strict: true\n")
    assert err.render("en") == where(p, 3, 5) + 'rule "legal-basis" has no option "strict"; its options: -'


@pytest.mark.parametrize(("option", "line", "column", "zh", "en"), [
    ("max_workdays: twenty", 3, 19, '“max_workdays”取值 "twenty" 不对：应为整数',
     '"max_workdays" of rule "timelimit" is "twenty"; expected a whole number'),
    ("max_workdays: 2.5", 3, 19, "“max_workdays”取值 2.5 不对：应为整数",
     '"max_workdays" of rule "timelimit" is 2.5; expected a whole number'),
    ("max_workdays: 0", 3, 19, "“max_workdays”取值 0 不对：应为不小于 1 的数",
     '"max_workdays" of rule "timelimit" is 0; expected a number of at least 1'),
    ("words: [尽快]", 3, 12, '“words”取值 ["尽快"] 不对：应为“文字: 整数”的映射',
     '"words" of rule "timelimit" is ["尽快"]; expected a mapping of text: a whole number'),
    ("words:\n      及时: soon", 4, 11, '“words”取值 "soon" 不对：应为整数',
     '"words" of rule "timelimit" is "soon"; expected a whole number'),
    ("vague_regexes: [及时, 3]", 3, 25, "“vague_regexes”取值 3 不对：应为文字",
     '"vague_regexes" of rule "timelimit" is 3; expected text'),
    ("mode: [1]", 3, 11, "“mode”取值 [1] 不对：应为文字或整数",
     '"mode" of rule "timelimit" is [1]; expected text or a whole number'),
])
def test_option_of_the_wrong_type(tmp_path: Path, option: str, line: int, column: int, zh: str,
                                  en: str) -> None:
    p = tmp_path / "p.yaml"
    err = fails(p, f"rules:\n  timelimit:\n    {option}\n")
    assert err.code == "config.bad_option"
    assert (err.line, err.column) == (line, column)
    assert err.render() == where(p, line, column) + "规则“timelimit”的选项" + zh
    assert err.render("en") == where(p, line, column) + "option " + en


def test_an_options_own_validator_is_quoted(tmp_path: Path) -> None:
    p = tmp_path / "p.yaml"
    err = fails(p, "rules:\n  timelimit:\n    max_workdays: 90\n")
    assert err.code == "config.option_invalid"
    assert err.render() == where(p, 3, 19) + (
        "规则“timelimit”的选项“max_workdays”取值 90 不对：不能超过 60 个工作日")


def test_a_model_validator_points_at_the_rule(tmp_path: Path) -> None:
    p = tmp_path / "p.yaml"
    err = fails(p, "rules:\n  timelimit: warning\n  range:\n    low: 8\n")
    assert err.code == "config.rule_invalid"
    assert err.render("en") == where(p, 3, 3) + (
        'the options of rule "range" do not fit together: low 不能大于 high')


def test_a_model_validator_sees_the_merged_options(tmp_path: Path) -> None:
    (tmp_path / "base.yaml").write_text("rules:\n  range:\n    high: 9\n", encoding="utf-8")
    ok = tmp_path / "ok.yaml"
    ok.write_text("extends: base.yaml\nrules:\n  range:\n    low: 8\n", encoding="utf-8")
    assert load_pack(str(ok)).rules["range"].options.low == 8
    p = tmp_path / "p.yaml"
    err = fails(p, "extends: base.yaml\nrules:\n  range:\n    low: 10\n")
    assert err.code == "config.rule_invalid"
    assert (err.line, err.column) == (3, 3)


@pytest.mark.parametrize(("option", "line", "column", "given"), [
    ("title_pattern: '(公开'", 3, 20, '"(公开"'),
    ("vague_regexes:\n      - 尽快\n      - '[及时'", 5, 9, '"[及时"'),
])
def test_bad_regular_expression(tmp_path: Path, option: str, line: int, column: int, given: str) -> None:
    p = tmp_path / "p.yaml"
    err = fails(p, f"rules:\n  timelimit:\n    {option}\n")
    assert err.code == "config.bad_regex"
    name = option.split(":")[0]
    assert err.render().startswith(
        where(p, line, column) + f"规则“timelimit”的选项“{name}”中 {given} 不是有效的正则表达式：")
    assert err.params["reason"]  # re.error's own words, e.g. "missing ), unterminated subpattern"


def test_errors_are_one_line_with_or_without_position(tmp_path: Path) -> None:
    p = tmp_path / "p.yaml"
    for text in ("rules:\n  timelimit:\n    mode: [1]\n", "name: [\n"):
        for lang in ("zh", "en"):
            assert "\n" not in fails(p, text).render(lang)


def test_flow_style_positions(tmp_path: Path) -> None:
    p = tmp_path / "p.yaml"
    err = fails(p, "rules: {timelimit: {max_workdays: x}}\n")
    assert err.render("en") == where(p, 1, 35) + (
        'option "max_workdays" of rule "timelimit" is "x"; expected a whole number')


def test_error_params_stay_plain_text_for_json(tmp_path: Path) -> None:
    import json

    err = fails(tmp_path / "p.yaml", "rules:\n  timelimit:\n    mode: [1]\n")
    assert json.loads(json.dumps(err.params))["expected"] == "文字或整数"
