"""``disclosecheck rules list | show | validate`` through typer's CliRunner.

The first part uses the fake registry and fake built-in packs (``fixtures/packs/``) so the output can
be asserted line by line; the second part runs the commands on the real checks and ``rules/``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from fakepacks import BUILTIN, PACKS, fakes, use_fakes
from typer.testing import CliRunner

from disclosecheck.cli import app


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """Fake registry and built-ins; the working folder is an empty temp folder (no disclosecheck.yaml).

    The fake rules borrow real ids (timelimit, legal-basis); their ``rule.<id>.*`` messages are hidden
    so that these tests see the fake docstrings, the fallback for a rule without messages.
    """
    from disclosecheck.messages import CATALOGS

    use_fakes(monkeypatch)
    for catalog in CATALOGS.values():
        for rule_id in fakes.REGISTRY:
            for part in ("summary", "about"):
                if f"rule.{rule_id}.{part}" in catalog:
                    monkeypatch.delitem(catalog, f"rule.{rule_id}.{part}")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args: str):
    return CliRunner().invoke(app, ["rules", *args])


def cells(line: str) -> list[str]:
    """A table row split on the runs of two or more spaces that separate its columns."""
    import re

    return re.split(r"\s{2,}", line.strip())


# --- rules list -----------------------------------------------------------------------------------------


def test_list_shows_every_rule_in_the_default_pack(fake: Path) -> None:
    result = run("list")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "规则包：national　全国通用（测试）"
    assert lines[1] == f"文件：{BUILTIN / 'national.yaml'}"
    table = lines[lines.index("") + 1:]
    assert cells(table[0]) == ["规则", "默认级别", "本包级别", "启用", "检查什么"]
    assert cells(table[1]) == ["timelimit", "错误", "错误", "是", "公开时限: at most max_workdays."]
    assert cells(table[2]) == ["legal-basis", "警告", "警告", "是", "公开依据: every item cites a document."]
    assert cells(table[3]) == ["range", "提示", "提示", "是",
                               "A rule with two options that must fit together."]
    assert lines[-3:] == ["内置规则包：", "  national  全国通用（测试）", "  township  乡镇（测试）"]


def test_list_columns_line_up_with_chinese_text(fake: Path) -> None:
    import unicodedata

    def width(text: str) -> int:
        return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)

    lines = run("list").stdout.splitlines()
    table = lines[lines.index("") + 1: lines.index("") + 5]
    starts = []  # per row: where each column starts, in terminal columns (CJK characters take two)
    for line in table:
        offsets, position = [], 0
        for part in cells(line):
            position = line.index(part, position)
            offsets.append(width(line[:position]))
            position += len(part)
        starts.append(offsets)
    assert all(row == starts[0] for row in starts), starts
    assert starts[0][1] == width("legal-basis") + 2  # widest id + two spaces


def test_list_with_a_pack_file_in_english(fake: Path) -> None:
    result = run("list", "--rules", str(PACKS / "county" / "sub" / "child.yaml"), "--lang", "en")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "Rule pack: county-child  某县某部门"
    assert lines[2] == f"Extends: {PACKS / 'county' / 'base.yaml'} → {BUILTIN / 'national.yaml'}"
    rows = {cells(line)[0]: cells(line) for line in lines if line.split(" ")[0] in fakes.REGISTRY}
    assert rows["timelimit"][1:4] == ["error", "warning", "yes"]
    assert rows["legal-basis"][1:4] == ["warning", "info", "yes"]
    assert rows["range"][1:4] == ["info", "info", "no"]
    assert "Built-in rule packs:" in lines


def test_list_uses_disclosecheck_yaml_of_the_working_folder(fake: Path) -> None:
    (fake / "disclosecheck.yaml").write_text("name: here\nextends: township\n", encoding="utf-8")
    lines = run("list").stdout.splitlines()
    assert lines[0] == "规则包：here"
    row = next(cells(line) for line in lines if line.startswith("legal-basis"))
    assert row[3] == "否"


def test_list_with_a_broken_pack_is_one_line_and_exit_2(fake: Path) -> None:
    (fake / "bad.yaml").write_text("rules:\n  timelimit:\n    max_workdays: x\n", encoding="utf-8")
    result = run("list", "--rules", "bad.yaml")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        "bad.yaml:3:19: 规则“timelimit”的选项“max_workdays”取值 \"x\" 不对：应为整数\n")


# --- rules show -----------------------------------------------------------------------------------------


def test_show_prints_docstring_options_and_examples(fake: Path) -> None:
    result = run("show", "timelimit")
    assert result.exit_code == 0, result.output
    assert result.stdout == "\n".join([
        "规则 timelimit（默认级别：错误）",
        "公开时限: at most max_workdays.",
        "",
        "检查什么",
        "  A longer explanation of what the rule checks.",
        "",
        "选项（可在规则包 rules: 下设置）",
        "  max_workdays：整数（≥ 1），默认 20",
        "      最长的公开时限（工作日）",
        "  words：“文字: 整数”的映射，默认 {尽快: 1}",
        "  title_pattern：文字，默认 \".*\"",
        "  vague_regexes：文字的列表，默认 [尽快]",
        "  mode：文字或整数，默认 1",
        "",
        "不合格的写法（Anti-pattern）",
        "  1 | 燃气经营许可证核发 | 30日内",
        "",
        "合格的写法（Best practice）",
        "  1 | 燃气经营许可证核发 | 20个工作日内",
        "",
        "依据（Legal basis）",
        "  《中华人民共和国政府信息公开条例》第二十六条",
    ]) + "\n"


def test_show_in_english_with_inline_sections_and_no_options(fake: Path) -> None:
    result = run("show", "legal-basis", "--lang", "en")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("Rule legal-basis (default severity: warning)\n"
                          "公开依据: every item cites a document.\n")
    assert "Options (set them under rules: in a rule pack)\n  (this rule has no options)\n" in out
    assert "Fails (Anti-pattern)\n  相关法律法规\n" in out
    assert "Passes (Best practice)\n  《城市绿化条例》\n" in out
    assert out.endswith("Legal basis\n  国办发〔2019〕54号\n")


def test_show_says_when_a_section_is_missing(fake: Path) -> None:
    out = run("show", "range", "--lang", "en").stdout
    assert "  low: a whole number, default 1\n  high: a whole number, default 5\n" in out
    assert "Fails (Anti-pattern)\n  (not given)\n" in out


def test_show_unknown_rule_is_one_line_and_exit_2(fake: Path) -> None:
    result = run("show", "timelimt")
    assert result.exit_code == 2
    assert result.stdout == ""
    # a typo gets the rule meant (issue 15)
    assert result.stderr == ("没有规则“timelimt”；是不是“timelimit”？"
                             "可用 disclosecheck rules show timelimit 查看\n")
    assert run("show", "nope", "--lang", "en").stderr == 'no rule "nope"; see disclosecheck rules list\n'


# --- rules validate -------------------------------------------------------------------------------------


def test_validate_a_good_pack(fake: Path) -> None:
    path = str(PACKS / "county" / "sub" / "child.yaml")
    result = run("validate", path)
    assert (result.exit_code, result.stdout) == (0, "OK: county-child（启用 2 条规则）\n")
    assert run("validate", path, "--lang", "en").stdout == "OK: county-child (2 rules enabled)\n"


def test_validate_a_relative_path(fake: Path) -> None:
    (fake / "mine.yaml").write_text("name: mine\nextends: national\nrules:\n  range: disable\n",
                                    encoding="utf-8")
    result = run("validate", "mine.yaml")
    assert (result.exit_code, result.stdout) == (0, "OK: mine（启用 2 条规则）\n")


def test_validate_a_bad_pack_prints_the_position(fake: Path) -> None:
    (fake / "bad.yaml").write_text("name: bad\nrules:\n  timelimit:\n    severity: fatal\n", encoding="utf-8")
    result = run("validate", "bad.yaml", "--lang", "en")
    assert result.exit_code == 2
    assert result.stdout == ""
    # Inside the working folder a pack file is named as the user would type it.
    assert result.stderr == ('bad.yaml:4:15: the severity "fatal" of rule "timelimit" '
                             "is not one of error, warning, info\n")


def test_validate_a_missing_file(fake: Path) -> None:
    result = run("validate", "missing.yaml")
    assert result.exit_code == 2
    assert result.stderr == "missing.yaml: 找不到规则包“missing.yaml”；内置规则包有：national, township\n"


def test_validate_malformed_yaml_with_debug_shows_the_traceback(fake: Path) -> None:
    (fake / "bad.yaml").write_text("rules: [\n", encoding="utf-8")
    plain = run("validate", "bad.yaml")
    assert plain.exit_code == 2 and "Traceback" not in plain.stderr
    assert plain.stderr.startswith("bad.yaml:2:1: YAML 格式错误：")
    debug = run("validate", "bad.yaml", "--debug")
    assert debug.exit_code == 2 and "Traceback" in debug.stderr


# --- the real checks and packs --------------------------------------------------------------------------


def test_real_list_names_every_check_and_the_national_pack(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from disclosecheck.checks import CHECKS

    monkeypatch.chdir(tmp_path)
    result = run("list", "--lang", "en")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Rule pack: national  ")
    listed = [cells(line)[0] for line in lines if line.split(" ")[0] in CHECKS]
    assert listed == list(CHECKS)
    assert any(line.startswith("  national  ") for line in lines[lines.index("Built-in rule packs:"):])


def test_real_show_every_check_has_its_sections() -> None:
    from disclosecheck.checks import CHECKS

    for rule_id in CHECKS:
        result = run("show", rule_id, "--lang", "en")
        assert result.exit_code == 0, (rule_id, result.output)
        assert "(not given)" not in result.stdout, rule_id
        for heading in ("Fails (Anti-pattern)", "Passes (Best practice)", "Legal basis"):
            assert f"\n{heading}\n  " in result.stdout, (rule_id, heading)


def test_real_validate_national() -> None:
    from disclosecheck.pack import load_pack

    enabled = len(load_pack("national").enabled)
    path = Path(__file__).resolve().parents[1] / "rules" / "national.yaml"
    result = run("validate", str(path), "--lang", "en")
    assert (result.exit_code, result.stdout) == (0, f"OK: national ({enabled} rules enabled)\n")


def test_the_rules_command_does_not_load_ruamel_or_the_pack_module_at_start_up() -> None:
    code = ("import sys; import disclosecheck.cli.rules_cmd; "
            "print(sorted(m for m in sys.modules if m.startswith(('ruamel', 'disclosecheck.pack'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


# --- rule descriptions in the user's language -----------------------------------------------------------


def _has_cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def test_every_rule_has_a_summary_and_an_about_in_both_languages() -> None:
    from disclosecheck.checks import CHECKS
    from disclosecheck.messages import CATALOGS

    for rule_id in CHECKS:
        for part in ("summary", "about"):
            key = f"rule.{rule_id}.{part}"
            zh, en = CATALOGS["zh"].get(key), CATALOGS["en"].get(key)
            assert zh and en, key
            assert _has_cjk(zh), key
            assert zh != en, key
        assert "\n" not in CATALOGS["zh"][f"rule.{rule_id}.summary"], rule_id
        assert "\n" not in CATALOGS["en"][f"rule.{rule_id}.summary"], rule_id


def test_real_list_shows_the_chinese_summary_by_default_and_english_on_request(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    zh = run("list")
    assert zh.exit_code == 0, zh.output
    row = next(cells(line) for line in zh.stdout.splitlines() if line.startswith("timelimit "))
    assert row == ["timelimit", "错误", "错误", "是",
                   "公开时限：必须填写、写得明确，且不超过法定的 20 个工作日"]
    assert "present, understandable, definite" not in zh.stdout  # not the docstring
    en = run("list", "--lang", "en")
    row = next(cells(line) for line in en.stdout.splitlines() if line.startswith("timelimit "))
    assert row == ["timelimit", "error", "error", "yes",
                   "公开时限: present, definite, and no longer than the statutory 20 working days"]


def test_real_show_explains_the_rule_in_chinese_and_keeps_the_examples() -> None:
    result = run("show", "publish-timeliness")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[:4] == ["规则 publish-timeliness（默认级别：错误）",
                         "按信息形成日期和公开日期，检查是否在公开时限内公开", "", "检查什么"]
    assert lines[4].startswith("  有“信息形成日期”“公开日期”列时，按国家法定节假日和调休计算工作日。")
    assert "With 信息形成日期 and 公开日期 columns" not in result.stdout
    assert "Working days are counted" not in result.stdout  # the docstring's body is not shown
    anti = lines.index("不合格的写法（Anti-pattern）")
    assert lines[anti + 1].startswith("  1 | 社会救助 | 低保对象名单 |")
    assert "  《中华人民共和国政府信息公开条例》第二十六条" in result.stdout.split("依据（Legal basis）")[1]
    en = run("show", "publish-timeliness", "--lang", "en").stdout.splitlines()
    assert en[1] == "Items published within their 公开时限, by 信息形成日期 and 公开日期"
    assert en[4].startswith("  With 信息形成日期 and 公开日期 columns, working days are counted")


def test_a_rule_message_replaces_the_docstring_only_in_its_language(fake: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from disclosecheck.messages import CATALOGS

    monkeypatch.setitem(CATALOGS["zh"], "rule.range.summary", "两个选项要相互匹配")
    monkeypatch.setitem(CATALOGS["zh"], "rule.range.about", "low 不能大于 high。")
    zh = run("list").stdout.splitlines()
    assert cells(next(line for line in zh if line.startswith("range "))) == [
        "range", "提示", "提示", "是", "两个选项要相互匹配"]
    en = run("list", "--lang", "en").stdout.splitlines()
    assert cells(next(line for line in en if line.startswith("range ")))[-1] == (
        "A rule with two options that must fit together.")
    shown = run("show", "range").stdout.splitlines()
    assert shown[1:5] == ["两个选项要相互匹配", "", "检查什么", "  low 不能大于 high。"]


# --- option errors of the real checks, in the language asked for ---------------------------------------


def _validate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, *lang: str):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "mine.yaml").write_text(text, encoding="utf-8")
    return run("validate", "mine.yaml", *lang)


OWNED = "name: mine\nextends: national\nrules:\n  required-elements:\n    elements: [公开内容, 公开依据]\n"


def test_validate_an_element_owned_by_another_rule_in_chinese(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    result = _validate(tmp_path, monkeypatch, OWNED)
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == (
        "mine.yaml:5:15: 规则“required-elements”的选项“elements”取值 [\"公开内容\", \"公开依据\"] 不对："
        "公开依据 (legal-basis) 的空白由括号中的规则报告，这里再写会重复报告："
        "请从 required-elements 的 elements 中删去\n")


def test_validate_an_element_owned_by_another_rule_in_english(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    result = _validate(tmp_path, monkeypatch, OWNED, "--lang", "en")
    assert result.exit_code == 2
    assert result.stderr == (
        "mine.yaml:5:15: option \"elements\" of rule \"required-elements\" is [\"公开内容\", \"公开依据\"]: "
        "blanks of 公开依据 (legal-basis) are reported by the rule in brackets, listing them here would "
        "report them twice; remove them from the elements of required-elements\n")


def test_validate_a_blank_publication_date_is_publish_timeliness_business(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "name: mine\nrules:\n  required-elements:\n    elements: [公开内容, 信息形成日期, 公开日期]\n"
    result = _validate(tmp_path, monkeypatch, text)
    assert result.exit_code == 2
    assert "公开日期 (publish-timeliness) 的空白由括号中的规则报告" in result.stderr
    assert "信息形成日期 (" not in result.stderr


@pytest.mark.parametrize(("lang", "expected"), [
    ((), "没有要素“公开期限”；可用的要素有：序号、一级事项、"),
    (("--lang", "en"), "no element \"公开期限\"; the elements are: 序号、一级事项、"),
])
def test_validate_an_unknown_element_in_both_languages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       lang: tuple[str, ...], expected: str) -> None:
    result = _validate(tmp_path, monkeypatch, "name: mine\nrules:\n  required-columns:\n"
                       "    columns: [公开内容, 公开期限]\n", *lang)
    assert result.exit_code == 2
    assert result.stderr.startswith("mine.yaml:4:14: ")
    assert expected in result.stderr
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize(("allowed", "zh", "en"), [
    ("公开方式: [主动, 不公开]",
     "不对：“不公开”不是公开方式：不公开的事项不应列入公开目录，请从公开方式的选项中删去\n",
     ": 不公开 (not disclosed) is not a 公开方式: an item not disclosed has no place in the catalog; "
     "remove it from the choices of 公开方式\n"),
    ("公开主体: [甲]",
     "不对：“公开主体”不是勾选类要素；这里只能写：公开对象、公开方式、公开层级\n",
     ": \"公开主体\" is not a tick-box element; only these can be listed: 公开对象、公开方式、公开层级\n"),
])
def test_validate_choices_options_in_both_languages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    allowed: str, zh: str, en: str) -> None:
    text = f"name: mine\nrules:\n  choices:\n    allowed:\n      {allowed}\n"
    zh_result = _validate(tmp_path, monkeypatch, text)
    assert zh_result.exit_code == 2
    assert zh_result.stderr.startswith("mine.yaml:5:7: 规则“choices”的选项“allowed”取值 ")
    assert zh_result.stderr.endswith(zh)
    en_result = _validate(tmp_path, monkeypatch, text, "--lang", "en")
    assert en_result.stderr.startswith('mine.yaml:5:7: option "allowed" of rule "choices" is ')
    assert en_result.stderr.endswith(en)


def test_show_gives_the_legal_basis_in_the_readers_language() -> None:
    # Issue 14: the 依据 paragraph of rules show was English in a Chinese report.
    from typer.testing import CliRunner

    from disclosecheck.cli import app

    zh = CliRunner().invoke(app, ["rules", "show", "timelimit"]).stdout
    basis = zh[zh.index("依据（Legal basis）"):]
    assert "第四十九条（年度报告：部门1月31日前" in basis and "working days" not in basis
    en = CliRunner().invoke(app, ["rules", "show", "timelimit", "--lang", "en"]).stdout
    assert "20 working days unless a law or regulation provides" in en
