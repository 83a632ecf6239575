/// The prose of a synthetic report: title, preamble and the paragraphs of sections
/// 一, 五 and 六, drawn from several templates so that no two reports read alike.
struct ProseTemplates {
  let persona: AgencyPersona
  let year: Int
  let editionDocument: String
  /// Numbers the prose may quote: new applications, carried over, handled, carried forward.
  let received: Int
  let carriedOver: Int
  let handled: Int
  let carriedForward: Int

  /// The report's title.
  var title: String { "\(persona.name)\(year)年政府信息公开工作年度报告" }

  /// One to three paragraphs before section 一.
  func preamble(using random: inout SyntheticRandom) -> [String] {
    let me = persona.name
    var paragraphs = [
      random.pick([
        "本报告由\(me)根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》（\(editionDocument)）要求编制。",
        "根据《中华人民共和国政府信息公开条例》和\(editionDocument)要求，\(me)编制本报告。",
        "按照《中华人民共和国政府信息公开条例》规定，现公布\(me)\(year)年度政府信息公开工作年度报告。",
      ]) ?? ""
    ]
    if random.chance(0.7) {
      paragraphs.append(
        random.pick([
          "本报告所列数据的统计期限自\(year)年1月1日起至\(year)年12月31日止。本报告电子版可在\(persona.channel)查阅或下载。如对本报告有疑问，请与\(me)办公室联系。",
          "本报告中所列数据的统计期限自\(year)年1月1日起至\(year)年12月31日止。如对本报告有任何疑问，请与\(me)联系（地址：\(persona.place)人民路\(random.int(1...300))号，电话：0\(random.int(100...999))-\(random.int(2_000_000...8_999_999))）。",
          "本报告内容包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等六部分内容。",
        ]) ?? "")
    }
    return paragraphs
  }

  /// The paragraphs of section 一 (without the heading).
  func overview(using random: inout SyntheticRandom) -> [String] {
    let me = persona.selfReference
    var paragraphs = [
      random.pick([
        "\(year)年，\(persona.name)坚持以公开为常态、不公开为例外，围绕中心工作持续深化政务公开，不断提升政府信息公开工作质量和实效。",
        "\(year)年，\(me)认真贯彻落实《中华人民共和国政府信息公开条例》，紧紧围绕上级政务公开工作要点，扎实推进政府信息公开工作。",
        "今年以来，\(me)在上级部门的精心指导下，不断加强政府信息公开的组织和推进工作，扩展政府信息公开范围，丰富政府信息公开形式。",
      ]) ?? ""
    ]
    let subsections: [(String, String)] = [
      (
        "主动公开",
        "全年通过\(persona.channel)主动公开政府信息\(random.skewed(upTo: 3000))条，涵盖机构职能、规划计划、财政预决算、民生保障等方面内容。"
      ),
      (
        "依申请公开",
        random.chance(0.5)
          ? "全年新收政府信息公开申请\(received)件，上年结转\(carriedOver)件；本年度办理完毕\(handled)件，结转下年度继续办理\(carriedForward)件。"
          : "严格按照《条例》规定的程序和时限办理政府信息公开申请，做到依法答复、规范答复。"
      ),
      ("政府信息管理", "严格落实信息发布前保密审查制度，动态更新政府信息公开目录和公开指南，确保发布信息准确、规范。"),
      ("平台建设", "依托\(persona.channel)和政务服务中心公开专区，做好政府信息发布、查阅和咨询服务。"),
      ("监督保障", "将政务公开工作纳入年度绩效考核，组织开展业务培训，主动接受社会监督。"),
    ]
    let numerals = ["一", "二", "三", "四", "五"]
    let brackets = random.chance(0.8) ? ("（", "）") : ("(", ")")
    let count = random.int(0...subsections.count)
    for index in 0..<count {
      let (name, body) = subsections[index]
      if random.chance(0.7) {
        paragraphs.append("\(brackets.0)\(numerals[index])\(brackets.1)\(name)")
        paragraphs.append(body)
      } else {
        paragraphs.append("\(brackets.0)\(numerals[index])\(brackets.1)\(name)。\(body)")
      }
    }
    return paragraphs
  }

  /// An optional sentence between a section heading and its table.
  func tableIntroduction(_ section: Int, using random: inout SyntheticRandom) -> String? {
    guard random.chance(0.35) else { return nil }
    switch section {
    case 2: return "\(year)年\(persona.selfReference)主动公开政府信息情况统计如下："
    case 3: return random.pick(["本年度收到和处理政府信息公开申请情况如下表所示：", "具体情况见下表。"])
    default: return "本年度因政府信息公开引发的行政复议、行政诉讼情况如下："
    }
  }

  /// The paragraphs of section 五.
  func problems(using random: inout SyntheticRandom) -> [String] {
    let me = persona.selfReference
    let first =
      random.pick([
        "一是政策解读的形式还不够丰富，解读质量有待提高；二是依申请公开答复的规范性有待进一步加强；三是工作人员业务能力仍需提升。",
        "\(me)政府信息公开工作虽然取得了一定成效，但仍存在公开内容不够全面、更新不够及时等问题。",
        "通过认真查找，深入分析，发现工作中主要存在政府信息公开的格式不够规范、公开内容有待进一步扩充、程序不够规范等问题。",
      ]) ?? ""
    var paragraphs = [first]
    if random.chance(0.8) {
      paragraphs.append(
        random.pick([
          "下一步，\(me)将加强业务培训，完善依申请公开办理流程，丰富政策解读形式，持续提升政务公开工作水平。",
          "针对上述问题，\(me)将进一步健全工作机制，加强队伍建设，强化监督考核，推动政府信息公开工作再上新台阶。",
          "改进措施：一是强化培训，提升能力；二是规范流程，提高质量；三是拓展渠道，方便群众获取信息。",
        ]) ?? "")
    }
    return paragraphs
  }

  /// The paragraphs of section 六.
  func otherMatters(using random: inout SyntheticRandom) -> [String] {
    var paragraphs = [
      random.pick([
        "本年度未收取政府信息公开信息处理费。",
        "\(year)年度，\(persona.selfReference)收到的政府信息公开申请均未收取信息处理费。",
        "依据《政府信息公开信息处理费管理办法》，本年度未发出收费通知，未收取信息处理费。",
      ]) ?? ""
    ]
    if random.chance(0.6) {
      paragraphs.append("\(persona.selfReference)认真落实上级年度政务公开工作要点，各项任务均已按要求完成。")
    }
    if random.chance(0.3) { paragraphs.append("无其他需要报告的事项。") }
    return paragraphs
  }
}
