/// The coding keys the decoder makes itself: an array's index, and `super`.
struct JSONCodingKey: CodingKey {
  /// The key's name.
  let stringValue: String
  /// The index, for an array element.
  let intValue: Int?

  /// The key named `stringValue`.
  init(stringValue: String) {
    self.stringValue = stringValue
    intValue = nil
  }

  /// The key of the element at `intValue`, named as JSONDecoder names it.
  init(intValue: Int) {
    stringValue = "Index \(intValue)"
    self.intValue = intValue
  }

  /// The key `superDecoder()` reads, as JSONDecoder names it.
  static let superKey = JSONCodingKey(stringValue: "super")
}
