/// An array or object the parser has opened and not yet closed, with what it has read so far.
struct OpenContainer {
  /// The offset of the opening bracket.
  let start: Int
  /// Whether this is an object rather than an array.
  let isObject: Bool
  /// The elements so far, for an array.
  private var elements: [JSONValue] = []
  /// The members so far, for an object.
  private var members: [JSONMember] = []
  /// The name of the member whose value comes next, for an object.
  var pendingName: String?

  /// An object or an array, empty so far, whose opening bracket is at `start`.
  init(openedAt start: Int, isObject: Bool) {
    self.start = start
    self.isObject = isObject
  }

  /// The byte that closes this container.
  var closingByte: UInt8 { isObject ? UInt8(ascii: "}") : UInt8(ascii: "]") }

  /// Adds `value` as the next element, or as the value of the pending member.
  mutating func append(_ value: JSONValue) {
    if let name = pendingName {
      members.append(JSONMember(name: name, value: value))
      pendingName = nil
    } else {
      elements.append(value)
    }
  }

  /// The finished value, whose closing bracket ends just before `end`.
  func closed(at end: Int) -> JSONValue {
    JSONValue(isObject ? .object(members) : .array(elements), span: start..<end)
  }
}
