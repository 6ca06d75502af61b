import RepayCore

/// The `id` of a loan or a reminder: 1 to 64 characters of `a-z`, `0-9` and `-`, so that it is
/// easy to type in `repayctl pay ID` and safe in a journal field or a file name.
enum IDField {
  /// The id of `fields`, under `key`, or nil after reporting that it is missing or invalid.
  static func read<Key>(_ fields: TableFields<Key>, key: Key) -> String? {
    guard let id = fields.string(key, required: true) else { return nil }
    guard isValid(id) else {
      fields.error(.invalidID(id), at: key)
      return nil
    }
    return id
  }

  /// Whether `id` has the allowed form.
  static func isValid(_ id: String) -> Bool {
    // Read as UTF-8 bytes in place: every allowed character is ASCII, so bytes and characters
    // agree on every id that passes, and any other character has a byte outside the set.
    var id = id
    return id.withUTF8 { bytes in
      (1...64).contains(bytes.count)
        && bytes.allSatisfy {
          (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: "-")
        }
    }
  }
}
