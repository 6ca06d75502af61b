/// A key of any name: lists an object's keys without decoding its values, and codes an error's
/// parameters by name.
struct VarlinkParameterKey: CodingKey {
  var stringValue: String
  var intValue: Int? { nil }

  init(_ name: String) { stringValue = name }
  init(stringValue: String) { self.stringValue = stringValue }
  init?(intValue: Int) { nil }
}
