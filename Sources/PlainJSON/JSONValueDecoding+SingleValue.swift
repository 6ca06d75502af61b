extension JSONValueDecoding: SingleValueDecodingContainer {
  /// Whether the value is null.
  func decodeNil() -> Bool {
    value.content == .null
  }

  /// The `T` the value holds: the standard library's scalars straight from the value, anything
  /// else through its `init(from:)`.
  ///
  /// This one generic method also stands for each scalar overload the protocol asks for (Swift
  /// lets a generic method witness them), so the scalars have one way in.
  func decode<T: Decodable>(_ type: T.Type) throws -> T {
    if T.self == String.self {
      guard case .string(let string) = try nonNull(type) else { throw typeMismatch(type) }
      return string as! T
    }
    if T.self == Bool.self {
      guard case .bool(let bool) = try nonNull(type) else { throw typeMismatch(type) }
      return bool as! T
    }
    if T.self == Double.self {
      return try floatingPoint(Double.self) as! T
    }
    if T.self == Float.self {
      return try floatingPoint(Float.self) as! T
    }
    if let number = try fixedWidthInteger(type) { return number }
    return try T(from: self)
  }

  /// The value as `T` when `T` is one of the standard library's integer types; nil for any other
  /// type. Types are compared one by one, not cast to `FixedWidthInteger`: such a cast makes the
  /// runtime search every conformance in the program for each new `T`, which is most of a
  /// short-lived program's decoding time.
  private func fixedWidthInteger<T>(_ type: T.Type) throws(DecodingError) -> T? {
    switch ObjectIdentifier(type) {
    case ObjectIdentifier(Int.self): try integer(Int.self) as? T
    case ObjectIdentifier(Int8.self): try integer(Int8.self) as? T
    case ObjectIdentifier(Int16.self): try integer(Int16.self) as? T
    case ObjectIdentifier(Int32.self): try integer(Int32.self) as? T
    case ObjectIdentifier(Int64.self): try integer(Int64.self) as? T
    case ObjectIdentifier(UInt.self): try integer(UInt.self) as? T
    case ObjectIdentifier(UInt8.self): try integer(UInt8.self) as? T
    case ObjectIdentifier(UInt16.self): try integer(UInt16.self) as? T
    case ObjectIdentifier(UInt32.self): try integer(UInt32.self) as? T
    case ObjectIdentifier(UInt64.self): try integer(UInt64.self) as? T
    default: nil
    }
  }

  /// The value's content, which must not be null.
  private func nonNull(_ type: Any.Type) throws(DecodingError) -> JSONValue.Content {
    if case .null = value.content {
      throw DecodingError.valueNotFound(
        type,
        DecodingError.Context(
          codingPath: codingPath,
          debugDescription: "Cannot get value of type \(type) -- found null value instead"))
    }
    return value.content
  }

  /// The text of the number the value must be.
  private func numberText(_ type: Any.Type) throws(DecodingError) -> String {
    guard case .number(let text) = try nonNull(type) else { throw typeMismatch(type) }
    return text
  }

  /// The number as a `Number`: whole and in range. Written plainly, it must fit exactly; with a
  /// fraction or exponent, as JSONDecoder allows, its `Double` must be whole and fit.
  private func integer<Number: FixedWidthInteger>(_ type: Number.Type) throws(DecodingError) -> Number {
    let text = try numberText(type)
    let isPlain = text.utf8.allSatisfy { $0 != UInt8(ascii: ".") && $0 | 0x20 != UInt8(ascii: "e") }
    let number = isPlain ? Number(text) : Double(text).flatMap { Number(exactly: $0) }
    guard let number else { throw notRepresentable(text, as: type) }
    return number
  }

  /// The number as the nearest `Number`, which must be finite.
  private func floatingPoint<Number: BinaryFloatingPoint & LosslessStringConvertible>(
    _ type: Number.Type
  ) throws(DecodingError) -> Number {
    let text = try numberText(type)
    guard let number = Number(text), number.isFinite else { throw notRepresentable(text, as: type) }
    return number
  }

  private func notRepresentable(_ text: String, as type: Any.Type) -> DecodingError {
    DecodingError.dataCorrupted(
      DecodingError.Context(
        codingPath: codingPath, debugDescription: "Parsed JSON number <\(text)> does not fit in \(type)."))
  }
}
