"""Reading CSV files: encodings judged on the whole file, delimiters, multi-line cells, NUL bytes."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from test_read_support import digest

from disclosecheck.errors import InputError
from disclosecheck.model import SourceKind
from disclosecheck.read import read_workbook
from disclosecheck.read.csvfile import sniff_delimiter

ROWS = [
    ["序号", "公开事项", "公开内容", "公开时限"],
    ["1", "违法建设", "处罚决定、救济渠道", "20个工作日"],
    ["2", "公开事项", "", "长期公开"],
]
EXPECTED = [
    ["序号", "公开事项", "公开内容", "公开时限"],
    ["1", "违法建设", "处罚决定、救济渠道", "20个工作日"],
    ["2", "公开事项", None, "长期公开"],
]


def _text(rows: list[list[str]], sep: str = ",") -> str:
    return "".join(sep.join(row) + "\r\n" for row in rows)


@pytest.mark.parametrize(("encoding", "expected_encoding", "prefix"), [
    ("utf-8", "utf-8", b""),
    ("utf-8", "utf-8-sig", codecs.BOM_UTF8),
    ("gbk", "gb18030", b""),
    ("gb18030", "gb18030", b""),
    ("utf-16", "utf-16", b""),  # Python writes the BOM itself
])
def test_encodings(tmp_path: Path, encoding: str, expected_encoding: str, prefix: bytes) -> None:
    path = tmp_path / "目录.csv"
    path.write_bytes(prefix + _text(ROWS).encode(encoding))
    before = digest(path)
    wb = read_workbook(path)
    assert wb.format == "csv"
    assert wb.encoding == expected_encoding
    (grid,) = wb.sheets
    assert grid.name == "目录"
    assert grid.kind is SourceKind.CSV
    assert grid.rows == EXPECTED
    assert grid.row_numbers is None
    assert digest(path) == before


def test_gbk_detected_from_the_whole_file_not_a_prefix(tmp_path: Path) -> None:
    # 20,000 ASCII lines first: any guess made on a prefix says ASCII/UTF-8; the last line is GBK.
    ascii_part = "".join(f"{i},item{i},content,20\r\n" for i in range(20_000))
    late = "20001,违法建设,公开事项,20个工作日\r\n"
    path = tmp_path / "late.csv"
    path.write_bytes(("seq,item,content,limit\r\n" + ascii_part + late).encode("gbk"))
    wb = read_workbook(path)
    assert wb.encoding == "gb18030"
    grid = wb.sheets[0]
    assert grid.height == 20_002
    assert grid.rows[-1] == ["20001", "违法建设", "公开事项", "20个工作日"]


def test_undecodable_text_is_input_decode(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    # valid ASCII lines, then bytes that are neither UTF-8 nor GB18030 (0x80 and 0xFF never start a character)
    path.write_bytes(b"a,b\r\n1,2\r\n" + b"x,\x80\xff\x80\r\n")
    with pytest.raises(InputError) as exc:
        read_workbook(path)
    assert exc.value.code == "input.decode"


@pytest.mark.parametrize(("sep", "name"), [("\t", "tab.txt"), (";", "semi.csv"), (",", "comma.xls")])
def test_delimiters(tmp_path: Path, sep: str, name: str) -> None:
    rows = [*ROWS, ["3", "依申请公开", "1.机构职能，权责清单", "20工作日"]]  # Chinese comma is text
    path = tmp_path / name
    path.write_text(_text(rows, sep), encoding="utf-8")
    grid = read_workbook(path).sheets[0]
    assert grid.rows[-1] == ["3", "依申请公开", "1.机构职能，权责清单", "20工作日"]
    assert grid.width == 4


def test_comma_inside_cells_does_not_beat_tab(tmp_path: Path) -> None:
    rows = [["序号", "公开事项", "公开内容"], ["1", "a,b", "c,d,e"], ["2", "x", "y,z"], ["3", "p", "q"]]
    assert sniff_delimiter(_text(rows, "\t")) == "\t"


def test_semicolons_inside_cells_do_not_beat_comma() -> None:
    header = [["序号", "公开事项", "公开内容", "公开时限"]]
    rows = header + [[str(i), "事项", "内容", '"1.长期; 2.20日"'] for i in range(9)]
    assert sniff_delimiter(_text(rows, ",")) == ","


def test_single_column_defaults_to_comma() -> None:
    assert sniff_delimiter("公开事项\n违法建设\n") == ","


def test_excel_sep_line_sets_the_delimiter(tmp_path: Path) -> None:
    path = tmp_path / "sep.csv"
    path.write_text("sep=;\r\n公开事项;公开时限\r\n违法建设;20个工作日\r\n", encoding="utf-8")
    grid = read_workbook(path).sheets[0]
    assert grid.rows == [["公开事项", "公开时限"], ["违法建设", "20个工作日"]]
    assert grid.row_numbers == [2, 3]  # line 1 is the sep= line


def test_quoted_multiline_cell_keeps_line_numbers(tmp_path: Path) -> None:
    text = (
        "序号,公开事项,公开内容\r\n"
        '1,绿化管理,"1.机构职能\n2.执法程序\n3.执法依据"\r\n'
        "2,违法建设,处罚决定\r\n"
        "\r\n"
        '3,"市政\r\n服务",许可\r\n'
        "4,社会救助,办事指南\r\n"
    )
    path = tmp_path / "multi.csv"
    path.write_bytes(text.encode("utf-8"))
    grid = read_workbook(path).sheets[0]
    assert grid.rows == [
        ["序号", "公开事项", "公开内容"],
        ["1", "绿化管理", "1.机构职能\n2.执法程序\n3.执法依据"],
        ["2", "违法建设", "处罚决定"],
        [None, None, None],
        ["3", "市政\n服务", "许可"],
        ["4", "社会救助", "办事指南"],
    ]
    assert grid.row_numbers == [1, 2, 5, 6, 7, 9]
    assert [grid.row_number(r) for r in range(grid.height)] == [1, 2, 5, 6, 7, 9]


def test_ragged_rows_are_padded(tmp_path: Path) -> None:
    path = tmp_path / "ragged.csv"
    text = "城市综合执法领域基层政务公开标准目录\n序号,公开事项,公开时限\n1,违法建设\n"
    path.write_text(text, encoding="utf-8")
    grid = read_workbook(path).sheets[0]
    assert grid.rows == [
        ["城市综合执法领域基层政务公开标准目录", None, None],
        ["序号", "公开事项", "公开时限"],
        ["1", "违法建设", None],
    ]


def test_nul_bytes_are_stripped(tmp_path: Path) -> None:
    path = tmp_path / "nul.csv"
    path.write_bytes("公开事项,公开时限\n违法\x00建设,20个工作日\n".encode() + b"\x00\x00")
    grid = read_workbook(path).sheets[0]
    assert grid.rows == [["公开事项", "公开时限"], ["违法建设", "20个工作日"]]


def test_text_made_of_nul_bytes_is_not_a_csv(tmp_path: Path) -> None:
    path = tmp_path / "zeros.csv"
    path.write_bytes(b"a,b\n" + b"\x00" * 4096)
    with pytest.raises(InputError) as exc:
        read_workbook(path)
    assert exc.value.code == "input.unknown_format"


@pytest.mark.parametrize("encoding", ["utf-8", "gbk", "utf-16"])
def test_character_cut_off_by_the_end_of_the_file_is_dropped(tmp_path: Path, encoding: str) -> None:
    data = "公开事项,公开时限\n违法建设,20个工作日\n".encode(encoding)
    path = tmp_path / "cut.csv"
    path.write_bytes(data[:-3])  # the final "日\n" is cut inside its character
    grid = read_workbook(path).sheets[0]
    assert grid.rows == [["公开事项", "公开时限"], ["违法建设", "20个工作"]]


def test_broken_character_inside_the_file_is_still_a_decode_error(tmp_path: Path) -> None:
    data = "公开事项,公开时限\n".encode() + b"\xe5\xbf,x\n" + "违法建设,20个工作日\n".encode()
    path = tmp_path / "broken.csv"
    path.write_bytes(data)
    with pytest.raises(InputError) as exc:
        read_workbook(path)
    assert exc.value.code == "input.decode"


def test_equal_values_share_one_string(tmp_path: Path) -> None:
    path = tmp_path / "shared.csv"
    path.write_text("事项,渠道\n违法建设,■政府网站\n违法建设,■政府网站\n", encoding="utf-8")
    rows = read_workbook(path).sheets[0].rows
    assert rows[1] == rows[2] == ["违法建设", "■政府网站"]
    assert rows[1][0] is rows[2][0] and rows[1][1] is rows[2][1]
