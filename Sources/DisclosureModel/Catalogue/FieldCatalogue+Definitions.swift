// This file mirrors fields.tsv of the report contract, row for row.
// FieldCatalogueTests proves it equals Tests/DisclosureModelTests/Resources/fields.tsv.

extension FieldCatalogue {
  /// Every canonical field of both editions, in the order of `fields.tsv`.
  public static let all: [FieldDefinition] = [
    FieldDefinition("report.title", .both, section: "-", row: "报告标题", column: "-", type: .text),
    FieldDefinition("report.agency", .both, section: "-", row: "发布机关", column: "-", type: .text),
    FieldDefinition("report.year", .both, section: "-", row: "报告年度", column: "-", type: .integer),
    FieldDefinition(
      "report.edition", .both, section: "-", row: "年报格式版本: 2019 (国办公开办函〔2019〕60号) 或 2021 (国办公开办函〔2021〕30号)",
      column: "-", type: .text),
    FieldDefinition(
      "report.layout", .both, section: "-", row: "源文本版式: tsv, markdown, cell-per-line", column: "-", type: .text),
    FieldDefinition(
      "proactive.rules.issued", .edition2021, section: "二、主动公开政府信息情况 第二十条第（一）项", row: "规章", column: "本年制发件数",
      type: .integer),
    FieldDefinition(
      "proactive.rules.repealed", .edition2021, section: "二、主动公开政府信息情况 第二十条第（一）项", row: "规章", column: "本年废止件数",
      type: .integer),
    FieldDefinition(
      "proactive.rules.inForce", .edition2021, section: "二、主动公开政府信息情况 第二十条第（一）项", row: "规章", column: "现行有效件数",
      type: .integer),
    FieldDefinition(
      "proactive.normativeDocuments.issued", .edition2021, section: "二、主动公开政府信息情况 第二十条第（一）项", row: "行政规范性文件",
      column: "本年制发件数", type: .integer),
    FieldDefinition(
      "proactive.normativeDocuments.repealed", .edition2021, section: "二、主动公开政府信息情况 第二十条第（一）项", row: "行政规范性文件",
      column: "本年废止件数", type: .integer),
    FieldDefinition(
      "proactive.normativeDocuments.inForce", .edition2021, section: "二、主动公开政府信息情况 第二十条第（一）项", row: "行政规范性文件",
      column: "现行有效件数", type: .integer),
    FieldDefinition(
      "proactive.licensing.decisions", .edition2021, section: "二、主动公开政府信息情况 第二十条第（五）项", row: "行政许可", column: "本年处理决定数量",
      type: .integer),
    FieldDefinition(
      "proactive.penalties.decisions", .edition2021, section: "二、主动公开政府信息情况 第二十条第（六）项", row: "行政处罚", column: "本年处理决定数量",
      type: .integer),
    FieldDefinition(
      "proactive.coercion.decisions", .edition2021, section: "二、主动公开政府信息情况 第二十条第（六）项", row: "行政强制", column: "本年处理决定数量",
      type: .integer),
    FieldDefinition(
      "proactive.fees.amount", .edition2021, section: "二、主动公开政府信息情况 第二十条第（八）项", row: "行政事业性收费", column: "本年收费金额（单位：万元）",
      type: .decimal),
    FieldDefinition(
      "proactive.rules.made", .edition2019, section: "二、主动公开政府信息情况 第二十条第（一）项", row: "规章", column: "本年新制作数量",
      type: .integer),
    FieldDefinition(
      "proactive.rules.published", .edition2019, section: "二、主动公开政府信息情况 第二十条第（一）项", row: "规章", column: "本年新公开数量",
      type: .integer),
    FieldDefinition(
      "proactive.rules.totalPublished", .edition2019, section: "二、主动公开政府信息情况 第二十条第（一）项", row: "规章", column: "对外公开总数量",
      type: .integer),
    FieldDefinition(
      "proactive.normativeDocuments.made", .edition2019, section: "二、主动公开政府信息情况 第二十条第（一）项", row: "规范性文件",
      column: "本年新制作数量", type: .integer),
    FieldDefinition(
      "proactive.normativeDocuments.published", .edition2019, section: "二、主动公开政府信息情况 第二十条第（一）项", row: "规范性文件",
      column: "本年新公开数量", type: .integer),
    FieldDefinition(
      "proactive.normativeDocuments.totalPublished", .edition2019, section: "二、主动公开政府信息情况 第二十条第（一）项", row: "规范性文件",
      column: "对外公开总数量", type: .integer),
    FieldDefinition(
      "proactive.licensing.previousItems", .edition2019, section: "二、主动公开政府信息情况 第二十条第（五）项", row: "行政许可",
      column: "上一年项目数量", type: .integer),
    FieldDefinition(
      "proactive.licensing.change", .edition2019, section: "二、主动公开政府信息情况 第二十条第（五）项", row: "行政许可", column: "本年增/减",
      type: .integer),
    FieldDefinition(
      "proactive.licensing.decisions", .edition2019, section: "二、主动公开政府信息情况 第二十条第（五）项", row: "行政许可", column: "处理决定数量",
      type: .integer),
    FieldDefinition(
      "proactive.otherServices.previousItems", .edition2019, section: "二、主动公开政府信息情况 第二十条第（五）项", row: "其他对外管理服务事项",
      column: "上一年项目数量", type: .integer),
    FieldDefinition(
      "proactive.otherServices.change", .edition2019, section: "二、主动公开政府信息情况 第二十条第（五）项", row: "其他对外管理服务事项",
      column: "本年增/减", type: .integer),
    FieldDefinition(
      "proactive.otherServices.decisions", .edition2019, section: "二、主动公开政府信息情况 第二十条第（五）项", row: "其他对外管理服务事项",
      column: "处理决定数量", type: .integer),
    FieldDefinition(
      "proactive.penalties.previousItems", .edition2019, section: "二、主动公开政府信息情况 第二十条第（六）项", row: "行政处罚",
      column: "上一年项目数量", type: .integer),
    FieldDefinition(
      "proactive.penalties.change", .edition2019, section: "二、主动公开政府信息情况 第二十条第（六）项", row: "行政处罚", column: "本年增/减",
      type: .integer),
    FieldDefinition(
      "proactive.penalties.decisions", .edition2019, section: "二、主动公开政府信息情况 第二十条第（六）项", row: "行政处罚", column: "处理决定数量",
      type: .integer),
    FieldDefinition(
      "proactive.coercion.previousItems", .edition2019, section: "二、主动公开政府信息情况 第二十条第（六）项", row: "行政强制",
      column: "上一年项目数量", type: .integer),
    FieldDefinition(
      "proactive.coercion.change", .edition2019, section: "二、主动公开政府信息情况 第二十条第（六）项", row: "行政强制", column: "本年增/减",
      type: .integer),
    FieldDefinition(
      "proactive.coercion.decisions", .edition2019, section: "二、主动公开政府信息情况 第二十条第（六）项", row: "行政强制", column: "处理决定数量",
      type: .integer),
    FieldDefinition(
      "proactive.fees.previousItems", .edition2019, section: "二、主动公开政府信息情况 第二十条第（八）项", row: "行政事业性收费",
      column: "上一年项目数量", type: .integer),
    FieldDefinition(
      "proactive.fees.change", .edition2019, section: "二、主动公开政府信息情况 第二十条第（八）项", row: "行政事业性收费", column: "本年增/减",
      type: .integer),
    FieldDefinition(
      "proactive.procurement.projects", .edition2019, section: "二、主动公开政府信息情况 第二十条第（九）项", row: "政府集中采购",
      column: "采购项目数量", type: .integer),
    FieldDefinition(
      "proactive.procurement.amount", .edition2019, section: "二、主动公开政府信息情况 第二十条第（九）项", row: "政府集中采购",
      column: "采购总金额（单位：万元）", type: .decimal),
    FieldDefinition(
      "applications.received.naturalPerson", .both, section: "三、收到和处理政府信息公开申请情况", row: "一、本年新收政府信息公开申请数量",
      column: "自然人", type: .integer),
    FieldDefinition(
      "applications.received.commercial", .both, section: "三、收到和处理政府信息公开申请情况", row: "一、本年新收政府信息公开申请数量",
      column: "法人或其他组织/商业企业", type: .integer),
    FieldDefinition(
      "applications.received.research", .both, section: "三、收到和处理政府信息公开申请情况", row: "一、本年新收政府信息公开申请数量",
      column: "法人或其他组织/科研机构", type: .integer),
    FieldDefinition(
      "applications.received.nonprofit", .both, section: "三、收到和处理政府信息公开申请情况", row: "一、本年新收政府信息公开申请数量",
      column: "法人或其他组织/社会公益组织", type: .integer),
    FieldDefinition(
      "applications.received.legal", .both, section: "三、收到和处理政府信息公开申请情况", row: "一、本年新收政府信息公开申请数量",
      column: "法人或其他组织/法律服务机构", type: .integer),
    FieldDefinition(
      "applications.received.other", .both, section: "三、收到和处理政府信息公开申请情况", row: "一、本年新收政府信息公开申请数量", column: "法人或其他组织/其他",
      type: .integer),
    FieldDefinition(
      "applications.received.total", .both, section: "三、收到和处理政府信息公开申请情况", row: "一、本年新收政府信息公开申请数量", column: "总计",
      type: .integer),
    FieldDefinition(
      "applications.carriedOver.naturalPerson", .both, section: "三、收到和处理政府信息公开申请情况", row: "二、上年结转政府信息公开申请数量",
      column: "自然人", type: .integer),
    FieldDefinition(
      "applications.carriedOver.commercial", .both, section: "三、收到和处理政府信息公开申请情况", row: "二、上年结转政府信息公开申请数量",
      column: "法人或其他组织/商业企业", type: .integer),
    FieldDefinition(
      "applications.carriedOver.research", .both, section: "三、收到和处理政府信息公开申请情况", row: "二、上年结转政府信息公开申请数量",
      column: "法人或其他组织/科研机构", type: .integer),
    FieldDefinition(
      "applications.carriedOver.nonprofit", .both, section: "三、收到和处理政府信息公开申请情况", row: "二、上年结转政府信息公开申请数量",
      column: "法人或其他组织/社会公益组织", type: .integer),
    FieldDefinition(
      "applications.carriedOver.legal", .both, section: "三、收到和处理政府信息公开申请情况", row: "二、上年结转政府信息公开申请数量",
      column: "法人或其他组织/法律服务机构", type: .integer),
    FieldDefinition(
      "applications.carriedOver.other", .both, section: "三、收到和处理政府信息公开申请情况", row: "二、上年结转政府信息公开申请数量",
      column: "法人或其他组织/其他", type: .integer),
    FieldDefinition(
      "applications.carriedOver.total", .both, section: "三、收到和处理政府信息公开申请情况", row: "二、上年结转政府信息公开申请数量", column: "总计",
      type: .integer),
    FieldDefinition(
      "applications.granted.naturalPerson", .both, section: "三、收到和处理政府信息公开申请情况", row: "三、本年度办理结果/（一）予以公开",
      column: "自然人", type: .integer),
    FieldDefinition(
      "applications.granted.commercial", .both, section: "三、收到和处理政府信息公开申请情况", row: "三、本年度办理结果/（一）予以公开",
      column: "法人或其他组织/商业企业", type: .integer),
    FieldDefinition(
      "applications.granted.research", .both, section: "三、收到和处理政府信息公开申请情况", row: "三、本年度办理结果/（一）予以公开",
      column: "法人或其他组织/科研机构", type: .integer),
    FieldDefinition(
      "applications.granted.nonprofit", .both, section: "三、收到和处理政府信息公开申请情况", row: "三、本年度办理结果/（一）予以公开",
      column: "法人或其他组织/社会公益组织", type: .integer),
    FieldDefinition(
      "applications.granted.legal", .both, section: "三、收到和处理政府信息公开申请情况", row: "三、本年度办理结果/（一）予以公开",
      column: "法人或其他组织/法律服务机构", type: .integer),
    FieldDefinition(
      "applications.granted.other", .both, section: "三、收到和处理政府信息公开申请情况", row: "三、本年度办理结果/（一）予以公开", column: "法人或其他组织/其他",
      type: .integer),
    FieldDefinition(
      "applications.granted.total", .both, section: "三、收到和处理政府信息公开申请情况", row: "三、本年度办理结果/（一）予以公开", column: "总计",
      type: .integer),
    FieldDefinition(
      "applications.partiallyGranted.naturalPerson", .both, section: "三、收到和处理政府信息公开申请情况",
      row: "三、本年度办理结果/（二）部分公开（区分处理的，只计这一情形，不计其他情形）", column: "自然人", type: .integer),
    FieldDefinition(
      "applications.partiallyGranted.commercial", .both, section: "三、收到和处理政府信息公开申请情况",
      row: "三、本年度办理结果/（二）部分公开（区分处理的，只计这一情形，不计其他情形）", column: "法人或其他组织/商业企业", type: .integer),
    FieldDefinition(
      "applications.partiallyGranted.research", .both, section: "三、收到和处理政府信息公开申请情况",
      row: "三、本年度办理结果/（二）部分公开（区分处理的，只计这一情形，不计其他情形）", column: "法人或其他组织/科研机构", type: .integer),
    FieldDefinition(
      "applications.partiallyGranted.nonprofit", .both, section: "三、收到和处理政府信息公开申请情况",
      row: "三、本年度办理结果/（二）部分公开（区分处理的，只计这一情形，不计其他情形）", column: "法人或其他组织/社会公益组织", type: .integer),
    FieldDefinition(
      "applications.partiallyGranted.legal", .both, section: "三、收到和处理政府信息公开申请情况",
      row: "三、本年度办理结果/（二）部分公开（区分处理的，只计这一情形，不计其他情形）", column: "法人或其他组织/法律服务机构", type: .integer),
    FieldDefinition(
      "applications.partiallyGranted.other", .both, section: "三、收到和处理政府信息公开申请情况",
      row: "三、本年度办理结果/（二）部分公开（区分处理的，只计这一情形，不计其他情形）", column: "法人或其他组织/其他", type: .integer),
    FieldDefinition(
      "applications.partiallyGranted.total", .both, section: "三、收到和处理政府信息公开申请情况",
      row: "三、本年度办理结果/（二）部分公开（区分处理的，只计这一情形，不计其他情形）", column: "总计", type: .integer),
    FieldDefinition(
      "applications.denied.stateSecret.naturalPerson", .both, section: "三、收到和处理政府信息公开申请情况", row: "（三）不予公开/1.属于国家秘密",
      column: "自然人", type: .integer),
    FieldDefinition(
      "applications.denied.stateSecret.commercial", .both, section: "三、收到和处理政府信息公开申请情况", row: "（三）不予公开/1.属于国家秘密",
      column: "法人或其他组织/商业企业", type: .integer),
    FieldDefinition(
      "applications.denied.stateSecret.research", .both, section: "三、收到和处理政府信息公开申请情况", row: "（三）不予公开/1.属于国家秘密",
      column: "法人或其他组织/科研机构", type: .integer),
    FieldDefinition(
      "applications.denied.stateSecret.nonprofit", .both, section: "三、收到和处理政府信息公开申请情况", row: "（三）不予公开/1.属于国家秘密",
      column: "法人或其他组织/社会公益组织", type: .integer),
    FieldDefinition(
      "applications.denied.stateSecret.legal", .both, section: "三、收到和处理政府信息公开申请情况", row: "（三）不予公开/1.属于国家秘密",
      column: "法人或其他组织/法律服务机构", type: .integer),
    FieldDefinition(
      "applications.denied.stateSecret.other", .both, section: "三、收到和处理政府信息公开申请情况", row: "（三）不予公开/1.属于国家秘密",
      column: "法人或其他组织/其他", type: .integer),
    FieldDefinition(
      "applications.denied.stateSecret.total", .both, section: "三、收到和处理政府信息公开申请情况", row: "（三）不予公开/1.属于国家秘密",
      column: "总计", type: .integer),
    FieldDefinition(
      "applications.denied.prohibitedByLaw.naturalPerson", .both, section: "三、收到和处理政府信息公开申请情况",
      row: "（三）不予公开/2.其他法律行政法规禁止公开", column: "自然人", type: .integer),
    FieldDefinition(
      "applications.denied.prohibitedByLaw.commercial", .both, section: "三、收到和处理政府信息公开申请情况",
      row: "（三）不予公开/2.其他法律行政法规禁止公开", column: "法人或其他组织/商业企业", type: .integer),
    FieldDefinition(
      "applications.denied.prohibitedByLaw.research", .both, section: "三、收到和处理政府信息公开申请情况",
      row: "（三）不予公开/2.其他法律行政法规禁止公开", column: "法人或其他组织/科研机构", type: .integer),
    FieldDefinition(
      "applications.denied.prohibitedByLaw.nonprofit", .both, section: "三、收到和处理政府信息公开申请情况",
      row: "（三）不予公开/2.其他法律行政法规禁止公开", column: "法人或其他组织/社会公益组织", type: .integer),
    FieldDefinition(
      "applications.denied.prohibitedByLaw.legal", .both, section: "三、收到和处理政府信息公开申请情况", row: "（三）不予公开/2.其他法律行政法规禁止公开",
      column: "法人或其他组织/法律服务机构", type: .integer),
    FieldDefinition(
      "applications.denied.prohibitedByLaw.other", .both, section: "三、收到和处理政府信息公开申请情况", row: "（三）不予公开/2.其他法律行政法规禁止公开",
      column: "法人或其他组织/其他", type: .integer),
    FieldDefinition(
      "applications.denied.prohibitedByLaw.total", .both, section: "三、收到和处理政府信息公开申请情况", row: "（三）不予公开/2.其他法律行政法规禁止公开",
      column: "总计", type: .integer),
    FieldDefinition(
      "applications.denied.securityStability.naturalPerson", .both, section: "三、收到和处理政府信息公开申请情况",
      row: "（三）不予公开/3.危及“三安全一稳定”", column: "自然人", type: .integer),
    FieldDefinition(
      "applications.denied.securityStability.commercial", .both, section: "三、收到和处理政府信息公开申请情况",
      row: "（三）不予公开/3.危及“三安全一稳定”", column: "法人或其他组织/商业企业", type: .integer),
    FieldDefinition(
      "applications.denied.securityStability.research", .both, section: "三、收到和处理政府信息公开申请情况",
      row: "（三）不予公开/3.危及“三安全一稳定”", column: "法人或其他组织/科研机构", type: .integer),
    FieldDefinition(
      "applications.denied.securityStability.nonprofit", .both, section: "三、收到和处理政府信息公开申请情况",
      row: "（三）不予公开/3.危及“三安全一稳定”", column: "法人或其他组织/社会公益组织", type: .integer),
    FieldDefinition(
      "applications.denied.securityStability.legal", .both, section: "三、收到和处理政府信息公开申请情况", row: "（三）不予公开/3.危及“三安全一稳定”",
      column: "法人或其他组织/法律服务机构", type: .integer),
    FieldDefinition(
      "applications.denied.securityStability.other", .both, section: "三、收到和处理政府信息公开申请情况", row: "（三）不予公开/3.危及“三安全一稳定”",
      column: "法人或其他组织/其他", type: .integer),
    FieldDefinition(
      "applications.denied.securityStability.total", .both, section: "三、收到和处理政府信息公开申请情况", row: "（三）不予公开/3.危及“三安全一稳定”",
      column: "总计", type: .integer),
    FieldDefinition(
      "applications.denied.thirdPartyRights.naturalPerson", .both, section: "三、收到和处理政府信息公开申请情况",
      row: "（三）不予公开/4.保护第三方合法权益", column: "自然人", type: .integer),
    FieldDefinition(
      "applications.denied.thirdPartyRights.commercial", .both, section: "三、收到和处理政府信息公开申请情况",
      row: "（三）不予公开/4.保护第三方合法权益", column: "法人或其他组织/商业企业", type: .integer),
    FieldDefinition(
      "applications.denied.thirdPartyRights.research", .both, section: "三、收到和处理政府信息公开申请情况", row: "（三）不予公开/4.保护第三方合法权益",
      column: "法人或其他组织/科研机构", type: .integer),
    FieldDefinition(
      "applications.denied.thirdPartyRights.nonprofit", .both, section: "三、收到和处理政府信息公开申请情况", row: "（三）不予公开/4.保护第三方合法权益",
      column: "法人或其他组织/社会公益组织", type: .integer),
    FieldDefinition(
      "applications.denied.thirdPartyRights.legal", .both, section: "三、收到和处理政府信息公开申请情况", row: "（三）不予公开/4.保护第三方合法权益",
      column: "法人或其他组织/法律服务机构", type: .integer),
    FieldDefinition(
      "applications.denied.thirdPartyRights.other", .both, section: "三、收到和处理政府信息公开申请情况", row: "（三）不予公开/4.保护第三方合法权益",
      column: "法人或其他组织/其他", type: .integer),
    FieldDefinition(
      "applications.denied.thirdPartyRights.total", .both, section: "三、收到和处理政府信息公开申请情况", row: "（三）不予公开/4.保护第三方合法权益",
      column: "总计", type: .integer),
    FieldDefinition(
      "applications.denied.internalAffairs.naturalPerson", .both, section: "三、收到和处理政府信息公开申请情况",
      row: "（三）不予公开/5.属于三类内部事务信息", column: "自然人", type: .integer),
    FieldDefinition(
      "applications.denied.internalAffairs.commercial", .both, section: "三、收到和处理政府信息公开申请情况",
      row: "（三）不予公开/5.属于三类内部事务信息", column: "法人或其他组织/商业企业", type: .integer),
    FieldDefinition(
      "applications.denied.internalAffairs.research", .both, section: "三、收到和处理政府信息公开申请情况", row: "（三）不予公开/5.属于三类内部事务信息",
      column: "法人或其他组织/科研机构", type: .integer),
    FieldDefinition(
      "applications.denied.internalAffairs.nonprofit", .both, section: "三、收到和处理政府信息公开申请情况", row: "（三）不予公开/5.属于三类内部事务信息",
      column: "法人或其他组织/社会公益组织", type: .integer),
    FieldDefinition(
      "applications.denied.internalAffairs.legal", .both, section: "三、收到和处理政府信息公开申请情况", row: "（三）不予公开/5.属于三类内部事务信息",
      column: "法人或其他组织/法律服务机构", type: .integer),
    FieldDefinition(
      "applications.denied.internalAffairs.other", .both, section: "三、收到和处理政府信息公开申请情况", row: "（三）不予公开/5.属于三类内部事务信息",
      column: "法人或其他组织/其他", type: .integer),
    FieldDefinition(
      "applications.denied.internalAffairs.total", .both, section: "三、收到和处理政府信息公开申请情况", row: "（三）不予公开/5.属于三类内部事务信息",
      column: "总计", type: .integer),
    FieldDefinition(
      "applications.denied.processInformation.naturalPerson", .both, section: "三、收到和处理政府信息公开申请情况",
      row: "（三）不予公开/6.属于四类过程性信息", column: "自然人", type: .integer),
    FieldDefinition(
      "applications.denied.processInformation.commercial", .both, section: "三、收到和处理政府信息公开申请情况",
      row: "（三）不予公开/6.属于四类过程性信息", column: "法人或其他组织/商业企业", type: .integer),
    FieldDefinition(
      "applications.denied.processInformation.research", .both, section: "三、收到和处理政府信息公开申请情况",
      row: "（三）不予公开/6.属于四类过程性信息", column: "法人或其他组织/科研机构", type: .integer),
    FieldDefinition(
      "applications.denied.processInformation.nonprofit", .both, section: "三、收到和处理政府信息公开申请情况",
      row: "（三）不予公开/6.属于四类过程性信息", column: "法人或其他组织/社会公益组织", type: .integer),
    FieldDefinition(
      "applications.denied.processInformation.legal", .both, section: "三、收到和处理政府信息公开申请情况", row: "（三）不予公开/6.属于四类过程性信息",
      column: "法人或其他组织/法律服务机构", type: .integer),
    FieldDefinition(
      "applications.denied.processInformation.other", .both, section: "三、收到和处理政府信息公开申请情况", row: "（三）不予公开/6.属于四类过程性信息",
      column: "法人或其他组织/其他", type: .integer),
    FieldDefinition(
      "applications.denied.processInformation.total", .both, section: "三、收到和处理政府信息公开申请情况", row: "（三）不予公开/6.属于四类过程性信息",
      column: "总计", type: .integer),
    FieldDefinition(
      "applications.denied.enforcementFiles.naturalPerson", .both, section: "三、收到和处理政府信息公开申请情况",
      row: "（三）不予公开/7.属于行政执法案卷", column: "自然人", type: .integer),
    FieldDefinition(
      "applications.denied.enforcementFiles.commercial", .both, section: "三、收到和处理政府信息公开申请情况", row: "（三）不予公开/7.属于行政执法案卷",
      column: "法人或其他组织/商业企业", type: .integer),
    FieldDefinition(
      "applications.denied.enforcementFiles.research", .both, section: "三、收到和处理政府信息公开申请情况", row: "（三）不予公开/7.属于行政执法案卷",
      column: "法人或其他组织/科研机构", type: .integer),
    FieldDefinition(
      "applications.denied.enforcementFiles.nonprofit", .both, section: "三、收到和处理政府信息公开申请情况", row: "（三）不予公开/7.属于行政执法案卷",
      column: "法人或其他组织/社会公益组织", type: .integer),
    FieldDefinition(
      "applications.denied.enforcementFiles.legal", .both, section: "三、收到和处理政府信息公开申请情况", row: "（三）不予公开/7.属于行政执法案卷",
      column: "法人或其他组织/法律服务机构", type: .integer),
    FieldDefinition(
      "applications.denied.enforcementFiles.other", .both, section: "三、收到和处理政府信息公开申请情况", row: "（三）不予公开/7.属于行政执法案卷",
      column: "法人或其他组织/其他", type: .integer),
    FieldDefinition(
      "applications.denied.enforcementFiles.total", .both, section: "三、收到和处理政府信息公开申请情况", row: "（三）不予公开/7.属于行政执法案卷",
      column: "总计", type: .integer),
    FieldDefinition(
      "applications.denied.administrativeQuery.naturalPerson", .both, section: "三、收到和处理政府信息公开申请情况",
      row: "（三）不予公开/8.属于行政查询事项", column: "自然人", type: .integer),
    FieldDefinition(
      "applications.denied.administrativeQuery.commercial", .both, section: "三、收到和处理政府信息公开申请情况",
      row: "（三）不予公开/8.属于行政查询事项", column: "法人或其他组织/商业企业", type: .integer),
    FieldDefinition(
      "applications.denied.administrativeQuery.research", .both, section: "三、收到和处理政府信息公开申请情况",
      row: "（三）不予公开/8.属于行政查询事项", column: "法人或其他组织/科研机构", type: .integer),
    FieldDefinition(
      "applications.denied.administrativeQuery.nonprofit", .both, section: "三、收到和处理政府信息公开申请情况",
      row: "（三）不予公开/8.属于行政查询事项", column: "法人或其他组织/社会公益组织", type: .integer),
    FieldDefinition(
      "applications.denied.administrativeQuery.legal", .both, section: "三、收到和处理政府信息公开申请情况", row: "（三）不予公开/8.属于行政查询事项",
      column: "法人或其他组织/法律服务机构", type: .integer),
    FieldDefinition(
      "applications.denied.administrativeQuery.other", .both, section: "三、收到和处理政府信息公开申请情况", row: "（三）不予公开/8.属于行政查询事项",
      column: "法人或其他组织/其他", type: .integer),
    FieldDefinition(
      "applications.denied.administrativeQuery.total", .both, section: "三、收到和处理政府信息公开申请情况", row: "（三）不予公开/8.属于行政查询事项",
      column: "总计", type: .integer),
    FieldDefinition(
      "applications.unavailable.notHeld.naturalPerson", .both, section: "三、收到和处理政府信息公开申请情况",
      row: "（四）无法提供/1.本机关不掌握相关政府信息", column: "自然人", type: .integer),
    FieldDefinition(
      "applications.unavailable.notHeld.commercial", .both, section: "三、收到和处理政府信息公开申请情况", row: "（四）无法提供/1.本机关不掌握相关政府信息",
      column: "法人或其他组织/商业企业", type: .integer),
    FieldDefinition(
      "applications.unavailable.notHeld.research", .both, section: "三、收到和处理政府信息公开申请情况", row: "（四）无法提供/1.本机关不掌握相关政府信息",
      column: "法人或其他组织/科研机构", type: .integer),
    FieldDefinition(
      "applications.unavailable.notHeld.nonprofit", .both, section: "三、收到和处理政府信息公开申请情况", row: "（四）无法提供/1.本机关不掌握相关政府信息",
      column: "法人或其他组织/社会公益组织", type: .integer),
    FieldDefinition(
      "applications.unavailable.notHeld.legal", .both, section: "三、收到和处理政府信息公开申请情况", row: "（四）无法提供/1.本机关不掌握相关政府信息",
      column: "法人或其他组织/法律服务机构", type: .integer),
    FieldDefinition(
      "applications.unavailable.notHeld.other", .both, section: "三、收到和处理政府信息公开申请情况", row: "（四）无法提供/1.本机关不掌握相关政府信息",
      column: "法人或其他组织/其他", type: .integer),
    FieldDefinition(
      "applications.unavailable.notHeld.total", .both, section: "三、收到和处理政府信息公开申请情况", row: "（四）无法提供/1.本机关不掌握相关政府信息",
      column: "总计", type: .integer),
    FieldDefinition(
      "applications.unavailable.needsCreation.naturalPerson", .both, section: "三、收到和处理政府信息公开申请情况",
      row: "（四）无法提供/2.没有现成信息需要另行制作", column: "自然人", type: .integer),
    FieldDefinition(
      "applications.unavailable.needsCreation.commercial", .both, section: "三、收到和处理政府信息公开申请情况",
      row: "（四）无法提供/2.没有现成信息需要另行制作", column: "法人或其他组织/商业企业", type: .integer),
    FieldDefinition(
      "applications.unavailable.needsCreation.research", .both, section: "三、收到和处理政府信息公开申请情况",
      row: "（四）无法提供/2.没有现成信息需要另行制作", column: "法人或其他组织/科研机构", type: .integer),
    FieldDefinition(
      "applications.unavailable.needsCreation.nonprofit", .both, section: "三、收到和处理政府信息公开申请情况",
      row: "（四）无法提供/2.没有现成信息需要另行制作", column: "法人或其他组织/社会公益组织", type: .integer),
    FieldDefinition(
      "applications.unavailable.needsCreation.legal", .both, section: "三、收到和处理政府信息公开申请情况",
      row: "（四）无法提供/2.没有现成信息需要另行制作", column: "法人或其他组织/法律服务机构", type: .integer),
    FieldDefinition(
      "applications.unavailable.needsCreation.other", .both, section: "三、收到和处理政府信息公开申请情况",
      row: "（四）无法提供/2.没有现成信息需要另行制作", column: "法人或其他组织/其他", type: .integer),
    FieldDefinition(
      "applications.unavailable.needsCreation.total", .both, section: "三、收到和处理政府信息公开申请情况",
      row: "（四）无法提供/2.没有现成信息需要另行制作", column: "总计", type: .integer),
    FieldDefinition(
      "applications.unavailable.stillUnclear.naturalPerson", .both, section: "三、收到和处理政府信息公开申请情况",
      row: "（四）无法提供/3.补正后申请内容仍不明确", column: "自然人", type: .integer),
    FieldDefinition(
      "applications.unavailable.stillUnclear.commercial", .both, section: "三、收到和处理政府信息公开申请情况",
      row: "（四）无法提供/3.补正后申请内容仍不明确", column: "法人或其他组织/商业企业", type: .integer),
    FieldDefinition(
      "applications.unavailable.stillUnclear.research", .both, section: "三、收到和处理政府信息公开申请情况",
      row: "（四）无法提供/3.补正后申请内容仍不明确", column: "法人或其他组织/科研机构", type: .integer),
    FieldDefinition(
      "applications.unavailable.stillUnclear.nonprofit", .both, section: "三、收到和处理政府信息公开申请情况",
      row: "（四）无法提供/3.补正后申请内容仍不明确", column: "法人或其他组织/社会公益组织", type: .integer),
    FieldDefinition(
      "applications.unavailable.stillUnclear.legal", .both, section: "三、收到和处理政府信息公开申请情况", row: "（四）无法提供/3.补正后申请内容仍不明确",
      column: "法人或其他组织/法律服务机构", type: .integer),
    FieldDefinition(
      "applications.unavailable.stillUnclear.other", .both, section: "三、收到和处理政府信息公开申请情况", row: "（四）无法提供/3.补正后申请内容仍不明确",
      column: "法人或其他组织/其他", type: .integer),
    FieldDefinition(
      "applications.unavailable.stillUnclear.total", .both, section: "三、收到和处理政府信息公开申请情况", row: "（四）无法提供/3.补正后申请内容仍不明确",
      column: "总计", type: .integer),
    FieldDefinition(
      "applications.notProcessed.complaint.naturalPerson", .both, section: "三、收到和处理政府信息公开申请情况",
      row: "（五）不予处理/1.信访举报投诉类申请", column: "自然人", type: .integer),
    FieldDefinition(
      "applications.notProcessed.complaint.commercial", .both, section: "三、收到和处理政府信息公开申请情况", row: "（五）不予处理/1.信访举报投诉类申请",
      column: "法人或其他组织/商业企业", type: .integer),
    FieldDefinition(
      "applications.notProcessed.complaint.research", .both, section: "三、收到和处理政府信息公开申请情况", row: "（五）不予处理/1.信访举报投诉类申请",
      column: "法人或其他组织/科研机构", type: .integer),
    FieldDefinition(
      "applications.notProcessed.complaint.nonprofit", .both, section: "三、收到和处理政府信息公开申请情况", row: "（五）不予处理/1.信访举报投诉类申请",
      column: "法人或其他组织/社会公益组织", type: .integer),
    FieldDefinition(
      "applications.notProcessed.complaint.legal", .both, section: "三、收到和处理政府信息公开申请情况", row: "（五）不予处理/1.信访举报投诉类申请",
      column: "法人或其他组织/法律服务机构", type: .integer),
    FieldDefinition(
      "applications.notProcessed.complaint.other", .both, section: "三、收到和处理政府信息公开申请情况", row: "（五）不予处理/1.信访举报投诉类申请",
      column: "法人或其他组织/其他", type: .integer),
    FieldDefinition(
      "applications.notProcessed.complaint.total", .both, section: "三、收到和处理政府信息公开申请情况", row: "（五）不予处理/1.信访举报投诉类申请",
      column: "总计", type: .integer),
    FieldDefinition(
      "applications.notProcessed.duplicate.naturalPerson", .both, section: "三、收到和处理政府信息公开申请情况", row: "（五）不予处理/2.重复申请",
      column: "自然人", type: .integer),
    FieldDefinition(
      "applications.notProcessed.duplicate.commercial", .both, section: "三、收到和处理政府信息公开申请情况", row: "（五）不予处理/2.重复申请",
      column: "法人或其他组织/商业企业", type: .integer),
    FieldDefinition(
      "applications.notProcessed.duplicate.research", .both, section: "三、收到和处理政府信息公开申请情况", row: "（五）不予处理/2.重复申请",
      column: "法人或其他组织/科研机构", type: .integer),
    FieldDefinition(
      "applications.notProcessed.duplicate.nonprofit", .both, section: "三、收到和处理政府信息公开申请情况", row: "（五）不予处理/2.重复申请",
      column: "法人或其他组织/社会公益组织", type: .integer),
    FieldDefinition(
      "applications.notProcessed.duplicate.legal", .both, section: "三、收到和处理政府信息公开申请情况", row: "（五）不予处理/2.重复申请",
      column: "法人或其他组织/法律服务机构", type: .integer),
    FieldDefinition(
      "applications.notProcessed.duplicate.other", .both, section: "三、收到和处理政府信息公开申请情况", row: "（五）不予处理/2.重复申请",
      column: "法人或其他组织/其他", type: .integer),
    FieldDefinition(
      "applications.notProcessed.duplicate.total", .both, section: "三、收到和处理政府信息公开申请情况", row: "（五）不予处理/2.重复申请",
      column: "总计", type: .integer),
    FieldDefinition(
      "applications.notProcessed.publication.naturalPerson", .both, section: "三、收到和处理政府信息公开申请情况",
      row: "（五）不予处理/3.要求提供公开出版物", column: "自然人", type: .integer),
    FieldDefinition(
      "applications.notProcessed.publication.commercial", .both, section: "三、收到和处理政府信息公开申请情况",
      row: "（五）不予处理/3.要求提供公开出版物", column: "法人或其他组织/商业企业", type: .integer),
    FieldDefinition(
      "applications.notProcessed.publication.research", .both, section: "三、收到和处理政府信息公开申请情况", row: "（五）不予处理/3.要求提供公开出版物",
      column: "法人或其他组织/科研机构", type: .integer),
    FieldDefinition(
      "applications.notProcessed.publication.nonprofit", .both, section: "三、收到和处理政府信息公开申请情况",
      row: "（五）不予处理/3.要求提供公开出版物", column: "法人或其他组织/社会公益组织", type: .integer),
    FieldDefinition(
      "applications.notProcessed.publication.legal", .both, section: "三、收到和处理政府信息公开申请情况", row: "（五）不予处理/3.要求提供公开出版物",
      column: "法人或其他组织/法律服务机构", type: .integer),
    FieldDefinition(
      "applications.notProcessed.publication.other", .both, section: "三、收到和处理政府信息公开申请情况", row: "（五）不予处理/3.要求提供公开出版物",
      column: "法人或其他组织/其他", type: .integer),
    FieldDefinition(
      "applications.notProcessed.publication.total", .both, section: "三、收到和处理政府信息公开申请情况", row: "（五）不予处理/3.要求提供公开出版物",
      column: "总计", type: .integer),
    FieldDefinition(
      "applications.notProcessed.excessive.naturalPerson", .both, section: "三、收到和处理政府信息公开申请情况",
      row: "（五）不予处理/4.无正当理由大量反复申请", column: "自然人", type: .integer),
    FieldDefinition(
      "applications.notProcessed.excessive.commercial", .both, section: "三、收到和处理政府信息公开申请情况",
      row: "（五）不予处理/4.无正当理由大量反复申请", column: "法人或其他组织/商业企业", type: .integer),
    FieldDefinition(
      "applications.notProcessed.excessive.research", .both, section: "三、收到和处理政府信息公开申请情况", row: "（五）不予处理/4.无正当理由大量反复申请",
      column: "法人或其他组织/科研机构", type: .integer),
    FieldDefinition(
      "applications.notProcessed.excessive.nonprofit", .both, section: "三、收到和处理政府信息公开申请情况",
      row: "（五）不予处理/4.无正当理由大量反复申请", column: "法人或其他组织/社会公益组织", type: .integer),
    FieldDefinition(
      "applications.notProcessed.excessive.legal", .both, section: "三、收到和处理政府信息公开申请情况", row: "（五）不予处理/4.无正当理由大量反复申请",
      column: "法人或其他组织/法律服务机构", type: .integer),
    FieldDefinition(
      "applications.notProcessed.excessive.other", .both, section: "三、收到和处理政府信息公开申请情况", row: "（五）不予处理/4.无正当理由大量反复申请",
      column: "法人或其他组织/其他", type: .integer),
    FieldDefinition(
      "applications.notProcessed.excessive.total", .both, section: "三、收到和处理政府信息公开申请情况", row: "（五）不予处理/4.无正当理由大量反复申请",
      column: "总计", type: .integer),
    FieldDefinition(
      "applications.notProcessed.confirmation.naturalPerson", .both, section: "三、收到和处理政府信息公开申请情况",
      row: "（五）不予处理/5.要求行政机关确认或重新出具已获取信息", column: "自然人", type: .integer),
    FieldDefinition(
      "applications.notProcessed.confirmation.commercial", .both, section: "三、收到和处理政府信息公开申请情况",
      row: "（五）不予处理/5.要求行政机关确认或重新出具已获取信息", column: "法人或其他组织/商业企业", type: .integer),
    FieldDefinition(
      "applications.notProcessed.confirmation.research", .both, section: "三、收到和处理政府信息公开申请情况",
      row: "（五）不予处理/5.要求行政机关确认或重新出具已获取信息", column: "法人或其他组织/科研机构", type: .integer),
    FieldDefinition(
      "applications.notProcessed.confirmation.nonprofit", .both, section: "三、收到和处理政府信息公开申请情况",
      row: "（五）不予处理/5.要求行政机关确认或重新出具已获取信息", column: "法人或其他组织/社会公益组织", type: .integer),
    FieldDefinition(
      "applications.notProcessed.confirmation.legal", .both, section: "三、收到和处理政府信息公开申请情况",
      row: "（五）不予处理/5.要求行政机关确认或重新出具已获取信息", column: "法人或其他组织/法律服务机构", type: .integer),
    FieldDefinition(
      "applications.notProcessed.confirmation.other", .both, section: "三、收到和处理政府信息公开申请情况",
      row: "（五）不予处理/5.要求行政机关确认或重新出具已获取信息", column: "法人或其他组织/其他", type: .integer),
    FieldDefinition(
      "applications.notProcessed.confirmation.total", .both, section: "三、收到和处理政府信息公开申请情况",
      row: "（五）不予处理/5.要求行政机关确认或重新出具已获取信息", column: "总计", type: .integer),
    FieldDefinition(
      "applications.otherHandling.noCorrection.naturalPerson", .edition2021, section: "三、收到和处理政府信息公开申请情况",
      row: "（六）其他处理/1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", column: "自然人", type: .integer),
    FieldDefinition(
      "applications.otherHandling.noCorrection.commercial", .edition2021, section: "三、收到和处理政府信息公开申请情况",
      row: "（六）其他处理/1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", column: "法人或其他组织/商业企业", type: .integer),
    FieldDefinition(
      "applications.otherHandling.noCorrection.research", .edition2021, section: "三、收到和处理政府信息公开申请情况",
      row: "（六）其他处理/1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", column: "法人或其他组织/科研机构", type: .integer),
    FieldDefinition(
      "applications.otherHandling.noCorrection.nonprofit", .edition2021, section: "三、收到和处理政府信息公开申请情况",
      row: "（六）其他处理/1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", column: "法人或其他组织/社会公益组织", type: .integer),
    FieldDefinition(
      "applications.otherHandling.noCorrection.legal", .edition2021, section: "三、收到和处理政府信息公开申请情况",
      row: "（六）其他处理/1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", column: "法人或其他组织/法律服务机构", type: .integer),
    FieldDefinition(
      "applications.otherHandling.noCorrection.other", .edition2021, section: "三、收到和处理政府信息公开申请情况",
      row: "（六）其他处理/1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", column: "法人或其他组织/其他", type: .integer),
    FieldDefinition(
      "applications.otherHandling.noCorrection.total", .edition2021, section: "三、收到和处理政府信息公开申请情况",
      row: "（六）其他处理/1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", column: "总计", type: .integer),
    FieldDefinition(
      "applications.otherHandling.unpaidFee.naturalPerson", .edition2021, section: "三、收到和处理政府信息公开申请情况",
      row: "（六）其他处理/2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", column: "自然人", type: .integer),
    FieldDefinition(
      "applications.otherHandling.unpaidFee.commercial", .edition2021, section: "三、收到和处理政府信息公开申请情况",
      row: "（六）其他处理/2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", column: "法人或其他组织/商业企业", type: .integer),
    FieldDefinition(
      "applications.otherHandling.unpaidFee.research", .edition2021, section: "三、收到和处理政府信息公开申请情况",
      row: "（六）其他处理/2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", column: "法人或其他组织/科研机构", type: .integer),
    FieldDefinition(
      "applications.otherHandling.unpaidFee.nonprofit", .edition2021, section: "三、收到和处理政府信息公开申请情况",
      row: "（六）其他处理/2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", column: "法人或其他组织/社会公益组织", type: .integer),
    FieldDefinition(
      "applications.otherHandling.unpaidFee.legal", .edition2021, section: "三、收到和处理政府信息公开申请情况",
      row: "（六）其他处理/2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", column: "法人或其他组织/法律服务机构", type: .integer),
    FieldDefinition(
      "applications.otherHandling.unpaidFee.other", .edition2021, section: "三、收到和处理政府信息公开申请情况",
      row: "（六）其他处理/2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", column: "法人或其他组织/其他", type: .integer),
    FieldDefinition(
      "applications.otherHandling.unpaidFee.total", .edition2021, section: "三、收到和处理政府信息公开申请情况",
      row: "（六）其他处理/2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", column: "总计", type: .integer),
    FieldDefinition(
      "applications.otherHandling.other.naturalPerson", .edition2021, section: "三、收到和处理政府信息公开申请情况", row: "（六）其他处理/3.其他",
      column: "自然人", type: .integer),
    FieldDefinition(
      "applications.otherHandling.other.commercial", .edition2021, section: "三、收到和处理政府信息公开申请情况", row: "（六）其他处理/3.其他",
      column: "法人或其他组织/商业企业", type: .integer),
    FieldDefinition(
      "applications.otherHandling.other.research", .edition2021, section: "三、收到和处理政府信息公开申请情况", row: "（六）其他处理/3.其他",
      column: "法人或其他组织/科研机构", type: .integer),
    FieldDefinition(
      "applications.otherHandling.other.nonprofit", .edition2021, section: "三、收到和处理政府信息公开申请情况", row: "（六）其他处理/3.其他",
      column: "法人或其他组织/社会公益组织", type: .integer),
    FieldDefinition(
      "applications.otherHandling.other.legal", .edition2021, section: "三、收到和处理政府信息公开申请情况", row: "（六）其他处理/3.其他",
      column: "法人或其他组织/法律服务机构", type: .integer),
    FieldDefinition(
      "applications.otherHandling.other.other", .edition2021, section: "三、收到和处理政府信息公开申请情况", row: "（六）其他处理/3.其他",
      column: "法人或其他组织/其他", type: .integer),
    FieldDefinition(
      "applications.otherHandling.other.total", .edition2021, section: "三、收到和处理政府信息公开申请情况", row: "（六）其他处理/3.其他",
      column: "总计", type: .integer),
    FieldDefinition(
      "applications.otherHandling.total.naturalPerson", .edition2019, section: "三、收到和处理政府信息公开申请情况", row: "（六）其他处理",
      column: "自然人", type: .integer),
    FieldDefinition(
      "applications.otherHandling.total.commercial", .edition2019, section: "三、收到和处理政府信息公开申请情况", row: "（六）其他处理",
      column: "法人或其他组织/商业企业", type: .integer),
    FieldDefinition(
      "applications.otherHandling.total.research", .edition2019, section: "三、收到和处理政府信息公开申请情况", row: "（六）其他处理",
      column: "法人或其他组织/科研机构", type: .integer),
    FieldDefinition(
      "applications.otherHandling.total.nonprofit", .edition2019, section: "三、收到和处理政府信息公开申请情况", row: "（六）其他处理",
      column: "法人或其他组织/社会公益组织", type: .integer),
    FieldDefinition(
      "applications.otherHandling.total.legal", .edition2019, section: "三、收到和处理政府信息公开申请情况", row: "（六）其他处理",
      column: "法人或其他组织/法律服务机构", type: .integer),
    FieldDefinition(
      "applications.otherHandling.total.other", .edition2019, section: "三、收到和处理政府信息公开申请情况", row: "（六）其他处理",
      column: "法人或其他组织/其他", type: .integer),
    FieldDefinition(
      "applications.otherHandling.total.total", .edition2019, section: "三、收到和处理政府信息公开申请情况", row: "（六）其他处理",
      column: "总计", type: .integer),
    FieldDefinition(
      "applications.outcomeTotal.naturalPerson", .both, section: "三、收到和处理政府信息公开申请情况", row: "（七）总计", column: "自然人",
      type: .integer),
    FieldDefinition(
      "applications.outcomeTotal.commercial", .both, section: "三、收到和处理政府信息公开申请情况", row: "（七）总计", column: "法人或其他组织/商业企业",
      type: .integer),
    FieldDefinition(
      "applications.outcomeTotal.research", .both, section: "三、收到和处理政府信息公开申请情况", row: "（七）总计", column: "法人或其他组织/科研机构",
      type: .integer),
    FieldDefinition(
      "applications.outcomeTotal.nonprofit", .both, section: "三、收到和处理政府信息公开申请情况", row: "（七）总计",
      column: "法人或其他组织/社会公益组织", type: .integer),
    FieldDefinition(
      "applications.outcomeTotal.legal", .both, section: "三、收到和处理政府信息公开申请情况", row: "（七）总计", column: "法人或其他组织/法律服务机构",
      type: .integer),
    FieldDefinition(
      "applications.outcomeTotal.other", .both, section: "三、收到和处理政府信息公开申请情况", row: "（七）总计", column: "法人或其他组织/其他",
      type: .integer),
    FieldDefinition(
      "applications.outcomeTotal.total", .both, section: "三、收到和处理政府信息公开申请情况", row: "（七）总计", column: "总计", type: .integer
    ),
    FieldDefinition(
      "applications.carriedForward.naturalPerson", .both, section: "三、收到和处理政府信息公开申请情况", row: "四、结转下年度继续办理",
      column: "自然人", type: .integer),
    FieldDefinition(
      "applications.carriedForward.commercial", .both, section: "三、收到和处理政府信息公开申请情况", row: "四、结转下年度继续办理",
      column: "法人或其他组织/商业企业", type: .integer),
    FieldDefinition(
      "applications.carriedForward.research", .both, section: "三、收到和处理政府信息公开申请情况", row: "四、结转下年度继续办理",
      column: "法人或其他组织/科研机构", type: .integer),
    FieldDefinition(
      "applications.carriedForward.nonprofit", .both, section: "三、收到和处理政府信息公开申请情况", row: "四、结转下年度继续办理",
      column: "法人或其他组织/社会公益组织", type: .integer),
    FieldDefinition(
      "applications.carriedForward.legal", .both, section: "三、收到和处理政府信息公开申请情况", row: "四、结转下年度继续办理",
      column: "法人或其他组织/法律服务机构", type: .integer),
    FieldDefinition(
      "applications.carriedForward.other", .both, section: "三、收到和处理政府信息公开申请情况", row: "四、结转下年度继续办理",
      column: "法人或其他组织/其他", type: .integer),
    FieldDefinition(
      "applications.carriedForward.total", .both, section: "三、收到和处理政府信息公开申请情况", row: "四、结转下年度继续办理", column: "总计",
      type: .integer),
    FieldDefinition(
      "review.upheld", .both, section: "四、政府信息公开行政复议、行政诉讼情况", row: "行政复议", column: "结果维持", type: .integer),
    FieldDefinition(
      "review.corrected", .both, section: "四、政府信息公开行政复议、行政诉讼情况", row: "行政复议", column: "结果纠正", type: .integer),
    FieldDefinition("review.other", .both, section: "四、政府信息公开行政复议、行政诉讼情况", row: "行政复议", column: "其他结果", type: .integer),
    FieldDefinition(
      "review.pending", .both, section: "四、政府信息公开行政复议、行政诉讼情况", row: "行政复议", column: "尚未审结", type: .integer),
    FieldDefinition("review.total", .both, section: "四、政府信息公开行政复议、行政诉讼情况", row: "行政复议", column: "总计", type: .integer),
    FieldDefinition(
      "litigation.direct.upheld", .both, section: "四、政府信息公开行政复议、行政诉讼情况", row: "行政诉讼/未经复议直接起诉", column: "结果维持",
      type: .integer),
    FieldDefinition(
      "litigation.direct.corrected", .both, section: "四、政府信息公开行政复议、行政诉讼情况", row: "行政诉讼/未经复议直接起诉", column: "结果纠正",
      type: .integer),
    FieldDefinition(
      "litigation.direct.other", .both, section: "四、政府信息公开行政复议、行政诉讼情况", row: "行政诉讼/未经复议直接起诉", column: "其他结果",
      type: .integer),
    FieldDefinition(
      "litigation.direct.pending", .both, section: "四、政府信息公开行政复议、行政诉讼情况", row: "行政诉讼/未经复议直接起诉", column: "尚未审结",
      type: .integer),
    FieldDefinition(
      "litigation.direct.total", .both, section: "四、政府信息公开行政复议、行政诉讼情况", row: "行政诉讼/未经复议直接起诉", column: "总计",
      type: .integer),
    FieldDefinition(
      "litigation.afterReview.upheld", .both, section: "四、政府信息公开行政复议、行政诉讼情况", row: "行政诉讼/复议后起诉", column: "结果维持",
      type: .integer),
    FieldDefinition(
      "litigation.afterReview.corrected", .both, section: "四、政府信息公开行政复议、行政诉讼情况", row: "行政诉讼/复议后起诉", column: "结果纠正",
      type: .integer),
    FieldDefinition(
      "litigation.afterReview.other", .both, section: "四、政府信息公开行政复议、行政诉讼情况", row: "行政诉讼/复议后起诉", column: "其他结果",
      type: .integer),
    FieldDefinition(
      "litigation.afterReview.pending", .both, section: "四、政府信息公开行政复议、行政诉讼情况", row: "行政诉讼/复议后起诉", column: "尚未审结",
      type: .integer),
    FieldDefinition(
      "litigation.afterReview.total", .both, section: "四、政府信息公开行政复议、行政诉讼情况", row: "行政诉讼/复议后起诉", column: "总计",
      type: .integer),
  ]
}
