"""Every registered rule is complete: cases, documentation, honest message codes, valid options."""

from __future__ import annotations

import ast
import inspect
import re
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from disclosecheck.checks import CHECK_MODULES, CHECKS
from disclosecheck.checks.base import CheckOptions
from disclosecheck.messages import CATALOGS
from disclosecheck.model import BASIS, ELEMENTS, FORMED, LEVEL, MODE, PUBLISHED, SUBJECT, UPDATED, Severity
from disclosecheck.pack.validate import Invalid, build

CASES_DIR = Path(__file__).parent / "cases"
NATIONAL = Path(__file__).parents[2] / "rules" / "national.yaml"
MODULES = [pytest.param(m, id=m.ID) for m in CHECK_MODULES]
SECTIONS = ("Anti-pattern:", "Best practice:", "Legal basis:")


def _yaml(path: Path):
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


def test_registry_ids_are_unique_kebab_case_and_approximate_is_last() -> None:
    ids = [m.ID for m in CHECK_MODULES]
    assert len(ids) == len(set(ids)) == len(CHECKS)
    assert all(re.fullmatch(r"[a-z]+(-[a-z]+)*", i) for i in ids), ids
    assert ids[0] == "no-items"
    assert ids[-1] == "workdays-approximate"
    assert set(ids) == {"no-items", "required-columns", "required-elements", "choices", "channels",
                        "legal-basis", "duplicate-items", "timelimit", "publish-timeliness",
                        "update-freshness", "standard-coverage", "standard-content", "standard-timelimit",
                        "standard-fields", "workdays-approximate"}


@pytest.mark.parametrize("module", MODULES)
def test_rule_has_pass_and_fail_cases(module) -> None:
    path = CASES_DIR / f"{module.ID}.yaml"
    assert path.is_file(), f"no case file {path.name}"
    data = _yaml(path)
    assert data["rule"] == module.ID
    assert len(data.get("pass") or []) >= 1
    assert len(data.get("fail") or []) >= 1


@pytest.mark.parametrize("module", MODULES)
def test_every_code_is_exercised_by_a_fail_case(module) -> None:
    data = _yaml(CASES_DIR / f"{module.ID}.yaml")
    expected = {e["code"] for case in data["fail"] for e in case["expect"]}
    assert set(module.CODES) - expected == set(), "codes no fail case expects"


@pytest.mark.parametrize("module", MODULES)
def test_docstring_has_the_three_sections(module) -> None:
    doc = inspect.getdoc(module) or ""
    positions = [doc.find(s) for s in SECTIONS]
    assert all(p > 0 for p in positions), f"{module.ID}: missing one of {SECTIONS}"
    assert positions == sorted(positions), "sections out of order"
    bodies = re.split("|".join(map(re.escape, SECTIONS)), doc)
    assert len(bodies) == 4 and all(b.strip() for b in bodies), "a section (or the summary) is empty"


@pytest.mark.parametrize("module", MODULES)
def test_codes_are_honest_and_worded_in_both_languages(module) -> None:
    assert module.CODES and len(set(module.CODES)) == len(module.CODES)
    assert all(c.startswith(module.ID + ".") for c in module.CODES)
    # Every code-like string literal in the module's source is listed in CODES, and vice versa.
    tree = ast.parse(inspect.getsource(module))
    literals = {n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
                and re.fullmatch(re.escape(module.ID) + r"\.[a-z0-9-]+", n.value)}
    assert literals == set(module.CODES)
    for lang, catalog in CATALOGS.items():
        missing = [c for c in module.CODES if c not in catalog]
        assert not missing, f"{lang} lacks {missing}"


@pytest.mark.parametrize("module", MODULES)
def test_options_forbid_unknown_keys_and_have_defaults(module) -> None:
    assert issubclass(module.Options, CheckOptions)
    assert isinstance(module.SEVERITY, Severity)
    assert build(module.Options, {}) == module.Options()
    with pytest.raises(Invalid) as info:
        build(module.Options, {"no_such_option": 1})
    assert [e["loc"] for e in info.value.errors] == [("no_such_option",)]


def _option_code(model: type, **values: object) -> dict[str, object]:
    """The message code and parameters an Options validator raised (``option_error``)."""
    with pytest.raises(Invalid) as info:
        build(model, values)
    [err] = info.value.errors
    assert err["type"] == "dc_option"
    return dict(err["ctx"])


def test_option_validators_keep_blanks_reported_once() -> None:
    elements = CHECKS["required-elements"].Options
    assert _option_code(elements, elements=[SUBJECT, BASIS]) == {
        "code": "option.owned_elsewhere", "taken": "公开依据 (legal-basis)"}
    assert _option_code(elements, elements=[UPDATED, PUBLISHED]) == {
        "code": "option.owned_elsewhere",
        "taken": "最近更新日期 (update-freshness)、公开日期 (publish-timeliness)"}
    assert _option_code(elements, elements=["公开主休"])["unknown"] == "公开主休"
    assert build(elements, {"elements": [SUBJECT, FORMED]}).elements == (SUBJECT, FORMED)
    choices = CHECKS["choices"].Options
    assert _option_code(choices, allowed={MODE: ["主动", "不公开"]}) == {"code": "option.not_disclosed_mode"}
    assert _option_code(choices, allowed={"公开主体": ["乡镇"]})["code"] == "option.not_choice_elements"
    columns = CHECKS["required-columns"].Options
    assert _option_code(columns, warn_only=["公开层次"]) == {
        "code": "option.unknown_elements", "unknown": "公开层次", "expected": "、".join(ELEMENTS)}
    assert build(columns, {"warn_only": [LEVEL]}).warn_only == (LEVEL,)


def test_national_pack_lists_every_rule_with_its_defaults() -> None:
    data = _yaml(NATIONAL)
    assert data["name"] == "national"
    assert list(data["rules"]) == [m.ID for m in CHECK_MODULES]
    for rule, setting in data["rules"].items():
        module = CHECKS[rule]
        assert setting["severity"] == module.SEVERITY.value, rule
        options = {k: v for k, v in setting.items() if k not in ("severity", "enabled")}
        built = build(module.Options, options)
        assert built == module.Options(), f"{rule}: national.yaml is not the defaults"


def test_national_pack_loads_through_the_pack_loader() -> None:
    from disclosecheck.pack import load_pack

    pack = load_pack("national")
    assert pack.name == "national"
    assert list(pack.rules) == [m.ID for m in CHECK_MODULES]
    for rule, setting in pack.rules.items():
        assert setting.enabled
        assert setting.severity == CHECKS[rule].SEVERITY
        assert setting.options == CHECKS[rule].Options()
