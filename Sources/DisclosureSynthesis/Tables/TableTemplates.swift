import DisclosureModel

/// The official shapes of the three tables, filled with a report's values.
enum TableTemplates {
  /// The text of a value cell as the agency writes it.
  static func text(_ value: FieldValue?) -> String {
    value?.formatted ?? ""
  }

  /// Table 二 of `edition`.
  static func proactive(_ values: [String: FieldValue], edition: Edition) -> TableTemplate {
    func value(_ key: String, colspan: Int = 1) -> TemplateCell {
      TemplateCell(value: text(values["proactive.\(key)"]), key: "proactive.\(key)", colspan: colspan)
    }
    func title(_ text: String) -> TemplateRow { TemplateRow(role: .header, cells: [TemplateCell(text, colspan: 4)]) }
    func header(_ labels: [String], lastSpan: Int = 1) -> TemplateRow {
      var cells = labels.map { TemplateCell($0) }
      if let last = cells.indices.last { cells[last].colspan = lastSpan }
      return TemplateRow(role: .header, cells: cells)
    }
    func data(_ row: String, _ label: String, _ cells: [TemplateCell]) -> TemplateRow {
      TemplateRow(role: .data("proactive.\(row)"), cells: [TemplateCell(label)] + cells)
    }
    if edition == .edition2021 {
      return TableTemplate(
        kind: .proactive,
        rows: [
          title("第二十条第（一）项"),
          header(["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]),
          data("rules", "规章", [value("rules.issued"), value("rules.repealed"), value("rules.inForce")]),
          data(
            "normativeDocuments", "行政规范性文件",
            [
              value("normativeDocuments.issued"), value("normativeDocuments.repealed"),
              value("normativeDocuments.inForce"),
            ]),
          title("第二十条第（五）项"),
          header(["信息内容", "本年处理决定数量"], lastSpan: 3),
          data("licensing", "行政许可", [value("licensing.decisions", colspan: 3)]),
          title("第二十条第（六）项"),
          header(["信息内容", "本年处理决定数量"], lastSpan: 3),
          data("penalties", "行政处罚", [value("penalties.decisions", colspan: 3)]),
          data("coercion", "行政强制", [value("coercion.decisions", colspan: 3)]),
          title("第二十条第（八）项"),
          header(["信息内容", "本年收费金额（单位：万元）"], lastSpan: 3),
          data("fees", "行政事业性收费", [value("fees.amount", colspan: 3)]),
        ])
    }
    func three(_ row: String) -> [TemplateCell] {
      [value("\(row).previousItems"), value("\(row).change"), value("\(row).decisions")]
    }
    let itemHeader = ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"]
    return TableTemplate(
      kind: .proactive,
      rows: [
        title("第二十条第（一）项"),
        header(["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"]),
        data("rules", "规章", [value("rules.made"), value("rules.published"), value("rules.totalPublished")]),
        data(
          "normativeDocuments", "规范性文件",
          [
            value("normativeDocuments.made"), value("normativeDocuments.published"),
            value("normativeDocuments.totalPublished"),
          ]),
        title("第二十条第（五）项"),
        header(itemHeader),
        data("licensing", "行政许可", three("licensing")),
        data("otherServices", "其他对外管理服务事项", three("otherServices")),
        title("第二十条第（六）项"),
        header(itemHeader),
        data("penalties", "行政处罚", three("penalties")),
        data("coercion", "行政强制", three("coercion")),
        title("第二十条第（八）项"),
        header(["信息内容", "上一年项目数量", "本年增/减"], lastSpan: 2),
        data("fees", "行政事业性收费", [value("fees.previousItems"), value("fees.change", colspan: 2)]),
        title("第二十条第（九）项"),
        header(["信息内容", "采购项目数量", "采购总金额（单位：万元）"], lastSpan: 2),
        data(
          "procurement", "政府集中采购", [value("procurement.projects"), value("procurement.amount", colspan: 2)]),
      ])
  }

  /// Table 三 of `edition`.
  static func applications(_ values: [String: FieldValue], edition: Edition) -> TableTemplate {
    func numbers(_ row: String) -> [TemplateCell] {
      OfficialLabels.applicationColumns.map { column in
        let key = OfficialLabels.applicationKey(row, column)
        return TemplateCell(value: text(values[key]), key: key)
      }
    }
    let labels = OfficialLabels.rowLabels
    var rows = [
      TemplateRow(
        role: .header,
        cells: [TemplateCell(OfficialLabels.checkNote, colspan: 3, rowspan: 3), TemplateCell("申请人情况", colspan: 7)]),
      TemplateRow(
        role: .header,
        cells: [
          TemplateCell("自然人", rowspan: 2), TemplateCell("法人或其他组织", colspan: 5), TemplateCell("总计", rowspan: 2),
        ]),
      TemplateRow(
        role: .header,
        cells: [
          TemplateCell("商业企业"), TemplateCell("科研机构"), TemplateCell(wrapped: ["社会", "公益", "组织"]),
          TemplateCell(wrapped: ["法律", "服务", "机构"]), TemplateCell("其他"),
        ]),
      TemplateRow(
        role: .data("received"), cells: [TemplateCell(labels["received"] ?? "", colspan: 3)] + numbers("received")),
      TemplateRow(
        role: .data("carriedOver"),
        cells: [TemplateCell(labels["carriedOver"] ?? "", colspan: 3)] + numbers("carriedOver")),
    ]
    let outcome = OfficialLabels.outcomeRows(edition) + ["outcomeTotal"]
    for (index, row) in outcome.enumerated() {
      var cells: [TemplateCell] = []
      if index == 0 { cells.append(TemplateCell(OfficialLabels.outcomeLabel, rowspan: outcome.count)) }
      let group = String(row.split(separator: ".").first ?? "")
      if ["granted", "partiallyGranted", "outcomeTotal", "otherHandling.total"].contains(row) {
        cells.append(TemplateCell(labels[row] ?? "", colspan: 2))
      } else {
        let members = outcome.filter { $0.hasPrefix(group + ".") }
        if members.first == row {
          cells.append(TemplateCell(OfficialLabels.groupLabels[group] ?? "", rowspan: members.count))
        }
        cells.append(TemplateCell(labels[row] ?? ""))
      }
      rows.append(TemplateRow(role: .data(row), cells: cells + numbers(row)))
    }
    rows.append(
      TemplateRow(
        role: .data("carriedForward"),
        cells: [TemplateCell(labels["carriedForward"] ?? "", colspan: 3)] + numbers("carriedForward")))
    return TableTemplate(kind: .applications, rows: rows)
  }

  /// Table 四.
  static func review(_ values: [String: FieldValue]) -> TableTemplate {
    let parts = OfficialLabels.reviewPartLabels
    var valueCells: [TemplateCell] = []
    for group in OfficialLabels.reviewGroups {
      for part in OfficialLabels.reviewParts {
        let key = "\(group).\(part)"
        valueCells.append(TemplateCell(value: text(values[key]), key: key))
      }
    }
    return TableTemplate(
      kind: .review,
      rows: [
        TemplateRow(
          role: .header, cells: [TemplateCell("行政复议", colspan: 5), TemplateCell("行政诉讼", colspan: 10)]),
        TemplateRow(
          role: .header,
          cells: parts.map { TemplateCell($0, rowspan: 2) } + [
            TemplateCell("未经复议直接起诉", colspan: 5), TemplateCell("复议后起诉", colspan: 5),
          ]),
        TemplateRow(role: .header, cells: (parts + parts).map { TemplateCell($0) }),
        TemplateRow(role: .data("review"), cells: valueCells),
      ])
  }
}
