import RepayCore

/// The `id` of a loan or a reminder: 1 to 64 characters of `a-z`, `0-9` and `-`, so that it is
/// easy to type in `repayctl pay ID` and safe in a journal field or a file name.
enum IDField {
  /// The id of `fields` and its value, or nil after reporting that it is missing or invalid.
  static func read(_ fields: TableFields) -> (String, TOMLValue)? {
    guard let (id, value) = fields.string("id", required: true) else { return nil }
    guard isValid(id) else {
      fields.log.error(.invalidID(id), at: value.location)
      return nil
    }
    return (id, value)
  }

  /// Whether `id` has the allowed form.
  static func isValid(_ id: String) -> Bool {
    (1...64).contains(id.unicodeScalars.count)
      && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
  }
}
