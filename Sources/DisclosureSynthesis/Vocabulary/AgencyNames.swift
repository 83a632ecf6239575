/// Plausible names of publishing bodies, composed from place names and body types.
struct AgencyPersona: Sendable, Hashable {
  /// The body's full name (`金乡县鸡黍镇人民政府`).
  var name: String
  /// How the body refers to itself in prose (`本镇`, `本局`).
  var selfReference: String
  /// Where the body publishes (`金乡县人民政府门户网站`).
  var channel: String
  /// The place the body serves, for prose (`鸡黍镇`, `金乡县`).
  var place: String

  /// Draws a body of `level`.
  static func draw(_ level: AgencyLevel, using random: inout SyntheticRandom) -> AgencyPersona {
    let province = random.pick(Places.provinces) ?? "江苏"
    let city = random.pick(Places.cities) ?? "南京市"
    let county = random.pick(Places.counties) ?? "江宁区"
    let town = random.pick(Places.towns) ?? "汤山"
    switch level {
    case .township:
      let (suffix, reference): (String, String) =
        random.pick([("镇人民政府", "本镇"), ("街道办事处", "本街道"), ("乡人民政府", "本乡")]) ?? ("镇人民政府", "本镇")
      let place = town + String(reference.dropFirst())
      return AgencyPersona(
        name: county + town + suffix, selfReference: reference,
        channel: random.pick(["\(county)人民政府门户网站", "\(county)政府网站\(place)专栏", "“\(county)发布”政务公开专区"])
          ?? "\(county)人民政府门户网站",
        place: place)
    case .county:
      if random.chance(0.35) {
        return AgencyPersona(
          name: county + (random.pick(["人民政府", "人民政府办公室"]) ?? "人民政府"),
          selfReference: random.pick(["本区", "本县", "我区"]) ?? "本区", channel: "\(county)人民政府门户网站", place: county)
      }
      let office = random.pick(Places.countyOffices) ?? "教育局"
      return AgencyPersona(
        name: county + office, selfReference: office.hasSuffix("办公室") ? "本办" : "本局",
        channel: random.pick(["\(county)人民政府门户网站", "\(county)政府信息公开平台"]) ?? "\(county)人民政府门户网站",
        place: county)
    case .municipalBureau:
      let bureau = random.pick(Places.municipalBureaus) ?? "自然资源和规划局"
      return AgencyPersona(
        name: city + bureau, selfReference: random.pick(["本局", "我局", "本机关"]) ?? "本局",
        channel: random.pick(["\(city)人民政府门户网站", "\(city)\(bureau)门户网站"]) ?? "\(city)人民政府门户网站",
        place: city)
    case .provincialDepartment:
      let department = random.pick(Places.provincialDepartments) ?? "教育厅"
      return AgencyPersona(
        name: "\(province)省\(department)", selfReference: random.pick(["本厅", "我厅", "本机关"]) ?? "本厅",
        channel: random.pick(["\(province)省人民政府门户网站", "\(province)省\(department)门户网站"])
          ?? "\(province)省人民政府门户网站",
        place: "\(province)省")
    }
  }
}

/// Place names and body types to compose names from.
private enum Places {
  static let provinces = [
    "江苏", "浙江", "山东", "河南", "湖北", "湖南", "四川", "广东", "安徽", "福建", "河北", "江西", "陕西", "云南",
  ]
  static let cities = [
    "南京市", "苏州市", "徐州市", "杭州市", "宁波市", "济宁市", "洛阳市", "宜昌市", "岳阳市", "绵阳市", "佛山市",
    "芜湖市", "泉州市", "保定市", "赣州市", "宝鸡市", "曲靖市",
  ]
  static let counties = [
    "江宁区", "金乡县", "嘉祥县", "铜山区", "余杭区", "鄞州区", "长丰县", "南昌县", "宁乡市", "双流区", "南海区",
    "晋江市", "定州市", "桐庐县", "沛县", "汶上县", "宜良县", "凤翔区",
  ]
  static let towns = [
    "卜集", "鸡黍", "羊山", "胡集", "淳化", "汤山", "秣陵", "横溪", "仓桥", "梅林", "石桥", "新安", "柳林", "河口",
    "白马", "龙泉", "青山", "花园", "东关", "城南", "王鲁", "马庙",
  ]
  static let countyOffices = [
    "发展和改革局", "教育局", "财政局", "自然资源局", "住房和城乡建设局", "市场监督管理局", "卫生健康局",
    "人力资源和社会保障局", "交通运输局", "农业农村局", "民政局", "司法局", "应急管理局", "医疗保障局",
  ]
  static let municipalBureaus = [
    "自然资源和规划局", "住房和城乡建设局", "生态环境局", "公安局", "市场监督管理局", "人力资源和社会保障局",
    "交通运输局", "教育局", "卫生健康委员会", "税务局", "城市管理局", "水利局",
  ]
  static let provincialDepartments = [
    "教育厅", "公安厅", "民政厅", "财政厅", "自然资源厅", "生态环境厅", "住房和城乡建设厅", "交通运输厅",
    "人力资源和社会保障厅", "农业农村厅", "水利厅", "商务厅", "文化和旅游厅",
  ]
}
