/// TZif data assembled field by field as RFC 8536 section 3 lays it out, so that tests can
/// state what a file holds and break it on purpose.
struct TZifTestData {
  /// One local time type: `ttinfo`.
  struct LocalTimeType {
    var utOffset: Int32
    var isDaylightSaving: UInt8
    var abbreviationIndex: UInt8
  }

  /// The version byte: 0 for version 1, else ASCII "2", "3", "4".
  var version: UInt8 = UInt8(ascii: "2")
  var transitions: [Int64] = []
  var transitionTypes: [UInt8] = []
  var types: [LocalTimeType] = [LocalTimeType(utOffset: 0, isDaylightSaving: 0, abbreviationIndex: 0)]
  /// The NUL-terminated abbreviations, e.g. "LMT\0CET\0CEST\0".
  var abbreviations = "UTC\0"
  /// Leap-second records: occurrence and correction.
  var leapSeconds: [(Int64, Int32)] = []
  var standardIndicators: [UInt8] = []
  var utIndicators: [UInt8] = []
  /// The footer's TZ string (version 2 and later).
  var footer = ""
  /// Header counts to write instead of the true ones, by their position in the header (0
  /// isutcnt, 1 isstdcnt, 2 leapcnt, 3 timecnt, 4 typecnt, 5 charcnt), for tests of lying
  /// headers.
  var countOverrides: [Int: UInt32] = [:]

  /// The file: for version 1 one 32-bit block; for later versions `version1Block` (by default
  /// this data with its times cut to 32 bits, which readers skip), then the 64-bit block and
  /// the footer.
  func bytes(version1Block: TZifTestData? = nil) -> [UInt8] {
    guard version != 0 else { return block(timeSize: 4) }
    var version1 = version1Block ?? self
    version1.version = version
    return version1.block(timeSize: 4) + block(timeSize: 8) + Array("\n\(footer)\n".utf8)
  }

  /// A header and data block with times of `timeSize` bytes.
  private func block(timeSize: Int) -> [UInt8] {
    let counts = [
      utIndicators.count, standardIndicators.count, leapSeconds.count, transitions.count, types.count,
      abbreviations.utf8.count,
    ].enumerated().map { countOverrides[$0.offset] ?? UInt32($0.element) }
    var bytes = Array("TZif".utf8) + [version] + [UInt8](repeating: 0, count: 15)
    for count in counts { bytes += Self.bigEndian(UInt64(count), size: 4) }
    for time in transitions { bytes += Self.bigEndian(UInt64(bitPattern: time), size: timeSize) }
    bytes += transitionTypes
    for type in types {
      bytes += Self.bigEndian(UInt64(UInt32(bitPattern: type.utOffset)), size: 4)
      bytes += [type.isDaylightSaving, type.abbreviationIndex]
    }
    bytes += Array(abbreviations.utf8)
    for (occurrence, correction) in leapSeconds {
      bytes += Self.bigEndian(UInt64(bitPattern: occurrence), size: timeSize)
      bytes += Self.bigEndian(UInt64(UInt32(bitPattern: correction)), size: 4)
    }
    return bytes + standardIndicators + utIndicators
  }

  private static func bigEndian(_ value: UInt64, size: Int) -> [UInt8] {
    (0..<size).reversed().map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
  }

  /// A small Europe/Berlin: LMT, then CET, with summer times in 1980, a CEST/CET pair beyond
  /// 2038 (only 64 bits hold it), and the current rule as footer.
  static var berlin: TZifTestData {
    var data = TZifTestData()
    data.abbreviations = "LMT\0CEST\0CET\0"
    data.types = [
      LocalTimeType(utOffset: 3_208, isDaylightSaving: 0, abbreviationIndex: 0),
      LocalTimeType(utOffset: 7_200, isDaylightSaving: 1, abbreviationIndex: 4),
      LocalTimeType(utOffset: 3_600, isDaylightSaving: 0, abbreviationIndex: 9),
    ]
    data.transitions = [
      ZoneTestTime.seconds(1893, 3, 31, 23, 6, 32), ZoneTestTime.seconds(1980, 4, 6, 1),
      ZoneTestTime.seconds(1980, 9, 28, 1), ZoneTestTime.seconds(2040, 3, 25, 1),
      ZoneTestTime.seconds(2040, 10, 28, 1),
    ]
    data.transitionTypes = [2, 1, 2, 1, 2]
    data.footer = "CET-1CEST,M3.5.0,M10.5.0/3"
    return data
  }
}
