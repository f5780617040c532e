"""The built-in YAML files parsed ahead of time (``rules/parsed.json``): current, exact, and used only
for a text that is byte for byte a built-in file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from ruamel.yaml import YAML

from disclosecheck.pack import parsed
from disclosecheck.pack.yamlfile import parse

RULES = Path(__file__).resolve().parents[1] / "rules"


def test_parsed_json_is_current() -> None:
    shipped = json.loads((RULES / parsed.FILE_NAME).read_text(encoding="utf-8"))
    assert shipped == parsed.build(RULES), (
        "rules/parsed.json is out of date: run `python -m disclosecheck.pack.parsed` and commit it "
        "(after a merge conflict in it, too)")


def test_every_built_in_file_comes_back_as_the_yaml_parser_reads_it() -> None:
    files = sorted(RULES.rglob("*.yaml"))
    assert len(files) >= 2
    for path in files:
        text = path.read_text(encoding="utf-8-sig")
        known, value = parsed.lookup(text)
        assert known, path
        assert value == YAML(typ="safe").load(text), path
        assert parse(text, path, positions=False) == value


def test_any_other_text_is_parsed_as_before() -> None:
    text = (RULES / "national.yaml").read_text(encoding="utf-8") + "\n# edited\n"
    assert parsed.lookup(text) == (False, None)
    plain = parse(text, "edited.yaml", positions=False)
    assert plain == YAML(typ="safe").load(text)


def test_each_answer_is_a_fresh_value() -> None:
    text = (RULES / "national.yaml").read_text(encoding="utf-8")
    first = parsed.lookup(text)[1]
    first.clear()
    assert parsed.lookup(text)[1]


def test_a_check_with_the_built_in_pack_needs_no_yaml_parser(tmp_path: Path) -> None:
    catalog = Path(__file__).resolve().parents[1] / "examples"
    sample = sorted(catalog.glob("*.xlsx"))[0]
    # main ends in os._exit: made sys.exit here, so the line after it runs
    code = ("import os, sys\nfrom disclosecheck.cli import main\nos._exit = sys.exit\n"
            "sys.argv=['disclosecheck','check',sys.argv[1],"
            "'--as-of','2026-11-22','-f','json']\ntry:\n    main()\nexcept SystemExit:\n    pass\n"
            "print('ruamel.yaml' in sys.modules, file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", code, str(sample)], cwd=tmp_path, capture_output=True,
                          text=True, timeout=120)
    assert done.stderr.strip().splitlines()[-1] == "False", done.stderr
