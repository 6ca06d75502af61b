extension JSONParser {
  /// The text of the number at the current position: `-`? (`0` | [1-9][0-9]*) (`.` [0-9]+)?
  /// ([eE] [+-]? [0-9]+)?, nothing looser.
  mutating func readNumber() throws(JSONReadError) -> String {
    let start = position
    if bytes[position] == UInt8(ascii: "-") { position += 1 }
    let integerStart = position
    try readDigits()
    if bytes[integerStart] == UInt8(ascii: "0"), position - integerStart > 1 {
      throw JSONReadError(.leadingZero, at: integerStart)
    }
    if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
      position += 1
      try readDigits()
    }
    if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
      position += 1
      if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-")
      {
        position += 1
      }
      try readDigits()
    }
    return String(decoding: bytes[start..<position], as: UTF8.self)
  }

  /// Moves past one or more decimal digits.
  private mutating func readDigits() throws(JSONReadError) {
    let start = position
    while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
      position += 1
    }
    guard position > start else { throw JSONReadError(.missingDigit, at: position) }
  }
}
