/// The canonical fields of both editions, as `fields.tsv` of the report contract
/// lists them.
///
/// ```swift
/// let keys = FieldCatalogue.fields(for: .edition2021).map(\.key)
/// FieldCatalogue.definition(for: "review.total")?.type   // .integer
/// ```
public enum FieldCatalogue {
  private static let fields2019 = all.filter { $0.scope.contains(.edition2019) }
  private static let fields2021 = all.filter { $0.scope.contains(.edition2021) }

  private static let index2019 = positions(of: fields2019)
  private static let index2021 = positions(of: fields2021)

  private static func positions(of fields: [FieldDefinition]) -> [String: Int] {
    var index: [String: Int] = [:]
    for (offset, field) in fields.enumerated() { index[field.key] = offset }
    return index
  }

  private static let byKey: [String: FieldDefinition] = {
    var result: [String: FieldDefinition] = [:]
    for field in all where result[field.key] == nil { result[field.key] = field }
    return result
  }()

  /// The fields an `edition`'s report has, in `fields.tsv` order.
  public static func fields(for edition: Edition) -> [FieldDefinition] {
    edition == .edition2019 ? fields2019 : fields2021
  }

  private static let permanentFields2019 = PermanentBuffer(fields2019)
  private static let permanentFields2021 = PermanentBuffer(fields2021)

  /// ``fields(for:)`` in a permanent buffer, which the interpreter reads for every
  /// report without touching a reference count that other cores share.
  static func permanentFields(for edition: Edition) -> PermanentBuffer<FieldDefinition> {
    edition == .edition2019 ? permanentFields2019 : permanentFields2021
  }

  /// The position of `key` in ``fields(for:)``, or `nil` if the edition lacks it.
  public static func index(of key: String, in edition: Edition) -> Int? {
    (edition == .edition2019 ? index2019 : index2021)[key]
  }

  /// The definition of `key` (the first, for the few keys both editions define
  /// with different labels, such as `proactive.licensing.decisions`).
  public static func definition(for key: String) -> FieldDefinition? {
    byKey[key]
  }

  /// Every distinct key of both editions, in `fields.tsv` order.
  public static let allKeys: [String] = {
    var seen = Set<String>()
    return all.compactMap { seen.insert($0.key).inserted ? $0.key : nil }
  }()
}
