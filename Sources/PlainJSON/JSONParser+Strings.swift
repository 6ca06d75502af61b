extension JSONParser {
  /// The string whose opening quote is at the current position, its escapes decoded; the
  /// position is then after the closing quote.
  mutating func readString() throws(JSONReadError) -> String {
    position += 1
    let start = position
    var decoded: [UInt8] = []
    var hasEscapes = false
    while true {
      let byte = try peek()
      switch byte {
      case UInt8(ascii: "\""):
        let text = hasEscapes ? decoded : Array(bytes[start..<position])
        position += 1
        return String(decoding: text, as: UTF8.self)
      case UInt8(ascii: "\\"):
        if !hasEscapes {
          decoded.append(contentsOf: bytes[start..<position])
          hasEscapes = true
        }
        UTF8.encode(try readEscape()) { decoded.append($0) }
      case 0..<0x20:
        throw JSONReadError(.controlCharacterInString(byte), at: position)
      default:
        let length = try wellFormedUTF8Length()
        if hasEscapes { decoded.append(contentsOf: bytes[position..<position + length]) }
        position += length
      }
    }
  }

  /// The character of the escape whose backslash is at the current position; a `\u` high
  /// surrogate takes the `\u` low surrogate after it.
  private mutating func readEscape() throws(JSONReadError) -> Unicode.Scalar {
    let backslash = position
    position += 1
    let letter = try peek()
    position += 1
    switch letter {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"):
      return Unicode.Scalar(letter)
    case UInt8(ascii: "b"): return "\u{08}"
    case UInt8(ascii: "f"): return "\u{0C}"
    case UInt8(ascii: "n"): return "\n"
    case UInt8(ascii: "r"): return "\r"
    case UInt8(ascii: "t"): return "\t"
    case UInt8(ascii: "u"):
      let unit = try readHexQuad()
      switch unit {
      case 0xD800...0xDBFF:
        guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
          bytes[position + 1] == UInt8(ascii: "u")
        else { throw JSONReadError(.unpairedSurrogate, at: backslash) }
        position += 2
        let low = try readHexQuad()
        guard (0xDC00...0xDFFF).contains(low) else { throw JSONReadError(.unpairedSurrogate, at: backslash) }
        return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))!
      case 0xDC00...0xDFFF:
        throw JSONReadError(.unpairedSurrogate, at: backslash)
      default:
        return Unicode.Scalar(unit)!
      }
    default:
      throw JSONReadError(.invalidEscape, at: backslash)
    }
  }

  /// The four hexadecimal digits at the current position, as a UTF-16 code unit.
  private mutating func readHexQuad() throws(JSONReadError) -> UInt32 {
    var unit: UInt32 = 0
    for _ in 0..<4 {
      guard position < bytes.count, let digit = Self.hexValue(bytes[position]) else {
        throw JSONReadError(position < bytes.count ? .invalidUnicodeEscape : .unexpectedEnd, at: position)
      }
      unit = unit << 4 | digit
      position += 1
    }
    return unit
  }

  private static func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
    default: nil
    }
  }

  /// The length of the well-formed UTF-8 sequence at the current position (Unicode's table 3-7:
  /// no overlong forms, no surrogates, nothing past U+10FFFF).
  private func wellFormedUTF8Length() throws(JSONReadError) -> Int {
    let lead = bytes[position]
    let length: Int
    var second: ClosedRange<UInt8> = 0x80...0xBF
    switch lead {
    case 0..<0x80: return 1
    case 0xC2...0xDF: length = 2
    case 0xE0: (length, second) = (3, 0xA0...0xBF)
    case 0xED: (length, second) = (3, 0x80...0x9F)
    case 0xE1...0xEF: length = 3
    case 0xF0: (length, second) = (4, 0x90...0xBF)
    case 0xF1...0xF3: length = 4
    case 0xF4: (length, second) = (4, 0x80...0x8F)
    default: throw JSONReadError(.invalidUTF8, at: position)
    }
    guard position + length <= bytes.count, second.contains(bytes[position + 1]),
      bytes[(position + 2)..<(position + length)].allSatisfy({ (0x80...0xBF).contains($0) })
    else { throw JSONReadError(.invalidUTF8, at: position) }
    return length
  }
}
