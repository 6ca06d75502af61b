/// Reads TZif data, the binary format of the tz database's zone files (RFC 8536 for versions
/// 1 to 3; RFC 9636 adds version 4, which changes only the leap-second records).
///
/// Version 1 data is read from its 32-bit block; later versions from their 64-bit block and
/// footer, skipping the 32-bit block. Every count, index and offset is checked before use, so
/// damaged data gives an error, never a crash. Files with leap-second records (`right/` zones)
/// are refused: their times count leap seconds and Unix time does not.
struct TZifReader {
  /// The parts of a TZif file that local time needs.
  struct Content {
    /// Transition instants (Unix seconds), strictly ascending.
    var transitions: [Int64]
    /// For each transition, the index in `localTimeTypes` of the type in force from it on.
    var transitionTypes: [UInt8]
    /// The local time types; type 0 applies before the first transition.
    var localTimeTypes: [ZoneOffset]
    /// The footer's rule for instants after the last transition, or nil (version 1, or an
    /// empty footer).
    var footer: PosixTimeZoneRule?
  }

  /// The counts of a TZif header, in the order of the file.
  private struct Header {
    var version: UInt8
    var utIndicatorCount: Int
    var standardIndicatorCount: Int
    var leapCount: Int
    var transitionCount: Int
    var typeCount: Int
    var abbreviationByteCount: Int

    /// The length of the data block that follows, with times of `timeSize` bytes.
    func dataLength(timeSize: Int) -> Int {
      transitionCount * (timeSize + 1) + typeCount * 6 + abbreviationByteCount + leapCount * (timeSize + 4)
        + standardIndicatorCount + utIndicatorCount
    }
  }

  private static let headerLength = 44

  private let bytes: [UInt8]
  private let identifier: String
  private var index = 0

  private init(bytes: [UInt8], identifier: String) {
    self.bytes = bytes
    self.identifier = identifier
  }

  /// The content of `bytes`, or the first defect found, reported against `identifier`.
  static func read(_ bytes: [UInt8], identifier: String) throws(TimeZoneError) -> Content {
    var reader = TZifReader(bytes: bytes, identifier: identifier)
    let first = try reader.header()
    guard first.version != 0 else { return try reader.dataBlock(first, timeSize: 4) }
    // Any later version (tzcode reads every non-zero one so) has a 64-bit block and a footer.
    try reader.skip(first.dataLength(timeSize: 4))
    var content = try reader.dataBlock(reader.header(), timeSize: 8)
    content.footer = try reader.footer()
    return content
  }

  private mutating func header() throws(TimeZoneError) -> Header {
    guard bytes.count - index >= 4, bytes[index..<index + 4].elementsEqual("TZif".utf8) else {
      throw defect(.notTZif)
    }
    guard bytes.count - index >= Self.headerLength else { throw defect(.truncated) }
    let version = bytes[index + 4]
    index += 20
    let header = Header(
      version: version, utIndicatorCount: count(), standardIndicatorCount: count(), leapCount: count(),
      transitionCount: count(), typeCount: count(), abbreviationByteCount: count())
    guard header.typeCount > 0, header.abbreviationByteCount > 0,
      [0, header.typeCount].contains(header.utIndicatorCount),
      [0, header.typeCount].contains(header.standardIndicatorCount)
    else { throw defect(.inconsistentHeader) }
    return header
  }

  private mutating func dataBlock(_ header: Header, timeSize: Int) throws(TimeZoneError) -> Content {
    guard bytes.count - index >= header.dataLength(timeSize: timeSize) else { throw defect(.truncated) }
    guard header.leapCount == 0 else { throw defect(.leapSeconds) }
    var transitions: [Int64] = []
    transitions.reserveCapacity(header.transitionCount)
    for _ in 0..<header.transitionCount {
      let time =
        timeSize == 4 ? Int64(Int32(bitPattern: UInt32(truncatingIfNeeded: bigEndian(4)))) : bigEndian(8)
      if let last = transitions.last, time <= last { throw defect(.unorderedTransitions) }
      transitions.append(time)
    }
    let transitionTypes = Array(bytes[index..<index + header.transitionCount])
    index += header.transitionCount
    guard transitionTypes.allSatisfy({ Int($0) < header.typeCount }) else { throw defect(.invalidTypeIndex) }
    var typeFields: [(offset: Int32, isDaylightSaving: UInt8, abbreviationIndex: Int)] = []
    for _ in 0..<header.typeCount {
      let offset = Int32(bitPattern: UInt32(truncatingIfNeeded: bigEndian(4)))
      typeFields.append((offset, bytes[index], Int(bytes[index + 1])))
      index += 2
    }
    let abbreviations = bytes[index..<index + header.abbreviationByteCount]
    index += header.abbreviationByteCount
    let indicators = bytes[index..<index + header.standardIndicatorCount + header.utIndicatorCount]
    index += indicators.count
    guard indicators.allSatisfy({ $0 <= 1 }) else { throw defect(.invalidIndicator) }
    let localTimeTypes = try typeFields.map { (fields) throws(TimeZoneError) -> ZoneOffset in
      guard fields.offset != .min else { throw defect(.invalidUTCOffset) }
      guard fields.isDaylightSaving <= 1 else { throw defect(.invalidIndicator) }
      let start = abbreviations.startIndex + fields.abbreviationIndex
      guard start < abbreviations.endIndex, let end = abbreviations[start...].firstIndex(of: 0) else {
        throw defect(.invalidAbbreviation)
      }
      return ZoneOffset(
        secondsEastOfUTC: Int(fields.offset), isDaylightSaving: fields.isDaylightSaving == 1,
        abbreviation: String(decoding: abbreviations[start..<end], as: UTF8.self))
    }
    return Content(
      transitions: transitions, transitionTypes: transitionTypes, localTimeTypes: localTimeTypes, footer: nil)
  }

  /// The newline-enclosed TZ rule after a 64-bit block; an empty one means none.
  private mutating func footer() throws(TimeZoneError) -> PosixTimeZoneRule? {
    guard index < bytes.count, bytes[index] == UInt8(ascii: "\n"),
      let end = bytes[(index + 1)...].firstIndex(of: UInt8(ascii: "\n"))
    else { throw defect(.missingFooter) }
    let rule = bytes[(index + 1)..<end]
    index = end + 1
    guard !rule.isEmpty else { return nil }
    var parser = PosixTimeZoneRuleParser(rule: String(decoding: rule, as: UTF8.self), identifier: identifier)
    return try parser.parse()
  }

  private mutating func skip(_ length: Int) throws(TimeZoneError) {
    guard bytes.count - index >= length else { throw defect(.truncated) }
    index += length
  }

  /// A 32-bit unsigned header count.
  private mutating func count() -> Int {
    Int(bigEndian(4))
  }

  /// The next `size` bytes as a big-endian number; the caller has checked that they exist.
  private mutating func bigEndian(_ size: Int) -> Int64 {
    var value: UInt64 = 0
    for byte in bytes[index..<index + size] { value = value << 8 | UInt64(byte) }
    index += size
    return Int64(bitPattern: value)
  }

  private func defect(_ defect: TimeZoneError.TZifDefect) -> TimeZoneError {
    TimeZoneError(identifier: identifier, reason: .invalidTZif(defect))
  }
}
