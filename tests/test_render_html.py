"""The HTML report: self-contained, escaped, with an SVG chart, printable; seen in Chromium when present."""

from __future__ import annotations

import re
import subprocess
import tempfile
from datetime import date
from pathlib import Path

import pytest
from guards import HANG_GUARD_S

from disclosecheck.errors import InputError
from disclosecheck.messages import render
from disclosecheck.model import (
    BASIS,
    CHANNELS,
    CONTENT,
    LEVEL,
    SUBJECT,
    TIMELIMIT,
    FileResult,
    Finding,
    Report,
    Severity,
    Stats,
)
from disclosecheck.render.html import render_html
from disclosecheck.render.report_common import ElementCounts
from disclosecheck.render.svg_chart import ChartText, bar_chart_svg

CHROMIUM = Path("/usr/bin/chromium")


def realistic_report() -> Report:
    """Two checked catalogs and one unreadable file, with findings of the national rules' own codes."""
    item = "市容环境卫生 / 未经批准设置大型户外广告"
    sheet = "城市综合执法"
    chengguan = FileResult(
        path=Path("城市综合执法目录_某县城管局.xlsx"), sheet=sheet,
        stats=Stats(items=12, level1=5, level2=12),
        findings=[
            Finding("required-columns", Severity.WARNING, "required-columns.missing-optional",
                    {"element": LEVEL}, sheet=sheet, element=LEVEL),
            Finding("required-elements", Severity.ERROR, "required-elements.missing-subject", {},
                    sheet=sheet, row=9, cell="G9", element=SUBJECT, item=item),
            Finding("timelimit", Severity.ERROR, "timelimit.too-many-workdays",
                    {"text": "30个工作日", "amount": 30, "max": 20}, sheet=sheet, row=11, cell="F11",
                    element=TIMELIMIT, item="违法建设 / 未按照建设工程规划许可证的规定进行建设"),
            Finding("legal-basis", Severity.WARNING, "legal-basis.no-document",
                    {"text": "城市道路管理条例第四十二条"}, sheet=sheet, row=12, cell="E12", element=BASIS,
                    item="市政设施管理 / 擅自占用、挖掘城市道路"),
            Finding("channels", Severity.ERROR, "channels.none-chosen",
                    {"listed": "政府网站、政府公报、两微一端、公开查阅点"}, sheet=sheet, row=13, cell="H13",
                    element=CHANNELS, item="市政设施管理 / 在城市道路上擅自设置障碍物"),
            Finding("timelimit", Severity.WARNING, "timelimit.vague", {"text": "及时"}, sheet=sheet,
                    row=14, cell="F14", element=TIMELIMIT, item="<script>alert('x')</script> | 园林绿化"),
        ])
    minzheng = FileResult(
        path=Path("社会救助目录_某镇.xlsx"), sheet="社会救助", stats=Stats(items=7, level1=4, level2=7),
        findings=[Finding("required-elements", Severity.ERROR, "required-elements.missing-content", {},
                          sheet="社会救助", row=6, cell="D6", element=CONTENT, item="临时救助 / 救助结果")])
    broken = FileResult(path=Path("养老服务目录.xls"), status="error",
                        error=InputError("input.encrypted", Path("养老服务目录.xls")))
    return Report(as_of=date(2026, 11, 22), rules="national", files=[chengguan, minzheng, broken],
                  tool_version="0.1.0")


def test_html_is_self_contained() -> None:
    page = render_html(realistic_report())
    assert page.startswith("<!DOCTYPE html>\n<html lang=\"zh-CN\">")
    for outside in ("http://", "https://", "src=", "<link", "@import", "url(", "<script", "//cdn"):
        assert outside not in page
    assert '<meta charset="utf-8">' in page
    assert '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC"' in page
    assert "@page { size: A4; margin: 15mm; }" in page
    assert "thead { display: table-header-group; }" in page
    assert "overflow-wrap: break-word" in page


def test_cell_text_is_escaped() -> None:
    page = render_html(realistic_report())
    assert "<script>" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; | 园林绿化" in page


def test_summary_findings_and_error_file_are_all_there() -> None:
    page = render_html(realistic_report())
    assert page.count('<tr class="file-row">') == 3
    assert page.count('<tr class="finding ') == 7
    assert page.count('<tr class="finding error">') == 4
    assert page.count('<tr class="finding warning">') == 3
    assert '<div class="card error"><span class="n">4</span>错误</div>' in page
    assert '<div class="card items"><span class="n">19</span>事项</div>' in page
    message = render("timelimit.too-many-workdays", {"text": "30个工作日", "amount": 30, "max": 20}, "zh")
    assert message in page
    assert '<span class="verdict fail">不通过</span>' in page
    assert '<span class="verdict error">无法检查</span>' in page
    assert "此文件未能检查：养老服务目录.xls：文件设有打开密码" in page
    # the file-level finding comes first in its table
    first = page.index('<tr class="finding ')
    assert page.index("没有“公开层级”列", first) < page.index("公开主体未填写", first)


def test_chart_has_one_bar_per_element_in_standard_order() -> None:
    page = render_html(realistic_report())
    svg = page[page.index("<svg"):page.index("</svg>")]
    elements = re.findall(r'<g class="bar" data-element="([^"]*)">', svg)
    assert elements == [CONTENT, BASIS, TIMELIMIT, SUBJECT, CHANNELS, LEVEL]
    assert re.findall(r'class="count">(\d+)</text>', svg) == ["1", "1", "2", "1", "1", "1"]


def test_bar_chart_stacks_severities() -> None:
    rows = [ElementCounts(TIMELIMIT, {Severity.ERROR: 3, Severity.WARNING: 1, Severity.INFO: 0}),
            ElementCounts("", {Severity.ERROR: 0, Severity.WARNING: 0, Severity.INFO: 2}),
            ElementCounts(BASIS, {Severity.ERROR: 0, Severity.WARNING: 0, Severity.INFO: 0})]
    labels = {Severity.ERROR: "错误", Severity.WARNING: "警告", Severity.INFO: "提示"}
    text = ChartText("各要素问题数量", labels, "（不针对某一要素）")
    svg = bar_chart_svg(rows, text)
    assert svg.count('<g class="bar"') == 2  # empty rows are left out
    bars = re.findall(r'<rect x="([\d.]+)" y="\d+" width="([\d.]+)" height="18" fill="(#\w+)">', svg)
    assert [b[2] for b in bars] == ["#c0392b", "#e0a100", "#3d85c6"]
    (x1, w1, _), (x2, w2, _), (_, w3, _) = bars
    assert float(x2) == pytest.approx(float(x1) + float(w1), abs=0.11)
    assert float(w1) == pytest.approx(3 * float(w2), rel=0.01)
    assert float(w3) == pytest.approx(2 * float(w2), rel=0.01)
    assert "（不针对某一要素）" in svg


def test_english_page() -> None:
    page = render_html(realistic_report(), "en")
    assert '<html lang="en">' in page
    assert "<title>Disclosure catalog check report</title>" in page
    assert "<th class=\"\">Problem</th>" in page
    assert render("required-elements.missing-subject", {}, "en") in page


def test_a_report_without_findings_has_no_chart() -> None:
    report = Report(as_of=date(2026, 11, 22), rules="national",
                    files=[FileResult(path=Path("a.xlsx"), sheet="Sheet1", stats=Stats(items=3))])
    page = render_html(report)
    assert "<svg" not in page
    assert page.count("未发现问题") == 2
    assert '<span class="verdict pass">通过</span>' in page


def _chromium(*args: str) -> subprocess.CompletedProcess:
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run(
            [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={profile}", *args],
            capture_output=True, text=True, timeout=HANG_GUARD_S)


@pytest.mark.skipif(not CHROMIUM.exists(), reason="Chromium is not installed")
def test_chromium_renders_the_page(tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(render_html(realistic_report()), encoding="utf-8")
    shot = tmp_path / "report.png"
    done = _chromium(f"--screenshot={shot}", "--window-size=1240,1754", "--hide-scrollbars", page.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 50_000  # a blank page of that size is a few kB
    dom = _chromium("--dump-dom", page.as_uri()).stdout
    assert dom.count('<tr class="finding ') == 7
    assert "公开主体未填写" in dom
    assert "<svg" in dom
    pdf = tmp_path / "report.pdf"
    done = _chromium(f"--print-to-pdf={pdf}", "--no-pdf-header-footer", page.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    assert pdf.read_bytes().startswith(b"%PDF")


def test_check_command_writes_the_html_report(tmp_path: Path) -> None:
    import html
    import json

    from conftest import standard_catalog
    from typer.testing import CliRunner

    from disclosecheck.cli import app

    rows = [[1, "绿化管理", "损坏城市树木花草", "处罚决定", "《城市绿化条例》", "30个工作日内", "城管局",
             "■政府网站", "√", None, "√", None, "√", None],
            [2, "绿化管理", "擅自砍伐城市树木", "处罚决定", "", "20个工作日内", "城管局 <b>执法</b>",
             "■政府网站", "√", None, "√", None, "√", None]]
    path = standard_catalog(tmp_path / "城管.xlsx", rows)
    out = tmp_path / "report.html"
    runner = CliRunner()
    done = runner.invoke(app, ["check", str(path), "--format", "html", "--output", str(out),
                               "--as-of", "2026-11-22"])
    assert done.exit_code == 1, done.output
    report = json.loads(runner.invoke(app, ["check", str(path), "--format", "json",
                                            "--as-of", "2026-11-22"]).stdout)
    findings = report["files"][0]["findings"]
    page = out.read_text(encoding="utf-8")
    assert page.count('<tr class="finding ') == len(findings) > 0
    for finding in findings:
        assert html.escape(finding["message"]) in page
    assert "http://" not in page and "https://" not in page
