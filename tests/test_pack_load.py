"""Loading rule packs: built-in names, paths, ``extends`` chains, merging, discovery of disclosecheck.yaml.

Most tests run against the fake registry of ``fixtures/packs/fake_checks.py`` and the fake built-in
packs of ``fixtures/packs/builtin/``; the last ones load the real ``rules/national.yaml`` with the
real checks.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from pathlib import Path

import pytest
from fakepacks import BUILTIN, PACKS, use_fakes

from disclosecheck.errors import ConfigError
from disclosecheck.model import Severity
from disclosecheck.pack import Pack, RuleSetting, builtin_packs, find_project_file, load_pack


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch):
    """The fake registry and the fake built-in packs in place of the real ones."""
    return use_fakes(monkeypatch)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --- built-in packs -----------------------------------------------------------------------------------


def test_builtin_packs_lists_the_fake_folder(fake) -> None:
    assert builtin_packs() == {"national": BUILTIN / "national.yaml", "township": BUILTIN / "township.yaml"}


def test_builtin_by_name(fake) -> None:
    pack = load_pack("national")
    assert isinstance(pack, Pack)
    assert pack.name == "national"
    assert pack.title == "全国通用（测试）"
    assert pack.source == str(BUILTIN / "national.yaml")
    assert pack.parents == []
    assert list(pack.rules) == ["timelimit", "legal-basis", "range"]  # registry order, all filled in
    timelimit = pack.rules["timelimit"]
    assert isinstance(timelimit, RuleSetting)
    assert timelimit.severity is Severity.ERROR and timelimit.enabled
    assert isinstance(timelimit.options, fake.TimelimitOptions)
    assert timelimit.options.words == {"尽快": 1, "按规定": 2}  # merged onto the check's own default
    assert pack.rules["range"] == RuleSetting(id="range", enabled=True, severity=Severity.INFO,
                                              options=fake.RangeOptions())
    assert pack.synonyms == {"公開主體": "公开主体"}
    assert pack.holidays == [date(2027, 1, 1), date(2027, 2, 6)]
    assert pack.workdays == [date(2027, 2, 7)]


def test_extends_builtin_by_name(fake) -> None:
    pack = load_pack("township")
    assert pack.name == "township"
    assert pack.title == "乡镇（测试）"
    assert pack.parents == [str(BUILTIN / "national.yaml")]
    assert pack.rules["legal-basis"].enabled is False
    assert pack.rules["legal-basis"].severity is Severity.WARNING
    assert pack.rules["timelimit"].options.words == {"尽快": 1, "按规定": 2}
    assert [r.id for r in pack.enabled] == ["timelimit", "range"]
    assert pack.holidays == [date(2027, 1, 1), date(2027, 2, 6)]


def test_extends_by_relative_path_merges_every_level(fake) -> None:
    pack = load_pack(str(PACKS / "county" / "sub" / "child.yaml"))
    assert pack.name == "county-child"
    assert pack.title == "某县某部门"
    assert pack.parents == [str(PACKS / "county" / "base.yaml"), str(BUILTIN / "national.yaml")]
    timelimit = pack.rules["timelimit"].options
    assert pack.rules["timelimit"].severity is Severity.WARNING  # child
    assert timelimit.max_workdays == 15  # base
    assert timelimit.words == {"尽快": 1, "按规定": 2, "适时": 3}  # default + national + child, deep
    assert pack.rules["legal-basis"].severity is Severity.INFO  # shorthand `legal-basis: info`
    assert pack.rules["legal-basis"].enabled is True
    assert pack.rules["range"].enabled is False
    assert (pack.rules["range"].options.low, pack.rules["range"].options.high) == (1, 9)
    assert pack.synonyms == {"公開主體": "公开主体", "责任单位": "公开主体", "办理单位": "公开主体"}
    # national's holidays + base's + child's; child's holiday 2027-02-07 cancels national's workday.
    assert pack.holidays == [date(2027, 1, 1), date(2027, 2, 6), date(2027, 2, 7), date(2027, 3, 1)]
    assert pack.workdays == [date(2027, 3, 6)]


def test_relative_ref_is_taken_from_cwd(fake) -> None:
    pack = load_pack("county/base.yaml", cwd=PACKS)
    assert pack.name == "county-base"
    assert pack.source == str(PACKS / "county" / "base.yaml")
    assert pack.rules["timelimit"].options.max_workdays == 15


def test_a_child_workday_cancels_an_inherited_holiday(fake, tmp_path: Path) -> None:
    pack = load_pack(str(write(tmp_path / "p.yaml", "extends: national\nworkdays: [2027-01-01]\n")))
    assert pack.holidays == [date(2027, 2, 6)]
    assert pack.workdays == [date(2027, 1, 1), date(2027, 2, 7)]


def test_lists_are_replaced_not_appended(fake, tmp_path: Path) -> None:
    path = write(tmp_path / "p.yaml", "rules:\n  timelimit:\n    vague_regexes: [适时, 及时]\n")
    assert load_pack(str(path)).rules["timelimit"].options.vague_regexes == ["适时", "及时"]


def test_without_extends_a_pack_starts_from_the_checks_defaults(fake, tmp_path: Path) -> None:
    pack = load_pack(str(write(tmp_path / "mine.yaml", "rules:\n  range:\n    low: 3\n")))
    assert pack.name == "mine"  # file name without .yaml
    assert pack.parents == [] and pack.synonyms == {} and pack.holidays == []
    assert pack.rules["timelimit"].options == fake.TimelimitOptions()
    assert pack.rules["legal-basis"].severity is Severity.WARNING
    assert pack.rules["range"].options == fake.RangeOptions(low=3, high=5)


def test_an_empty_file_is_the_defaults(fake, tmp_path: Path) -> None:
    pack = load_pack(str(write(tmp_path / "empty.yaml", "# nothing yet\n")))
    assert pack.name == "empty"
    assert [r.id for r in pack.enabled] == ["timelimit", "legal-basis", "range"]


def test_empty_sections_are_nothing(fake, tmp_path: Path) -> None:
    text = "name: x\ntitle:\nheaders:\nholidays:\nrules:\n  # timelimit: disable\n"
    pack = load_pack(str(write(tmp_path / "p.yaml", text)))
    assert (pack.title, pack.synonyms, pack.holidays) == ("", {}, [])
    assert len(pack.enabled) == 3


@pytest.mark.parametrize(("setting", "enabled", "severity"), [
    ("disable", False, Severity.ERROR),
    ("off", False, Severity.ERROR),
    ("false", False, Severity.ERROR),
    ("停用", False, Severity.ERROR),
    ("warning", True, Severity.WARNING),
    ("警告", True, Severity.WARNING),
    ("Info", True, Severity.INFO),
    ("{enabled: false, severity: info}", False, Severity.INFO),
])
def test_rule_shorthands(fake, tmp_path: Path, setting: str, enabled: bool, severity: Severity) -> None:
    pack = load_pack(str(write(tmp_path / "p.yaml", f"rules:\n  timelimit: {setting}\n")))
    assert (pack.rules["timelimit"].enabled, pack.rules["timelimit"].severity) == (enabled, severity)


@pytest.mark.parametrize("setting", ["enable", "true", "", "on"])
def test_enable_turns_a_parent_disabled_rule_back_on(fake, tmp_path: Path, setting: str) -> None:
    path = write(tmp_path / "p.yaml", f"extends: township\nrules:\n  legal-basis: {setting}\n")
    assert load_pack(str(path)).rules["legal-basis"].enabled is True


def test_quoted_dates_and_gbk_files_are_read(fake, tmp_path: Path) -> None:
    path = tmp_path / "gbk.yaml"
    path.write_bytes("name: 县\nheaders:\n  责任单位: 公开主体\nholidays: ['2027-05-06']\n".encode("gbk"))
    pack = load_pack(str(path))
    assert (pack.name, pack.synonyms, pack.holidays) == ("县", {"责任单位": "公开主体"}, [date(2027, 5, 6)])


def test_the_pack_dumps_to_json_with_each_checks_options(fake) -> None:
    dumped = json.loads(json.dumps(dataclasses.asdict(load_pack("national")), default=str))
    assert dumped["rules"]["timelimit"]["options"]["max_workdays"] == 20
    assert dumped["rules"]["range"]["options"] == {"low": 1, "high": 5}


# --- discovery ----------------------------------------------------------------------------------------


def test_disclosecheck_yaml_is_found_from_a_nested_folder(fake, tmp_path: Path) -> None:
    project = tmp_path / "county"
    write(project / "disclosecheck.yaml", "name: county\nextends: national\nrules:\n  range: disable\n")
    nested = project / "2027" / "城管"
    nested.mkdir(parents=True)
    assert find_project_file(nested) == project / "disclosecheck.yaml"
    pack = load_pack(None, cwd=nested)
    assert pack.name == "county"
    assert pack.source == str(project / "disclosecheck.yaml")
    assert pack.rules["range"].enabled is False


def test_the_nearest_disclosecheck_yaml_wins(fake, tmp_path: Path) -> None:
    write(tmp_path / "disclosecheck.yaml", "name: outer\n")
    write(tmp_path / "inner" / "disclosecheck.yaml", "name: inner\n")
    (tmp_path / "inner" / "deeper").mkdir()
    assert load_pack(cwd=tmp_path / "inner" / "deeper").name == "inner"


def test_without_a_project_file_national_is_used(fake, tmp_path: Path) -> None:
    assert find_project_file(tmp_path) is None
    assert load_pack(None, cwd=tmp_path).source == str(BUILTIN / "national.yaml")


def test_without_any_national_pack_the_error_says_so(fake, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from disclosecheck.pack import builtin

    monkeypatch.setattr(builtin, "packs_folder", lambda: None)
    with pytest.raises(ConfigError) as info:
        load_pack(None, cwd=tmp_path)
    assert info.value.render("en") == 'national: no rule pack "national"; built-in packs: -'


# --- the real checks and rules/national.yaml ------------------------------------------------------------


def test_real_builtin_folder_is_the_repository_rules_folder() -> None:
    repo = Path(__file__).resolve().parents[1]
    assert builtin_packs()["national"] == repo / "rules" / "national.yaml"


def test_real_national_pack_covers_every_registered_check() -> None:
    from disclosecheck.checks import CHECKS

    pack = load_pack("national")
    assert pack.name == "national"
    assert pack.title
    assert list(pack.rules) == list(CHECKS)
    for rule_id, setting in pack.rules.items():
        assert isinstance(setting.options, CHECKS[rule_id].Options)


def test_real_national_can_be_extended(tmp_path: Path) -> None:
    path = write(tmp_path / "county.yaml",
                 "extends: national\nrules:\n  timelimit:\n    max_workdays: 15\n  legal-basis: warning\n")
    pack = load_pack(str(path))
    national = load_pack("national")
    assert pack.rules["timelimit"].options.max_workdays == 15
    assert pack.rules["legal-basis"].severity is Severity.WARNING
    assert pack.rules["channels"] == national.rules["channels"]
    assert pack.parents == [national.source]


def test_no_real_check_has_an_option_named_like_a_reserved_key() -> None:
    from disclosecheck.checks import CHECKS
    from disclosecheck.pack.rules import RESERVED

    for rule_id, module in CHECKS.items():
        assert not {f.name for f in dataclasses.fields(module.Options)} & set(RESERVED), rule_id
