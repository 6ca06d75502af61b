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
    if let integerType = type as? any (FixedWidthInteger & Decodable).Type {
      return try integer(integerType) as! T
    }
    return try T(from: self)
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
