/// Numbers, booleans, dates and times: the values TOML writes without quotes or brackets.
///
/// Pure functions over the lexeme the parser cut out (`0x_ff` included), so that each rule is
/// checked in one place and the parser stays a grammar. The lexeme is read where it lies in the
/// file, without a copy.
enum TOMLScalar {
  /// The value the ASCII bytes `bytes` denote, or why they denote none.
  static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(TOMLSyntaxError.Reason) -> TOMLValue.Kind {
    if isWord(bytes, "true") { return .boolean(true) }
    if isWord(bytes, "false") { return .boolean(false) }
    var lexeme: String { String(decoding: bytes, as: UTF8.self) }
    if looksLikeDateOrTime(bytes) {
      do {
        var dateTime = TOMLDateTimeLexeme(bytes)
        return try dateTime.parse()
      } catch {
        throw .invalidDateTime(lexeme, error)
      }
    }
    guard looksLikeNumber(bytes) else { throw .invalidValue(lexeme) }
    do {
      return try parseNumber(bytes)
    } catch {
      throw .invalidNumber(lexeme, error)
    }
  }

  /// `1979-05-27...` or `07:32:00...`: four digits and a dash, or two digits and a colon.
  private static func looksLikeDateOrTime(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    func digits(_ range: Range<Int>) -> Bool {
      range.allSatisfy { $0 < bytes.count && isDecimalDigit(bytes[$0]) }
    }
    return (digits(0..<4) && bytes.count > 4 && bytes[4] == UInt8(ascii: "-"))
      || (digits(0..<2) && bytes.count > 2 && bytes[2] == UInt8(ascii: ":"))
  }

  /// A digit, a sign, a dot, or `inf`/`nan` first: it was meant as a number, so a fault in it
  /// is reported as a faulty number rather than as a bare word.
  private static func looksLikeNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var rest = bytes[...]
    if let sign = rest.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
      rest = rest.dropFirst()
    }
    guard let first = rest.first else { return true }
    return isDecimalDigit(first) || first == UInt8(ascii: ".") || isWord(rest, "inf") || isWord(rest, "nan")
  }

  private static func parseNumber(
    _ bytes: UnsafeBufferPointer<UInt8>
  ) throws(TOMLSyntaxError.NumberFault) -> TOMLValue.Kind {
    var rest = bytes[...]
    var negative = false
    var signed = false
    if let sign = rest.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
      negative = sign == UInt8(ascii: "-")
      signed = true
      rest = rest.dropFirst()
    }
    if isWord(rest, "inf") { return .float(negative ? -.infinity : .infinity) }
    if isWord(rest, "nan") { return .float(negative ? -.nan : .nan) }

    if rest.count >= 2, rest.first == UInt8(ascii: "0"), let radix = radix(prefix: rest[rest.startIndex + 1])
    {
      if signed { throw .signedPrefixedInteger }
      return .integer(try parsePrefixedInteger(rest.dropFirst(2), radix: radix))
    }

    let exponentIndex = rest.firstIndex { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }
    let dotIndex = rest.firstIndex(of: UInt8(ascii: "."))
    let integerPart = rest[..<(dotIndex ?? exponentIndex ?? rest.endIndex)]
    try checkDigits(integerPart, isDigit: isDecimalDigit)
    if integerPart.count > 1, integerPart.first == UInt8(ascii: "0") { throw .leadingZero }

    guard dotIndex != nil || exponentIndex != nil else {
      return .integer(try decimalInteger(integerPart, negative: negative))
    }
    if let dotIndex {
      // A dot after the exponent (`1e2.5`) is no float.
      if let exponentIndex, exponentIndex < dotIndex { throw .malformed }
      try checkDigits(rest[(dotIndex + 1)..<(exponentIndex ?? rest.endIndex)], isDigit: isDecimalDigit)
    }
    if let exponentIndex {
      var exponent = rest[(exponentIndex + 1)...]
      if let sign = exponent.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
        exponent = exponent.dropFirst()
      }
      try checkDigits(exponent, isDigit: isDecimalDigit)
    }
    let text = String(decoding: bytes.filter { $0 != UInt8(ascii: "_") }, as: UTF8.self)
    guard let value = Double(text) else { throw .malformed }
    guard value.isFinite else { throw .floatOutOfRange }
    return .float(value)
  }

  /// Whether `bytes` are the ASCII word `word`; compared as bytes, which a `String`'s UTF-8 view
  /// is slow to give one at a time.
  private static func isWord(_ bytes: some Collection<UInt8>, _ word: StaticString) -> Bool {
    word.withUTF8Buffer { bytes.elementsEqual($0) }
  }

  /// The base a `0x`, `0o` or `0b` prefix announces, given the prefix's letter.
  private static func radix(prefix letter: UInt8) -> Int? {
    switch letter {
    case UInt8(ascii: "x"): 16
    case UInt8(ascii: "o"): 8
    case UInt8(ascii: "b"): 2
    default: nil
    }
  }

  /// Checks a run of digits with TOML's underscore rule: at least one digit, and every
  /// underscore between two digits.
  private static func checkDigits(
    _ digits: Slice<UnsafeBufferPointer<UInt8>>, isDigit: (UInt8) -> Bool
  ) throws(TOMLSyntaxError.NumberFault) {
    guard !digits.isEmpty else { throw .missingDigits }
    var previousWasDigit = false
    for byte in digits {
      if byte == UInt8(ascii: "_") {
        guard previousWasDigit else { throw .misplacedUnderscore }
        previousWasDigit = false
      } else if isDigit(byte) {
        previousWasDigit = true
      } else {
        throw .malformed
      }
    }
    guard previousWasDigit else { throw .misplacedUnderscore }
  }

  private static func parsePrefixedInteger(
    _ digits: Slice<UnsafeBufferPointer<UInt8>>, radix: Int
  ) throws(TOMLSyntaxError.NumberFault) -> Int64 {
    try checkDigits(digits) { digitValue($0).map { $0 < radix } ?? false }
    var value: Int64 = 0
    for byte in digits where byte != UInt8(ascii: "_") {
      let (shifted, overflow) = value.multipliedReportingOverflow(by: Int64(radix))
      let (sum, carry) = shifted.addingReportingOverflow(Int64(digitValue(byte)!))
      guard !overflow, !carry else { throw .integerOutOfRange }
      value = sum
    }
    return value
  }

  /// A decimal integer; accumulated negatively so that -9223372036854775808 fits.
  private static func decimalInteger(
    _ digits: Slice<UnsafeBufferPointer<UInt8>>, negative: Bool
  ) throws(TOMLSyntaxError.NumberFault) -> Int64 {
    var value: Int64 = 0
    for byte in digits where byte != UInt8(ascii: "_") {
      let (shifted, overflow) = value.multipliedReportingOverflow(by: 10)
      let (sum, carry) = shifted.subtractingReportingOverflow(Int64(byte - UInt8(ascii: "0")))
      guard !overflow, !carry else { throw .integerOutOfRange }
      value = sum
    }
    if negative { return value }
    guard value != .min else { throw .integerOutOfRange }
    return -value
  }
}

func isDecimalDigit(_ byte: UInt8) -> Bool {
  (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
}

/// The value of a hexadecimal digit (either case), or nil.
func digitValue(_ byte: UInt8) -> Int? {
  switch byte {
  case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte - UInt8(ascii: "0"))
  case UInt8(ascii: "a")...UInt8(ascii: "f"): Int(byte - UInt8(ascii: "a")) + 10
  case UInt8(ascii: "A")...UInt8(ascii: "F"): Int(byte - UInt8(ascii: "A")) + 10
  default: nil
  }
}
