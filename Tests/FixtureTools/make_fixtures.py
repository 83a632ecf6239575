#!/usr/bin/env python3
"""Regenerate every test fixture of DisclosureKit (python3, standard library only).

    python3 Tests/FixtureTools/make_fixtures.py            # write the fixtures
    python3 Tests/FixtureTools/make_fixtures.py --check    # verify they are up to date

Writes into Tests/DisclosureKitTests/Fixtures/:

  seeds/      the five real samples, copied byte for byte from the shared seeds folder
  handmade/   three synthetic reports with known truth, each in the three layouts
                h2021         2021 edition, year 2023, every check passes
                h2019         2019 edition, year 2020, every check passes
                h2021-broken  2021 edition, year 2022, review.total = parts + 1
  shanghai/   the real 2019 Shanghai report converted from HTML to the three
              layouts by the converters below, plus a copy of the source HTML

For every report NAME.txt there is NAME.expected.tsv: what
`disclosure parse --format fields NAME.txt` must print.  For the handmade
reports the truth is the numbers of this script; for Shanghai it is the
hand transcription in SHANGHAI_TRUTH (typed from the HTML, not produced by
any parser).  Output is deterministic: no clock, no unseeded randomness.
"""

import argparse
import html.parser
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(HERE)
FIXTURES = os.path.join(TESTS, "DisclosureKitTests", "Fixtures")
REPO_FIELDS = os.path.join(TESTS, "DisclosureModelTests", "Resources", "fields.tsv")
SHARED = "/work/shared"

# --------------------------------------------------------------------------
# Canonical keys
# --------------------------------------------------------------------------

COLS = ["naturalPerson", "commercial", "research", "nonprofit", "legal", "other"]
COLS7 = COLS + ["total"]

DENIED = ["stateSecret", "prohibitedByLaw", "securityStability", "thirdPartyRights",
          "internalAffairs", "processInformation", "enforcementFiles", "administrativeQuery"]
UNAVAILABLE = ["notHeld", "needsCreation", "stillUnclear"]
NOT_PROCESSED = ["complaint", "duplicate", "publication", "excessive", "confirmation"]
OTHER_2021 = ["noCorrection", "unpaidFee", "other"]


def component_rows(edition):
    """Rows of table 三 that add up to outcomeTotal, in fields.tsv order."""
    rows = ["granted", "partiallyGranted"]
    rows += ["denied." + r for r in DENIED]
    rows += ["unavailable." + r for r in UNAVAILABLE]
    rows += ["notProcessed." + r for r in NOT_PROCESSED]
    if edition == "2021":
        rows += ["otherHandling." + r for r in OTHER_2021]
    else:
        rows += ["otherHandling.total"]
    return rows


def application_rows(edition):
    return ["received", "carriedOver"] + component_rows(edition) + ["outcomeTotal", "carriedForward"]


CHECK_IDS = ["applications.rowTotals", "applications.balance", "applications.outcomeSum",
             "review.total", "litigation.direct.total", "litigation.afterReview.total"]
REVIEW_GROUPS = ["review", "litigation.direct", "litigation.afterReview"]
REVIEW_PARTS = ["upheld", "corrected", "other", "pending", "total"]


def load_keys(fields_path):
    keys = {"2019": [], "2021": []}
    with open(fields_path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        assert header[:2] == ["key", "edition"], header
        for line in f:
            line = line.rstrip("\n")
            if not line:
                continue
            key, edition = line.split("\t")[:2]
            for ed in ("2019", "2021"):
                if edition in (ed, "both"):
                    keys[ed].append(key)
    return keys


# --------------------------------------------------------------------------
# Checks (勾稽关系), null-aware
# --------------------------------------------------------------------------

def identity_status(instances):
    """instances: list of (lhs values, rhs values).  A value may be None (null).

    pass       every instance fully known and equal
    fail       some fully known instance disagrees
    incomplete otherwise (an operand is null and nothing definitely disagrees)
    """
    unknown = False
    for lhs, rhs in instances:
        if any(v is None for v in lhs + rhs):
            unknown = True
        elif sum(lhs) != sum(rhs):
            return "fail"
    return "incomplete" if unknown else "pass"


def compute_checks(values, edition):
    v = values
    app = lambda row, col: v["applications.%s.%s" % (row, col)]
    rows = application_rows(edition)
    comps = component_rows(edition)
    out = {}
    out["applications.rowTotals"] = identity_status(
        [([app(r, "total")], [app(r, c) for c in COLS]) for r in rows])
    out["applications.balance"] = identity_status(
        [([app("received", c), app("carriedOver", c)], [app("outcomeTotal", c), app("carriedForward", c)])
         for c in COLS7])
    out["applications.outcomeSum"] = identity_status(
        [([app("outcomeTotal", c)], [app(r, c) for r in comps]) for c in COLS7])
    for g, cid in zip(REVIEW_GROUPS, CHECK_IDS[3:]):
        out[cid] = identity_status(
            [([v[g + ".total"]], [v["%s.%s" % (g, p)] for p in REVIEW_PARTS[:4]])])
    return out


# --------------------------------------------------------------------------
# Table model: rows of cells with colspan/rowspan, like HTML.
# A cell's text is a list of parts: an HTML <br> (or, for the handmade
# reports, a soft wrap of a narrow header cell) separates two parts.
# --------------------------------------------------------------------------

class Cell:
    def __init__(self, parts, colspan=1, rowspan=1, soft=False):
        if isinstance(parts, str):
            parts = [parts]
        self.parts = parts
        self.colspan = colspan
        self.rowspan = rowspan
        self.soft = soft          # True: word-processor wrap, joins without a space

    def flat(self, br):
        return ("" if self.soft else br).join(self.parts)


def C(text, cs=1, rs=1):
    return Cell(str(text), cs, rs)


def layout_table(rows):
    """Place cells on a grid.  Returns list of rows of (col, cell) anchors and
    the per-row list of rowspan continuations [(col, anchor cell)]."""
    occupied = {}  # (r, c) -> anchor cell, for positions covered from a row above
    anchors, continuations = [], []
    width = 0
    for r, row in enumerate(rows):
        placed, cont, c = [], [], 0
        seen = set()
        for cell in row:
            while (r, c) in occupied:
                a = occupied[(r, c)]
                if id(a) not in seen:
                    cont.append((c, a))
                    seen.add(id(a))
                c += 1
            placed.append((c, cell))
            for dr in range(cell.rowspan):
                for dc in range(cell.colspan):
                    if dr:
                        occupied[(r + dr, c + dc)] = cell
            c += cell.colspan
        while (r, c) in occupied:
            a = occupied[(r, c)]
            if id(a) not in seen:
                cont.append((c, a))
                seen.add(id(a))
            c += 1
        width = max(width, c)
        anchors.append(placed)
        continuations.append(cont)
    return anchors, continuations, width


def full_grid(rows, br):
    """Every position of the grid; a merged cell's text sits in its top-left
    position, the positions it covers are empty strings."""
    anchors, _, width = layout_table(rows)
    grid = []
    for placed in anchors:
        line = [""] * width
        for c, cell in placed:
            line[c] = cell.flat(br)
        grid.append(line)
    return grid


def word_cells(rows):
    """Cells as a Word-table extractor sees them (seed 004): a horizontally
    merged cell is one cell; a vertically merged cell repeats as an empty cell
    in the rows it covers."""
    anchors, continuations, _ = layout_table(rows)
    out = []
    for placed, cont in zip(anchors, continuations):
        items = [(c, cell.parts) for c, cell in placed] + [(c, [""]) for c, _ in cont]
        items.sort(key=lambda t: t[0])
        out.append([parts for _, parts in items])
    return out


def html_cells(rows):
    """Cells exactly as the HTML has them: one per <td>, rowspans only once."""
    return [[cell.parts for cell in row] for row in rows]


# --------------------------------------------------------------------------
# Layout writers.  A document is a list of blocks: ("p", text) or ("table", rows).
# --------------------------------------------------------------------------

def md_row(cells):
    return "|" + "|".join((" %s " % c.replace("|", "\\|")) if c else " " for c in cells) + "|"


def render_tsv(blocks, grid, leading="", trailing=""):
    """grid=True: every grid position is a cell (handmade, like seeds 000/002);
    grid=False: one cell per <td> (a browser copy of an HTML table)."""
    out = []
    for kind, body in blocks:
        if kind == "p":
            out.append(body)
        elif grid:
            out.append("\n".join("\t".join(r) for r in full_grid(body, "")))
        else:
            out.append("\n".join("\t".join("".join(p) for p in r) for r in html_cells(body)))
    return leading + "\n\n".join(out) + trailing


def render_markdown(blocks, br, leading="", trailing=""):
    out = []
    for kind, body in blocks:
        if kind == "p":
            out.append(body)
            continue
        g = full_grid(body, br)
        width = len(g[0])
        lens = [max(len(r[i]) for r in g) for i in range(width)]
        delim = "|" + "|".join("-" * max(3, min(36, 2 * n)) for n in lens) + "|"
        lines = [md_row(g[0]), delim] + [md_row(r) for r in g[1:]]
        out.append("\n".join(lines))
    return leading + "\n\n".join(out) + trailing


def render_cpl(blocks, cells_of):
    """Prose one paragraph a line; each table cell on its own line after a TAB,
    continuation parts of a cell on untabbed lines, a blank line after each row,
    two more blank lines after a table (as seed 004)."""
    lines = []
    for kind, body in blocks:
        if kind == "p":
            lines.extend(body.split("\n"))
            continue
        for row in cells_of(body):
            for parts in row:
                lines.append("\t" + parts[0])
                lines.extend(parts[1:])
            lines.append("")
        lines.extend(["", ""])
    return "\n".join(lines) + "\n"


LAYOUTS = [("tsv", "tsv"), ("md", "markdown"), ("cpl", "cell-per-line")]


# --------------------------------------------------------------------------
# Official table shapes
# --------------------------------------------------------------------------

ROW_LABELS = {
    "received": "一、本年新收政府信息公开申请数量",
    "carriedOver": "二、上年结转政府信息公开申请数量",
    "granted": "（一）予以公开",
    "partiallyGranted": "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    "denied.stateSecret": "1.属于国家秘密",
    "denied.prohibitedByLaw": "2.其他法律行政法规禁止公开",
    "denied.securityStability": "3.危及“三安全一稳定”",
    "denied.thirdPartyRights": "4.保护第三方合法权益",
    "denied.internalAffairs": "5.属于三类内部事务信息",
    "denied.processInformation": "6.属于四类过程性信息",
    "denied.enforcementFiles": "7.属于行政执法案卷",
    "denied.administrativeQuery": "8.属于行政查询事项",
    "unavailable.notHeld": "1.本机关不掌握相关政府信息",
    "unavailable.needsCreation": "2.没有现成信息需要另行制作",
    "unavailable.stillUnclear": "3.补正后申请内容仍不明确",
    "notProcessed.complaint": "1.信访举报投诉类申请",
    "notProcessed.duplicate": "2.重复申请",
    "notProcessed.publication": "3.要求提供公开出版物",
    "notProcessed.excessive": "4.无正当理由大量反复申请",
    "notProcessed.confirmation": "5.要求行政机关确认或重新出具已获取信息",
    "otherHandling.noCorrection": "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "otherHandling.unpaidFee": "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    "otherHandling.other": "3.其他",
    "otherHandling.total": "（六）其他处理",
    "outcomeTotal": "（七）总计",
    "carriedForward": "四、结转下年度继续办理",
}
GROUP_LABELS = {"denied": "（三）不予公开", "unavailable": "（四）无法提供",
                "notProcessed": "（五）不予处理", "otherHandling": "（六）其他处理"}
CHECK_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"


def fmt(v):
    return "" if v is None else str(v)


def table_proactive(v, edition):
    p = lambda k: C(fmt(v["proactive." + k]))
    if edition == "2021":
        return [
            [C("第二十条第（一）项", 4)],
            [C("信息内容"), C("本年制发件数"), C("本年废止件数"), C("现行有效件数")],
            [C("规章"), p("rules.issued"), p("rules.repealed"), p("rules.inForce")],
            [C("行政规范性文件"), p("normativeDocuments.issued"), p("normativeDocuments.repealed"),
             p("normativeDocuments.inForce")],
            [C("第二十条第（五）项", 4)],
            [C("信息内容"), C("本年处理决定数量", 3)],
            [C("行政许可"), C(fmt(v["proactive.licensing.decisions"]), 3)],
            [C("第二十条第（六）项", 4)],
            [C("信息内容"), C("本年处理决定数量", 3)],
            [C("行政处罚"), C(fmt(v["proactive.penalties.decisions"]), 3)],
            [C("行政强制"), C(fmt(v["proactive.coercion.decisions"]), 3)],
            [C("第二十条第（八）项", 4)],
            [C("信息内容"), C("本年收费金额（单位：万元）", 3)],
            [C("行政事业性收费"), C(fmt(v["proactive.fees.amount"]), 3)],
        ]
    three = lambda k: [p(k + ".previousItems"), p(k + ".change"), p(k + ".decisions")]
    return [
        [C("第二十条第（一）项", 4)],
        [C("信息内容"), C("本年新制作数量"), C("本年新公开数量"), C("对外公开总数量")],
        [C("规章"), p("rules.made"), p("rules.published"), p("rules.totalPublished")],
        [C("规范性文件"), p("normativeDocuments.made"), p("normativeDocuments.published"),
         p("normativeDocuments.totalPublished")],
        [C("第二十条第（五）项", 4)],
        [C("信息内容"), C("上一年项目数量"), C("本年增/减"), C("处理决定数量")],
        [C("行政许可")] + three("licensing"),
        [C("其他对外管理服务事项")] + three("otherServices"),
        [C("第二十条第（六）项", 4)],
        [C("信息内容"), C("上一年项目数量"), C("本年增/减"), C("处理决定数量")],
        [C("行政处罚")] + three("penalties"),
        [C("行政强制")] + three("coercion"),
        [C("第二十条第（八）项", 4)],
        [C("信息内容"), C("上一年项目数量"), C("本年增/减", 2)],
        [C("行政事业性收费"), p("fees.previousItems"), C(fmt(v["proactive.fees.change"]), 2)],
        [C("第二十条第（九）项", 4)],
        [C("信息内容"), C("采购项目数量"), C("采购总金额（单位：万元）", 2)],
        [C("政府集中采购"), p("procurement.projects"), C(fmt(v["proactive.procurement.amount"]), 2)],
    ]


def table_applications(v, edition):
    comps = component_rows(edition)
    nums = lambda r: [C(fmt(v["applications.%s.%s" % (r, c)])) for c in COLS7]
    rows = [
        [C(CHECK_NOTE, 3, 3), C("申请人情况", 7)],
        [C("自然人", 1, 2), C("法人或其他组织", 5), C("总计", 1, 2)],
        [C("商业企业"), C("科研机构"), Cell(["社会", "公益", "组织"], soft=True),
         Cell(["法律", "服务", "机构"], soft=True), C("其他")],
        [C(ROW_LABELS["received"], 3)] + nums("received"),
        [C(ROW_LABELS["carriedOver"], 3)] + nums("carriedOver"),
    ]
    outcome = comps + ["outcomeTotal"]
    for i, r in enumerate(outcome):
        row = []
        if i == 0:
            row.append(C("三、本年度办理结果", 1, len(outcome)))
        group = r.split(".")[0]
        if r in ("granted", "partiallyGranted", "outcomeTotal", "otherHandling.total"):
            row.append(C(ROW_LABELS[r], 2))
        else:
            members = [x for x in outcome if x.split(".")[0] == group]
            if members[0] == r:
                row.append(C(GROUP_LABELS[group], 1, len(members)))
            row.append(C(ROW_LABELS[r]))
        rows.append(row + nums(r))
    rows.append([C(ROW_LABELS["carriedForward"], 3)] + nums("carriedForward"))
    return rows


def table_review(v):
    parts = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    return [
        [C("行政复议", 5), C("行政诉讼", 10)],
        [C(p, 1, 2) for p in parts] + [C("未经复议直接起诉", 5), C("复议后起诉", 5)],
        [C(p) for p in parts] * 2,
        [C(fmt(v["%s.%s" % (g, p)])) for g in REVIEW_GROUPS for p in REVIEW_PARTS],
    ]


# --------------------------------------------------------------------------
# Handmade reports
# --------------------------------------------------------------------------

# Draw ranges per applicant column, narrowest first so no range runs dry.
# (126 distinct positive cells in the 2021 outcome rows add up to at least
# 1 + 2 + ... + 126 = 8001, so the grand total cannot be small.)
RANGES = [("research", 1, 50), ("nonprofit", 1, 60), ("other", 1, 70),
          ("legal", 1, 105), ("commercial", 5, 140), ("naturalPerson", 30, 240)]


def make_applications(edition, seed):
    """Table 三 with distinct non-zero cells satisfying every identity."""
    rng = random.Random(seed)
    comps = component_rows(edition)
    for _attempt in range(10000):
        used, v, ok = set(), {}, True

        def draw(col):
            lo, hi = dict((c, (a, b)) for c, a, b in RANGES)[col]
            free = [x for x in range(lo, hi + 1) if x not in used]
            if not free:
                return None
            x = rng.choice(free)
            used.add(x)
            return x

        for col, _, _ in RANGES:
            for r in comps + ["carriedOver", "carriedForward"]:
                x = draw(col)
                if x is None:
                    ok = False
                v["applications.%s.%s" % (r, col)] = x
        if not ok:
            continue
        for col in COLS:
            out = sum(v["applications.%s.%s" % (r, col)] for r in comps)
            v["applications.outcomeTotal.%s" % col] = out
            v["applications.received.%s" % col] = (
                out + v["applications.carriedForward.%s" % col] - v["applications.carriedOver.%s" % col])
        for r in application_rows(edition):
            v["applications.%s.total" % r] = sum(v["applications.%s.%s" % (r, c)] for c in COLS)
        cells = list(v.values())
        if all(x > 0 for x in cells) and len(set(cells)) == len(cells):
            return v
    raise SystemExit("could not draw distinct numbers for table 三")


def review_values(groups):
    v = {}
    for g, (parts, total) in zip(REVIEW_GROUPS, groups):
        for p, x in zip(REVIEW_PARTS, list(parts) + [total]):
            v["%s.%s" % (g, p)] = x
    return v


HANDMADE = [
    {
        "name": "h2021", "edition": "2021", "year": 2023, "seed": 2023,
        "agency": "江宁区某某街道办事处", "self": "街道", "channel": "区政府门户网站街道专栏",
        "proactive": {
            "rules.issued": 3, "rules.repealed": 1, "rules.inForce": 27,
            "normativeDocuments.issued": 14, "normativeDocuments.repealed": 6,
            "normativeDocuments.inForce": 152,
            "licensing.decisions": 2875, "penalties.decisions": 431, "coercion.decisions": 58,
            "fees.amount": "12.3400",
        },
        # (upheld, corrected, other, pending), total
        "review": [((9, 3, 2, 5), 19), ((7, 4, 1, 6), 18), ((11, 8, 10, 12), 41)],
        "published": 386, "prose_before_tables": False,
    },
    {
        "name": "h2019", "edition": "2019", "year": 2020, "seed": 2020,
        "agency": "某某县市场监督管理局", "self": "本局", "channel": "县政府门户网站部门专栏",
        "proactive": {
            "rules.made": 5, "rules.published": 4, "rules.totalPublished": 38,
            "normativeDocuments.made": 21, "normativeDocuments.published": 19,
            "normativeDocuments.totalPublished": 217,
            "licensing.previousItems": 1263, "licensing.change": -417, "licensing.decisions": 8642,
            "otherServices.previousItems": 312, "otherServices.change": 27, "otherServices.decisions": 1975,
            "penalties.previousItems": 589, "penalties.change": -36, "penalties.decisions": 743,
            "coercion.previousItems": 64, "coercion.change": 9, "coercion.decisions": 117,
            "fees.previousItems": 23, "fees.change": -7,
            "procurement.projects": 16, "procurement.amount": "1234.5",
        },
        "review": [((14, 6, 3, 8), 31), ((12, 5, 2, 9), 28), ((7, 4, 1, 10), 22)],
        "published": 1247, "prose_before_tables": True,
    },
    {
        "name": "h2021-broken", "edition": "2021", "year": 2022, "seed": 2022,
        "agency": "江宁区某某镇人民政府", "self": "本镇", "channel": "区政府门户网站镇街专栏",
        "proactive": {
            "rules.issued": 2, "rules.repealed": 5, "rules.inForce": 19,
            "normativeDocuments.issued": 11, "normativeDocuments.repealed": 4,
            "normativeDocuments.inForce": 96,
            "licensing.decisions": 1648, "penalties.decisions": 273, "coercion.decisions": 37,
            "fees.amount": "3.0075",
        },
        # review.total is deliberately one more than 6 + 2 + 3 + 4 = 15
        "review": [((6, 2, 3, 4), 16), ((8, 1, 5, 9), 23), ((11, 7, 10, 12), 40)],
        "published": 214, "prose_before_tables": False,
    },
]


def handmade_values(spec):
    v = {"report.title": "%s%d年政府信息公开工作年度报告" % (spec["agency"], spec["year"]),
         "report.agency": spec["agency"], "report.year": spec["year"],
         "report.edition": spec["edition"]}
    for k, x in spec["proactive"].items():
        v["proactive." + k] = x
    v.update(make_applications(spec["edition"], spec["seed"]))
    v.update(review_values(spec["review"]))
    return v


def assert_distinct(cells, what):
    cells = [str(c) for c in cells]
    assert all(c not in ("0", "0.0") and not c.startswith("0") for c in cells), (what, cells)
    assert len(set(cells)) == len(cells), (what, sorted(cells))


def handmade_blocks(spec, v):
    ed, year, agency, me = spec["edition"], spec["year"], spec["agency"], spec["self"]
    fmt_no = "国办公开办函〔2021〕30号" if ed == "2021" else "国办公开办函〔2019〕60号"
    a = lambda r: v["applications.%s.total" % r]
    P = lambda t: ("p", t)
    blocks = [
        P(v["report.title"]),
        P("本报告由%s根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》（%s）要求编制。"
          % (agency, fmt_no)),
        P("本报告所列数据的统计期限自%d年1月1日起至%d年12月31日止。本报告电子版可在%s查阅或下载。如对本报告有疑问，请与%s办公室联系。"
          % (year, year, spec["channel"], agency)),
        P("一、总体情况"),
        P("%d年，%s坚持以公开为常态、不公开为例外，围绕中心工作持续深化政务公开，不断提升政府信息公开工作质量和实效。" % (year, agency)),
        P("（一）主动公开"),
        P("全年通过%s主动公开政府信息%d条，涵盖机构职能、规划计划、财政预决算、民生保障等方面内容。" % (spec["channel"], spec["published"])),
        P("（二）依申请公开"),
        P("全年新收政府信息公开申请%d件，上年结转%d件；本年度办理完毕%d件，结转下年度继续办理%d件。"
          % (a("received"), a("carriedOver"), a("outcomeTotal"), a("carriedForward"))),
        P("（三）政府信息管理"),
        P("严格落实信息发布前保密审查制度，动态更新政府信息公开目录和公开指南，确保发布信息准确、规范。"),
        P("（四）平台建设"),
        P("依托%s和政务服务中心公开专区，做好政府信息发布、查阅和咨询服务。" % spec["channel"]),
        P("（五）监督保障"),
        P("将政务公开工作纳入年度绩效考核，组织开展业务培训，主动接受社会监督。"),
        P("二、主动公开政府信息情况"),
    ]
    if spec["prose_before_tables"]:
        blocks.append(P("%d年%s主动公开政府信息情况统计如下：" % (year, me)))
    blocks.append(("table", table_proactive(v, ed)))
    blocks.append(P("三、收到和处理政府信息公开申请情况"))
    if spec["prose_before_tables"]:
        blocks.append(P("本年度收到和处理政府信息公开申请情况如下表所示："))
    blocks.append(("table", table_applications(v, ed)))
    blocks.append(P("四、政府信息公开行政复议、行政诉讼情况"))
    if spec["prose_before_tables"]:
        blocks.append(P("本年度因政府信息公开引发的行政复议、行政诉讼情况如下："))
    blocks.append(("table", table_review(v)))
    blocks += [
        P("五、存在的主要问题及改进情况"),
        P("一是政策解读的形式还不够丰富，解读质量有待提高；二是依申请公开答复的规范性有待进一步加强；三是工作人员业务能力仍需提升。"),
        P("下一步，%s将加强业务培训，完善依申请公开办理流程，丰富政策解读形式，持续提升政务公开工作水平。" % me),
        P("六、其他需要报告的事项"),
        P("本年度未收取政府信息公开信息处理费。"),
        P("%s认真落实上级年度政务公开工作要点，各项任务均已按要求完成。" % me),
    ]
    return blocks


# --------------------------------------------------------------------------
# Shanghai: HTML -> blocks
# --------------------------------------------------------------------------

class ReportHTML(html.parser.HTMLParser):
    """Top-level <p> become paragraphs; <table> become rows of Cells.  A <br>
    (or a second <p>) inside a paragraph or cell starts a new part."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks = []
        self.table = None      # rows of Cells while inside a table
        self.row = None
        self.cell = None       # dict(parts, colspan, rowspan) while inside a td
        self.para = None       # list of parts while inside a top-level p

    def _parts(self):
        return self.cell["parts"] if self.cell is not None else self.para

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "table":
            self.table = []
        elif tag == "tr" and self.table is not None:
            self.row = []
        elif tag in ("td", "th") and self.row is not None:
            self.cell = {"parts": [""], "colspan": int(attrs.get("colspan") or 1),
                         "rowspan": int(attrs.get("rowspan") or 1)}
        elif tag == "p":
            if self.cell is not None:
                if self.cell["parts"][-1].strip():
                    self.cell["parts"].append("")
            elif self.table is None:
                self.para = [""]
        elif tag == "br":
            parts = self._parts()
            if parts is not None:
                parts.append("")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cell is not None:
            self.row.append(Cell(clean_parts(self.cell["parts"]), self.cell["colspan"], self.cell["rowspan"]))
            self.cell = None
        elif tag == "tr" and self.row is not None:
            self.table.append(self.row)
            self.row = None
        elif tag == "table" and self.table is not None:
            self.blocks.append(("table", self.table))
            self.table = None
        elif tag == "p" and self.para is not None and self.cell is None:
            parts = clean_parts(self.para)
            if parts != [""]:
                self.blocks.append(("p", "\n".join(parts)))
            self.para = None

    def handle_data(self, data):
        parts = self._parts()
        if parts is not None:
            parts[-1] += " ".join(data.split("\n")) if "\n" in data else data


def clean_parts(parts):
    """Collapse HTML white space, drop &nbsp;-only parts at the ends: a blank
    cell becomes an empty string."""
    out = [" ".join(p.replace("\xa0", " ").split()) for p in parts]
    while len(out) > 1 and not out[0]:
        out.pop(0)
    while len(out) > 1 and not out[-1]:
        out.pop()
    return out


def shanghai_blocks(html_text):
    p = ReportHTML()
    p.feed(html_text)
    p.close()
    return p.blocks


# --------------------------------------------------------------------------
# Shanghai truth, transcribed by hand from shanghai-2019.html.
# None = the cell is blank (&nbsp;) or not a number in 万元 -> null.
# --------------------------------------------------------------------------

N = None
SHANGHAI_TRUTH = {
    "report.title": "2019年上海市人民政府办公厅政府信息公开工作年度报告",
    "report.agency": "上海市人民政府办公厅",
    "report.year": 2019,
    "report.edition": "2019",
    # 二、第二十条第（一）项
    "proactive.rules.made": 13, "proactive.rules.published": 13, "proactive.rules.totalPublished": 524,
    "proactive.normativeDocuments.made": 60, "proactive.normativeDocuments.published": 60,
    "proactive.normativeDocuments.totalPublished": 368,
    # 第二十条第（五）项、第（六）项: every cell 0
    "proactive.licensing.previousItems": 0, "proactive.licensing.change": 0, "proactive.licensing.decisions": 0,
    "proactive.otherServices.previousItems": 0, "proactive.otherServices.change": 0,
    "proactive.otherServices.decisions": 0,
    "proactive.penalties.previousItems": 0, "proactive.penalties.change": 0, "proactive.penalties.decisions": 0,
    "proactive.coercion.previousItems": 0, "proactive.coercion.change": 0, "proactive.coercion.decisions": 0,
    # 第（八）项
    "proactive.fees.previousItems": 0, "proactive.fees.change": 0,
    # 第（九）项: 6 projects, amount written "251000元" (yuan, not 万元) -> null
    "proactive.procurement.projects": 6, "proactive.procurement.amount": N,
}
#            naturalPerson commercial research nonprofit legal other total
SHANGHAI_APPLICATIONS = {
    "received":                    [821, 35, N, N, 2, 1, 859],
    "carriedOver":                 [18, N, N, N, N, N, 18],
    "granted":                     [258, 12, N, N, 1, 1, N],
    "partiallyGranted":            [3, N, N, N, N, N, N],
    "denied.stateSecret":          [14, N, N, N, N, N, N],
    "denied.prohibitedByLaw":      [N, N, N, N, N, N, N],
    "denied.securityStability":    [N, N, N, N, N, N, N],
    "denied.thirdPartyRights":     [N, N, N, N, N, N, N],
    "denied.internalAffairs":      [5, N, N, N, N, N, N],
    "denied.processInformation":   [3, 1, N, N, N, N, N],
    "denied.enforcementFiles":     [N, N, N, N, N, N, N],
    "denied.administrativeQuery":  [10, 2, N, N, N, N, N],
    "unavailable.notHeld":         [252, 12, N, N, 1, N, N],
    "unavailable.needsCreation":   [44, 3, N, N, N, N, N],
    "unavailable.stillUnclear":    [25, N, N, N, N, N, N],
    "notProcessed.complaint":      [148, 1, N, N, N, N, N],
    "notProcessed.duplicate":      [5, 4, N, N, N, N, N],
    "notProcessed.publication":    [N, N, N, N, N, N, N],
    "notProcessed.excessive":      [N, N, N, N, N, N, N],
    "notProcessed.confirmation":   [N, N, N, N, N, N, N],
    "otherHandling.total":         [N, N, N, N, N, N, N],
    "outcomeTotal":                [767, 35, N, N, 2, 1, 805],
    "carriedForward":              [72, N, N, N, N, N, 72],
}
#          upheld corrected other pending total
SHANGHAI_REVIEW = {
    "review":                 [5, N, N, 2, 7],
    "litigation.direct":      [8, N, N, 1, 9],
    "litigation.afterReview": [N, N, N, N, N],
}
# Check statuses worked out by hand (see Fixtures/README.md); the script only
# asserts that the null-aware computation agrees.
SHANGHAI_CHECKS = {
    "applications.rowTotals": "incomplete",     # 科研机构 (and 社会公益组织) blank in every row
    "applications.balance": "incomplete",       # 自然人 839=839 and 总计 877=877, other columns have blanks
    "applications.outcomeSum": "incomplete",    # known parts agree (767, 35, 2, 1); blanks elsewhere, 总计 parts all blank
    "review.total": "incomplete",               # 5 + _ + _ + 2 vs 7
    "litigation.direct.total": "incomplete",    # 8 + _ + _ + 1 vs 9
    "litigation.afterReview.total": "incomplete",  # all blank
}


def shanghai_values():
    v = dict(SHANGHAI_TRUTH)
    for r, cells in SHANGHAI_APPLICATIONS.items():
        for c, x in zip(COLS7, cells):
            v["applications.%s.%s" % (r, c)] = x
    for g, cells in SHANGHAI_REVIEW.items():
        for p, x in zip(REVIEW_PARTS, cells):
            v["%s.%s" % (g, p)] = x
    return v


# --------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------

def expected_text(values, checks, keys, layout):
    edition = values["report.edition"]
    v = dict(values)
    v["report.layout"] = layout
    ks = keys[edition]
    assert set(ks) == set(v), ("key mismatch", sorted(set(ks) ^ set(v)))
    lines = ["%s\t%s" % (k, fmt(v[k])) for k in ks]
    lines += ["check.%s\t%s" % (cid, checks[cid]) for cid in CHECK_IDS]
    return "\n".join(lines) + "\n"


def build(args):
    """Returns {relative path: bytes}."""
    keys = load_keys(args.fields)
    files = {}

    for name in sorted(os.listdir(args.seeds)):
        with open(os.path.join(args.seeds, name), "rb") as f:
            files["seeds/" + name] = f.read()

    for spec in HANDMADE:
        v = handmade_values(spec)
        ed = spec["edition"]
        # every numeric cell non-zero, no two cells of one table equal
        assert_distinct([x for k, x in v.items() if k.startswith("proactive.")], spec["name"] + " 二")
        assert_distinct([x for k, x in v.items() if k.startswith("applications.")], spec["name"] + " 三")
        assert_distinct([x for k, x in v.items() if k.split(".")[0] in ("review", "litigation")],
                        spec["name"] + " 四")
        checks = compute_checks(v, ed)
        want = dict((c, "pass") for c in CHECK_IDS)
        if spec["name"].endswith("-broken"):
            want["review.total"] = "fail"
        assert checks == want, (spec["name"], checks)
        blocks = handmade_blocks(spec, v)
        texts = {
            "tsv": render_tsv(blocks, grid=True, leading="\n\n"),
            "md": render_markdown(blocks, br="", leading="\n\n"),
            "cpl": render_cpl(blocks, word_cells),
        }
        for short, layout in LAYOUTS:
            base = "handmade/%s.%s" % (spec["name"], short)
            files[base + ".txt"] = texts[short].encode("utf-8")
            files[base + ".expected.tsv"] = expected_text(v, checks, keys, layout).encode("utf-8")

    with open(args.html, "rb") as f:
        raw = f.read()
    files["shanghai/shanghai-2019.html"] = raw
    blocks = shanghai_blocks(raw.decode("utf-8"))
    v = shanghai_values()
    assert compute_checks(v, "2019") == SHANGHAI_CHECKS, compute_checks(v, "2019")
    texts = {
        "tsv": render_tsv(blocks, grid=False, trailing="\n"),
        "md": render_markdown(blocks, br=" ", trailing="\n"),
        "cpl": render_cpl(blocks, html_cells),
    }
    for short, layout in LAYOUTS:
        base = "shanghai/shanghai-2019.%s" % short
        files[base + ".txt"] = texts[short].encode("utf-8")
        files[base + ".expected.tsv"] = expected_text(v, SHANGHAI_CHECKS, keys, layout).encode("utf-8")
    return files


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=FIXTURES, help="fixtures folder (default: %(default)s)")
    ap.add_argument("--seeds", default=os.path.join(SHARED, "seeds"), help="folder of the real samples")
    ap.add_argument("--html", default=os.path.join(SHARED, "real", "shanghai-2019.html"),
                    help="the Shanghai report (falls back to the committed copy)")
    ap.add_argument("--fields", default=REPO_FIELDS, help="fields.tsv (default: %(default)s)")
    ap.add_argument("--check", action="store_true", help="compare instead of writing; exit 1 on a difference")
    args = ap.parse_args()
    if not os.path.exists(args.html):
        args.html = os.path.join(args.out, "shanghai", "shanghai-2019.html")
    if not os.path.isdir(args.seeds):
        args.seeds = os.path.join(args.out, "seeds")

    files = build(args)
    stale = []
    for rel, data in sorted(files.items()):
        path = os.path.join(args.out, rel)
        old = None
        if os.path.exists(path):
            with open(path, "rb") as f:
                old = f.read()
        if old == data:
            continue
        stale.append(rel)
        if not args.check:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as f:
                f.write(data)
    if args.check:
        for rel in stale:
            print("out of date: " + rel, file=sys.stderr)
        return 1 if stale else 0
    print("%d files, %d written" % (len(files), len(stale)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
