/// Finds a key's position among a table's entries: by a linear scan while the table is small, and
/// through a dictionary built once it grows.
///
/// Most TOML tables hold a handful of keys (an inline `contact = { phone = ..., url = ... }`) or a
/// dozen (a `[[loan]]`): comparing a name with that many others costs less than building a
/// dictionary for each table and hashing every name into it. A table of thousands of keys must
/// still not make reading quadratic.
struct TOMLKeyIndex: Hashable, Sendable {
  /// Up to this many keys are scanned; beyond it the dictionary is used.
  static let scanLimit = 16

  private var positions: [String: Int] = [:]

  /// The position of the entry named `name` in `entries`, or nil.
  // Inlined, so that `TOMLTableBuilder` can look a name up in a table where it lies: for a
  // call, the table's entries would be copied out first.
  @inline(__always)
  func position(of name: String, in entries: [TOMLTable.Entry]) -> Int? {
    guard entries.count > Self.scanLimit else {
      // Through the buffer, so that each name is compared where it lies instead of being copied
      // out with its entry.
      return entries.withUnsafeBufferPointer { buffer in
        for position in buffer.indices where buffer[position].key.name == name { return position }
        return nil
      }
    }
    return positions[name]
  }

  /// Records that `entries` has just had its last element appended.
  mutating func didAppend(to entries: [TOMLTable.Entry]) {
    let count = entries.count
    if count == Self.scanLimit + 1 {
      positions.reserveCapacity(count * 2)
      for (position, entry) in entries.enumerated() { positions[entry.key.name] = position }
    } else if count > Self.scanLimit + 1 {
      positions[entries[count - 1].key.name] = count - 1
    }
  }
}
