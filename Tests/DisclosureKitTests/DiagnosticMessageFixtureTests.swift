import DisclosureKit
import Testing

/// The diagnostics' messages of the fixture reports, now written when read from
/// their templates, compared with the messages the code made before, when each
/// was a `String` made with the diagnostic (these texts were printed by that code,
/// at 7e79f12, with `disclosure parse --format json`).
@Suite("Diagnostic messages of the fixtures")
struct DiagnosticMessageFixtureTests {
  static let expected: KeyValuePairs<String, [(code: String, message: String)]> = [
    "seeds/000_89d79d270a8f58c8.txt": [
      (
        "extraEmptyCells",
        "The row 「本年新收政府信息公开申请数量」 at line 67 has empty cells after its values, more than the table's columns; they were dropped."
      ),
      (
        "extraEmptyCells",
        "The row 「上年结转政府信息公开申请数量」 at line 68 has empty cells after its values, more than the table's columns; they were dropped."
      ),
      (
        "extraEmptyCells",
        "The row 「本年度办理结果 予以公开」 at line 69 has empty cells after its values, more than the table's columns; they were dropped."
      ),
      (
        "extraEmptyCells",
        "The row 「部分公开区分的只计这一情形不计其他情形」 at line 70 has empty cells after its values, more than the table's columns; they were dropped."
      ),
      (
        "extraEmptyCells",
        "The row 「危及三安全一稳定」 at line 73 has empty cells after its values, more than the table's columns; they were dropped."
      ),
      (
        "inferredZeroRow",
        "Every value of the row 「保护第三方合法权益」 at line 75 is 0 and at most one cell is missing or extra, so every column is 0."
      ),
      (
        "inferredZeroRow",
        "Every value of the row 「属于三类内部事务信息」 at line 76 is 0 and at most one cell is missing or extra, so every column is 0."
      ),
      (
        "inferredZeroRow",
        "Every value of the row 「属于四类过程性信息」 at line 77 is 0 and at most one cell is missing or extra, so every column is 0."
      ),
      (
        "inferredZeroRow",
        "Every value of the row 「属于行政执法案卷」 at line 78 is 0 and at most one cell is missing or extra, so every column is 0."
      ),
      (
        "inferredZeroRow",
        "Every value of the row 「属于行政查询事项」 at line 79 is 0 and at most one cell is missing or extra, so every column is 0."
      ),
      (
        "inferredZeroRow",
        "Every value of the row 「无法提供 本机关不掌握相关政府信息」 at line 80 is 0 and at most one cell is missing or extra, so every column is 0."
      ),
      (
        "inferredZeroRow",
        "Every value of the row 「没有现成信息需要另行制作」 at line 81 is 0 and at most one cell is missing or extra, so every column is 0."
      ),
      (
        "inferredZeroRow",
        "Every value of the row 「补正后申请内容仍不明确」 at line 82 is 0 and at most one cell is missing or extra, so every column is 0."
      ),
      (
        "inferredZeroRow",
        "Every value of the row 「不予处理 信访举报投诉类申请」 at line 83 is 0 and at most one cell is missing or extra, so every column is 0."
      ),
      (
        "inferredZeroRow",
        "Every value of the row 「重复申请」 at line 84 is 0 and at most one cell is missing or extra, so every column is 0."
      ),
      (
        "inferredZeroRow",
        "Every value of the row 「要求提供公开出版物」 at line 85 is 0 and at most one cell is missing or extra, so every column is 0."
      ),
      (
        "inferredZeroRow",
        "Every value of the row 「无正当理由大」 at line 86 is 0 and at most one cell is missing or extra, so every column is 0."
      ),
      (
        "missingRow",
        "The row 「（五）不予处理 5.要求行政机关确认或重新出具已获取信息」 is not in the text (its table ends near line 86); applications.notProcessed.confirmation.naturalPerson is null."
      ),
      (
        "missingRow",
        "The row 「（五）不予处理 5.要求行政机关确认或重新出具已获取信息」 is not in the text (its table ends near line 86); applications.notProcessed.confirmation.commercial is null."
      ),
      (
        "missingRow",
        "The row 「（五）不予处理 5.要求行政机关确认或重新出具已获取信息」 is not in the text (its table ends near line 86); applications.notProcessed.confirmation.research is null."
      ),
      (
        "missingRow",
        "The row 「（五）不予处理 5.要求行政机关确认或重新出具已获取信息」 is not in the text (its table ends near line 86); applications.notProcessed.confirmation.nonprofit is null."
      ),
      (
        "missingRow",
        "The row 「（五）不予处理 5.要求行政机关确认或重新出具已获取信息」 is not in the text (its table ends near line 86); applications.notProcessed.confirmation.legal is null."
      ),
      (
        "missingRow",
        "The row 「（五）不予处理 5.要求行政机关确认或重新出具已获取信息」 is not in the text (its table ends near line 86); applications.notProcessed.confirmation.other is null."
      ),
      (
        "missingRow",
        "The row 「（五）不予处理 5.要求行政机关确认或重新出具已获取信息」 is not in the text (its table ends near line 86); applications.notProcessed.confirmation.total is null."
      ),
      (
        "missingRow",
        "The row 「（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请」 is not in the text (its table ends near line 86); applications.otherHandling.noCorrection.naturalPerson is null."
      ),
      (
        "missingRow",
        "The row 「（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请」 is not in the text (its table ends near line 86); applications.otherHandling.noCorrection.commercial is null."
      ),
      (
        "missingRow",
        "The row 「（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请」 is not in the text (its table ends near line 86); applications.otherHandling.noCorrection.research is null."
      ),
      (
        "missingRow",
        "The row 「（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请」 is not in the text (its table ends near line 86); applications.otherHandling.noCorrection.nonprofit is null."
      ),
      (
        "missingRow",
        "The row 「（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请」 is not in the text (its table ends near line 86); applications.otherHandling.noCorrection.legal is null."
      ),
      (
        "missingRow",
        "The row 「（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请」 is not in the text (its table ends near line 86); applications.otherHandling.noCorrection.other is null."
      ),
      (
        "missingRow",
        "The row 「（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请」 is not in the text (its table ends near line 86); applications.otherHandling.noCorrection.total is null."
      ),
      (
        "missingRow",
        "The row 「（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请」 is not in the text (its table ends near line 86); applications.otherHandling.unpaidFee.naturalPerson is null."
      ),
      (
        "missingRow",
        "The row 「（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请」 is not in the text (its table ends near line 86); applications.otherHandling.unpaidFee.commercial is null."
      ),
      (
        "missingRow",
        "The row 「（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请」 is not in the text (its table ends near line 86); applications.otherHandling.unpaidFee.research is null."
      ),
      (
        "missingRow",
        "The row 「（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请」 is not in the text (its table ends near line 86); applications.otherHandling.unpaidFee.nonprofit is null."
      ),
      (
        "missingRow",
        "The row 「（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请」 is not in the text (its table ends near line 86); applications.otherHandling.unpaidFee.legal is null."
      ),
      (
        "missingRow",
        "The row 「（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请」 is not in the text (its table ends near line 86); applications.otherHandling.unpaidFee.other is null."
      ),
      (
        "missingRow",
        "The row 「（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请」 is not in the text (its table ends near line 86); applications.otherHandling.unpaidFee.total is null."
      ),
      (
        "missingRow",
        "The row 「（六）其他处理 3.其他」 is not in the text (its table ends near line 86); applications.otherHandling.other.naturalPerson is null."
      ),
      (
        "missingRow",
        "The row 「（六）其他处理 3.其他」 is not in the text (its table ends near line 86); applications.otherHandling.other.commercial is null."
      ),
      (
        "missingRow",
        "The row 「（六）其他处理 3.其他」 is not in the text (its table ends near line 86); applications.otherHandling.other.research is null."
      ),
      (
        "missingRow",
        "The row 「（六）其他处理 3.其他」 is not in the text (its table ends near line 86); applications.otherHandling.other.nonprofit is null."
      ),
      (
        "missingRow",
        "The row 「（六）其他处理 3.其他」 is not in the text (its table ends near line 86); applications.otherHandling.other.legal is null."
      ),
      (
        "missingRow",
        "The row 「（六）其他处理 3.其他」 is not in the text (its table ends near line 86); applications.otherHandling.other.other is null."
      ),
      (
        "missingRow",
        "The row 「（六）其他处理 3.其他」 is not in the text (its table ends near line 86); applications.otherHandling.other.total is null."
      ),
      (
        "missingRow",
        "The row 「（七）总计」 is not in the text (its table ends near line 86); applications.outcomeTotal.naturalPerson is null."
      ),
      (
        "missingRow",
        "The row 「（七）总计」 is not in the text (its table ends near line 86); applications.outcomeTotal.commercial is null."
      ),
      (
        "missingRow",
        "The row 「（七）总计」 is not in the text (its table ends near line 86); applications.outcomeTotal.research is null."
      ),
      (
        "missingRow",
        "The row 「（七）总计」 is not in the text (its table ends near line 86); applications.outcomeTotal.nonprofit is null."
      ),
      (
        "missingRow",
        "The row 「（七）总计」 is not in the text (its table ends near line 86); applications.outcomeTotal.legal is null."
      ),
      (
        "missingRow",
        "The row 「（七）总计」 is not in the text (its table ends near line 86); applications.outcomeTotal.other is null."
      ),
      (
        "missingRow",
        "The row 「（七）总计」 is not in the text (its table ends near line 86); applications.outcomeTotal.total is null."
      ),
      (
        "missingRow",
        "The row 「四、结转下年度继续办理」 is not in the text (its table ends near line 86); applications.carriedForward.naturalPerson is null."
      ),
      (
        "missingRow",
        "The row 「四、结转下年度继续办理」 is not in the text (its table ends near line 86); applications.carriedForward.commercial is null."
      ),
      (
        "missingRow",
        "The row 「四、结转下年度继续办理」 is not in the text (its table ends near line 86); applications.carriedForward.research is null."
      ),
      (
        "missingRow",
        "The row 「四、结转下年度继续办理」 is not in the text (its table ends near line 86); applications.carriedForward.nonprofit is null."
      ),
      (
        "missingRow",
        "The row 「四、结转下年度继续办理」 is not in the text (its table ends near line 86); applications.carriedForward.legal is null."
      ),
      (
        "missingRow",
        "The row 「四、结转下年度继续办理」 is not in the text (its table ends near line 86); applications.carriedForward.other is null."
      ),
      (
        "missingRow",
        "The row 「四、结转下年度继续办理」 is not in the text (its table ends near line 86); applications.carriedForward.total is null."
      ),
      (
        "foundByShape",
        "The heading of section 四、政府信息公开行政复议、行政诉讼情况 is missing; its table was found by its labels and shape at line 89."
      ),
      ("missingSection", "Section 四、政府信息公开行政复议、行政诉讼情况 has no heading in the text."),
    ],
    "seeds/001_d65aec0ee04b8f9a.txt": [
      (
        "extraEmptyCells",
        "The row 「本年新收政府信息公开申请数量」 at line 55 has empty cells after its values, more than the table's columns; they were dropped."
      ),
      (
        "extraEmptyCells",
        "The row 「上年结转政府信息公开申请数量」 at line 56 has empty cells after its values, more than the table's columns; they were dropped."
      ),
      (
        "extraEmptyCells",
        "The row 「本年度办理结果 予以公开」 at line 57 has empty cells after its values, more than the table's columns; they were dropped."
      ),
      (
        "extraEmptyCells",
        "The row 「部分公开区分处理的只计这一情形不计其他情形」 at line 58 has empty cells after its values, more than the table's columns; they were dropped."
      ),
      (
        "extraEmptyCells",
        "The row 「其他」 at line 77 has empty cells after its values, more than the table's columns; they were dropped."
      ),
      (
        "extraEmptyCells",
        "The row 「总计」 at line 78 has empty cells after its values, more than the table's columns; they were dropped."
      ),
      (
        "extraEmptyCells",
        "The row 「结转下年度继续办理」 at line 79 has empty cells after its values, more than the table's columns; they were dropped."
      ),
    ],
    "seeds/002_b52cc8c9a01f7305.txt": [
      ("totalOnly", "The row 「本年度办理结果 予以公开」 at line 45 holds only its total."),
      (
        "inferredFromZeroTotal",
        "applications.granted.naturalPerson is 0: its cell is empty or missing, but its row's total applications.granted.total is 0 and counts are never negative."
      ),
      (
        "inferredFromZeroTotal",
        "applications.granted.commercial is 0: its cell is empty or missing, but its row's total applications.granted.total is 0 and counts are never negative."
      ),
      (
        "inferredFromZeroTotal",
        "applications.granted.research is 0: its cell is empty or missing, but its row's total applications.granted.total is 0 and counts are never negative."
      ),
      (
        "inferredFromZeroTotal",
        "applications.granted.nonprofit is 0: its cell is empty or missing, but its row's total applications.granted.total is 0 and counts are never negative."
      ),
      (
        "inferredFromZeroTotal",
        "applications.granted.legal is 0: its cell is empty or missing, but its row's total applications.granted.total is 0 and counts are never negative."
      ),
      (
        "inferredFromZeroTotal",
        "applications.granted.other is 0: its cell is empty or missing, but its row's total applications.granted.total is 0 and counts are never negative."
      ),
    ],
    "seeds/003_e6d10310d5a8465b.txt": [
      (
        "inferredZeroRow",
        "Every value of the row 「不予公开 属于国家秘密」 at line 45 is 0 and at most one cell is missing or extra, so every column is 0."
      ),
      (
        "inferredZeroRow",
        "Every value of the row 「其他法律法规禁止公开」 at line 46 is 0 and at most one cell is missing or extra, so every column is 0."
      ),
      (
        "inferredZeroRow",
        "Every value of the row 「危及三安全一稳定」 at line 50 is 0 and at most one cell is missing or extra, so every column is 0."
      ),
      (
        "inferredZeroRow",
        "Every value of the row 「保护第三方合法权益」 at line 51 is 0 and at most one cell is missing or extra, so every column is 0."
      ),
      (
        "inferredZeroRow",
        "Every value of the row 「属于三类内部事务信息」 at line 52 is 0 and at most one cell is missing or extra, so every column is 0."
      ),
      (
        "inferredZeroRow",
        "Every value of the row 「属于四类过程性信息」 at line 53 is 0 and at most one cell is missing or extra, so every column is 0."
      ),
      (
        "inferredZeroRow",
        "Every value of the row 「属于行政执法案卷」 at line 54 is 0 and at most one cell is missing or extra, so every column is 0."
      ),
      (
        "inferredZeroRow",
        "Every value of the row 「属于行政查询事项」 at line 55 is 0 and at most one cell is missing or extra, so every column is 0."
      ),
      (
        "inferredZeroRow",
        "Every value of the row 「无法提供 本机关不掌握相关政府信息」 at line 56 is 0 and at most one cell is missing or extra, so every column is 0."
      ),
      (
        "inferredZeroRow",
        "Every value of the row 「没有现成信息需要另行制作」 at line 57 is 0 and at most one cell is missing or extra, so every column is 0."
      ),
      (
        "inferredZeroRow",
        "Every value of the row 「补正后申请内容仍不明确」 at line 58 is 0 and at most one cell is missing or extra, so every column is 0."
      ),
      (
        "inferredZeroRow",
        "Every value of the row 「不予处理 信访举报投诉类申请」 at line 59 is 0 and at most one cell is missing or extra, so every column is 0."
      ),
      (
        "inferredZeroRow",
        "Every value of the row 「重复申请」 at line 60 is 0 and at most one cell is missing or extra, so every column is 0."
      ),
      (
        "inferredZeroRow",
        "Every value of the row 「要求提供公开出版物」 at line 61 is 0 and at most one cell is missing or extra, so every column is 0."
      ),
      (
        "inferredZeroRow",
        "Every value of the row 「无正当理由大量反复申请」 at line 62 is 0 and at most one cell is missing or extra, so every column is 0."
      ),
      (
        "inferredZeroRow",
        "Every value of the row 「要求行政机关确认或重新出具已获取信息」 at line 63 is 0 and at most one cell is missing or extra, so every column is 0."
      ),
      (
        "inferredZeroRow",
        "Every value of the row 「其他处理 申请人无正当理由逾期不补正行政机关不再处理其政府信息公开申请」 at line 64 is 0 and at most one cell is missing or extra, so every column is 0."
      ),
      (
        "inferredZeroRow",
        "Every value of the row 「申请人逾期未按收费通知要求缴纳费用行政机关不再处理其政府信息公开申请」 at line 65 is 0 and at most one cell is missing or extra, so every column is 0."
      ),
      (
        "inferredZeroRow",
        "Every value of the row 「其他」 at line 66 is 0 and at most one cell is missing or extra, so every column is 0."
      ),
      (
        "inferredZeroRow",
        "Every value of the row 「总计」 at line 67 is 0 and at most one cell is missing or extra, so every column is 0."
      ),
      (
        "inferredZeroRow",
        "Every value of the row 「结转下年度继续办理」 at line 68 is 0 and at most one cell is missing or extra, so every column is 0."
      ),
      (
        "inferredFromZeroTotal",
        "applications.granted.naturalPerson is 0: its cell is empty or missing, but its row's total applications.granted.total is 0 and counts are never negative."
      ),
      (
        "inferredFromZeroTotal",
        "applications.partiallyGranted.naturalPerson is 0: its cell is empty or missing, but its row's total applications.partiallyGranted.total is 0 and counts are never negative."
      ),
    ],
    "seeds/004_295e3622999d89af.txt": [
      ("emptyCell", "The cell for proactive.coercion.decisions at line 53 is empty; the value is null."),
      (
        "cannotPlace",
        "The row of numbers at line 367 has values that cannot be placed in their columns with certainty (13 cells for 15 columns); the value is null."
      ),
      (
        "cannotPlace",
        "The row of numbers at line 367 has values that cannot be placed in their columns with certainty (13 cells for 15 columns); the value is null."
      ),
      (
        "cannotPlace",
        "The row of numbers at line 367 has values that cannot be placed in their columns with certainty (13 cells for 15 columns); the value is null."
      ),
      (
        "cannotPlace",
        "The row of numbers at line 367 has values that cannot be placed in their columns with certainty (13 cells for 15 columns); the value is null."
      ),
      (
        "cannotPlace",
        "The row of numbers at line 367 has values that cannot be placed in their columns with certainty (13 cells for 15 columns); the value is null."
      ),
      (
        "cannotPlace",
        "The row of numbers at line 367 has values that cannot be placed in their columns with certainty (13 cells for 15 columns); the value is null."
      ),
      (
        "cannotPlace",
        "The row of numbers at line 367 has values that cannot be placed in their columns with certainty (13 cells for 15 columns); the value is null."
      ),
      (
        "cannotPlace",
        "The row of numbers at line 367 has values that cannot be placed in their columns with certainty (13 cells for 15 columns); the value is null."
      ),
      (
        "cannotPlace",
        "The row of numbers at line 367 has values that cannot be placed in their columns with certainty (13 cells for 15 columns); the value is null."
      ),
      (
        "cannotPlace",
        "The row of numbers at line 367 has values that cannot be placed in their columns with certainty (13 cells for 15 columns); the value is null."
      ),
      (
        "cannotPlace",
        "The row of numbers at line 367 has values that cannot be placed in their columns with certainty (13 cells for 15 columns); the value is null."
      ),
      (
        "cannotPlace",
        "The row of numbers at line 367 has values that cannot be placed in their columns with certainty (13 cells for 15 columns); the value is null."
      ),
      (
        "cannotPlace",
        "The row of numbers at line 367 has values that cannot be placed in their columns with certainty (13 cells for 15 columns); the value is null."
      ),
      (
        "cannotPlace",
        "The row of numbers at line 367 has values that cannot be placed in their columns with certainty (13 cells for 15 columns); the value is null."
      ),
      (
        "cannotPlace",
        "The row of numbers at line 367 has values that cannot be placed in their columns with certainty (13 cells for 15 columns); the value is null."
      ),
    ],
    "shanghai/shanghai-2019.md.txt": [
      (
        "unitMismatch",
        "The value for proactive.procurement.amount at line 73 is written in a unit the field does not use (251000 with a unit other than 万元); the value is null."
      ),
      ("emptyCell", "The cell for applications.received.research at line 81 is empty; the value is null."),
      ("emptyCell", "The cell for applications.received.nonprofit at line 81 is empty; the value is null."),
      ("emptyCell", "The cell for applications.carriedOver.commercial at line 82 is empty; the value is null."),
      ("emptyCell", "The cell for applications.carriedOver.research at line 82 is empty; the value is null."),
      ("emptyCell", "The cell for applications.carriedOver.nonprofit at line 82 is empty; the value is null."),
      ("emptyCell", "The cell for applications.carriedOver.legal at line 82 is empty; the value is null."),
      ("emptyCell", "The cell for applications.carriedOver.other at line 82 is empty; the value is null."),
      ("emptyCell", "The cell for applications.granted.research at line 83 is empty; the value is null."),
      ("emptyCell", "The cell for applications.granted.nonprofit at line 83 is empty; the value is null."),
      ("emptyCell", "The cell for applications.granted.total at line 83 is empty; the value is null."),
      ("emptyCell", "The cell for applications.partiallyGranted.commercial at line 84 is empty; the value is null."),
      ("emptyCell", "The cell for applications.partiallyGranted.research at line 84 is empty; the value is null."),
      ("emptyCell", "The cell for applications.partiallyGranted.nonprofit at line 84 is empty; the value is null."),
      ("emptyCell", "The cell for applications.partiallyGranted.legal at line 84 is empty; the value is null."),
      ("emptyCell", "The cell for applications.partiallyGranted.other at line 84 is empty; the value is null."),
      ("emptyCell", "The cell for applications.partiallyGranted.total at line 84 is empty; the value is null."),
      ("emptyCell", "The cell for applications.denied.stateSecret.commercial at line 85 is empty; the value is null."),
      ("emptyCell", "The cell for applications.denied.stateSecret.research at line 85 is empty; the value is null."),
      ("emptyCell", "The cell for applications.denied.stateSecret.nonprofit at line 85 is empty; the value is null."),
      ("emptyCell", "The cell for applications.denied.stateSecret.legal at line 85 is empty; the value is null."),
      ("emptyCell", "The cell for applications.denied.stateSecret.other at line 85 is empty; the value is null."),
      ("emptyCell", "The cell for applications.denied.stateSecret.total at line 85 is empty; the value is null."),
      (
        "cannotPlace",
        "The row 「其他法律行政法规禁止公开」 at line 86 has values that cannot be placed in their columns with certainty (the row has no values); the value is null."
      ),
      (
        "cannotPlace",
        "The row 「其他法律行政法规禁止公开」 at line 86 has values that cannot be placed in their columns with certainty (the row has no values); the value is null."
      ),
      (
        "cannotPlace",
        "The row 「其他法律行政法规禁止公开」 at line 86 has values that cannot be placed in their columns with certainty (the row has no values); the value is null."
      ),
      (
        "cannotPlace",
        "The row 「其他法律行政法规禁止公开」 at line 86 has values that cannot be placed in their columns with certainty (the row has no values); the value is null."
      ),
      (
        "cannotPlace",
        "The row 「其他法律行政法规禁止公开」 at line 86 has values that cannot be placed in their columns with certainty (the row has no values); the value is null."
      ),
      (
        "cannotPlace",
        "The row 「其他法律行政法规禁止公开」 at line 86 has values that cannot be placed in their columns with certainty (the row has no values); the value is null."
      ),
      (
        "cannotPlace",
        "The row 「其他法律行政法规禁止公开」 at line 86 has values that cannot be placed in their columns with certainty (the row has no values); the value is null."
      ),
      (
        "cannotPlace",
        "The row 「危及三安全一稳定」 at line 87 has values that cannot be placed in their columns with certainty (the row has no values); the value is null."
      ),
      (
        "cannotPlace",
        "The row 「危及三安全一稳定」 at line 87 has values that cannot be placed in their columns with certainty (the row has no values); the value is null."
      ),
      (
        "cannotPlace",
        "The row 「危及三安全一稳定」 at line 87 has values that cannot be placed in their columns with certainty (the row has no values); the value is null."
      ),
      (
        "cannotPlace",
        "The row 「危及三安全一稳定」 at line 87 has values that cannot be placed in their columns with certainty (the row has no values); the value is null."
      ),
      (
        "cannotPlace",
        "The row 「危及三安全一稳定」 at line 87 has values that cannot be placed in their columns with certainty (the row has no values); the value is null."
      ),
      (
        "cannotPlace",
        "The row 「危及三安全一稳定」 at line 87 has values that cannot be placed in their columns with certainty (the row has no values); the value is null."
      ),
      (
        "cannotPlace",
        "The row 「危及三安全一稳定」 at line 87 has values that cannot be placed in their columns with certainty (the row has no values); the value is null."
      ),
      (
        "cannotPlace",
        "The row 「保护第三方合法权益」 at line 88 has values that cannot be placed in their columns with certainty (the row has no values); the value is null."
      ),
      (
        "cannotPlace",
        "The row 「保护第三方合法权益」 at line 88 has values that cannot be placed in their columns with certainty (the row has no values); the value is null."
      ),
      (
        "cannotPlace",
        "The row 「保护第三方合法权益」 at line 88 has values that cannot be placed in their columns with certainty (the row has no values); the value is null."
      ),
      (
        "cannotPlace",
        "The row 「保护第三方合法权益」 at line 88 has values that cannot be placed in their columns with certainty (the row has no values); the value is null."
      ),
      (
        "cannotPlace",
        "The row 「保护第三方合法权益」 at line 88 has values that cannot be placed in their columns with certainty (the row has no values); the value is null."
      ),
      (
        "cannotPlace",
        "The row 「保护第三方合法权益」 at line 88 has values that cannot be placed in their columns with certainty (the row has no values); the value is null."
      ),
      (
        "cannotPlace",
        "The row 「保护第三方合法权益」 at line 88 has values that cannot be placed in their columns with certainty (the row has no values); the value is null."
      ),
      (
        "emptyCell",
        "The cell for applications.denied.internalAffairs.commercial at line 89 is empty; the value is null."
      ),
      (
        "emptyCell", "The cell for applications.denied.internalAffairs.research at line 89 is empty; the value is null."
      ),
      (
        "emptyCell",
        "The cell for applications.denied.internalAffairs.nonprofit at line 89 is empty; the value is null."
      ),
      ("emptyCell", "The cell for applications.denied.internalAffairs.legal at line 89 is empty; the value is null."),
      ("emptyCell", "The cell for applications.denied.internalAffairs.other at line 89 is empty; the value is null."),
      ("emptyCell", "The cell for applications.denied.internalAffairs.total at line 89 is empty; the value is null."),
      (
        "emptyCell",
        "The cell for applications.denied.processInformation.research at line 90 is empty; the value is null."
      ),
      (
        "emptyCell",
        "The cell for applications.denied.processInformation.nonprofit at line 90 is empty; the value is null."
      ),
      (
        "emptyCell", "The cell for applications.denied.processInformation.legal at line 90 is empty; the value is null."
      ),
      (
        "emptyCell", "The cell for applications.denied.processInformation.other at line 90 is empty; the value is null."
      ),
      (
        "emptyCell", "The cell for applications.denied.processInformation.total at line 90 is empty; the value is null."
      ),
      (
        "cannotPlace",
        "The row 「属于行政执法案卷」 at line 91 has values that cannot be placed in their columns with certainty (the row has no values); the value is null."
      ),
      (
        "cannotPlace",
        "The row 「属于行政执法案卷」 at line 91 has values that cannot be placed in their columns with certainty (the row has no values); the value is null."
      ),
      (
        "cannotPlace",
        "The row 「属于行政执法案卷」 at line 91 has values that cannot be placed in their columns with certainty (the row has no values); the value is null."
      ),
      (
        "cannotPlace",
        "The row 「属于行政执法案卷」 at line 91 has values that cannot be placed in their columns with certainty (the row has no values); the value is null."
      ),
      (
        "cannotPlace",
        "The row 「属于行政执法案卷」 at line 91 has values that cannot be placed in their columns with certainty (the row has no values); the value is null."
      ),
      (
        "cannotPlace",
        "The row 「属于行政执法案卷」 at line 91 has values that cannot be placed in their columns with certainty (the row has no values); the value is null."
      ),
      (
        "cannotPlace",
        "The row 「属于行政执法案卷」 at line 91 has values that cannot be placed in their columns with certainty (the row has no values); the value is null."
      ),
      (
        "emptyCell",
        "The cell for applications.denied.administrativeQuery.research at line 92 is empty; the value is null."
      ),
      (
        "emptyCell",
        "The cell for applications.denied.administrativeQuery.nonprofit at line 92 is empty; the value is null."
      ),
      (
        "emptyCell",
        "The cell for applications.denied.administrativeQuery.legal at line 92 is empty; the value is null."
      ),
      (
        "emptyCell",
        "The cell for applications.denied.administrativeQuery.other at line 92 is empty; the value is null."
      ),
      (
        "emptyCell",
        "The cell for applications.denied.administrativeQuery.total at line 92 is empty; the value is null."
      ),
      ("emptyCell", "The cell for applications.unavailable.notHeld.research at line 93 is empty; the value is null."),
      ("emptyCell", "The cell for applications.unavailable.notHeld.nonprofit at line 93 is empty; the value is null."),
      ("emptyCell", "The cell for applications.unavailable.notHeld.other at line 93 is empty; the value is null."),
      ("emptyCell", "The cell for applications.unavailable.notHeld.total at line 93 is empty; the value is null."),
      (
        "emptyCell",
        "The cell for applications.unavailable.needsCreation.research at line 94 is empty; the value is null."
      ),
      (
        "emptyCell",
        "The cell for applications.unavailable.needsCreation.nonprofit at line 94 is empty; the value is null."
      ),
      (
        "emptyCell", "The cell for applications.unavailable.needsCreation.legal at line 94 is empty; the value is null."
      ),
      (
        "emptyCell", "The cell for applications.unavailable.needsCreation.other at line 94 is empty; the value is null."
      ),
      (
        "emptyCell", "The cell for applications.unavailable.needsCreation.total at line 94 is empty; the value is null."
      ),
      (
        "emptyCell",
        "The cell for applications.unavailable.stillUnclear.commercial at line 95 is empty; the value is null."
      ),
      (
        "emptyCell",
        "The cell for applications.unavailable.stillUnclear.research at line 95 is empty; the value is null."
      ),
      (
        "emptyCell",
        "The cell for applications.unavailable.stillUnclear.nonprofit at line 95 is empty; the value is null."
      ),
      ("emptyCell", "The cell for applications.unavailable.stillUnclear.legal at line 95 is empty; the value is null."),
      ("emptyCell", "The cell for applications.unavailable.stillUnclear.other at line 95 is empty; the value is null."),
      ("emptyCell", "The cell for applications.unavailable.stillUnclear.total at line 95 is empty; the value is null."),
      (
        "emptyCell", "The cell for applications.notProcessed.complaint.research at line 96 is empty; the value is null."
      ),
      (
        "emptyCell",
        "The cell for applications.notProcessed.complaint.nonprofit at line 96 is empty; the value is null."
      ),
      ("emptyCell", "The cell for applications.notProcessed.complaint.legal at line 96 is empty; the value is null."),
      ("emptyCell", "The cell for applications.notProcessed.complaint.other at line 96 is empty; the value is null."),
      ("emptyCell", "The cell for applications.notProcessed.complaint.total at line 96 is empty; the value is null."),
      (
        "emptyCell", "The cell for applications.notProcessed.duplicate.research at line 97 is empty; the value is null."
      ),
      (
        "emptyCell",
        "The cell for applications.notProcessed.duplicate.nonprofit at line 97 is empty; the value is null."
      ),
      ("emptyCell", "The cell for applications.notProcessed.duplicate.legal at line 97 is empty; the value is null."),
      ("emptyCell", "The cell for applications.notProcessed.duplicate.other at line 97 is empty; the value is null."),
      ("emptyCell", "The cell for applications.notProcessed.duplicate.total at line 97 is empty; the value is null."),
      (
        "cannotPlace",
        "The row 「要求提供公开出版物」 at line 98 has values that cannot be placed in their columns with certainty (the row has no values); the value is null."
      ),
      (
        "cannotPlace",
        "The row 「要求提供公开出版物」 at line 98 has values that cannot be placed in their columns with certainty (the row has no values); the value is null."
      ),
      (
        "cannotPlace",
        "The row 「要求提供公开出版物」 at line 98 has values that cannot be placed in their columns with certainty (the row has no values); the value is null."
      ),
      (
        "cannotPlace",
        "The row 「要求提供公开出版物」 at line 98 has values that cannot be placed in their columns with certainty (the row has no values); the value is null."
      ),
      (
        "cannotPlace",
        "The row 「要求提供公开出版物」 at line 98 has values that cannot be placed in their columns with certainty (the row has no values); the value is null."
      ),
      (
        "cannotPlace",
        "The row 「要求提供公开出版物」 at line 98 has values that cannot be placed in their columns with certainty (the row has no values); the value is null."
      ),
      (
        "cannotPlace",
        "The row 「要求提供公开出版物」 at line 98 has values that cannot be placed in their columns with certainty (the row has no values); the value is null."
      ),
      (
        "cannotPlace",
        "The row 「无正当理由大量反复申请」 at line 99 has values that cannot be placed in their columns with certainty (the row has no values); the value is null."
      ),
      (
        "cannotPlace",
        "The row 「无正当理由大量反复申请」 at line 99 has values that cannot be placed in their columns with certainty (the row has no values); the value is null."
      ),
      (
        "cannotPlace",
        "The row 「无正当理由大量反复申请」 at line 99 has values that cannot be placed in their columns with certainty (the row has no values); the value is null."
      ),
      (
        "cannotPlace",
        "The row 「无正当理由大量反复申请」 at line 99 has values that cannot be placed in their columns with certainty (the row has no values); the value is null."
      ),
      (
        "cannotPlace",
        "The row 「无正当理由大量反复申请」 at line 99 has values that cannot be placed in their columns with certainty (the row has no values); the value is null."
      ),
      (
        "cannotPlace",
        "The row 「无正当理由大量反复申请」 at line 99 has values that cannot be placed in their columns with certainty (the row has no values); the value is null."
      ),
      (
        "cannotPlace",
        "The row 「无正当理由大量反复申请」 at line 99 has values that cannot be placed in their columns with certainty (the row has no values); the value is null."
      ),
      (
        "cannotPlace",
        "The row 「要求行政机关确认或重新出具已获取信息」 at line 100 has values that cannot be placed in their columns with certainty (the row has no values); the value is null."
      ),
      (
        "cannotPlace",
        "The row 「要求行政机关确认或重新出具已获取信息」 at line 100 has values that cannot be placed in their columns with certainty (the row has no values); the value is null."
      ),
      (
        "cannotPlace",
        "The row 「要求行政机关确认或重新出具已获取信息」 at line 100 has values that cannot be placed in their columns with certainty (the row has no values); the value is null."
      ),
      (
        "cannotPlace",
        "The row 「要求行政机关确认或重新出具已获取信息」 at line 100 has values that cannot be placed in their columns with certainty (the row has no values); the value is null."
      ),
      (
        "cannotPlace",
        "The row 「要求行政机关确认或重新出具已获取信息」 at line 100 has values that cannot be placed in their columns with certainty (the row has no values); the value is null."
      ),
      (
        "cannotPlace",
        "The row 「要求行政机关确认或重新出具已获取信息」 at line 100 has values that cannot be placed in their columns with certainty (the row has no values); the value is null."
      ),
      (
        "cannotPlace",
        "The row 「要求行政机关确认或重新出具已获取信息」 at line 100 has values that cannot be placed in their columns with certainty (the row has no values); the value is null."
      ),
      (
        "cannotPlace",
        "The row 「其他处理」 at line 101 has values that cannot be placed in their columns with certainty (the row has no values); the value is null."
      ),
      (
        "cannotPlace",
        "The row 「其他处理」 at line 101 has values that cannot be placed in their columns with certainty (the row has no values); the value is null."
      ),
      (
        "cannotPlace",
        "The row 「其他处理」 at line 101 has values that cannot be placed in their columns with certainty (the row has no values); the value is null."
      ),
      (
        "cannotPlace",
        "The row 「其他处理」 at line 101 has values that cannot be placed in their columns with certainty (the row has no values); the value is null."
      ),
      (
        "cannotPlace",
        "The row 「其他处理」 at line 101 has values that cannot be placed in their columns with certainty (the row has no values); the value is null."
      ),
      (
        "cannotPlace",
        "The row 「其他处理」 at line 101 has values that cannot be placed in their columns with certainty (the row has no values); the value is null."
      ),
      (
        "cannotPlace",
        "The row 「其他处理」 at line 101 has values that cannot be placed in their columns with certainty (the row has no values); the value is null."
      ),
      ("emptyCell", "The cell for applications.outcomeTotal.research at line 102 is empty; the value is null."),
      ("emptyCell", "The cell for applications.outcomeTotal.nonprofit at line 102 is empty; the value is null."),
      ("emptyCell", "The cell for applications.carriedForward.commercial at line 103 is empty; the value is null."),
      ("emptyCell", "The cell for applications.carriedForward.research at line 103 is empty; the value is null."),
      ("emptyCell", "The cell for applications.carriedForward.nonprofit at line 103 is empty; the value is null."),
      ("emptyCell", "The cell for applications.carriedForward.legal at line 103 is empty; the value is null."),
      ("emptyCell", "The cell for applications.carriedForward.other at line 103 is empty; the value is null."),
      ("emptyCell", "The cell for review.corrected at line 111 is empty; the value is null."),
      ("emptyCell", "The cell for review.other at line 111 is empty; the value is null."),
      ("emptyCell", "The cell for litigation.direct.corrected at line 111 is empty; the value is null."),
      ("emptyCell", "The cell for litigation.direct.other at line 111 is empty; the value is null."),
      ("emptyCell", "The cell for litigation.afterReview.upheld at line 111 is empty; the value is null."),
      ("emptyCell", "The cell for litigation.afterReview.corrected at line 111 is empty; the value is null."),
      ("emptyCell", "The cell for litigation.afterReview.other at line 111 is empty; the value is null."),
      ("emptyCell", "The cell for litigation.afterReview.pending at line 111 is empty; the value is null."),
      ("emptyCell", "The cell for litigation.afterReview.total at line 111 is empty; the value is null."),
    ],
  ]

  @Test("Every fixture's messages are the texts the eager code made", arguments: expected.map(\.key))
  func sameMessages(path: String) throws {
    let report = try Fixtures.parse(path)
    let expected = try #require(Self.expected.first { $0.key == path }?.value)
    #expect(report.diagnostics.map(\.code.rawValue) == expected.map(\.code))
    #expect(report.diagnostics.count == expected.count)
    for (diagnostic, (_, message)) in zip(report.diagnostics, expected) {
      #expect(diagnostic.message == message)
      // Read twice, and from a copy: the same text.
      let copy = diagnostic
      #expect(copy.message == message)
    }
  }

  @Test("A fixture's diagnostics equal, and hash as, the same diagnostics with their messages as text")
  func sameAsText() throws {
    for (path, _) in Self.expected {
      let report = try Fixtures.parse(path)
      for diagnostic in report.diagnostics {
        let text = Diagnostic(
          diagnostic.code, diagnostic.severity, line: diagnostic.line, key: diagnostic.key, diagnostic.message)
        #expect(diagnostic == text)
        #expect(diagnostic.hashValue == text.hashValue)
      }
    }
  }
}
