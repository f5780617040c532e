"""``disclosecheck diff OLD NEW`` and ``check --since OLD`` on two versions of a catalog.

The old version is an .xls with one header row and words (全社会, 主动, 县级); the new one an .xlsx in the
standard layout with a title row, two header rows and ticks: the same items compare equal, so only the
real edits show: a time limit shortened, an item renamed, one added, one removed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import standard_catalog
from test_check_cli import AS_OF, row
from test_ci_formats import run

HEADER = ["序号", "一级事项", "二级事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体",
          "公开对象", "公开方式", "公开层级"]
CONTENT = "执法依据、处罚决定、救济渠道"
LIMIT = "信息形成或者变更之日起20个工作日内"


def old_row(n: int, level1: str, level2: str, limit: str = LIMIT, subject: str | None = "县城市管理局",
            basis: str = "《城市绿化条例》") -> list:
    return [n, level1, level2, CONTENT, basis, limit, subject, "政府网站、公开查阅点", "全社会", "主动",
            "县级"]


def write_old_xls(path: Path) -> Path:
    import xlwt

    rows = [HEADER,
            old_row(1, "绿化管理", "损坏城市树木花草"),
            old_row(2, "绿化管理", "擅自砍伐城市树木"),
            old_row(3, "绿化管理", "擅自占用城市绿化用地"),
            old_row(4, "违法建设", "未取得建设工程规划许可证进行建设", basis="《中华人民共和国城乡规划法》")]
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("目录")
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            if value is not None:
                sheet.write(r, c, value)
    book.save(str(path))
    return path


def write_new_xlsx(path: Path) -> Path:
    return standard_catalog(path, [
        row(1, "绿化管理", "损坏城市树木花草"),  # unchanged
        row(2, "绿化管理", "擅自砍伐城市树木", limit="信息形成或者变更之日起10个工作日内"),  # changed
        # renamed (擅自占用城市绿化用地 → 擅自占用城市绿地), and its 公开主体 left blank
        row(3, "绿化管理", "擅自占用城市绿地", subject=None),
        row(4, "市容环境卫生", "未经批准设置大型户外广告", subject=None),  # added, with a gap
        # 违法建设 / 未取得建设工程规划许可证进行建设: removed
    ])


@pytest.fixture
def versions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, str]:
    monkeypatch.chdir(tmp_path)
    write_old_xls(tmp_path / "旧.xls")
    write_new_xlsx(tmp_path / "新.xlsx")
    return "旧.xls", "新.xlsx"


def test_diff_across_formats_and_layouts(versions: tuple[str, str]) -> None:
    result = run("diff", *versions)
    assert result.exit_code == 1, result.output
    assert result.stdout.splitlines() == [
        "比较 旧.xls（工作表 目录）→ 新.xlsx（工作表 Sheet1）",
        "  新增 1，删除 1，改名 1，修改 1，未变 1",
        "* 第 3 → 5 行  修改：绿化管理 / 擅自砍伐城市树木",
        "    公开时限：“信息形成或者变更之日起20个工作日内” → “信息形成或者变更之日起10个工作日内”",
        "~ 第 4 → 6 行  改名：绿化管理 / 擅自占用城市绿化用地 → 绿化管理 / 擅自占用城市绿地"
        "（名称相似度 94%）",
        "    二级事项：“擅自占用城市绿化用地” → “擅自占用城市绿地”",
        "    公开主体：“县城市管理局” → “”",
        "+ 第 7 行  新增：市容环境卫生 / 未经批准设置大型户外广告",
        "- 第 5 行  删除：违法建设 / 未取得建设工程规划许可证进行建设",
    ]


def test_diff_as_json_and_markdown(versions: tuple[str, str]) -> None:
    data = json.loads(run("diff", *versions, "--format", "json").stdout)
    assert data["schema"] == "disclosecheck/diff-1"
    (table,) = data["tables"]
    assert table["summary"] == {"added": 1, "removed": 1, "renamed": 1, "changed": 1, "unchanged": 1}
    assert [(i["kind"], i["old_row"], i["new_row"]) for i in table["items"]] == [
        ("changed", 3, 5), ("renamed", 4, 6), ("added", None, 7), ("removed", 5, None)]
    assert table["items"][0]["changes"] == [{"element": "公开时限", "old": LIMIT,
                                             "new": "信息形成或者变更之日起10个工作日内"}]
    markdown = run("diff", *versions, "--format", "markdown", "--lang", "en").stdout.splitlines()
    assert markdown[:5] == ["### Comparing 旧.xls (sheet 目录) → 新.xlsx (sheet Sheet1)", "",
                            "added 1, removed 1, renamed 1, changed 1, unchanged 1", "",
                            "| change | row | item | element | before | after |"]
    assert markdown[7] == ("| renamed | row 4 → 6 | 绿化管理 / 擅自占用城市绿化用地 → "
                           "绿化管理 / 擅自占用城市绿地 | 二级事项 | 擅自占用城市绿化用地 | "
                           "擅自占用城市绿地 |")


def test_the_same_catalog_in_two_formats_is_no_change(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write_old_xls(tmp_path / "a.xls")
    standard_catalog(tmp_path / "b.xlsx", [
        row(1, "绿化管理", "损坏城市树木花草"), row(2, "绿化管理", "擅自砍伐城市树木"),
        row(3, "绿化管理", "擅自占用城市绿化用地"),
        row(4, "违法建设", "未取得建设工程规划许可证进行建设", basis="《中华人民共和国城乡规划法》")])
    result = run("diff", "a.xls", "b.xlsx", "--lang", "en")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[1:] == ["  added 0, removed 0, renamed 0, changed 0, unchanged 4",
                                              "  the two versions hold the same items"]


def test_diff_of_an_unreadable_file_is_one_line(versions: tuple[str, str], tmp_path: Path) -> None:
    (tmp_path / "坏.xlsx").write_bytes(b"junk")
    result = run("diff", versions[0], "坏.xlsx")
    assert result.exit_code == 2
    assert len(result.stderr.splitlines()) == 1
    assert "Traceback" not in result.output


# --- check --since ------------------------------------------------------------------------------------------


def test_check_since_reports_only_items_added_or_changed(versions: tuple[str, str]) -> None:
    full = run("check", versions[1], *AS_OF, "--format", "json")
    rows = [f["row"] for f in json.loads(full.stdout)["files"][0]["findings"]]
    assert rows == [6, 7]  # the renamed item and the added one both lack a 公开主体
    since = run("check", versions[1], *AS_OF, "--since", versions[0], "-q")
    assert since.exit_code == 1
    assert [line.split(" ")[0] for line in since.stdout.splitlines()] == ["新.xlsx:6:", "新.xlsx:7:"]


def test_check_since_leaves_out_findings_on_unchanged_items(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    gap = [row(1, "绿化管理", "损坏城市树木花草", subject=None), row(2, "绿化管理", "擅自砍伐城市树木")]
    standard_catalog(tmp_path / "old.xlsx", gap)
    edited = [gap[0], row(2, "绿化管理", "擅自砍伐城市树木", basis="城市绿化条例")]
    standard_catalog(tmp_path / "new.xlsx", edited)
    result = run("check", "new.xlsx", *AS_OF, "--since", "old.xlsx", "--format", "json")
    assert result.exit_code == 0  # the old blank 公开主体 (row 4) is not this change's doing
    findings = json.loads(result.stdout)["files"][0]["findings"]
    assert [(f["rule"], f["row"]) for f in findings] == [("legal-basis", 5)]


def test_check_since_takes_one_file(versions: tuple[str, str]) -> None:
    result = run("check", versions[1], versions[1], *AS_OF, "--since", versions[0])
    assert result.exit_code == 2
    assert result.stderr.strip() == "--since 一次只能比较一个文件：请分别检查每个文件"


# --- a real catalog: the shipped example .xls, saved again as .xlsx --------------------------------------


EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "社会救助目录_繁体.xls"


def resave_as_xlsx(source: Path, target: Path, edit: bool) -> Path:
    """The example's values in a new .xlsx (merges dropped, as an export does); with ``edit``, a time
    limit made definite (row 9) and an item added at the end with a blank 公開主體."""
    import openpyxl
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(source))
    name = book.sheet_names[0]
    rows = book.get_sheet_by_name(name).to_python()
    if edit:
        rows[8][5] = "制定或獲取信息之日起10個工作日內"
        rows.append([8, "受災人員救助", "救災資金使用", "資金來源、數量、使用情況", "《自然災害救助條例》",
                     "制定或獲取信息之日起10個工作日內", "", "■政府網站", "√", "", "主動", "√", "√"])
    out = openpyxl.Workbook()
    sheet = out.active
    sheet.title = name
    for row_values in rows:
        sheet.append([v if v != "" else None for v in row_values])
    out.save(target)
    return target


def test_diff_of_a_real_catalog_saved_again_in_another_format(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    resave_as_xlsx(EXAMPLE, tmp_path / "same.xlsx", edit=False)
    same = run("diff", str(EXAMPLE), "same.xlsx", "--format", "json")
    assert same.exit_code == 0, same.output
    (table,) = json.loads(same.stdout)["tables"]
    assert table["summary"] == {"added": 0, "removed": 0, "renamed": 0, "changed": 0, "unchanged": 7}

    resave_as_xlsx(EXAMPLE, tmp_path / "edited.xlsx", edit=True)
    edited = run("diff", str(EXAMPLE), "edited.xlsx", "--format", "json")
    assert edited.exit_code == 1
    (table,) = json.loads(edited.stdout)["tables"]
    assert [(i["kind"], i["new"], i["changes"]) for i in table["items"]] == [
        ("changed", "臨時救助 / 救助結果",
         [{"element": "公开时限", "old": "盡快", "new": "制定或獲取信息之日起10個工作日內"}]),
        ("added", "受災人員救助 / 救災資金使用", []),
    ]

    full = run("check", "edited.xlsx", "--as-of", "2026-11-22", "--format", "json")
    since = run("check", "edited.xlsx", "--as-of", "2026-11-22", "--since", str(EXAMPLE), "--format", "json")
    everything = [(f["rule"], f["row"]) for f in json.loads(full.stdout)["files"][0]["findings"]]
    assert ("choices", 7) in everything  # 不公開 on an item this edit did not touch
    kept = [(f["rule"], f["row"]) for f in json.loads(since.stdout)["files"][0]["findings"]]
    assert kept == [("required-elements", 11)]
    assert since.exit_code == 1
