"""Issue 15: values that only say "nothing" are blanks, end to end on real workbooks and the CLI.

The rules' own cases (tests/checks/cases/*.yaml) pin each rule's findings; here the whole path is run:
the reader, the normalizer's 同上 and one-column choice words, the pack's list and a user's pack
extending it, ``inspect``.
"""

from __future__ import annotations

import json
from pathlib import Path

from conftest import write_xlsx
from typer.testing import CliRunner

from disclosecheck.cli import app

HEADER = ["序号", "一级事项", "二级事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体",
          "公开对象", "公开方式", "公开层级"]


def item(n: int, name: str, basis: str = "《城市绿化条例》", subject: str = "县城市管理局",
         channels: str = "■政府网站", audience: str = "全社会") -> list:
    """One row of a catalog with one-column choices; the arguments are the cells under test."""
    limit = "20个工作日内"
    return [n, "绿化管理", name, "处罚决定", basis, limit, subject, channels, audience, "主动", "县级"]


def catalog(path: Path, *rows: list) -> Path:
    return write_xlsx(path, [["城市综合执法领域基层政务公开标准目录"], HEADER, *rows])


def findings(path: Path, *extra: str) -> list[tuple[str, str, str]]:
    result = CliRunner().invoke(app, ["check", str(path), "--format", "json", "--as-of", "2026-11-22",
                                      "--fail-on", "never", *extra])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    return [(f["cell"], f["code"], f["message"]) for f in data["files"][0]["findings"]
            if f["severity"] != "info"]


def test_placeholders_are_blanks_named_in_the_message(tmp_path: Path) -> None:
    path = catalog(tmp_path / "c.xlsx",
                   item(1, "损坏城市树木花草", subject="同上", audience="不特定公众"),
                   item(2, "擅自砍伐城市树木", basis="无", channels="——", audience="待定"),
                   item(3, "擅自迁移城市树木", basis="《条例》"),
                   item(4, "占用城市绿地", basis="国发〔2019〕54号"))
    got = findings(path)
    assert [(cell, code) for cell, code, _ in got] == [
        ("G3", "required-elements.missing-subject"),
        ("E4", "legal-basis.blank"),
        ("H4", "channels.blank"),
        ("I4", "choices.none"),
        ("E5", "legal-basis.no-document"),
    ]
    messages = {cell: message for cell, _, message in got}
    assert "上面没有可以照抄的事项" in messages["G3"]
    assert "本格只写了“无”" in messages["E4"]
    assert "本格只写了“——”" in messages["H4"]
    assert "本格只写了“待定”" in messages["I4"]
    english = {f[0]: f[2] for f in findings(path, "--lang", "en")}
    assert "only says “——”" in english["H4"]


def test_a_users_pack_adds_placeholders(tmp_path: Path) -> None:
    path = catalog(tmp_path / "c.xlsx", item(1, "损坏城市树木花草", subject="不详"))
    assert findings(path) == []
    pack = tmp_path / "county.yaml"
    pack.write_text("extends: national\nplaceholders: [不详]\n", encoding="utf-8")
    assert [(c, code) for c, code, _ in findings(path, "--rules", str(pack))] == [
        ("G3", "required-elements.missing-subject")]


def test_inspect_lists_no_channel_named_nothing(tmp_path: Path) -> None:
    path = catalog(tmp_path / "c.xlsx", item(1, "损坏城市树木花草", channels="无"))
    result = CliRunner().invoke(app, ["inspect", str(path)])
    assert result.exit_code == 0, result.output
    line = next(li for li in result.stdout.splitlines() if li.startswith("│ 公开渠道和载体"))
    cells = [c.strip() for c in line.strip("│").split("│")]
    assert cells == ["公开渠道和载体", "", "H3", "只写了“无”，按未填写处理"]
