"""The real-catalog corpus: on catalogs offices published, the checker says what a careful inspector says.

Each catalog in tests/real_catalogs/catalogs/ is built as the file its office published and checked through
the CLI (tests/real_catalogs/harness.py); its errors and warnings must be exactly the inspector's — a false
alarm on a correct real row fails as surely as a missed defect. See tests/real_catalogs/README.md.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "real_catalogs"))

import harness
import sources

from disclosecheck.pipeline import load_catalogs

CATALOGS = harness.all_transcriptions()


@pytest.mark.parametrize("path", CATALOGS, ids=[p.stem for p in CATALOGS])
def test_checker_agrees_with_the_inspector(path: Path, tmp_path: Path) -> None:
    t = harness.load(path)
    comparison = harness.compare(t, tmp_path)
    assert comparison.agrees, comparison.describe()


@pytest.mark.parametrize("path", CATALOGS, ids=[p.stem for p in CATALOGS])
def test_every_item_row_is_judged(path: Path, tmp_path: Path) -> None:
    # An item nobody judged is a gap in the transcription; a row the inspector flags that the reader
    # does not see as an item is a lost item. (An empty numbered row may be judged and skipped.)
    t = harness.load(path)
    built = harness.build(t, tmp_path)
    items = {item.row for catalog in load_catalogs(built) for item in catalog.items}
    judged = {harness.reported_row(t, int(entry["row"])) for entry in t.judgement}
    flagged = {harness.reported_row(t, int(entry["row"])) for entry in t.judgement if entry.get("findings")}
    assert items - judged == set(), "rows read as items but not judged"
    assert flagged - items == set(), "rows the inspector flags that are not read as items"


def test_every_defect_the_inspectors_found_has_a_rule() -> None:
    # A judged defect that no rule checks yet is written code: TODO-…; it must not stay that way.
    pending = {p.stem: harness.load(p).pending() for p in CATALOGS}
    assert {k: v for k, v in pending.items() if v} == {}


def test_every_judgement_says_why() -> None:
    missing = [f"{p.stem} row {e['row']}" for p in CATALOGS for e in harness.load(p).judgement
               if not str(e.get("why") or "").strip()]
    assert missing == []


def test_the_corpus_is_as_wide_as_issue_11_asks() -> None:
    loaded = [harness.load(p) for p in CATALOGS]
    domains = Counter(t.source["domain"] for t in loaded)
    units = {t.source["unit"] for t in loaded}
    rows = sum(len(t.judgement) for t in loaded)
    assert len(loaded) >= 40, len(loaded)
    assert rows >= 200, rows
    assert len(domains) >= 12, domains
    assert len(units) >= 25, sorted(units)


def test_every_source_is_named() -> None:
    for path in CATALOGS:
        source = harness.load(path).source
        # title may be null: many pages show the table without one, and none is made up
        for key in ("url", "unit", "domain", "query"):
            assert str(source.get(key) or "").strip(), f"{path.name}: source.{key} missing"
        assert str(source["url"]).startswith(("http://", "https://")), path.name


def test_sources_file_is_up_to_date() -> None:
    assert sources.SOURCES.read_text(encoding="utf-8") == sources.render(CATALOGS), (
        "run: python tests/real_catalogs/sources.py")
