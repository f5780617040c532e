"""Issue 15: values that only say "nothing" are blanks, end to end on real workbooks and the CLI.

The rules' own cases (tests/checks/cases/*.yaml) pin each rule's findings; here the whole path is run:
the reader, the normalizer's 同上 and one-column choice words, the pack's list and a user's pack
extending it, ``inspect``.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from conftest import write_xlsx
from typer.testing import CliRunner

import disclosecheck.normalize.placeholders as placeholders_module
from disclosecheck.cli import app
from disclosecheck.model import BASIS, CHANNELS, LEVEL2, SEQ, TIMELIMIT, Item
from disclosecheck.normalize.placeholders import SAME_AS_NOTHING, mark_placeholders
from disclosecheck.normalize.values import SAME_AS_ABOVE, Placeholders, is_same_as_above

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


# --- the pass that marks them: judged per distinct text, kept across files within bounds ------------------


def _national() -> Placeholders:
    from disclosecheck.pack import load_pack

    pack = load_pack("national")
    return Placeholders(pack.placeholders, pack.template_marks)


def _judged_slowly(placeholders: Placeholders, text: str) -> str | None:
    """What a cell says, judged alone, without the first looks of :meth:`Placeholders.candidates`."""
    return SAME_AS_NOTHING if is_same_as_above(text) else placeholders.match(text)


def test_the_first_look_never_passes_over_a_placeholder() -> None:
    """Every text the slow judgement finds is among the candidates, over the pack's words written every
    way a clerk writes them, 同上 in all its forms, template residue, and real values around them."""
    placeholders = _national()
    words = [*_national_words(), *SAME_AS_ABOVE]
    texts = {f"{pre}{w}{post}" for w in words for pre in ("", " ", "\u3000", "\n", "\xa0", "\u2002", "\r")
             for post in ("", "。", "；", " ", "、", "：", "，", "\u2009")}
    texts |= {w.translate(str.maketrans("/-—_", "／－―＿")) for w in words}
    texts |= {"发布会/听证会", "xxgk", "XXL", "《XX省实施方案》", "XX县XX局", "××", "ＸＸ市", "无", "无 ",
              "同 上。", "申请条件、申请材料", "30个工作日", "http://xx.gov.cn", "其他", "1", "", "—— ——"}
    rng = random.Random(7)
    pieces = [*"".join(words), "X", "×", "Ｘ", "号", "a", " ", "。"]
    texts |= {"".join(rng.choice(pieces) for _ in range(rng.randint(1, 20))) for _ in range(5000)}
    texts.discard("")
    found = {t for t in texts if _judged_slowly(placeholders, t) is not None}
    assert found, "the cases hold placeholders"
    assert found <= placeholders.candidates(texts)
    assert len(placeholders.candidates({"事项名称", "《城市绿化条例》", "1", "20个工作日内"})) == 0


def _national_words() -> list[str]:
    from disclosecheck.pack import load_pack

    return list(load_pack("national").placeholders)


def _items(names: list[str]) -> list[Item]:
    return [Item(row=n + 4, text={SEQ: str(n + 1), LEVEL2: name, BASIS: "《条例》", TIMELIMIT: "无"},
                 cells={SEQ: f"A{n + 4}", LEVEL2: f"C{n + 4}", BASIS: f"E{n + 4}", TIMELIMIT: f"F{n + 4}"})
            for n, name in enumerate(names)]


def test_every_row_of_a_long_table_is_marked_past_the_stretches_and_with_the_memory_full(monkeypatch) -> None:
    """Rows in every stretch of rows gathered at a time, placeholders found after the room to keep them
    ran out (met again in the next stretch), and texts judged in an earlier file: each marked exactly as
    the cell says."""
    monkeypatch.setattr(placeholders_module, "_KEPT", 50)
    monkeypatch.setattr(placeholders_module, "_STRETCH", 100)
    placeholders = _national()
    residues = [f"XX{n}号" for n in range(60)]  # more than the memory keeps, in each of three stretches
    names = [*residues, *["事项"] * 40] * 3 + [f"事项{n}" for n in range(300)]
    at = {5: "待定", 99: "/", 100: "待定", 599: "同上"}
    for n, word in at.items():
        names[n] = word
    expected = {n: name for n, name in enumerate(names) if name.startswith("XX")} | at
    for run in range(2):  # the second run meets texts the first one judged
        items = _items(names)
        mark_placeholders(items, placeholders)
        marked = {i.row - 4: i.placeholders.get(LEVEL2) for i in items if LEVEL2 in i.placeholders}
        assert marked == expected, run
        assert all(i.placeholders[TIMELIMIT] == "无" and i.text[TIMELIMIT] == "" for i in items)
        assert all(SEQ not in i.placeholders for i in items)
        assert items[599].text[LEVEL2] == "" and items[598].text[LEVEL2] == "事项298"
        assert len(placeholders.judged) <= 50 and len(placeholders.found) <= 50


def test_an_unfilled_other_channel_is_dropped_and_a_named_one_kept() -> None:
    items = [Item(row=1, text={CHANNELS: "■其他___ ■政府网站"}, channels=["其他___", "政府网站"]),
             Item(row=2, text={CHANNELS: "■其他___"}, channels=["其他___"]),
             Item(row=3, text={CHANNELS: "■其他：村务公开栏"}, channels=["其他：村务公开栏"]),
             Item(row=4, text={CHANNELS: "■尤其重要的栏目"}, channels=["尤其重要的栏目"])]
    mark_placeholders(items, _national())
    assert [i.channels for i in items] == [["政府网站"], [], ["其他：村务公开栏"], ["尤其重要的栏目"]]
    assert items[1].placeholders == {CHANNELS: "其他___"} and not items[0].placeholders


def test_without_the_packs_words_only_a_same_as_above_with_nothing_above_is_blank() -> None:
    items = [Item(row=1, text={LEVEL2: "同上", CHANNELS: "■其他___"}, channels=["其他___"]),
             Item(row=2, text={LEVEL2: "无", BASIS: "《XX条例》"})]
    mark_placeholders(items, None)
    assert [i.placeholders for i in items] == [{LEVEL2: "同上"}, {}]
    assert items[0].text[LEVEL2] == "" and items[0].channels == ["其他___"]
