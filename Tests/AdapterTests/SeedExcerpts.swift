import DisclosureModel

/// Excerpts of the five real samples in `/work/shared/seeds/`, copied verbatim (a tab
/// is written `\t`, a leading space `\u{20}`). Each excerpt is preceded by blank
/// lines so that its line numbers are the sample's own.
enum SeedExcerpts {
  /// `text` placed so that its first line is line `firstLine`.
  static func excerpt(firstLine: Int, _ text: String) -> SourceText {
    SourceText(String(repeating: "\n", count: max(0, firstLine - 1)) + text)
  }

  /// Sample 000, lines 45-90: table 二, table 三 split in two by a blank line, and the
  /// broken vertical header of table 四 (its heading lost).
  static let tsv000 = excerpt(
    firstLine: 45,
    """
    二、主动公开政府信息情况

    第二十条第（一）项\t\t\t
    信息内容\t本年制发件数\t本年废止件数\t现行有效件数
    规章\t0\t0\t0
    行政规范性文件\t0\t0\t0
    第二十条第（五）项\t\t\t
    信息内容\t本年处理决定数量\t\t
    行政许可\t0\t\t
    第二十条第（六）项\t\t\t
    信息内容\t本年处理决定数量\t\t
    行政处罚\t0\t\t
    行政强制\t0\t\t
    第二十条第（八）项\t\t\t
    信息内容\t本年收费金额（单位：万元）\t\t
    行政事业性收费\t0\t\t

    三、收到和处理政府信息公开申请情况

    (本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)\t\t申请人情况\t\t\t\t\t\t\t
    \t\t自然人\t法人或其他组织\t\t\t\t\t总计\t
    \t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t\t
    一、本年新收政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0\t
    二、上年结转政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0\t
    三、本年度办理结果\t(一) 予以公开\t0\t0\t0\t0\t0\t0\t0\t
    \t(二) 部分公开(区分的, 只计这一情形, 不计其他情形)\t0\t0\t0\t0\t0\t0\t0\t
    \t(三) 不予公开\t1. 属于国家秘密\t0\t0\t0\t0\t0\t0\t0
    \t\t2. 其他法律行政法规禁止公开\t0\t0\t0\t0\t0\t0\t0
    3. 危及“三安全一稳定”\t\t0\t0\t0\t0\t0\t0\t0\t

    \t\t4.保护第三方合法权益\t0\t0\t0\t0\t0\t0
    \t\t5.属于三类内部事务信息\t0\t0\t0\t0\t0\t0
    \t\t6.属于四类过程性信息\t0\t0\t0\t0\t0\t0
    \t\t7.属于行政执法案卷\t0\t0\t0\t0\t0\t0
    \t\t8.属于行政查询事项\t0\t0\t0\t0\t0\t0
    \t(四) 无法提供\t1.本机关不掌握相关政府信息\t0\t0\t0\t0\t0\t0
    \t\t2.没有现成信息需要另行制作\t0\t0\t0\t0\t0\t0
    \t\t3.补正后申请内容仍不明确\t0\t0\t0\t0\t0\t0
    \t(五) 不予处理\t1.信访举报投诉类申请\t0\t0\t0\t0\t0\t0
    \t\t2.重复申请\t0\t0\t0\t0\t0\t0
    \t\t3.要求提供公开出版物\t0\t0\t0\t0\t0\t0
    \t\t4.无正当理由大\t0\t0\t0\t0\t0\t0

    持\t正\t果\t结\t\t维\t纠\t结\t审\t\t维\t纠\t结\t审\t
    0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0

    """)

  /// Sample 002, lines 64-73: the end of table 三 and table 四.
  static let tsv002 = excerpt(
    firstLine: 64,
    """
    (六) 其他处理\t\t0\t0\t0\t0\t0\t0\t0
    (七) 总计\t\t0\t0\t0\t0\t0\t0\t0
    四、结转下年度继续办理\t\t0\t0\t0\t0\t0\t0\t0

    四、政府信息公开行政复议、行政诉讼情况

    行政复议\t\t\t\t\t行政诉讼\t\t\t\t\t\t\t\t\t
    结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t
    \t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计
    0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0
    """)

  /// Sample 001, lines 31-56: table 二 and the start of table 三.
  static let markdown001 = excerpt(
    firstLine: 31,
    """
    二、主动公开政府信息情况

    | 第二十条第（一）项 | | | |
    |-----------|---------------|--------|--------|
    | 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
    | 规章 | 0 | 0 | 0 |
    | 行政规范性文件 | 0 | 0 | 0 |
    | 第二十条第（五）项 | | | |
    | 信息内容 | 本年处理决定数量 | | |
    | 行政许可 | 0 | | |
    | 第二十条第（六）项 | | | |
    | 信息内容 | 本年处理决定数量 | | |
    | 行政处罚 | 0 | | |
    | 行政强制 | 0 | | |
    | 第二十条第（八）项 | | | |
    | 信息内容 | 本年收费金额（单位：万元） | | |
    | 行政事业性收费 | 0 | | |

    三、收到和处理政府信息公开申请情况

    | (本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和) | | 申请人情况 | | | | | | 总计 | |
    |------------------------------------|----------------------------------|--|---------|------|--------|--------|----|----|---|
    | | | 自然人 | 法人或其他组织 | | | | | | |
    | | | | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | | |
    | 一、本年新收政府信息公开申请数量 | | 0 | 0 | 0 | 0 | 0 | 0 | 0 | |
    | 二、上年结转政府信息公开申请数量 | | 0 | 0 | 0 | 0 | 0 | 0 | 0 | |
    """)

  /// Sample 003, lines 43-52: table 三 split at a page break (a blank line, an empty
  /// header and a second delimiter line).
  static let markdown003 = excerpt(
    firstLine: 43,
    """
    | 三、本年度办理结果 | (一) 予以公开 | | 0 | 0 | 0 | 0 | 0 | 0 |
    | | (二) 部分公开（区分处理的，只计这一情形，不计其他情形） | | 0 | 0 | 0 | 0 | 0 | 0 |
    | | (三) 不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 |
    | | | 2.其他法律法规禁止公开 | 0 | 0 | 0 | 0 | 0 | 0 |

    | | | | | | | | | | | | | | |
    |-------------|----------|---------------------------------------|---|---|---|---|---|---|---|---|---|---|---|
    | | | 3.危及“三安全一稳定” | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
    | | | 4.保护第三方合法权益 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
    | | | 5.属于三类内部事务信息 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
    """)

  /// Sample 004, lines 16-90: table 二 and the start of table 三, with the wrapped
  /// header cells.
  static let cellPerLine004Head = excerpt(
    firstLine: 16,
    """
    二、主动公开政府信息的情况
    主动公开政府信息类别主要包括政府工作重要事项（预算、决算），均按照规定的信息上传工作时间及时上网发布。
    主要通过松北区人民政府网站主动公开政府信息。
    \t第二十条第（一）项

    \t信息内容
    \t本年制发件数
    \t本年废止件数
    \t现行有效件数

    \t规章
    \t0
    \t0
    \t0

    \t行政规范性文件
    \t0
    \t0
    \t0

    \t第二十条第（五）项

    \t信息内容
    \t本年处理决定数量

    \t行政许可
    \t0

    \t第二十条第（六）项

    \t信息内容
    \t本年处理决定数量

    \t行政处罚
    \t0

    \t行政强制
    \t

    \t第二十条第（八）项

    \t信息内容
    \t本年收费金额（单位：万元）

    \t行政事业性收费
    \t0



    三、政府信息依申请公开办理情况
    2021年我镇未收到书面或其它形式要求公开政府信息的申请。
    \t（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）
    \t申请人情况

    \t
    \t自然人
    \t法人或其他组织
    \t总计

    \t
    \t
    \t商业
    \t科研
    \t社会
    公益
    组织
    \t法律
    服务
    机构
    \t其他
    \t

    \t
    \t
    \t企业
    """)

  /// Sample 004, lines 364-384: table 四, whose first and last cell lines start with a
  /// space.
  static let cellPerLine004Review = excerpt(
    firstLine: 364,
    """

    四、因政府信息公开申请行政复议、提起行政诉讼情况
    2021年我镇没有发生因政府信息公开申请行政复议和提起行政诉讼案件。
    \u{20}\t0
    \t0
    \t0
    \t0
    \t0
    \t0
    \t0
    \t0
    \t0
    \t0
    \t0
    \t0
    \u{20}\t0



    五、政府信息公开工作存在的主要问题及改进情况
    一年来，我镇完善信息公开工作机制，深化主动公开意识，提升信息公开平台功能，创新信息公开方式，丰富信息公开内容，各项工作均取得新的进展。但仍存在薄弱环节，在信息公开答复规范性方面仍有待加强。
    """)
}
