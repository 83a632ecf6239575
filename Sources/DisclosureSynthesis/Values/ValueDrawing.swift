import DisclosureModel

/// Draws the true numbers of a synthetic report so that every identity of the
/// contract holds by construction.
struct ValueDrawing {
  var random: SyntheticRandom
  let edition: Edition
  let level: AgencyLevel

  /// Every numeric key of the edition with its value; all zero when `allZero`.
  mutating func draw(allZero: Bool) -> [String: FieldValue] {
    var values: [String: FieldValue] = [:]
    let applications = allZero ? zeroApplications() : applications()
    for (key, value) in applications { values[key] = .integer(value) }
    for (key, value) in review(allZero: allZero) { values[key] = .integer(value) }
    for (key, value) in proactive(allZero: allZero) { values[key] = value }
    return values
  }

  // MARK: Table 三

  /// The largest number of new applications a body of this level receives.
  private var receivedScale: Int {
    switch level {
    case .township: 20
    case .county: 400
    case .municipalBureau: 3000
    case .provincialDepartment: 30000
    }
  }

  private func zeroApplications() -> [String: Int] {
    var values: [String: Int] = [:]
    for row in OfficialLabels.applicationRows(edition) {
      for column in OfficialLabels.applicationColumns { values[OfficialLabels.applicationKey(row, column)] = 0 }
    }
    return values
  }

  private mutating func applications() -> [String: Int] {
    let columns = OfficialLabels.applicantColumns
    let outcomeRows = OfficialLabels.outcomeRows(edition)
    // Most applications come from natural persons.
    var columnWeights = [random.chance(0.1) ? 0.3 + Double.random(in: 0...0.3, using: &random) : 0.7]
    columnWeights[0] += Double.random(in: 0...0.29, using: &random)
    let rest = 1 - columnWeights[0]
    let commercialShare = Double.random(in: 0.3...0.8, using: &random)
    columnWeights.append(rest * commercialShare)
    for _ in 0..<4 {
      columnWeights.append(
        random.chance(0.4) ? 0 : rest * (1 - commercialShare) * Double.random(in: 0...1, using: &random))
    }
    let receivedTotal = random.chance(0.08) ? 0 : max(1, random.skewed(upTo: receivedScale))
    let carriedOverTotal =
      random.chance(0.5) ? 0 : Int(Double(receivedTotal) * Double.random(in: 0...0.12, using: &random))
    let received = Self.split(receivedTotal, columnWeights, using: &random)
    let carriedOver = Self.split(carriedOverTotal, columnWeights, using: &random)

    // One set of outcome weights per report, so the rows look alike across columns.
    var outcomeWeights: [Double] = []
    for row in outcomeRows {
      let range: ClosedRange<Double>
      let zeroChance: Double
      switch row {
      case "granted": (range, zeroChance) = (0.2...0.6, 0.02)
      case "partiallyGranted": (range, zeroChance) = (0.01...0.1, 0.3)
      case "unavailable.notHeld": (range, zeroChance) = (0.05...0.3, 0.1)
      case "notProcessed.complaint", "notProcessed.duplicate": (range, zeroChance) = (0.01...0.1, 0.4)
      case "otherHandling.total", "otherHandling.other", "otherHandling.noCorrection":
        (range, zeroChance) = (0.01...0.1, 0.4)
      default: (range, zeroChance) = (0.001...0.03, 0.6)
      }
      outcomeWeights.append(random.chance(zeroChance) ? 0 : Double.random(in: range, using: &random))
    }
    if outcomeWeights.allSatisfy({ $0 == 0 }) { outcomeWeights[0] = 1 }

    var values: [String: Int] = [:]
    func set(_ row: String, _ column: String, _ value: Int) {
      values[OfficialLabels.applicationKey(row, column)] = value
    }
    for (index, column) in columns.enumerated() {
      let handled = received[index] + carriedOver[index]
      let forward = random.chance(0.5) ? 0 : Int(Double(handled) * Double.random(in: 0...0.15, using: &random))
      let outcome = handled - forward
      set("received", column, received[index])
      set("carriedOver", column, carriedOver[index])
      set("carriedForward", column, forward)
      set("outcomeTotal", column, outcome)
      for (row, value) in zip(outcomeRows, Self.split(outcome, outcomeWeights, using: &random)) {
        set(row, column, value)
      }
    }
    for row in OfficialLabels.applicationRows(edition) {
      set(row, "total", columns.reduce(0) { $0 + (values[OfficialLabels.applicationKey(row, $1)] ?? 0) })
    }
    return values
  }

  /// Splits `total` into parts proportional to `weights` (some randomness for small
  /// totals); a part whose weight is 0 stays 0.
  static func split(_ total: Int, _ weights: [Double], using random: inout SyntheticRandom) -> [Int] {
    var parts = [Int](repeating: 0, count: weights.count)
    let sum = weights.reduce(0, +)
    guard total > 0, sum > 0 else {
      if total > 0, !parts.isEmpty { parts[0] = total }
      return parts
    }
    var remaining = total
    if total > 300 {
      for index in weights.indices {
        parts[index] = Int(Double(total) * weights[index] / sum)
        remaining -= parts[index]
      }
    }
    // The rest unit by unit, each unit to a column drawn by weight.
    while remaining > 0 {
      var point = Double.random(in: 0..<sum, using: &random)
      var chosen = weights.count - 1
      for (index, weight) in weights.enumerated() where weight > 0 {
        if point < weight {
          chosen = index
          break
        }
        point -= weight
      }
      while weights[chosen] == 0 { chosen -= 1 }
      parts[chosen] += 1
      remaining -= 1
    }
    return parts
  }

  // MARK: Table 四

  private mutating func review(allZero: Bool) -> [String: Int] {
    let scale: Int
    switch level {
    case .township: scale = 2
    case .county: scale = 12
    case .municipalBureau: scale = 60
    case .provincialDepartment: scale = 300
    }
    var values: [String: Int] = [:]
    for group in OfficialLabels.reviewGroups {
      var sum = 0
      let quiet = allZero || random.chance(0.3)
      for part in OfficialLabels.reviewParts.dropLast() {
        let value = quiet || random.chance(0.4) ? 0 : random.skewed(upTo: part == "pending" ? scale / 3 : scale)
        values["\(group).\(part)"] = value
        sum += value
      }
      values["\(group).total"] = sum
    }
    return values
  }

  // MARK: Table 二

  private var proactiveScale: Int {
    switch level {
    case .township: 300
    case .county: 5000
    case .municipalBureau: 40000
    case .provincialDepartment: 90000
    }
  }

  private mutating func proactive(allZero: Bool) -> [String: FieldValue] {
    var values: [String: FieldValue] = [:]
    let makesRules = level == .provincialDepartment || (level == .municipalBureau && random.chance(0.3))
    func count(_ maximum: Int, zeroChance: Double = 0.3) -> Int {
      allZero || random.chance(zeroChance) ? 0 : random.skewed(upTo: maximum)
    }
    func integer(_ key: String, _ value: Int) { values["proactive.\(key)"] = .integer(value) }
    if edition == .edition2021 {
      let rulesIssued = makesRules ? count(12) : 0
      integer("rules.issued", rulesIssued)
      integer("rules.repealed", makesRules ? count(6) : 0)
      integer("rules.inForce", makesRules ? rulesIssued + count(120, zeroChance: 0.05) : 0)
      let documents = count(level == .township ? 3 : 40)
      integer("normativeDocuments.issued", documents)
      integer("normativeDocuments.repealed", count(level == .township ? 2 : 20))
      integer("normativeDocuments.inForce", documents + count(level == .township ? 10 : 400, zeroChance: 0.2))
      integer("licensing.decisions", count(proactiveScale))
      integer("penalties.decisions", count(proactiveScale / 4))
      integer("coercion.decisions", count(proactiveScale / 20, zeroChance: 0.5))
      values["proactive.fees.amount"] = .decimal(decimalAmount(allZero: allZero))
    } else {
      for kind in ["rules", "normativeDocuments"] {
        let possible = kind == "rules" ? makesRules : true
        let made = possible ? count(kind == "rules" ? 12 : 40) : 0
        let published = made == 0 ? 0 : max(0, made - count(3, zeroChance: 0.7))
        integer("\(kind).made", made)
        integer("\(kind).published", published)
        integer(
          "\(kind).totalPublished", possible ? published + count(kind == "rules" ? 120 : 400, zeroChance: 0.1) : 0)
      }
      for kind in ["licensing", "otherServices", "penalties", "coercion"] {
        let previous = count(kind == "coercion" ? 60 : 600, zeroChance: 0.2)
        integer("\(kind).previousItems", previous)
        integer("\(kind).change", signedChange(previous, allZero: allZero))
        integer("\(kind).decisions", count(kind == "coercion" ? proactiveScale / 20 : proactiveScale))
      }
      let fees = count(60)
      integer("fees.previousItems", fees)
      integer("fees.change", signedChange(fees, allZero: allZero))
      integer("procurement.projects", count(level == .township ? 10 : 250))
      values["proactive.procurement.amount"] = .decimal(decimalAmount(allZero: allZero))
    }
    return values
  }

  /// A change of the number of items: often 0, as often a decrease as an increase.
  private mutating func signedChange(_ previous: Int, allZero: Bool) -> Int {
    guard !allZero, !random.chance(0.35) else { return 0 }
    if random.chance(0.5) { return -random.int(1...max(1, previous / 2 + 1)) }
    return random.int(1...max(1, previous / 3 + 2))
  }

  /// An amount in 万元 with 0 to 4 decimals, written as the agency would (`0`,
  /// `0.0000`, `12.34`, `1034.5600`).
  private mutating func decimalAmount(allZero: Bool) -> String {
    let places = random.pick([0, 0, 1, 2, 2, 2, 3, 4, 4, 4]) ?? 2
    let whole = allZero || random.chance(0.3) ? 0 : random.skewed(upTo: proactiveScale / 3)
    var fraction = ""
    if !(allZero || whole == 0 && random.chance(0.6)) {
      // Cents, often padded with zeros to four places (`12.3400`).
      for index in 0..<places { fraction += index < 2 || random.chance(0.4) ? String(random.int(0...9)) : "0" }
    } else {
      fraction = String(repeating: "0", count: places)
    }
    return places == 0 ? String(whole) : "\(whole).\(fraction)"
  }
}
