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

    private let lock = NSLock()
    // Guarded by `lock`; the dictionary keeps every box alive.
    private var boxes: [Properties: Storage] = [:]

    /// The box for these properties: the existing one, or a new one kept from now on.
    func box(_ properties: Properties) -> Storage {
      lock.lock()
      defer { lock.unlock() }
      if let box = boxes[properties] { return box }
      let box = Storage(properties)
      boxes[properties] = box
      return box
    }
  }
}
