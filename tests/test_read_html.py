"""Reading HTML tables saved as .xls by web systems: spans, line breaks, entities, encodings, nesting."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from test_read_support import digest

from disclosecheck.errors import InputError
from disclosecheck.model import SourceKind
from disclosecheck.read import read_workbook
from disclosecheck.read.limits import Limits

CATALOG = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>导出</title><style>td {{ border: 1px }}</style><script>var t = "<td>not a cell</td>";</script></head>
<body>
<table border="1">
  <tr><td rowspan="2">序号</td><td colspan="2">公开事项</td><td rowspan=2>公开内容</td></tr>
  <tr><th>一级事项</th><th>二级事项</th></tr>
  <tr><td>1</td><td rowspan="2">绿化管理</td><td>损坏城市树木花草</td>
      <td>1.机构职能&amp;权责清单<br>2.执法程序<BR/>3.&lt;处罚&gt;决定&nbsp;</td></tr>
  <tr><td>2</td><td>  违法
      建设  </td><td>&#x516C;开&#20107;项</td></tr>
  <tr><td>&nbsp;</td><td></td><td>{late}</td><td><p>第一段</p><p>第二段</p></td></tr>
</table>
</body></html>
"""

EXPECTED = [
    ["序号", "公开事项", None, "公开内容"],
    [None, "一级事项", "二级事项", None],
    ["1", "绿化管理", "损坏城市树木花草", "1.机构职能&权责清单\n2.执法程序\n3.<处罚>决定"],
    ["2", None, "违法 建设", "公开事项"],
    [None, None, "{late}", "第一段\n第二段"],
]


def _expected(late: str) -> list[list[object]]:
    return [[v.format(late=late) if isinstance(v, str) else v for v in row] for row in EXPECTED]


def _keys(grid) -> list[tuple[int, int, int, int]]:
    return sorted((m.first_row, m.first_col, m.last_row, m.last_col) for m in grid.merges)


def test_gbk_html_saved_as_xls(tmp_path: Path) -> None:
    path = tmp_path / "目录.xls"
    path.write_bytes(CATALOG.format(late="城管执法").encode("gbk"))
    before = digest(path)
    wb = read_workbook(path)
    assert wb.format == "html"
    assert wb.encoding == "gb18030"
    (grid,) = wb.sheets
    assert grid.name == "表1"
    assert grid.kind is SourceKind.HTML
    assert grid.rows == _expected("城管执法")
    assert _keys(grid) == [(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 1, 3), (2, 1, 3, 1)]
    assert digest(path) == before


@pytest.mark.parametrize(("prefix", "encoding", "expected"), [
    (b"", "utf-8", "utf-8"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
])
def test_utf8_html_despite_a_gb2312_meta(tmp_path: Path, prefix: bytes, encoding: str, expected: str) -> None:
    path = tmp_path / "u.xls"
    path.write_bytes(prefix + b"\r\n  " + CATALOG.format(late="公开").encode(encoding))
    wb = read_workbook(path)
    assert wb.encoding == expected
    assert wb.sheets[0].rows == _expected("公开")


def test_bare_table_fragment_without_html_tag(tmp_path: Path) -> None:
    path = tmp_path / "frag.xls"
    html = "<table><tr><td>公开事项<td>公开时限<tr><td>违法建设<td>20个工作日</table>"
    path.write_text(html, encoding="utf-8")
    grid = read_workbook(path).sheets[0]
    assert grid.rows == [["公开事项", "公开时限"], ["违法建设", "20个工作日"]]


def test_several_tables_named_by_caption_or_number(tmp_path: Path) -> None:
    html = ("<html><body>"
            "<table><caption> 城市综合执法 </caption><tr><td>a</td></tr></table>"
            "<table><tr><td>b</td></tr></table>"
            "<table></table>"
            "<table><caption>城市综合执法</caption><tr><td>c</td></tr></table>"
            "</body></html>")
    path = tmp_path / "many.html"
    path.write_text(html, encoding="utf-8")
    sheets = read_workbook(path).sheets
    assert [(g.name, g.rows) for g in sheets] == [
        ("城市综合执法", [["a"]]), ("表2", [["b"]]), ("城市综合执法 (2)", [["c"]])]


def test_nested_table_text_belongs_to_the_outer_cell(tmp_path: Path) -> None:
    html = ("<html><table><tr><td>事项</td><td>渠道</td></tr>"
            "<tr><td>违法建设</td><td><table><tr><td>■政府网站</td><td>□政府公报</td></tr>"
            "<tr><td>■两微一端</td></tr></table></td></tr></table></html>")
    path = tmp_path / "nested.xls"
    path.write_text(html, encoding="utf-8")
    (grid,) = read_workbook(path).sheets
    assert grid.rows == [["事项", "渠道"], ["违法建设", "■政府网站 □政府公报\n■两微一端"]]


def test_deep_nesting_is_harmless(tmp_path: Path) -> None:
    depth = 5000
    html = "<html><table><tr><td>" + "<table><tr><td>" * depth + "深" + "</td></tr></table>" * depth
    html += "</td><td>x</td></tr></table></html>"
    path = tmp_path / "deep.xls"
    path.write_text(html, encoding="utf-8")
    (grid,) = read_workbook(path).sheets
    assert grid.rows == [["深", "x"]]


def test_page_without_tables_has_no_grids(tmp_path: Path) -> None:
    path = tmp_path / "page.xls"
    path.write_text("<!doctype html><html><body><p>系统维护中</p></body></html>", encoding="utf-8")
    wb = read_workbook(path)
    assert wb.format == "html"
    assert wb.sheets == []


def test_dangling_rowspan_is_clipped_to_the_table(tmp_path: Path) -> None:
    path = tmp_path / "span.xls"
    path.write_text("<table><tr><td rowspan=65534>a</td><td>b</td></tr><tr><td>c</td></tr>"
                    "<tr><td colspan=0>d</td></tr></table>", encoding="utf-8")
    (grid,) = read_workbook(path).sheets
    assert grid.rows == [["a", "b"], [None, "c"], [None, "d"]]
    assert _keys(grid) == [(0, 0, 2, 0)]


def test_html_limits(tmp_path: Path) -> None:
    path = tmp_path / "big.xls"
    path.write_text("<table>" + "<tr><td>x</td></tr>" * 30 + "</table>", encoding="utf-8")
    with pytest.raises(InputError) as exc:
        read_workbook(path, Limits(max_rows=20))
    params = exc.value.params
    assert (exc.value.code, params["what"], params["actual"]) == ("input.limit", "rows", 30)
    wide = tmp_path / "wide.xls"
    wide.write_text("<table><tr><td>a</td><td colspan=1000>b</td></tr></table>", encoding="utf-8")
    with pytest.raises(InputError) as exc:
        read_workbook(wide)
    assert (exc.value.params["what"], exc.value.params["actual"]) == ("cols", 1001)
    long = tmp_path / "long.xls"
    long.write_text("<table><tr><td>a</td></tr><tr><td>b</td><td>" + "长" * 101 + "</td></tr></table>",
                    encoding="utf-8")
    with pytest.raises(InputError) as exc:
        read_workbook(long, Limits(max_cell_chars=100))
    params = exc.value.params
    assert (params["what"], params["cell"], params["actual"]) == ("cell_chars", "B2", 101)


def test_utf16_html(tmp_path: Path) -> None:
    path = tmp_path / "u16.xls"
    path.write_bytes("<html><table><tr><td>公开事项</td><td>违法建设</td></tr></table></html>".encode("utf-16"))
    wb = read_workbook(path)
    assert (wb.format, wb.encoding) == ("html", "utf-16")
    assert wb.sheets[0].rows == [["公开事项", "违法建设"]]


def test_excel_2003_xml_is_not_read_as_csv(tmp_path: Path) -> None:
    path = tmp_path / "xml2003.xls"
    path.write_text('<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n'
                    '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>\n',
                    encoding="utf-8")
    with pytest.raises(InputError) as exc:
        read_workbook(path)
    assert exc.value.code == "input.unknown_format"


def test_xhtml_with_xml_declaration_and_comment(tmp_path: Path) -> None:
    path = tmp_path / "x.xls"
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!-- exported -->\n'
                    '<html xmlns="http://www.w3.org/1999/xhtml"><body><table><tr><td>事项</td></tr></table>'
                    "</body></html>", encoding="utf-8")
    assert read_workbook(path).sheets[0].rows == [["事项"]]
