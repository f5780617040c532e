"""Regenerate the example catalogs in this folder, byte for byte.

    python examples/build_examples.py          # writes next to this script
    python examples/build_examples.py OUTDIR   # writes elsewhere (the tests compare the two)

Each example is a realistic catalog with a few planted gaps; ``examples/README.md`` lists them and
``tests/test_examples.py`` asserts that ``disclosecheck check`` finds exactly those. The rows come
from published 基层政务公开标准目录 (rules/domains/ lists some, with their sources); units and dates are made up.

Determinism: workbook properties and zip entry times are fixed, so the files only change when
this script does.
"""

# The item tables below are rows of Chinese text; ruff counts CJK characters as two columns.
# ruff: noqa: E501

from __future__ import annotations

import csv
import io
import re
import sys
import zipfile
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
FIXED_TIME = datetime(2026, 11, 20, 9, 0, 0)

# --- 城市综合执法 (standard layout: title, two-row merged header, ticks, ■□ checklists) ----------------

ENFORCEMENT_FILE = "城市综合执法目录_某县城管局.xlsx"

ENFORCEMENT_TITLE = "某县城市综合执法领域基层政务公开标准目录"
ENFORCEMENT_HEADER_1 = ["序号", "公开事项", None, "公开内容（要素）", "公开依据", "公开时限", "公开主体",
                        "公开渠道和载体", "公开对象", None, "公开方式", None, "公开层级", None]
ENFORCEMENT_HEADER_2 = [None, "一级事项", "二级事项", None, None, None, None, None,
                        "全社会", "特定群体", "主动", "依申请", "县级", "乡级"]
ENFORCEMENT_HEADER_MERGES = ["A1:N1", "A2:A3", "B2:C2", "D2:D3", "E2:E3", "F2:F3", "G2:G3", "H2:H3",
                             "I2:J2", "K2:L2", "M2:N2"]

CHANNELS_USUAL = ("■政府网站\n□政府公报\n□两微一端\n□发布会/听证会\n□广播电视\n□纸质媒体\n"
                  "■公开查阅点\n□政务服务中心\n□便民服务站\n□入户/现场\n□社区/企事业单位/村公示栏（电子屏）\n"
                  "□精准推送\n□其他")
CHANNELS_WITH_WECHAT = CHANNELS_USUAL.replace("□两微一端", "■两微一端")
CHANNELS_NONE = CHANNELS_USUAL.replace("■", "□")

PENALTY_CONTENT = ("1.机构职能、权责清单、执法人员名单；2.执法程序或行政强制流程图；3.执法依据；"
                   "4.行政处罚自由裁量基准；5.咨询、监督投诉方式；6.处罚决定；7.救济渠道。")
PENALTY_LIMIT = "1.除处罚决定外其他内容:长期公开(动态调整)；2.处罚决定:20个工作日内。"
SUBJECT_CITY = "县城市管理行政执法局"
SUBJECT_GREEN = "县城市管理行政执法局或县园林绿化主管部门"
V = "√"

# One row per item: 一级事项 is written on the first row of its group only (the group is merged).
# (一级事项, 二级事项, 公开依据, 公开时限, 公开主体, 渠道, 全社会, 特定群体, 主动, 依申请, 县级, 乡级)
ENFORCEMENT_ITEMS: list[tuple[Any, ...]] = [
    ("绿化管理", "损坏城市树木花草", "《城市绿化条例》", PENALTY_LIMIT, SUBJECT_GREEN, CHANNELS_USUAL,
     V, None, V, None, V, V),
    (None, "擅自砍伐城市树木", "《城市绿化条例》第二十六条", PENALTY_LIMIT, "同上", CHANNELS_USUAL,
     V, None, V, None, V, None),
    (None, "擅自占用城市绿化用地", "同上", PENALTY_LIMIT, SUBJECT_GREEN, CHANNELS_WITH_WECHAT,
     V, None, V, None, V, None),
    ("市容环境卫生", "在城市建筑物、设施以及树木上涂写、刻画或者未经批准张挂、张贴宣传品",
     "《城市市容和环境卫生管理条例》", PENALTY_LIMIT, SUBJECT_CITY, CHANNELS_USUAL, V, None, V, None, V, V),
    (None, "随意倾倒、抛撒或者堆放建筑垃圾", "《城市建筑垃圾管理规定》", PENALTY_LIMIT, "同上", CHANNELS_USUAL,
     V, None, V, None, V, V),
    # planted: 公开主体 left blank
    (None, "未经批准设置大型户外广告", "《城市市容和环境卫生管理条例》", PENALTY_LIMIT, None, CHANNELS_USUAL,
     V, None, V, None, V, None),
    ("违法建设", "未取得建设工程规划许可证进行建设", "《中华人民共和国城乡规划法》", PENALTY_LIMIT, SUBJECT_CITY,
     CHANNELS_WITH_WECHAT, V, None, V, None, V, None),
    # planted: 公开时限 30 working days, looser than the 20 of 条例第二十六条
    (None, "未按照建设工程规划许可证的规定进行建设", "《中华人民共和国城乡规划法》", "30个工作日",
     SUBJECT_CITY, CHANNELS_USUAL, V, None, V, None, V, None),
    # planted: 公开依据 names no document in 《》
    ("市政设施管理", "擅自占用、挖掘城市道路", "城市道路管理条例第四十二条", PENALTY_LIMIT, SUBJECT_CITY,
     CHANNELS_USUAL, V, None, V, None, V, None),
    # planted: no channel chosen (every box □)
    (None, "在城市道路上擅自设置障碍物", "《城市道路管理条例》", PENALTY_LIMIT, SUBJECT_CITY, CHANNELS_NONE,
     V, None, V, None, V, None),
    ("噪声污染防治", "建筑施工单位在噪声敏感建筑物集中区域夜间施工作业", "《中华人民共和国噪声污染防治法》",
     PENALTY_LIMIT, SUBJECT_CITY, CHANNELS_USUAL, V, None, V, None, V, V),
    # planted: the same item as row 8, entered twice
    ("市容环境卫生", "随意倾倒、抛撒或者堆放建筑垃圾", "《城市建筑垃圾管理规定》", PENALTY_LIMIT, SUBJECT_CITY,
     CHANNELS_USUAL, V, None, V, None, V, V),
]
ENFORCEMENT_GROUP_MERGES = ["B4:B6", "B7:B9", "B10:B11", "B12:B13"]
ENFORCEMENT_NOTE = ("注：1.公开渠道和载体中“■”表示已选用，“□”表示未选用；2.“√”表示适用；"
                    "3.本目录由县城市管理行政执法局负责解释，并根据法律法规变化动态调整。")


def enforcement_rows() -> list[list[Any]]:
    rows: list[list[Any]] = [[ENFORCEMENT_TITLE], ENFORCEMENT_HEADER_1, ENFORCEMENT_HEADER_2]
    for n, (l1, l2, basis, limit, subject, channels, *ticks) in enumerate(ENFORCEMENT_ITEMS, start=1):
        rows.append([n, l1, l2, PENALTY_CONTENT, basis, limit, subject, channels, *ticks])
    rows.append([])
    rows.append([ENFORCEMENT_NOTE])
    return rows


def build_enforcement(out: Path) -> Path:
    import openpyxl

    rows = enforcement_rows()
    note_row = len(rows)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "城市综合执法"
    _write_sheet(ws, rows)
    for rng in [*ENFORCEMENT_HEADER_MERGES, *ENFORCEMENT_GROUP_MERGES, f"A{note_row}:N{note_row}"]:
        ws.merge_cells(rng)
    _style_table(ws, title_row=1, header_rows=(2, 3), first_data=4, last_data=3 + len(ENFORCEMENT_ITEMS),
                 width=14, widths=[6, 14, 24, 40, 26, 30, 20, 22, 7, 7, 7, 7, 7, 7])
    return _save_xlsx(wb, out / ENFORCEMENT_FILE)


# --- 市政服务 (township: one header row, words, dates, no 公开层级, a 说明 sheet first) ---------------------

SERVICE_FILE = "市政服务目录_某镇.xlsx"
SERVICE_TITLE = "某镇市政服务领域基层政务公开标准目录"
SERVICE_HEADER = ["序号", "一级事项", "二级事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体",
                  "公开对象", "公开方式", "信息形成日期", "公开日期", "最近更新日期", "备注"]
SERVICE_CHANNELS = "政府网站、公开查阅点"
SERVICE_SUBJECT = "某镇人民政府"
WD20 = "信息形成或者变更之日起20个工作日内"

# (一级事项, 二级事项, 公开内容, 公开依据, 公开时限, 公开主体, 公开方式, 形成, 公开, 最近更新, 备注)
SERVICE_ITEMS: list[tuple[Any, ...]] = [
    ("城镇燃气管理", "燃气经营许可证核发", "申请条件、申请材料、申请流程、法定依据", "《城镇燃气管理条例》",
     WD20, "县城市管理局、" + SERVICE_SUBJECT, "主动", date(2026, 3, 2), date(2026, 3, 6), date(2026, 11, 2), None),
    ("城镇燃气管理", "燃气安全事故应急预案", "应急预案全文、应急联系电话", "《城镇燃气管理条例》",
     WD20, SERVICE_SUBJECT, "主动", date(2026, 5, 11), date(2026, 5, 20), date(2026, 11, 5), None),
    # across Mid-autumn + National Day: 14 weekdays but only 10 working days — on time
    ("城镇供水", "停水通知", "停水原因、停水范围、停水时间、恢复供水时间", "《城市供水条例》",
     "10个工作日内", SERVICE_SUBJECT, "主动", date(2026, 9, 28), date(2026, 10, 16), date(2026, 11, 16), None),
    # planted: 11 working days for a 10-day limit, across the holidays — late
    ("城镇供水", "供水水质信息", "出厂水、管网水水质检测结果", "《城市供水条例》《生活饮用水卫生标准》",
     "10个工作日内", SERVICE_SUBJECT, "主动", date(2026, 9, 24), date(2026, 10, 16), date(2026, 11, 16), None),
    # planted: 6 working days for a 5-day limit, across National Day — late
    ("污水处理", "污水处理费收费标准", "收费依据、收费标准、收费单位", "《城镇排水与污水处理条例》",
     "作出决定之日起5个工作日内", SERVICE_SUBJECT, "主动", date(2026, 9, 29), date(2026, 10, 13),
     date(2026, 11, 13), None),
    ("污水处理", "排水许可", "申请条件、办理流程、办理时限", "《城镇排水与污水处理条例》",
     WD20, SERVICE_SUBJECT, "依申请", date(2026, 8, 3), date(2026, 8, 14), date(2026, 11, 3), None),
    # planted: 公开日期 after the check date (as of 2026-11-22)
    ("市容环卫", "生活垃圾清运时间和线路", "清运时间、清运线路、收集点位置", "《城市生活垃圾管理办法》",
     WD20, SERVICE_SUBJECT, "主动", date(2026, 11, 16), date(2026, 12, 1), date(2026, 12, 1), "拟于12月初公开"),
    # planted: a quarterly item last updated at the end of June
    ("市容环卫", "环卫作业情况", "道路清扫保洁、公厕管理情况", "《城市市容和环境卫生管理条例》",
     "每季度更新", SERVICE_SUBJECT, "主动", date(2026, 6, 25), date(2026, 6, 30), date(2026, 6, 30), None),
    ("道路照明", "路灯维修报修渠道", "报修电话、受理时限、维修进度", "《城市道路照明设施管理规定》",
     WD20, SERVICE_SUBJECT, "主动", date(2026, 10, 19), date(2026, 10, 23), date(2026, 11, 10), None),
    ("园林绿化", "公园绿地开放信息", "开放时间、游园须知、服务设施", "《城市绿化条例》",
     WD20, SERVICE_SUBJECT, "主动", date(2026, 4, 1), date(2026, 4, 3), date(2026, 11, 18), None),
]
SERVICE_README_SHEET = [
    ["填报说明"],
    ["1. 本目录依据《国务院办公厅关于全面推进基层政务公开标准化规范化工作的指导意见》编制。"],
    ["2. 公开对象填写“全社会”或“特定群体”；公开方式填写“主动”或“依申请”。"],
    ["3. 日期一律填写为年-月-日。信息形成日期为信息制作或获取的日期。"],
    ["4. 本目录由镇党政办公室负责动态更新。"],
]


def service_rows() -> list[list[Any]]:
    rows: list[list[Any]] = [[SERVICE_TITLE], SERVICE_HEADER]
    for n, (l1, l2, content, basis, limit, subject, mode, formed, published, updated, note) in enumerate(
            SERVICE_ITEMS, start=1):
        rows.append([n, l1, l2, content, basis, limit, subject, SERVICE_CHANNELS, "全社会", mode,
                     formed, published, updated, note])
    return rows


def build_service(out: Path) -> Path:
    import openpyxl

    rows = service_rows()
    wb = openpyxl.Workbook()
    readme = wb.active
    readme.title = "说明"
    _write_sheet(readme, SERVICE_README_SHEET)
    readme.column_dimensions["A"].width = 80
    ws = wb.create_sheet("市政服务")
    _write_sheet(ws, rows)
    ws.merge_cells(f"A1:{_letter(len(SERVICE_HEADER) - 1)}1")
    _style_table(ws, title_row=1, header_rows=(2,), first_data=3, last_data=2 + len(SERVICE_ITEMS),
                 width=len(SERVICE_HEADER), widths=[6, 14, 22, 30, 26, 22, 18, 20, 10, 10, 13, 13, 13, 16])
    for row in ws.iter_rows(min_row=3, min_col=11, max_col=13):
        for cell in row:
            cell.number_format = "yyyy-mm-dd"
    return _save_xlsx(wb, out / SERVICE_FILE)


# --- 社会救助 (old .xls, traditional characters) -----------------------------------------------------------

RELIEF_FILE = "社会救助目录_繁体.xls"
RELIEF_TITLE = "某縣社會救助領域基層政務公開標準目錄"
RELIEF_HEADER_1 = ["序號", "公開事項", None, "公開內容(要素)", "公開依據", "公開時限", "公開主體",
                   "公開渠道和載體", "公開對象", None, "公開方式", "公開層級", None]
RELIEF_HEADER_2 = [None, "一級事項", "二級事項", None, None, None, None, None, "全社會", "特定群體", None,
                   "縣級", "鄉級"]
RELIEF_CHANNELS = "■政府網站\n□政府公報\n□兩微一端\n■公開查閱點\n■政務服務中心\n□便民服務站"
RELIEF_SUBJECT = "縣級政府民政部門、鄉鎮政府(街道辦事處)"
RELIEF_LIMIT = "制定或獲取信息之日起10個工作日內"
RELIEF_BASIS_DIBAO = "《社會救助暫行辦法》《國務院關於進一步加強和改進最低生活保障工作的意見》"

# (一级, 二级, 内容, 依据, 时限, 方式)
RELIEF_ITEMS: list[tuple[Any, ...]] = [
    ("最低生活保障", "辦事指南", "辦理事項、辦理條件、最低生活保障標準、申請材料、辦理流程、辦理時間、地點、聯繫方式",
     RELIEF_BASIS_DIBAO, RELIEF_LIMIT, "主動"),
    (None, "審核確認結果", "保障對象姓名、保障人數、保障金額", RELIEF_BASIS_DIBAO,
     "制定或獲取信息之日起10個工作日內，公示7個工作日", "主動"),
    ("特困人員救助供養", "辦事指南", "救助供養標準、申請條件、申請材料、辦理流程",
     "《社會救助暫行辦法》《國務院關於進一步健全特困人員救助供養制度的意見》", RELIEF_LIMIT, "主動"),
    # planted: 公開方式 不公開 — such an item does not belong in a disclosure catalog
    (None, "供養對象個人信息", "供養對象身份證號碼、家庭住址、健康狀況",
     "《社會救助暫行辦法》", RELIEF_LIMIT, "不公開"),
    ("臨時救助", "辦事指南", "救助對象範圍、救助標準、申請材料、辦理流程",
     "《社會救助暫行辦法》《國務院關於全面建立臨時救助制度的通知》", RELIEF_LIMIT, "主動"),
    # planted: 時限 盡快 — vague
    (None, "救助結果", "救助對象、救助金額、救助事由", "《國務院關於全面建立臨時救助制度的通知》", "盡快", "主動"),
    ("受災人員救助", "救災款物分配", "救災款物來源、數量、分配使用情況", "《自然災害救助條例》", RELIEF_LIMIT, "主動"),
]
RELIEF_GROUP_MERGES = [(3, 4, 1, 1), (5, 6, 1, 1), (7, 8, 1, 1)]  # 0-based (r1, r2, c1, c2) for xlwt


def relief_rows() -> list[list[Any]]:
    rows: list[list[Any]] = [[RELIEF_TITLE], RELIEF_HEADER_1, RELIEF_HEADER_2]
    for n, (l1, l2, content, basis, limit, mode) in enumerate(RELIEF_ITEMS, start=1):
        rows.append([n, l1, l2, content, basis, limit, RELIEF_SUBJECT, RELIEF_CHANNELS, V, None, mode, V, V])
    return rows


def build_relief(out: Path) -> Path:
    import xlwt

    rows = relief_rows()
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("社會救助")
    plain = xlwt.easyxf("align: wrap on, vert centre; borders: left thin, right thin, top thin, bottom thin")
    bold = xlwt.easyxf("font: bold on; align: wrap on, vert centre, horiz centre; "
                       "borders: left thin, right thin, top thin, bottom thin")
    title = xlwt.easyxf("font: bold on, height 320; align: horiz centre")
    merged_cells = {(0, 0, 0, 12), (1, 2, 0, 0), (1, 1, 1, 2), (1, 2, 3, 3), (1, 2, 4, 4), (1, 2, 5, 5),
                    (1, 2, 6, 6), (1, 2, 7, 7), (1, 1, 8, 9), (1, 2, 10, 10), (1, 1, 11, 12),
                    *RELIEF_GROUP_MERGES}
    covered = {(r, c) for (r1, r2, c1, c2) in merged_cells for r in range(r1, r2 + 1)
               for c in range(c1, c2 + 1) if (r, c) != (r1, c1)}
    for r1, r2, c1, c2 in sorted(merged_cells):
        value = rows[r1][c1] if c1 < len(rows[r1]) else None
        style = title if r1 == 0 else bold if r1 in (1, 2) else plain
        ws.write_merge(r1, r2, c1, c2, value if value is not None else "", style)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if (r, c) in covered or any((r, c) == (m[0], m[2]) for m in merged_cells):
                continue
            if value is not None:
                ws.write(r, c, value, bold if r in (1, 2) else plain)
    for c, w in enumerate([6, 16, 16, 40, 34, 26, 24, 18, 8, 8, 10, 8, 8]):
        ws.col(c).width = 256 * w
    target = out / RELIEF_FILE
    buffer = io.BytesIO()
    wb.save(buffer)
    target.write_bytes(buffer.getvalue())
    return target


# --- 养老服务 (a GBK CSV as exported by an office system) -------------------------------------------------

CARE_FILE = "养老服务目录_某街道_GBK.csv"
CARE_HEADER = ["序号", "公开事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体",
               "公开对象", "公开方式", "公开层级"]
CARE_ITEMS: list[tuple[str, ...]] = [
    ("高龄津贴发放", "发放对象、发放标准、申请材料、办理流程", "《中华人民共和国老年人权益保障法》",
     "信息形成之日起20个工作日内", "某街道办事处", "政府网站、公开查阅点", "全社会", "主动", "乡级"),
    ("养老服务补贴", "补贴对象、补贴标准、审核结果", "《关于建立健全经济困难的高龄失能等老年人补贴制度的通知》",
     "每季度公开", "某街道办事处", "政府网站、社区公示栏", "全社会", "主动", "乡级"),
    # planted: 公开内容 left blank
    ("老年人优待证办理", "", "《中华人民共和国老年人权益保障法》",
     "20个工作日", "某街道办事处", "政府网站、公开查阅点", "全社会", "主动", "乡级"),
    # planted: 45 calendar days can exceed 20 working days
    ("养老机构备案", "备案条件、备案材料、备案结果", "《养老机构管理办法》",
     "45日内", "某街道办事处", "政府网站", "全社会", "主动", "乡级"),
    ("社区居家养老服务", "服务项目、服务对象、收费标准、服务网点", "《国务院关于加快发展养老服务业的若干意见》",
     "长期公开(动态调整)", "某街道办事处", "政府网站、公开查阅点、社区公示栏", "全社会", "主动", "乡级"),
]


def care_rows() -> list[list[str]]:
    return [CARE_HEADER, *[[str(n), *item] for n, item in enumerate(CARE_ITEMS, start=1)]]


def build_care(out: Path) -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(care_rows())
    target = out / CARE_FILE
    target.write_bytes(buffer.getvalue().encode("gbk"))
    return target


# --- 公共法律服务 (an "xls" that is really an HTML table, exported by a web system, GBK) ---------------------

LEGAL_FILE = "公共法律服务目录_系统导出.xls"
LEGAL_TITLE = "某县公共法律服务领域基层政务公开标准目录"
LEGAL_CHANNELS = "■政府网站 □政府公报 ■两微一端 ■公开查阅点 □便民服务站"
LEGAL_SUBJECT = "县司法局"
# (一级, 二级, 内容, 依据, 时限, 全社会, 特定群体, 主动, 依申请, 县级, 乡级)
LEGAL_ITEMS: list[tuple[Any, ...]] = [
    ("法律援助", "办事指南", "申请条件、申请材料、办理流程、办理时限、受理地点、联系方式",
     "《法律援助法》", WD20, V, "", V, "", V, V),
    ("法律援助", "受理审查结果", "受理情况、审查结果、指派情况", "《法律援助法》", WD20, "", V, "", V, V, ""),
    # planted: 公开对象 — neither 全社会 nor 特定群体 ticked
    ("人民调解", "人民调解组织名录", "调解组织名称、地址、联系方式", "《人民调解法》", WD20, "", "", V, "", V, V),
    # planted: 公开依据 left blank
    ("公证服务", "公证机构名录", "公证机构名称、执业区域、地址、联系方式", "", WD20, V, "", V, "", V, ""),
    ("法治宣传", "普法活动", "活动时间、地点、内容", "《中华人民共和国宪法》", "活动结束后7个工作日内",
     V, "", V, "", V, V),
]


def legal_html() -> str:
    def cell(value: Any, attrs: str = "") -> str:
        import html

        return f"<td{attrs}>{html.escape(str(value))}</td>"

    header = (
        "<tr>" + cell("序号", ' rowspan="2"') + cell("公开事项", ' colspan="2"')
        + "".join(cell(h, ' rowspan="2"') for h in ("公开内容（要素）", "公开依据", "公开时限", "公开主体",
                                                  "公开渠道和载体"))
        + cell("公开对象", ' colspan="2"') + cell("公开方式", ' colspan="2"') + cell("公开层级", ' colspan="2"')
        + "</tr>\n<tr>" + "".join(cell(h) for h in ("一级事项", "二级事项", "全社会", "特定群体", "主动",
                                                      "依申请", "县级", "乡级")) + "</tr>"
    )
    body = []
    for n, (l1, l2, content, basis, limit, *ticks) in enumerate(LEGAL_ITEMS, start=1):
        values = [n, l1, l2, content, basis, limit, LEGAL_SUBJECT, LEGAL_CHANNELS, *ticks]
        body.append("<tr>" + "".join(cell(v) for v in values) + "</tr>")
    return (
        '<html xmlns:x="urn:schemas-microsoft-com:office:excel">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=gbk">\n'
        f"<title>{LEGAL_TITLE}</title>\n</head>\n<body>\n"
        '<table border="1" cellspacing="0">\n' + header + "\n" + "\n".join(body) + "\n</table>\n</body>\n</html>\n"
    )


def build_legal(out: Path) -> Path:
    target = out / LEGAL_FILE
    target.write_bytes(legal_html().encode("gbk"))
    return target


# --- shared helpers ---------------------------------------------------------------------------------------


def _letter(col: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(col + 1)


def _write_sheet(ws: Any, rows: Sequence[Sequence[Any]]) -> None:
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is not None:
                ws.cell(row=r, column=c, value=value)


def _style_table(ws: Any, *, title_row: int, header_rows: tuple[int, ...], first_data: int, last_data: int,
                 width: int, widths: Sequence[float]) -> None:
    """Fonts, borders, wrapping and column widths as a clerk would set them; values are untouched."""
    from openpyxl.styles import Alignment, Border, Font, Side

    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws.cell(row=title_row, column=1).font = Font(name="宋体", size=16, bold=True)
    ws.cell(row=title_row, column=1).alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[title_row].height = 30
    for r in range(header_rows[0], last_data + 1):
        for c in range(1, width + 1):
            cell = ws.cell(row=r, column=c)
            cell.border = border
            header = r in header_rows
            cell.alignment = Alignment(wrap_text=True, vertical="center",
                                       horizontal="center" if header or c in (1,) else None)
            cell.font = Font(name="宋体", size=10, bold=header)
    for c, w in enumerate(widths, start=1):
        ws.column_dimensions[_letter(c - 1)].width = w
    ws.freeze_panes = ws.cell(row=first_data, column=1)


def _save_xlsx(wb: Any, target: Path) -> Path:
    """Save with fixed properties and zip times so that the bytes depend only on the content."""
    wb.properties.creator = "某县政务公开办"
    wb.properties.lastModifiedBy = "某县政务公开办"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    raw = io.BytesIO()
    wb.save(raw)
    fixed = io.BytesIO()
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(fixed, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps the save time here
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + stamp, data)
            entry = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            dst.writestr(entry, data)
    target.write_bytes(fixed.getvalue())
    return target


BUILDERS = (build_enforcement, build_service, build_relief, build_care, build_legal)


def build_all(out: Path = HERE) -> list[Path]:
    """Write every example into ``out``; returns their paths."""
    out.mkdir(parents=True, exist_ok=True)
    return [build(out) for build in BUILDERS]


if __name__ == "__main__":
    target_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    for path in build_all(target_dir):
        print(path)
