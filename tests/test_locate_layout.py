"""Finding the catalog header: title rows, one or two header rows, merged groups, variants, sheets."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from conftest import STANDARD_HEADER_1, STANDARD_HEADER_2, STANDARD_MERGES, standard_catalog, write_xlsx

from disclosecheck.errors import InputError
from disclosecheck.locate import find_catalogs, locate, locate_all
from disclosecheck.model import Grid, Merge, Workbook
from disclosecheck.read import read_workbook

ROW = [
    1,
    "绿化管理",
    "损坏城市树木花草",
    "处罚决定",
    "《城市绿化条例》",
    "20个工作日内",
    "城管局",
    "■政府网站 □政府公报",
    "√",
    None,
    "√",
    None,
    "√",
    None,
]


def merge(rng: str) -> Merge:
    """An A1 range ("B2:C2") as a 0-based Merge."""
    (c1, r1), (c2, r2) = (re.match(r"([A-Z]+)(\d+)", p).groups() for p in rng.split(":"))  # type: ignore[union-attr]

    def col(letters: str) -> int:
        n = 0
        for ch in letters:
            n = n * 26 + ord(ch) - 64
        return n - 1

    return Merge(int(r1) - 1, col(c1), int(r2) - 1, col(c2))


def grid(
    rows: list[list[Any]],
    merges: tuple[str, ...] | list[str] = (),
    name: str = "Sheet1",
    hidden: bool = False,
) -> Grid:
    return Grid(name, [list(r) for r in rows], [merge(m) for m in merges], hidden=hidden)


def standard_grid(data: list[list[Any]] | None = None, name: str = "Sheet1") -> Grid:
    rows = [["城市综合执法领域基层政务公开标准目录"], STANDARD_HEADER_1, STANDARD_HEADER_2, *(data or [ROW])]
    return grid(rows, [*STANDARD_MERGES, "A1:N1"], name)


def colmap(layout) -> list[tuple[str, str | None, str | None]]:
    return [(c.header, c.element, c.choice) for c in layout.columns]


def test_title_row_and_two_row_merged_header() -> None:
    layout = locate(standard_grid())
    assert layout is not None
    assert layout.header_rows == [1, 2]
    assert layout.first_data_row == 3
    assert layout.title == "城市综合执法领域基层政务公开标准目录"
    assert layout.end_row is None
    assert colmap(layout) == [
        ("序号", "序号", None),
        ("公开事项/一级事项", "一级事项", None),
        ("公开事项/二级事项", "二级事项", None),
        ("公开内容（要素）", "公开内容", None),
        ("公开依据", "公开依据", None),
        ("公开时限", "公开时限", None),
        ("公开主体", "公开主体", None),
        ("公开渠道和载体", "公开渠道和载体", None),
        ("公开对象/全社会", "公开对象", "全社会"),
        ("公开对象/特定群体", "公开对象", "特定群体"),
        ("公开方式/主动", "公开方式", "主动"),
        ("公开方式/依申请", "公开方式", "依申请"),
        ("公开层级/县级", "公开层级", "县级"),
        ("公开层级/乡级", "公开层级", "乡级"),
    ]
    assert [c.index for c in layout.columns] == list(range(14))


def test_two_row_header_without_merges_groups_by_empty_top_cells() -> None:
    """Exports lose merges: an empty top cell over a sub-heading continues the group on its left."""
    layout = locate(grid([STANDARD_HEADER_1, STANDARD_HEADER_2, ROW]))
    assert layout is not None
    assert layout.header_rows == [0, 1]
    assert layout.title is None
    assert colmap(layout)[1:3] == [
        ("公开事项/一级事项", "一级事项", None),
        ("公开事项/二级事项", "二级事项", None),
    ]
    assert colmap(layout)[8:] == [
        ("公开对象/全社会", "公开对象", "全社会"),
        ("公开对象/特定群体", "公开对象", "特定群体"),
        ("公开方式/主动", "公开方式", "主动"),
        ("公开方式/依申请", "公开方式", "依申请"),
        ("公开层级/县级", "公开层级", "县级"),
        ("公开层级/乡级", "公开层级", "乡级"),
    ]


def test_single_header_row_with_word_columns() -> None:
    rows = [
        [
            "序号",
            "事项名称",
            "公开内容",
            "公开依据",
            "公开时限",
            "公开主体",
            "公开渠道",
            "公开对象",
            "公开方式",
        ],
        [1, "最低生活保障", "申请条件", "《条例》", "20个工作日", "民政局", "政府网站", "全社会", "主动"],
    ]
    layout = locate(grid(rows))
    assert layout is not None
    assert layout.header_rows == [0]
    assert layout.first_data_row == 1
    assert [(c.element, c.choice) for c in layout.columns] == [
        ("序号", None),
        ("公开事项", None),
        ("公开内容", None),
        ("公开依据", None),
        ("公开时限", None),
        ("公开主体", None),
        ("公开渠道和载体", None),
        ("公开对象", None),
        ("公开方式", None),
    ]


def test_traditional_characters_line_breaks_and_bracket_widths() -> None:
    h1 = [
        "序號",
        "公開事項",
        None,
        "公開內容(要素)",
        "公開\n依據",
        "公開時限",
        "公開主體",
        "公開渠道和載體",
        "公開對象",
        None,
        "公開方式",
        None,
        "公開層級",
        None,
    ]
    h2 = [
        None,
        "一級事項",
        "二級事項",
        None,
        None,
        None,
        None,
        None,
        "全社會",
        "特定群體",
        "主動",
        "依申請",
        "縣級",
        "鄉級",
    ]
    layout = locate(grid([h1, h2, ROW]))
    assert layout is not None
    assert [(c.element, c.choice) for c in layout.columns] == [
        ("序号", None),
        ("一级事项", None),
        ("二级事项", None),
        ("公开内容", None),
        ("公开依据", None),
        ("公开时限", None),
        ("公开主体", None),
        ("公开渠道和载体", None),
        ("公开对象", "全社会"),
        ("公开对象", "特定群体"),
        ("公开方式", "主动"),
        ("公开方式", "依申请"),
        ("公开层级", "县级"),
        ("公开层级", "乡级"),
    ]
    # The header as written is kept for the user.
    assert layout.columns[4].header == "公開\n依據"


@pytest.mark.parametrize(
    "header",
    [
        "公开内容（要素）",
        "公开内容(要素)",
        "公开内容",
        " 公开\n内容 ",
        "公开内容【要素】",
        "公开内容（要素）：",
        "*公开内容",
    ],
)
def test_content_header_spellings(header: str) -> None:
    layout = locate(grid([["序号", "公开事项", header, "公开时限"], [1, "a", "b", "c"]]))
    assert layout is not None
    assert layout.columns[2].element == "公开内容"


def test_level_column_dropped_and_extra_columns_kept() -> None:
    h1 = [
        "序号",
        "公开事项",
        None,
        "公开内容",
        "公开依据",
        "公开时限",
        "公开主体",
        "公开渠道和载体",
        "公开对象",
        None,
        "公开方式",
        None,
        "责任科室",
        "咨询电话",
        "备注",
    ]
    h2 = [
        None,
        "一级事项",
        "二级事项",
        None,
        None,
        None,
        None,
        None,
        "全社会",
        "特定群众",
        "主动",
        "依申请公开",
    ]
    merges = [
        "A1:A2",
        "B1:C1",
        "D1:D2",
        "E1:E2",
        "F1:F2",
        "G1:G2",
        "H1:H2",
        "I1:J1",
        "K1:L1",
        "M1:M2",
        "N1:N2",
        "O1:O2",
    ]
    layout = locate(grid([h1, h2, ROW], merges))
    assert layout is not None
    assert "公开层级" not in layout.elements
    assert [(c.header, c.element, c.choice) for c in layout.columns[8:]] == [
        ("公开对象/全社会", "公开对象", "全社会"),
        ("公开对象/特定群众", "公开对象", "特定群体"),
        ("公开方式/主动", "公开方式", "主动"),
        ("公开方式/依申请公开", "公开方式", "依申请"),
        ("责任科室", None, None),
        ("咨询电话", None, None),
        ("备注", None, None),
    ]
    assert [c.header for c in layout.extras] == ["责任科室", "咨询电话", "备注"]


@pytest.mark.parametrize(
    ("subs", "expected"),
    [
        (["县级", "乡、村级"], ["县级", "乡级"]),
        (["镇级", "村级"], ["乡级", "村级"]),
        (["市级", "县级", "乡级"], ["市级", "县级", "乡级"]),
    ],
)
def test_level_variants(subs: list[str], expected: list[str]) -> None:
    h1 = ["序号", "公开事项", "公开内容", "公开时限", "公开层级", *([None] * (len(subs) - 1))]
    h2 = [None, None, None, None, *subs]
    layout = locate(grid([h1, h2, [1, "a", "b", "c", "√"]]))
    assert layout is not None
    assert [c.choice for c in layout.columns_for("公开层级")] == expected


def test_third_level_item_is_an_extra_column() -> None:
    h1 = ["序号", "公开事项", None, None, "公开内容", "公开时限"]
    h2 = [None, "一级事项", "二级事项", "三级事项", None, None]
    layout = locate(grid([h1, h2, [1, "a", "b", "c", "d", "e"]], ["B1:D1"]))
    assert layout is not None
    assert colmap(layout)[1:4] == [
        ("公开事项/一级事项", "一级事项", None),
        ("公开事项/二级事项", "二级事项", None),
        ("公开事项/三级事项", None, None),
    ]


def test_builtin_synonyms() -> None:
    h = [
        "序号",
        "事项名称",
        "公开内容",
        "公开要求",
        "责任主体",
        "公开渠道及载体",
        "形成日期",
        "发布日期",
        "最后更新",
    ]
    layout = locate(grid([h, [1, "a", "b", "c", "d", "e", "f", "g", "h"]]))
    assert layout is not None
    assert [c.element for c in layout.columns] == [
        "序号",
        "公开事项",
        "公开内容",
        "公开时限",
        "公开主体",
        "公开渠道和载体",
        "信息形成日期",
        "公开日期",
        "最近更新日期",
    ]


def test_synonyms_passed_in_extend_and_override() -> None:
    h = ["序号", "事项", "信息要素", "办理时限", "发布单位"]
    rows = [h, [1, "a", "b", "c", "d"]]
    plain = locate(grid(rows))
    assert plain is None  # only 序号 and 公开事项 are known: not enough for a header
    layout = locate(grid(rows), {"信息 要素": "公开内容", "办理时限": "公开时限", "發布單位": "公开主体"})
    assert layout is not None
    assert [c.element for c in layout.columns] == ["序号", "公开事项", "公开内容", "公开时限", "公开主体"]
    # Overriding a built-in synonym: 公开要求 read as 公开依据 instead of 公开时限.
    other = locate(
        grid([["事项", "公开内容", "公开要求", "公开主体"], ["a", "b", "c", "d"]]), {"公开要求": "公开依据"}
    )
    assert other is not None
    assert [c.element for c in other.columns] == ["公开事项", "公开内容", "公开依据", "公开主体"]


def test_repeated_element_becomes_extra() -> None:
    layout = locate(
        grid([["事项", "公开内容", "公开时限", "公开要求", "公开主体"], ["a", "b", "c", "d", "e"]])
    )
    assert layout is not None
    assert [(c.header, c.element) for c in layout.columns] == [
        ("事项", "公开事项"),
        ("公开内容", "公开内容"),
        ("公开时限", "公开时限"),
        ("公开要求", None),
        ("公开主体", "公开主体"),
    ]


def test_single_header_row_with_choice_names_as_tick_columns() -> None:
    h = ["序号", "公开事项", "公开内容", "公开主体", "全社会", "特定群体", "主动公开", "依申请公开"]
    layout = locate(grid([h, [1, "a", "b", "c", "√", None, "√", None]]))
    assert layout is not None
    assert [(c.element, c.choice) for c in layout.columns[4:]] == [
        ("公开对象", "全社会"),
        ("公开对象", "特定群体"),
        ("公开方式", "主动"),
        ("公开方式", "依申请"),
    ]


def test_no_header_gives_none() -> None:
    assert locate(grid([["填报说明"], ["1. 公开事项按领域填写"], ["2. 公开时限写工作日"]])) is None
    assert locate(grid([])) is None


def test_two_tables_in_one_sheet() -> None:
    first = [["社会救助领域基层政务公开标准目录"], STANDARD_HEADER_1, STANDARD_HEADER_2, ROW, ROW]
    second_header = ["序号", "公开事项", "公开内容", "公开依据", "公开时限", "公开主体"]
    rows = [
        *first,
        [None],
        ["养老服务领域基层政务公开标准目录"],
        second_header,
        [1, "养老机构", "名单", "法", "10个工作日", "民政局"],
    ]
    layouts = locate_all(grid(rows))
    assert len(layouts) == 2
    one, two = layouts
    assert (one.header_rows, one.first_data_row, one.end_row) == ([1, 2], 3, 6)
    assert one.title == "社会救助领域基层政务公开标准目录"
    assert (two.header_rows, two.first_data_row, two.end_row) == ([7], 8, None)
    assert two.title == "养老服务领域基层政务公开标准目录"
    assert two.sheet == one.sheet == "Sheet1"
    assert [c.element for c in two.columns] == [
        "序号",
        "公开事项",
        "公开内容",
        "公开依据",
        "公开时限",
        "公开主体",
    ]


# --- workbooks ----------------------------------------------------------------------------------------


def test_instructions_sheet_skipped(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "c.xlsx",
        [["填报说明"], ["请按要求填写公开内容、公开时限"]],
        sheet="填报说明",
        extra_sheets={"目录": [STANDARD_HEADER_1, STANDARD_HEADER_2, ROW]},
    )
    found = find_catalogs(read_workbook(path))
    assert [(g.name, lay.header_rows) for g, lay in found] == [("目录", [0, 1])]


def test_two_catalogs_in_two_sheets_and_sheet_option(tmp_path: Path) -> None:
    single = [["序号", "公开事项", "公开内容", "公开时限"], [1, "a", "b", "c"]]
    path = write_xlsx(
        tmp_path / "c.xlsx",
        [STANDARD_HEADER_1, STANDARD_HEADER_2, ROW],
        sheet="社会救助",
        extra_sheets={"说明": [["说明：本表由民政局填报"]], "养老服务": single},
    )
    workbook = read_workbook(path)
    assert [g.name for g, _ in find_catalogs(workbook)] == ["社会救助", "养老服务"]
    only = find_catalogs(workbook, sheet="养老服务")
    assert [(g.name, lay.header_rows) for g, lay in only] == [("养老服务", [0])]
    with pytest.raises(InputError) as info:
        find_catalogs(workbook, sheet="卫生健康")
    assert info.value.code == "input.no_sheet"
    assert info.value.params["sheets"] == "社会救助、说明、养老服务"
    with pytest.raises(InputError) as info:
        find_catalogs(workbook, sheet="说明")
    assert info.value.code == "input.no_catalog"


def test_hidden_sheet_read_only_when_it_is_the_only_catalog() -> None:
    visible = standard_grid(name="目录")
    hidden = standard_grid(name="旧目录")
    hidden.hidden = True
    wb = Workbook(Path("x.xlsx"), "xlsx", [hidden, visible])
    assert [g.name for g, _ in find_catalogs(wb)] == ["目录"]
    notes = grid([["说明"]], name="说明")
    wb = Workbook(Path("x.xlsx"), "xlsx", [notes, hidden])
    assert [g.name for g, _ in find_catalogs(wb)] == ["旧目录"]


def test_no_catalog_error_carries_header_like_rows(tmp_path: Path) -> None:
    rows = [["某县政务公开目录"], ["序号", "事项", "内容说明", "备注"], [1, "a", "b", "c"]]
    path = write_xlsx(tmp_path / "c.xlsx", rows, sheet="Sheet1")
    with pytest.raises(InputError) as info:
        find_catalogs(read_workbook(path))
    err = info.value
    assert err.code == "input.no_catalog"
    assert err.params["seen"][0] == {"sheet": "Sheet1", "row": 2, "texts": ["序号", "事项", "备注"]}
    assert "公开内容" in err.params["expected"] and "公开事项" in err.params["expected"]


def test_standard_catalog_file_with_title(tmp_path: Path) -> None:
    path = standard_catalog(tmp_path / "s.xlsx", [ROW])
    [(_grid, layout)] = find_catalogs(read_workbook(path))
    assert layout.title == "城市综合执法领域基层政务公开标准目录"
    assert layout.header_rows == [1, 2]
    assert len(layout.columns) == 14


def test_title_of_several_rows_above_the_header() -> None:
    rows = [
        ["附件1"],
        ["城市综合执法领域基层政务公开标准目录"],
        [None],
        STANDARD_HEADER_1,
        STANDARD_HEADER_2,
        ROW,
    ]
    layout = locate(grid(rows))
    assert layout is not None
    assert layout.header_rows == [3, 4]
    assert layout.title == "附件1 城市综合执法领域基层政务公开标准目录"


def test_header_without_rows_counts_only_when_no_table_has_rows() -> None:
    legend = grid([["要素说明"], ["公开事项", "公开内容", "公开时限"]], name="说明")
    wb = Workbook(Path("x.xlsx"), "xlsx", [legend, standard_grid(name="目录")])
    assert [g.name for g, _ in find_catalogs(wb)] == ["目录"]
    template = Workbook(Path("x.xlsx"), "xlsx", [legend])
    assert [(g.name, lay.first_data_row) for g, lay in find_catalogs(template)] == [("说明", 2)]


def test_row_of_column_numbers_under_the_header_is_not_data() -> None:
    layout = locate(grid([["序号", "公开事项", "公开内容", "公开时限"], [1, 2, 3, 4], [1, "a", "b", "c"]]))
    assert layout is not None
    assert (layout.header_rows, layout.first_data_row) == ([0], 2)
    layout = locate(grid([["序号", "公开事项", "公开内容", "公开时限"], [1, "2", "3"], [1, "a", "b", "c"]]))
    assert layout is not None and layout.first_data_row == 2
    # A first item whose cells happen to be numbers is still an item.
    layout = locate(grid([["序号", "公开事项", "公开内容", "公开时限"], [1, 5, 3, 4]]))
    assert layout is not None and layout.first_data_row == 1
