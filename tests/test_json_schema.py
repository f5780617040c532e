"""The shipped JSON Schema: found as a package resource, valid, strict, and met by every example's report."""

from __future__ import annotations

import json
from datetime import date
from importlib.resources import files
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from typer.testing import CliRunner

from disclosecheck.cli import app
from disclosecheck.errors import InputError
from disclosecheck.model import FileResult, Finding, Report, Severity, Stats
from disclosecheck.render.json_report import load_schema, report_to_dict

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
CATALOG_SUFFIXES = {".xlsx", ".xls", ".csv", ".ods", ".html"}
EXAMPLE_FILES = sorted(p for p in EXAMPLES.iterdir() if p.suffix in CATALOG_SUFFIXES)


def validator() -> Draft202012Validator:
    return Draft202012Validator(load_schema())


def errors_of(data: dict) -> list[str]:
    return [e.message for e in validator().iter_errors(data)]


def small_report() -> dict:
    finding = Finding(rule="legal-basis", severity=Severity.WARNING, code="legal-basis.no-document",
                      params={"text": "城市绿化条例"}, sheet="Sheet1", row=4, cell="E4", element="公开依据",
                      item="绿化管理 / 损坏城市树木花草")
    ok = FileResult(path=Path("a.xlsx"), sheet="Sheet1", stats=Stats(3, 2, 3), findings=[finding])
    bad = FileResult(path=Path("b.xlsx"), status="error", error=InputError("input.empty", "b.xlsx"))
    return report_to_dict(Report(as_of=date(2026, 11, 22), rules="national", files=[ok, bad]), "zh")


def test_schema_is_a_package_resource_and_valid_2020_12() -> None:
    resource = files("disclosecheck.render").joinpath("schema", "disclosecheck-1.schema.json")
    assert resource.is_file()
    schema = json.loads(resource.read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)
    assert load_schema() == schema


def test_hand_built_report_validates() -> None:
    assert errors_of(small_report()) == []


@pytest.mark.parametrize("mutate", [
    lambda d: d.update(extra=1),
    lambda d: d["files"][0].update(colour="red"),
    lambda d: d["files"][0]["findings"][0].update(hint="x"),
    lambda d: d["files"][0]["findings"][0].pop("code"),
    lambda d: d["files"][0]["findings"][0].update(severity="fatal"),
    lambda d: d["files"][0]["findings"][0].update(row=0),
    lambda d: d["files"][0].update(status="error"),  # an error entry must say why
    lambda d: d["files"][1].update(error=None),
    lambda d: d.update(schema="disclosecheck/2"),
    lambda d: d.update(as_of="22.11.2026"),
    lambda d: d["summary"].pop("infos"),
])
def test_schema_rejects_contract_breaks(mutate) -> None:
    data = small_report()
    mutate(data)
    assert errors_of(data) != []


def test_audit_units_are_allowed() -> None:
    data = small_report()
    data["units"] = [{"unit": "某镇", "files": 1, "items": 3, "errors": 0, "warnings": 1, "compliance": 1.0}]
    data["common"] = [{"rule": "legal-basis", "units": 1, "items": 1}]
    assert errors_of(data) == []
    data["units"][0].pop("compliance")
    assert errors_of(data) != []


def test_there_are_examples_to_validate() -> None:
    assert len(EXAMPLE_FILES) >= 3


@pytest.mark.parametrize("example", EXAMPLE_FILES, ids=lambda p: p.name)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_each_example_report_validates(example: Path, lang: str) -> None:
    result = CliRunner().invoke(app, ["check", str(example), "--format", "json", "--as-of", "2026-11-22",
                                      "--lang", lang])
    assert result.exit_code in (0, 1), result.output
    data = json.loads(result.stdout)
    assert errors_of(data) == []
    assert data["files"] and all(f["status"] == "ok" for f in data["files"])
