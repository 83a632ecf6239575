/// Every official label the interpreter knows, with the variant wordings seen in
/// the wild: the one place that holds label knowledge.
///
/// Labels are written here as the template prints them; they are compared after
/// ``LabelText`` normalisation, so brackets, spaces, punctuation and full-width
/// forms need no variants of their own. Add a wording variant by adding a string.
enum LabelTable {
  // MARK: Sections

  /// The six section headings: a heading is a short paragraph that starts with the
  /// section's Chinese numeral and `、`, and contains one of the keywords.
  static let sectionKeywords: [Int: [String]] = [
    1: ["总体情况"],
    2: ["主动公开"],
    3: ["收到和处理政府信息公开申请", "依申请公开", "申请情况"],
    4: ["行政复议", "行政诉讼"],
    5: ["存在的主要问题", "主要问题", "改进情况"],
    6: ["其他需要报告", "其他事项"],
  ]

  /// The official heading of each section, for messages.
  static let sectionNames: [Int: String] = [
    1: "一、总体情况", 2: "二、主动公开政府信息情况", 3: "三、收到和处理政府信息公开申请情况",
    4: "四、政府信息公开行政复议、行政诉讼情况", 5: "五、存在的主要问题及改进情况", 6: "六、其他需要报告的事项",
  ]

  // MARK: Title and agency

  /// Words that mark the report's title line, strongest first.
  static let titleWords = ["年度报告", "工作报告", "报告"]

  /// Words that end the agency's name in a title (`XX局政府信息公开工作年度报告`).
  static let agencyEndWords = ["政府信息公开", "政务公开", "信息公开", "年度报告"]

  /// Words whose presence in a title marks a disclosure report even without tables.
  static let reportSubjectWords = ["政府信息公开", "政务公开"]

  /// A heading longer than this (normalised characters) is prose, not a heading.
  static let maximumHeadingLength = 40

  // MARK: Table 二 (proactive disclosure)

  /// The label of table 二's column-header rows.
  static let proactiveHeaderLabel = "信息内容"

  /// Row labels of table 二 → the key component after `proactive.`.
  static let proactiveRows: [(labels: [String], row: String)] = [
    (["规章"], "rules"),
    (["行政规范性文件", "规范性文件"], "normativeDocuments"),
    (["行政许可"], "licensing"),
    (["其他对外管理服务事项"], "otherServices"),
    (["行政处罚"], "penalties"),
    (["行政强制"], "coercion"),
    (["行政事业性收费"], "fees"),
    (["政府集中采购"], "procurement"),
  ]

  /// Column labels of table 二 → the key's last component. Matched as prefixes, so
  /// `本年收费金额（单位：万元，保留4位小数）` finds `本年收费金额`.
  static let proactiveColumns: [(labels: [String], column: String)] = [
    (["本年制发件数"], "issued"),
    (["本年废止件数"], "repealed"),
    (["现行有效件数"], "inForce"),
    (["本年处理决定数量", "处理决定数量"], "decisions"),
    (["本年收费金额"], "amount"),
    (["本年新制作数量"], "made"),
    (["本年新公开数量"], "published"),
    (["对外公开总数量"], "totalPublished"),
    (["上一年项目数量"], "previousItems"),
    (["本年增/减", "本年增减"], "change"),
    (["采购项目数量"], "projects"),
    (["采购总金额"], "amount"),
  ]

  // MARK: Table 三 (applications)

  /// What a row label of table 三 stands for.
  enum ApplicationRow: Sendable, Hashable {
    /// A row with values; the string is the key's middle (`denied.stateSecret`).
    case values(String)
    /// A group label (`三、本年度办理结果`, `（三）不予公开`) that holds no values.
    case group
    /// `（六）其他处理`: values (`otherHandling.total`) in the 2019 edition, a group in 2021.
    case otherHandling
  }

  /// Row labels of table 三. Entries marked `exact` match only whole labels (short
  /// labels that would otherwise match too much).
  static let applicationRows: [(labels: [String], row: ApplicationRow, exact: Bool)] = [
    (["本年新收政府信息公开申请数量"], .values("received"), false),
    (["上年结转政府信息公开申请数量"], .values("carriedOver"), false),
    (["本年度办理结果"], .group, false),
    (["予以公开"], .values("granted"), true),
    (["部分公开（区分处理的，只计这一情形，不计其他情形）", "部分公开（区分的，只计这一情形，不计其他情形）", "部分公开"], .values("partiallyGranted"), false),
    (["不予公开"], .group, true),
    (["属于国家秘密"], .values("denied.stateSecret"), false),
    (["其他法律行政法规禁止公开", "其他法律法规禁止公开"], .values("denied.prohibitedByLaw"), false),
    (["危及“三安全一稳定”"], .values("denied.securityStability"), false),
    (["保护第三方合法权益"], .values("denied.thirdPartyRights"), false),
    (["属于三类内部事务信息"], .values("denied.internalAffairs"), false),
    (["属于四类过程性信息"], .values("denied.processInformation"), false),
    (["属于行政执法案卷"], .values("denied.enforcementFiles"), false),
    (["属于行政查询事项"], .values("denied.administrativeQuery"), false),
    (["无法提供"], .group, true),
    (["本机关不掌握相关政府信息"], .values("unavailable.notHeld"), false),
    (["没有现成信息需要另行制作"], .values("unavailable.needsCreation"), false),
    (["补正后申请内容仍不明确"], .values("unavailable.stillUnclear"), false),
    (["不予处理"], .group, true),
    (["信访举报投诉类申请"], .values("notProcessed.complaint"), false),
    (["重复申请"], .values("notProcessed.duplicate"), true),
    (["要求提供公开出版物"], .values("notProcessed.publication"), false),
    (["无正当理由大量反复申请"], .values("notProcessed.excessive"), false),
    (["要求行政机关确认或重新出具已获取信息"], .values("notProcessed.confirmation"), false),
    (["其他处理"], .otherHandling, true),
    (["申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"], .values("otherHandling.noCorrection"), false),
    (["申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"], .values("otherHandling.unpaidFee"), false),
    (["其他"], .values("otherHandling.other"), true),
    (["总计"], .values("outcomeTotal"), true),
    (["结转下年度继续办理"], .values("carriedForward"), false),
  ]

  /// Table 三's value columns, left to right: the key's last component.
  static let applicationColumns = ["naturalPerson", "commercial", "research", "nonprofit", "legal", "other", "total"]

  /// Labels that mark a row of table 三 as a column header, not a data row.
  static let applicationHeaderLabels = [
    "本列数据的勾稽关系", "申请人情况", "自然人", "法人或其他组织", "商业企业", "科研机构", "社会公益组织", "法律服务机构",
  ]

  // MARK: Table 四 (review and litigation)

  /// Table 四's fifteen value columns, left to right: the full keys.
  static let reviewColumns: [String] = {
    let parts = ["upheld", "corrected", "other", "pending", "total"]
    return ["review", "litigation.direct", "litigation.afterReview"].flatMap { group in parts.map { "\(group).\($0)" } }
  }()

  /// Labels of table 四's header rows.
  static let reviewHeaderLabels = [
    "行政复议", "行政诉讼", "结果维持", "结果纠正", "其他结果", "尚未审结", "未经复议直接起诉", "复议后起诉",
  ]

  // MARK: Other template labels

  /// Labels of the templates that are none of the above as written (table 二's
  /// `第二十条` titles, its unit-bearing column headers, table 三's note). They carry
  /// no knowledge of their own: listing them only lets ``LabelClass`` look their
  /// class up instead of matching it on every report. Their class is whatever
  /// matching gives (a column header with its unit still matches its column).
  static let otherTemplateLabels = [
    "第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项", "第二十条第（九）项",
    "本年收费金额（单位：万元）", "采购总金额（单位：万元）",
    "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
  ]

  // MARK: Editions

  /// Header and row labels that only one edition's template has.
  static let editionMarkers: [(label: String, edition: Edition)] = [
    ("本年制发件数", .edition2021), ("本年废止件数", .edition2021), ("现行有效件数", .edition2021),
    ("本年处理决定数量", .edition2021), ("本年收费金额", .edition2021), ("行政规范性文件", .edition2021),
    ("申请人无正当理由逾期不补正", .edition2021), ("申请人逾期未按收费通知要求缴纳费用", .edition2021),
    ("本年新制作数量", .edition2019), ("本年新公开数量", .edition2019), ("对外公开总数量", .edition2019),
    ("上一年项目数量", .edition2019), ("本年增/减", .edition2019), ("其他对外管理服务事项", .edition2019),
    ("政府集中采购", .edition2019), ("采购项目数量", .edition2019), ("采购总金额", .edition2019),
  ]
}
