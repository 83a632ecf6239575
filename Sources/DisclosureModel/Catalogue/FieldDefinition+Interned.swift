internal import Foundation

extension FieldDefinition {
  /// The process-wide table of definition boxes: one box per distinct set of the six
  /// properties, made on first use and kept, so that a ``FieldDefinition`` can hold
  /// its box without a reference count.
  ///
  /// Only making a definition takes the lock; reading one never does.
  final class Interned: @unchecked Sendable {
    /// The one table.
    static let shared = Interned()

    /// What makes two definitions the same.
    private struct Properties: Hashable {
      let key: String
      let scope: EditionScope
      let section: String
      let row: String
      let column: String
      let type: ValueType
    }

    private let lock = NSLock()
    // Guarded by `lock`; the dictionary keeps every box alive.
    private var boxes: [Properties: Storage] = [:]

    /// The box for these properties: the existing one, or a new one kept from now on.
    func box(
      _ key: String, _ scope: EditionScope, section: String, row: String, column: String, type: ValueType
    ) -> Storage {
      let properties = Properties(key: key, scope: scope, section: section, row: row, column: column, type: type)
      lock.lock()
      defer { lock.unlock() }
      if let box = boxes[properties] { return box }
      let box = Storage(key: key, scope: scope, section: section, row: row, column: column, type: type)
      boxes[properties] = box
      return box
    }
  }
}
