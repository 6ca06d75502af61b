/// Reads JSON text (RFC 8259) strictly, with the standard library alone.
public enum JSONReader {
  /// How deeply arrays and objects may nest. The reader itself does not recurse, but whoever
  /// walks the result usually does, so a hostile document must not be able to go deeper.
  public static let nestingLimit = 512

  /// The one value `bytes` hold, whitespace allowed around it. Throws at the first byte that is
  /// not JSON: no trailing commas, leading zeros, `+1`, `.5` or `1.`, no unescaped control
  /// characters, unknown escapes, unpaired surrogates or ill-formed UTF-8 in strings, nothing
  /// after the value, and no nesting deeper than `nestingLimit`.
  public static func read(_ bytes: [UInt8]) throws(JSONReadError) -> JSONValue {
    var parser = JSONParser(bytes: bytes)
    return try parser.readDocument()
  }
}
