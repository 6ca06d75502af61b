/// Finds a key's position among a table's keys: by a linear scan while the table is small, and
/// through a dictionary built once it grows.
///
/// Most TOML tables hold a handful of keys (an inline `contact = { phone = ..., url = ... }`),
/// and a dictionary for each would cost more than scanning them; a table of thousands of keys
/// must still not make reading quadratic.
struct TOMLKeyIndex: Hashable, Sendable {
  /// Up to this many keys are scanned; beyond it the dictionary is used.
  static let scanLimit = 8

  private var positions: [String: Int] = [:]

  /// The position of `name` in `names`, or nil.
  func position(of name: String, in names: some RandomAccessCollection<String>) -> Int? {
    guard names.count > Self.scanLimit else {
      return names.firstIndex(of: name).map { names.distance(from: names.startIndex, to: $0) }
    }
    return positions[name]
  }

  /// Records that `names` has just had its last element appended.
  mutating func didAppend(_ name: String, in names: some RandomAccessCollection<String>) {
    let count = names.count
    if count == Self.scanLimit + 1 {
      positions = Dictionary(uniqueKeysWithValues: zip(names, 0..<count))
    } else if count > Self.scanLimit + 1 {
      positions[name] = count - 1
    }
  }
}
