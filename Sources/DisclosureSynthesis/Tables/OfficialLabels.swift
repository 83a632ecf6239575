import DisclosureModel

/// The official rows, columns and labels of the template's tables, as the keys of
/// `fields.tsv` name them.
enum OfficialLabels {
  /// The six applicant columns of table 三, then `total`.
  static let applicantColumns = ["naturalPerson", "commercial", "research", "nonprofit", "legal", "other"]
  /// The applicant columns and `total`.
  static let applicationColumns = applicantColumns + ["total"]

  static let denied = [
    "stateSecret", "prohibitedByLaw", "securityStability", "thirdPartyRights",
    "internalAffairs", "processInformation", "enforcementFiles", "administrativeQuery",
  ]
  static let unavailable = ["notHeld", "needsCreation", "stillUnclear"]
  static let notProcessed = ["complaint", "duplicate", "publication", "excessive", "confirmation"]
  static let otherHandling2021 = ["noCorrection", "unpaidFee", "other"]

  /// The rows of table 三 that add up to `outcomeTotal`, in `fields.tsv` order.
  static func outcomeRows(_ edition: Edition) -> [String] {
    var rows = ["granted", "partiallyGranted"]
    rows += denied.map { "denied.\($0)" }
    rows += unavailable.map { "unavailable.\($0)" }
    rows += notProcessed.map { "notProcessed.\($0)" }
    if edition == .edition2021 {
      rows += otherHandling2021.map { "otherHandling.\($0)" }
    } else {
      rows.append("otherHandling.total")
    }
    return rows
  }

  /// Every data row of table 三, top to bottom.
  static func applicationRows(_ edition: Edition) -> [String] {
    ["received", "carriedOver"] + outcomeRows(edition) + ["outcomeTotal", "carriedForward"]
  }

  /// The key of a cell of table 三.
  static func applicationKey(_ row: String, _ column: String) -> String {
    "applications.\(row).\(column)"
  }

  /// The three groups of table 四.
  static let reviewGroups = ["review", "litigation.direct", "litigation.afterReview"]
  /// The four parts of a group of table 四, then `total`.
  static let reviewParts = ["upheld", "corrected", "other", "pending", "total"]
  /// The header texts of table 四's five columns per group.
  static let reviewPartLabels = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]

  /// The row labels of table 三.
  static let rowLabels: [String: String] = [
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
  ]

  /// The group labels of table 三's outcome rows.
  static let groupLabels: [String: String] = [
    "denied": "（三）不予公开", "unavailable": "（四）无法提供",
    "notProcessed": "（五）不予处理", "otherHandling": "（六）其他处理",
  ]

  /// The label spanning every outcome row of table 三.
  static let outcomeLabel = "三、本年度办理结果"

  /// The note in table 三's top-left header cell.
  static let checkNote = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"

  /// The official section headings.
  static let sectionHeadings: [Int: String] = [
    1: "一、总体情况", 2: "二、主动公开政府信息情况", 3: "三、收到和处理政府信息公开申请情况",
    4: "四、政府信息公开行政复议、行政诉讼情况", 5: "五、存在的主要问题及改进情况", 6: "六、其他需要报告的事项",
  ]

  /// Every numeric key of `edition`, in `fields.tsv` order (the report's metadata
  /// fields excluded).
  static func numericKeys(_ edition: Edition) -> [String] {
    edition == .edition2019 ? numericKeys2019 : numericKeys2021
  }

  private static let numericKeys2019 = computeNumericKeys(.edition2019)
  private static let numericKeys2021 = computeNumericKeys(.edition2021)

  private static func computeNumericKeys(_ edition: Edition) -> [String] {
    FieldCatalogue.fields(for: edition)
      .filter { $0.type != .text && !$0.key.hasPrefix("report.") }
      .map(\.key)
  }
}
