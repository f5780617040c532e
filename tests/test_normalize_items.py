"""Rows under the header → items: values AND the cells they came from."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from conftest import STANDARD_HEADER_1, STANDARD_HEADER_2, standard_catalog
from test_locate_layout import grid, standard_grid

from disclosecheck.locate import locate, locate_all
from disclosecheck.model import ELEMENTS, Catalog, Grid
from disclosecheck.normalize import normalize
from disclosecheck.pipeline import load_catalogs

CH = "■政府网站 □政府公报 ■两微一端"


def row(
    seq: Any,
    l1: Any,
    l2: Any,
    content: Any = "内容",
    basis: Any = "《条例》",
    limit: Any = "20个工作日",
    subject: Any = "城管局",
    channels: Any = CH,
    ticks: tuple = ("√", None, "√", None, "√", None),
) -> list[Any]:
    return [seq, l1, l2, content, basis, limit, subject, channels, *ticks]


def catalog_of(g: Grid, synonyms: dict[str, str] | None = None) -> Catalog:
    layout = locate(g, synonyms)
    assert layout is not None
    return normalize(g, layout, Path("t.xlsx"), "xlsx")


def test_standard_row_values_and_cells() -> None:
    cat = catalog_of(
        standard_grid(
            [
                row(
                    1.0,
                    "绿化管理",
                    "损坏城市树木花草",
                    "1.机构职能\r\n2.执法程序  ",
                    ticks=("√", None, "√", "√", "√", "√"),
                )
            ]
        )
    )
    assert cat.sheet == "Sheet1" and cat.format == "xlsx" and cat.path == Path("t.xlsx")
    [item] = cat.items
    assert item.row == 4
    assert item.text == {
        "序号": "1",
        "一级事项": "绿化管理",
        "二级事项": "损坏城市树木花草",
        "公开内容": "1.机构职能\n2.执法程序",
        "公开依据": "《条例》",
        "公开时限": "20个工作日",
        "公开主体": "城管局",
        "公开渠道和载体": CH,
        "公开对象": "全社会",
        "公开方式": "主动、依申请",
        "公开层级": "县级、乡级",
    }
    assert item.cells == {
        "序号": "A4",
        "一级事项": "B4",
        "二级事项": "C4",
        "公开内容": "D4",
        "公开依据": "E4",
        "公开时限": "F4",
        "公开主体": "G4",
        "公开渠道和载体": "H4",
        "公开对象": "I4",
        "公开方式": "K4",
        "公开层级": "M4",
    }
    assert item.choices == {
        "公开对象": {"全社会"},
        "公开方式": {"主动", "依申请"},
        "公开层级": {"县级", "乡级"},
    }
    assert item.channels == ["政府网站", "两微一端"]
    assert item.channels_listed == ["政府网站", "政府公报", "两微一端"]
    assert item.inherited == set()
    assert item.unknown_choices == {} and item.extras == {} and item.dates == {}
    assert item.label == "绿化管理 / 损坏城市树木花草"
    assert cat.level1_count == 1 and cat.level2_count == 1


def test_blank_cells_still_have_text_entries() -> None:
    [item] = catalog_of(standard_grid([row(1, "a", "b", content=None, basis="  ", ticks=(None,) * 6)])).items
    assert set(item.text) == {c.element for c in catalog_of(standard_grid()).layout.columns}
    assert item.text["公开内容"] == "" and item.text["公开依据"] == ""
    assert item.text["公开对象"] == "" and item.choices["公开对象"] == set()
    assert item.cells["公开内容"] == "D4" and item.cells["公开对象"] == "I4"


def test_merged_level1_and_basis_give_their_value_to_every_row() -> None:
    g = standard_grid(
        [
            row(1, "绿化管理", "a"),
            row(2, None, "b", basis=None),
            row(3, None, "c", basis=None),
            row(4, "市容管理", "d"),
        ]
    )
    g.merges += [m for m in grid([], ["B4:B6", "E4:E6"]).merges]
    items = catalog_of(g).items
    assert [i.text["一级事项"] for i in items] == ["绿化管理", "绿化管理", "绿化管理", "市容管理"]
    assert [i.cells["一级事项"] for i in items] == ["B4", "B4", "B4", "B7"]
    assert [i.text["公开依据"] for i in items] == ["《条例》"] * 4
    assert [i.cells["公开依据"] for i in items] == ["E4", "E4", "E4", "E7"]
    assert [sorted(i.inherited) for i in items] == [
        [],
        ["一级事项", "公开依据"],
        ["一级事项", "公开依据"],
        [],
    ]


def test_a_name_merged_across_both_levels_names_the_level2_too() -> None:
    # How the 养老服务 and 社会救助 guidelines print an item without sub-items: B4:C4 is one cell.
    g = standard_grid([row(1, "养老服务通用政策", None), row(2, "养老服务业务办理", None)])
    g.merges += [m for m in grid([], ["B4:C4"]).merges]
    first, second = catalog_of(g).items
    assert first.text["二级事项"] == "养老服务通用政策" and first.cells["二级事项"] == "B4"
    assert first.label == "养老服务通用政策" and "二级事项" in first.inherited
    assert second.text["二级事项"] == ""  # not merged: really blank


def test_blank_level1_inherits_until_a_new_one() -> None:
    items = catalog_of(
        standard_grid([row(1, "绿化管理", "a"), row(2, "", "b"), row(3, "市容管理", "c"), row(4, None, "d")])
    ).items
    assert [(i.text["一级事项"], i.cells["一级事项"]) for i in items] == [
        ("绿化管理", "B4"),
        ("绿化管理", "B4"),
        ("市容管理", "B6"),
        ("市容管理", "B6"),
    ]
    assert ["一级事项" in i.inherited for i in items] == [False, True, False, True]
    cat = catalog_of(standard_grid([row(1, "绿化管理", "a"), row(2, "", "b"), row(3, "市容管理", "c")]))
    assert cat.level1_count == 2 and cat.level2_count == 3


def test_same_as_above() -> None:
    items = catalog_of(
        standard_grid(
            [
                row(
                    1,
                    "办事指南",
                    "低保",
                    basis="《社会救助暂行办法》",
                    limit="10个工作日",
                    channels="t政府网站 口政府公报",
                ),
                row(
                    2,
                    "办事指南",
                    "特困",
                    basis="同上",
                    limit="同上。",
                    channels="同 上",
                    ticks=("同上", None, None, "√", "同上", None),
                ),
            ]
        )
    ).items
    second = items[1]
    # 同上: the value of the row above; findings stay on the row's own cell, naming the source
    assert second.text["公开依据"] == "《社会救助暂行办法》" and second.cells["公开依据"] == "E5"
    assert second.same_as["公开依据"] == "E4"
    assert second.text["公开时限"] == "10个工作日" and second.cells["公开时限"] == "F5"
    assert second.same_as["公开时限"] == "F4"
    assert second.channels == ["政府网站"] and second.channels_listed == ["政府网站", "政府公报"]
    assert second.cells["公开渠道和载体"] == "H5" and second.same_as["公开渠道和载体"] == "H4"
    assert second.choices["公开对象"] == {"全社会"} and second.cells["公开对象"] == "I4"
    assert second.choices["公开方式"] == {"依申请"} and second.cells["公开方式"] == "K5"
    assert second.choices["公开层级"] == {"县级"}
    assert second.inherited == {"公开依据", "公开时限", "公开渠道和载体", "公开对象", "公开层级"}


def test_same_as_above_in_first_row_is_a_blank_that_says_so() -> None:
    # issue 15: nothing above to repeat, so the cell is blank and the finding says it wrote 同上
    [item] = catalog_of(standard_grid([row(1, "a", "b", basis="同上")])).items
    assert item.text["公开依据"] == ""
    assert item.placeholders == {"公开依据": "同上"}
    assert "公开依据" not in item.inherited


def test_tick_variants_and_words_in_tick_columns() -> None:
    marks = [
        ("✓", None, "✔", None, "●", None),
        (None, "是", "Y", "y", "☑", "■"),
        ("√ ", None, " √", None, "县级", None),
        (None, None, "不公开", None, "×", "否"),
    ]
    items = catalog_of(standard_grid([row(i + 1, "a", f"b{i}", ticks=m) for i, m in enumerate(marks)])).items
    assert [i.choices for i in items] == [
        {"公开对象": {"全社会"}, "公开方式": {"主动"}, "公开层级": {"县级"}},
        {"公开对象": {"特定群体"}, "公开方式": {"主动", "依申请"}, "公开层级": {"县级", "乡级"}},
        {"公开对象": {"全社会"}, "公开方式": {"主动"}, "公开层级": {"县级"}},
        {"公开对象": set(), "公开方式": set(), "公开层级": set()},
    ]
    assert items[3].unknown_choices == {"公开方式": ["不公开"]}
    assert items[3].text["公开方式"] == "" and items[3].cells["公开方式"] == "K7"


def test_word_columns_single_header_row() -> None:
    h = ["序号", "事项名称", "公开内容", "公开渠道", "公开对象", "公开方式", "公开层级"]
    g = grid(
        [
            h,
            [1, "低保", "条件", "政府网站、公开查阅点", "全社会、特定群众", "主动\n依申请公开", "县级，乡级"],
            [2, "特困", "条件", "口政府网站 t公开栏", "特定群体", "不公开", "省直"],
        ]
    )
    first, second = catalog_of(g).items
    assert first.text["公开事项"] == "低保" and first.cells["公开事项"] == "B2"
    assert first.choices == {
        "公开对象": {"全社会", "特定群体"},
        "公开方式": {"主动", "依申请"},
        "公开层级": {"县级", "乡级"},
    }
    assert first.text["公开方式"] == "主动\n依申请公开" and first.cells["公开方式"] == "F2"
    assert first.channels == first.channels_listed == ["政府网站", "公开查阅点"]
    assert second.choices == {"公开对象": {"特定群体"}, "公开方式": set(), "公开层级": set()}
    assert second.unknown_choices == {"公开方式": ["不公开"], "公开层级": ["省直"]}
    assert second.channels == ["公开栏"] and second.channels_listed == ["政府网站", "公开栏"]
    assert catalog_of(g).level2_count == 2


def test_dates_of_every_form() -> None:
    h = ["序号", "公开事项", "公开内容", "信息形成日期", "公开日期", "最近更新日期"]
    g = grid(
        [
            h,
            [1, "a", "x", datetime(2026, 3, 5, 9, 0), 46086.0, "2026年3月5日"],
            [2, "b", "x", date(2026, 3, 5), 46086, "2026.3.5"],
            [3, "c", "x", "2026/03/05", "2026-3-5", "2026-03-05 10:00"],
            [4, "d", "x", None, "长期", "同上"],
            [5, "e", "x", "", 2026, "2026年3月"],
        ]
    )
    items = catalog_of(g).items
    march5 = date(2026, 3, 5)
    for item in items[:3]:
        assert item.dates == {"信息形成日期": march5, "公开日期": march5, "最近更新日期": march5}
        assert item.bad_dates == {}
    assert items[0].text["公开日期"] == "2026-03-05" and items[0].text["信息形成日期"] == "2026-03-05"
    assert items[0].text["最近更新日期"] == "2026年3月5日"
    assert items[0].cells["公开日期"] == "E2"
    assert items[3].dates == {"信息形成日期": None, "公开日期": None, "最近更新日期": march5}
    assert items[3].bad_dates == {"公开日期": "长期"}
    assert items[3].cells["最近更新日期"] == "F5" and "最近更新日期" in items[3].inherited
    assert items[3].same_as["最近更新日期"] == "F4"
    assert items[4].dates == {"信息形成日期": None, "公开日期": None, "最近更新日期": None}
    assert items[4].bad_dates == {"公开日期": "2026", "最近更新日期": "2026年3月"}


def test_extra_columns_kept_in_extras() -> None:
    h = ["序号", "公开事项", "公开内容", "公开时限", "责任\n科室", "咨询电话", "备注", "备注"]
    g = grid(
        [h, [1, "a", "b", "c", "办公室", 12345678.0, None, "x"], [2, "d", "e", "f", "同上", None, "y", None]]
    )
    first, second = catalog_of(g).items
    assert first.extras == {"责任科室": "办公室", "咨询电话": "12345678", "备注": "", "备注(H)": "x"}
    assert second.extras == {"责任科室": "办公室", "咨询电话": "", "备注": "y", "备注(H)": ""}
    assert set(first.text) == {"序号", "公开事项", "公开内容", "公开时限"}


def test_notes_and_empty_rows_are_not_items() -> None:
    g = standard_grid(
        [
            [None] * 14,
            row(1, "a", "b"),
            [None, "", "  "],
            [3],  # a placeholder with only a 序号
            row(2, "a", "c"),
            ["注：本目录“公开层级”栏中“县级”指县级政府部门。", None, None],
            row(3, "x", "after notes"),
            ["标准目录要素说明：……"],
        ]
    )
    g.merges += grid([], ["A9:N9"]).merges
    items = catalog_of(g).items
    assert [i.row for i in items] == [5, 8]
    assert [i.text["二级事项"] for i in items] == ["b", "c"]


def test_notes_row_before_data_is_skipped_and_every_notes_prefix_ends_the_table() -> None:
    for note in ["说明：以下为示例", "填表说明", "注:", "标准目录要素说明：公开内容指……"]:
        g = standard_grid([[note], row(1, "a", "b"), [note], row(2, "a", "c")])
        assert [i.row for i in catalog_of(g).items] == [5], note


def test_repeated_header_row_skipped() -> None:
    g = standard_grid([row(1, "a", "b"), STANDARD_HEADER_1, STANDARD_HEADER_2, row(2, "a", "c")])
    assert [i.text["二级事项"] for i in catalog_of(g).items] == ["b", "c"]


def test_row_numbers_of_the_grid_are_used() -> None:
    g = grid([["序号", "公开事项", "公开内容", "公开时限"], [1, "a", "b\nc", "d"], [2, "e", "f", "g"]])
    g.row_numbers = [1, 2, 4]  # the first record spans two CSV lines
    items = catalog_of(g).items
    assert [i.row for i in items] == [2, 4]
    assert items[1].cells["公开事项"] == "B4"


def test_two_tables_in_one_sheet_are_two_catalogs() -> None:
    rows = [
        ["社会救助"],
        STANDARD_HEADER_1,
        STANDARD_HEADER_2,
        row(1, "a", "b"),
        row(2, "a", "c"),
        ["养老服务"],
        ["序号", "公开事项", "公开内容", "公开时限"],
        [1, "养老", "名单", "10个工作日"],
    ]
    g = grid(rows)
    one, two = (normalize(g, lay, Path("t.xlsx"), "xlsx") for lay in locate_all(g))
    assert [i.text["二级事项"] for i in one.items] == ["b", "c"]
    assert [(i.row, i.text["公开事项"], i.cells["公开时限"]) for i in two.items] == [(8, "养老", "D8")]
    assert one.sheet == two.sheet == "Sheet1"


def test_synonym_columns_normalize_under_canonical_names() -> None:
    g = grid([["序号", "事项", "信息要素", "办理时限"], [1, "a", "b", "c"]])
    [item] = catalog_of(g, {"信息要素": "公开内容", "办理时限": "公开时限"}).items
    assert item.text == {"序号": "1", "公开事项": "a", "公开内容": "b", "公开时限": "c"}
    assert all(e in ELEMENTS for e in item.text)


def test_real_workbook_with_merges(tmp_path: Path) -> None:
    path = standard_catalog(
        tmp_path / "c.xlsx",
        [
            row(1, "绿化管理", "损坏城市树木花草"),
            row(2, None, "擅自砍伐", basis=None),
            row(3, "市容管理", "占道经营", ticks=(None, "√", None, "√", None, "√")),
            ["注：√ 表示适用"],
        ],
        extra_merges=["B4:B5", "E4:E5", "A7:N7"],
    )
    [cat] = load_catalogs(path)
    assert cat.layout.title == "城市综合执法领域基层政务公开标准目录"
    assert [(i.row, i.text["一级事项"], i.cells["一级事项"]) for i in cat.items] == [
        (4, "绿化管理", "B4"),
        (5, "绿化管理", "B4"),
        (6, "市容管理", "B6"),
    ]
    assert cat.items[1].cells["公开依据"] == "E4" and cat.items[1].text["序号"] == "2"
    assert cat.items[2].choices == {"公开对象": {"特定群体"}, "公开方式": {"依申请"}, "公开层级": {"乡级"}}
    assert STANDARD_HEADER_1[0] == "序号"
    assert STANDARD_HEADER_2[1] == "一级事项"


def test_csv_with_traditional_headers_and_records_spanning_lines(tmp_path: Path) -> None:
    path = tmp_path / "目录.csv"
    path.write_text(
        "序號,公開事項,公開內容(要素),公開時限,公開對象,公開日期\n"
        '1,低保,"條件\n材料",20個工作日,全社會,2026/3/5\n'
        ",,,,,\n"
        "2,特困,同上,同上,特定群體、全社会,46086\n",
        encoding="utf-8",
    )
    [cat] = load_catalogs(path)
    assert cat.format == "csv" and cat.kind == "csv"
    first, second = cat.items
    assert (first.row, second.row) == (2, 5)
    assert first.text["公开内容"] == "條件\n材料" and first.cells["公开内容"] == "C2"
    assert first.choices["公开对象"] == {"全社会"}
    assert first.dates["公开日期"] == date(2026, 3, 5) and first.text["公开日期"] == "2026/3/5"
    assert second.text["公开时限"] == "20個工作日" and second.cells["公开时限"] == "D5"
    assert second.same_as["公开时限"] == "D2"
    assert second.choices["公开对象"] == {"全社会", "特定群体"}
    assert second.dates["公开日期"] == date(2026, 3, 5) and second.bad_dates == {}


def test_five_publics_group_third_level_and_duration_are_extras() -> None:
    h1 = ["序号", "公开事项", None, None, "公开内容", "公开时限", "公开时长", "五公开", None, "公开层级"]
    h2 = [None, "一级事项", "二级事项", "三级事项", None, None, None, "决策", "执行", None]
    g = grid(
        [h1, h2, [1, "财政", "预算", "部门预算", "预算表", "20个工作日", "长期", "√", None, "县级、乡級"]],
        ["A1:A2", "B1:D1", "E1:E2", "F1:F2", "G1:G2", "H1:I1", "J1:J2"],
    )
    cat = catalog_of(g)
    assert [(c.header, c.element) for c in cat.layout.extras] == [
        ("公开事项/三级事项", None),
        ("公开时长", None),
        ("五公开/决策", None),
        ("五公开/执行", None),
    ]
    [item] = cat.items
    assert item.extras == {
        "公开事项/三级事项": "部门预算",
        "公开时长": "长期",
        "五公开/决策": "√",
        "五公开/执行": "",
    }
    assert item.choices == {"公开层级": {"县级", "乡级"}} and item.cells["公开层级"] == "J3"
    assert item.label == "财政 / 预算"


def test_old_xls_with_traditional_headers_and_merges(tmp_path: Path) -> None:
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    ws = book.add_sheet("社會救助")
    ws.write_merge(0, 0, 0, 7, "社會救助領域基層政務公開標準目錄")
    ws.write_merge(1, 2, 0, 0, "序號")
    ws.write_merge(1, 1, 1, 2, "公開事項")
    ws.write(2, 1, "一級事項")
    ws.write(2, 2, "二級事項")
    ws.write_merge(1, 2, 3, 3, "公開內容（要素）")
    ws.write_merge(1, 2, 4, 4, "公開時限")
    ws.write_merge(1, 1, 5, 6, "公開對象")
    ws.write(2, 5, "全社會")
    ws.write(2, 6, "特定群體")
    ws.write_merge(1, 2, 7, 7, "公開方式")
    ws.write_merge(3, 4, 1, 1, "最低生活保障")
    for r, (seq, l2, limit, ticks, mode) in enumerate(
        [
            (1, "辦事指南", "10個工作日", ("√", None), "主動"),
            (2, "保障對象", "同上", (None, "√"), "依申請公開"),
        ],
        start=3,
    ):
        ws.write(r, 0, seq)
        ws.write(r, 2, l2)
        ws.write(r, 3, "條件")
        ws.write(r, 4, limit)
        for c, mark in enumerate(ticks, start=5):
            if mark:
                ws.write(r, c, mark)
        ws.write(r, 7, mode)
    path = tmp_path / "社會救助.xls"
    book.save(str(path))
    [cat] = load_catalogs(path)
    assert cat.format == "xls" and cat.sheet == "社會救助"
    assert cat.layout.title == "社會救助領域基層政務公開標準目錄"
    assert cat.layout.header_rows == [1, 2]
    first, second = cat.items
    assert (first.row, second.row) == (4, 5)
    assert second.text["一级事项"] == "最低生活保障" and second.cells["一级事项"] == "B4"
    assert second.text["公开时限"] == "10個工作日" and second.cells["公开时限"] == "E5"
    assert second.same_as["公开时限"] == "E4"
    assert first.text["序号"] == "1" and first.choices["公开对象"] == {"全社会"}
    assert second.choices == {"公开对象": {"特定群体"}, "公开方式": {"依申请"}}
    assert first.choices["公开方式"] == {"主动"} and first.cells["公开方式"] == "H4"
