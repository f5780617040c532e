"""The national pack over real workbooks, through the real reader, locator and normalizer."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from conftest import STANDARD_HEADER_1, STANDARD_HEADER_2, STANDARD_MERGES, standard_catalog, write_xlsx

from disclosecheck.messages import render
from disclosecheck.pack import load_pack
from disclosecheck.pipeline import check_path

AS_OF = date(2026, 11, 22)
GOOD = [1, "绿化管理", "损坏城市树木花草", "处罚决定", "《城市绿化条例》",
        "1.除处罚决定外其他内容:长期公开(动态调整); 2.处罚决定:20个工作日内。", "城市管理行政执法部门",
        "■政府网站 □政府公报 ■两微一端", "√", None, "√", None, "√", None]


def _findings(path: Path, as_of: date = AS_OF) -> list[tuple]:
    [result] = check_path(path, load_pack("national"), as_of)
    assert result.status == "ok"
    return [(f.rule, f.code, f.severity.value, f.row, f.cell) for f in result.findings]


def test_a_clean_standard_catalog_passes(tmp_path: Path) -> None:
    second = [2, None, "擅自砍伐城市树木", *GOOD[3:]]
    path = standard_catalog(tmp_path / "good.xlsx", [GOOD, second], extra_merges=["B4:B5"])
    assert _findings(path) == []


def test_planted_gaps_are_each_reported_once(tmp_path: Path) -> None:
    rows = [
        GOOD,
        [2, None, "擅自砍伐城市树木", "处罚决定", "相关法律法规", "30日内", "", "□政府网站 □政府公报",
         "√", None, "不公开", None, None, "√"],
        [3, "绿化管理", "损坏城市树木花草", "处罚决定", "", "尽快", "城管局", "■政府网站", None, None,
         "√", None, "√", None],
    ]
    path = standard_catalog(tmp_path / "gaps.xlsx", rows, extra_merges=["B4:B5"])
    assert _findings(path) == [
        ("legal-basis", "legal-basis.no-document", "warning", 5, "E5"),
        ("timelimit", "timelimit.too-many-days", "error", 5, "F5"),
        ("required-elements", "required-elements.missing-subject", "error", 5, "G5"),
        ("channels", "channels.none-chosen", "error", 5, "H5"),
        ("choices", "choices.not-disclosed", "error", 5, "K5"),
        ("duplicate-items", "duplicate-items.duplicate", "error", 6, "C6"),
        ("legal-basis", "legal-basis.blank", "error", 6, "E6"),
        ("timelimit", "timelimit.vague", "warning", 6, "F6"),
        ("choices", "choices.none", "error", 6, "I6"),
    ]


def test_one_item_merged_down_over_several_contents_is_no_duplicate(tmp_path: Path) -> None:
    rows = [GOOD, [2, None, None, "执法依据", *GOOD[4:]], [3, None, None, "处罚决定", *GOOD[4:]],
            [4, "绿化管理", "损坏城市树木花草", "救济渠道", *GOOD[4:]]]
    path = standard_catalog(tmp_path / "merged.xlsx", rows, extra_merges=["B4:B6", "C4:C6"])
    # row 6 repeats row 4's 公开内容; row 7 writes the name again right below with another 公开内容,
    # which continues the item as real catalogs do (西山镇 乡村振兴), not a duplicate
    assert _findings(path) == [
        ("duplicate-items", "duplicate-items.duplicate", "error", 6, "C6"),
    ]


def test_a_township_catalog_without_the_level_column(tmp_path: Path) -> None:
    header1 = STANDARD_HEADER_1[:12]
    header2 = STANDARD_HEADER_2[:12]
    merges = ["A1:A2", "B1:C1", "D1:D2", "E1:E2", "F1:F2", "G1:G2", "H1:H2", "I1:J1", "K1:L1"]
    path = write_xlsx(tmp_path / "township.xlsx", [header1, header2, GOOD[:12]], merges)
    assert _findings(path) == [
        ("required-columns", "required-columns.missing-optional", "warning", None, None)]


def test_dates_across_national_day_and_into_2027(tmp_path: Path) -> None:
    header1 = [*STANDARD_HEADER_1, "信息形成日期", "公开日期", "最近更新日期"]
    header2 = [*STANDARD_HEADER_2, None, None, None]
    merges = [*STANDARD_MERGES, "O2:O3", "P2:P3", "Q2:Q3"]
    limit10 = "信息形成或者变更之日起10个工作日内"
    rows = [
        ["城市综合执法领域基层政务公开标准目录"], header1, header2,
        [*GOOD[:5], limit10, *GOOD[6:], date(2026, 9, 28), date(2026, 10, 14), date(2026, 10, 14)],
        [2, "绿化管理", "擅自砍伐城市树木", *GOOD[3:5], limit10, *GOOD[6:],
         date(2026, 9, 28), date(2026, 10, 20), date(2026, 10, 20)],
        [3, "绿化管理", "临时占用城市绿地", *GOOD[3:], "2025-01-05", "2025-01-09", None],
        [4, "绿化管理", "迁移古树名木", *GOOD[3:5], limit10, *GOOD[6:],
         date(2027, 1, 25), date(2027, 2, 12), date(2027, 2, 12)],
    ]
    path = write_xlsx(tmp_path / "dated.xlsx", rows, [*merges, "A1:Q1"])
    assert _findings(path, date(2027, 3, 1)) == [
        ("workdays-approximate", "workdays-approximate.years", "info", None, None),
        ("publish-timeliness", "publish-timeliness.late", "error", 5, "P5"),
        ("update-freshness", "update-freshness.no-date", "warning", 6, "Q6"),
        ("publish-timeliness", "publish-timeliness.late", "error", 7, "P7"),
    ]
    [result] = check_path(path, load_pack("national"), date(2027, 3, 1))
    late = [f for f in result.findings if f.code == "publish-timeliness.late"]
    assert [(f.params["taken"], f.params["limit"]) for f in late] == [(12, 10), (14, 10)]
    zh = render(late[0].code, late[0].params, "zh")
    assert zh == ("公开不及时：信息 2026-09-28 形成，2026-10-20 才公开，用了 12 个工作日，"
                  "超过公开时限（10 个工作日）")
    assert "12 working days" in render(late[0].code, late[0].params, "en")


def test_formed_but_not_published_is_overdue_or_pending_and_reported_once(tmp_path: Path) -> None:
    header1 = [*STANDARD_HEADER_1, "信息形成日期", "公开日期"]
    header2 = [*STANDARD_HEADER_2, None, None]
    merges = [*STANDARD_MERGES, "O2:O3", "P2:P3"]
    limit10 = "信息形成或者变更之日起10个工作日内"
    rows = [
        ["城市综合执法领域基层政务公开标准目录"], header1, header2,
        [*GOOD[:5], limit10, *GOOD[6:], date(2026, 9, 28), None],
        [2, "绿化管理", "擅自砍伐城市树木", *GOOD[3:5], limit10, *GOOD[6:], date(2026, 11, 16), ""],
        [3, "绿化管理", "临时占用城市绿地", *GOOD[3:5], limit10, *GOOD[6:], None, None],
    ]
    path = write_xlsx(tmp_path / "unpublished.xlsx", rows, [*merges, "A1:P1"])
    assert _findings(path) == [
        ("publish-timeliness", "publish-timeliness.overdue", "error", 4, "P4"),
        ("publish-timeliness", "publish-timeliness.pending", "info", 5, "P5"),
    ]
    [result] = check_path(path, load_pack("national"), AS_OF)
    overdue, pending = result.findings
    assert render(overdue.code, overdue.params, "zh") == (
        "逾期未公开：信息 2026-09-28 形成，应在 2026-10-16 前公开，"
        "到检查日期 2026-11-22 仍未公开（公开日期空白）："
        "请尽快公开，并在公开日期中填写实际公开的日期；如已公开，请补填公开日期")
    assert render(overdue.code, overdue.params, "en").startswith(
        "overdue, not published: formed 2026-09-28, due by 2026-10-16, still not published on the checking "
        "date 2026-11-22")
    assert render(pending.code, pending.params, "zh") == (
        "待公开：信息 2026-11-16 形成，尚未公开，截止 2026-11-30（含当日）；"
        "公开后请在公开日期中填写实际公开的日期")


def test_results_without_catalogs_have_the_same_findings_and_leave_the_collector_as_it_was(
        tmp_path: Path) -> None:
    import gc

    rows = [GOOD, [2, None, "擅自砍伐城市树木", "处罚决定", "", "尽快", "", "■政府网站", "√", None, "√", None,
                   "√", None]]
    path = standard_catalog(tmp_path / "two.xlsx", rows, extra_merges=["B4:B5"])
    pack = load_pack("national")
    [kept] = check_path(path, pack, AS_OF)
    [light] = check_path(path, pack, AS_OF, keep_catalogs=False)
    assert kept.catalog is not None and len(kept.catalog.items) == 2
    assert light.catalog is None
    assert light.findings == kept.findings and light.stats == kept.stats and light.findings
    assert gc.isenabled()
    gc.disable()
    try:
        check_path(path, pack, AS_OF)
        assert not gc.isenabled()  # a caller that paused the collector keeps it paused
    finally:
        gc.enable()
