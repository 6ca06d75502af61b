import RepayCore
import Testing

/// Reading TZif data (RFC 8536, RFC 9636), from files assembled field by field.
struct TimeZoneTZifReadingTests {
  private typealias T = ZoneTestTime

  private static let lmt = ZoneOffset(secondsEastOfUTC: 3_208, isDaylightSaving: false, abbreviation: "LMT")
  private static let cet = ZoneOffset(secondsEastOfUTC: 3_600, isDaylightSaving: false, abbreviation: "CET")
  private static let cest = ZoneOffset(secondsEastOfUTC: 7_200, isDaylightSaving: true, abbreviation: "CEST")

  private static func rules(_ bytes: [UInt8]) throws(TimeZoneError) -> TimeZoneRules {
    try TimeZoneRules(identifier: "Test/Zone", tzif: bytes)
  }

  private static func defect(_ defect: TimeZoneError.TZifDefect) -> TimeZoneError {
    TimeZoneError(identifier: "Test/Zone", reason: .invalidTZif(defect))
  }

  @Test("type 0 applies before the first transition, each transition's type from its instant on")
  func transitions() throws {
    let rules = try Self.rules(TZifTestData.berlin.bytes())
    #expect(rules.identifier == "Test/Zone")
    #expect(rules.offset(at: Int64.min) == Self.lmt)
    #expect(rules.offset(at: T.seconds(1893, 3, 31, 23, 6, 31)) == Self.lmt)
    #expect(rules.offset(at: T.seconds(1893, 3, 31, 23, 6, 32)) == Self.cet)
    #expect(rules.offset(at: T.seconds(1980, 4, 6, 0, 59, 59)) == Self.cet)
    #expect(rules.offset(at: T.seconds(1980, 4, 6, 1)) == Self.cest)
    #expect(rules.offset(at: T.seconds(1980, 9, 28, 1)) == Self.cet)
    // Up to its last transition the table decides, even where the footer rule would differ.
    #expect(rules.offset(at: T.seconds(2026, 7, 1)) == Self.cet)
    #expect(rules.offset(at: T.seconds(2040, 3, 25, 1)) == Self.cest)
  }

  @Test("from the last transition on the footer rule applies")
  func footerAfterTable() throws {
    let rules = try Self.rules(TZifTestData.berlin.bytes())
    #expect(rules.offset(at: T.seconds(2040, 10, 28, 1)) == Self.cet)
    #expect(rules.offset(at: T.seconds(2041, 3, 31, 0, 59, 59)) == Self.cet)
    #expect(rules.offset(at: T.seconds(2041, 3, 31, 1)) == Self.cest)
    #expect(rules.offset(at: Int64.max) == Self.cet)
    #expect(rules.nextTransition(after: T.seconds(2040, 7, 1)) == T.seconds(2040, 10, 28, 1))
    #expect(rules.nextTransition(after: T.seconds(2040, 10, 28, 1)) == T.seconds(2041, 3, 31, 1))
    #expect(rules.standardAbbreviation == "CET")
    #expect(rules.daylightAbbreviation == "CEST")
  }

  @Test("versions 2 and later are read from the 64-bit block, not the 32-bit one")
  func sixtyFourBitBlock() throws {
    var version1 = TZifTestData()
    version1.abbreviations = "V1\0"
    version1.types = [.init(utOffset: 999, isDaylightSaving: 0, abbreviationIndex: 0)]
    for version in ["2", "3", "4"].map({ UInt8(ascii: $0) }) {
      var data = TZifTestData.berlin
      data.version = version
      let rules = try Self.rules(data.bytes(version1Block: version1))
      #expect(rules.offset(at: T.seconds(1980, 4, 6, 1)) == Self.cest)
      #expect(rules.offset(at: T.seconds(2040, 3, 25, 1)) == Self.cest)
    }
  }

  @Test("version 1 data has 32-bit times and no footer: the last type stays")
  func versionOne() throws {
    var data = TZifTestData.berlin
    data.version = 0
    data.transitions = [T.seconds(1901, 12, 13, 20, 45, 52)] + data.transitions[1...2]
    data.transitionTypes.removeLast(2)
    let rules = try Self.rules(data.bytes())
    #expect(rules.offset(at: T.seconds(1901, 12, 13, 20, 45, 51)) == Self.lmt)
    #expect(rules.offset(at: T.seconds(1901, 12, 13, 20, 45, 52)) == Self.cet)
    #expect(rules.offset(at: T.seconds(1980, 4, 6, 1)) == Self.cest)
    #expect(rules.offset(at: T.seconds(2026, 7, 1)) == Self.cet)
    #expect(rules.nextTransition(after: T.seconds(1980, 9, 28, 1)) == nil)
    #expect(rules.standardAbbreviation == "CET")
    #expect(rules.daylightAbbreviation == "CEST")
  }

  @Test("without transitions the footer decides everything, or else type 0 does")
  func noTransitions() throws {
    var data = TZifTestData()
    data.footer = "<+0545>-5:45"
    let withFooter = try Self.rules(data.bytes())
    #expect(
      withFooter.offset(at: 0)
        == ZoneOffset(secondsEastOfUTC: 20_700, isDaylightSaving: false, abbreviation: "+0545"))
    data.footer = ""
    let withoutFooter = try Self.rules(data.bytes())
    #expect(
      withoutFooter.offset(at: 0)
        == ZoneOffset(secondsEastOfUTC: 0, isDaylightSaving: false, abbreviation: "UTC"))
    #expect(withoutFooter.standardAbbreviation == "UTC")
    #expect(withoutFooter.daylightAbbreviation == nil)
  }

  @Test("negative daylight saving: Europe/Dublin's winter GMT is its daylight time")
  func negativeDaylightSaving() throws {
    var data = TZifTestData()
    data.abbreviations = "IST\0GMT\0"
    data.types = [
      .init(utOffset: 3_600, isDaylightSaving: 0, abbreviationIndex: 0),
      .init(utOffset: 0, isDaylightSaving: 1, abbreviationIndex: 4),
    ]
    data.transitions = [T.seconds(1971, 10, 31, 2)]
    data.transitionTypes = [1]
    data.footer = "IST-1GMT0,M10.5.0,M3.5.0/1"
    let rules = try Self.rules(data.bytes())
    let winter = ZoneOffset(secondsEastOfUTC: 0, isDaylightSaving: true, abbreviation: "GMT")
    let summer = ZoneOffset(secondsEastOfUTC: 3_600, isDaylightSaving: false, abbreviation: "IST")
    #expect(rules.offset(at: T.seconds(2026, 1, 15)) == winter)
    #expect(rules.offset(at: T.seconds(2026, 3, 29, 0, 59, 59)) == winter)
    #expect(rules.offset(at: T.seconds(2026, 3, 29, 1)) == summer)
    #expect(rules.offset(at: T.seconds(2026, 10, 25, 0, 59, 59)) == summer)
    #expect(rules.offset(at: T.seconds(2026, 10, 25, 1)) == winter)
    #expect(rules.standardAbbreviation == "IST")
    #expect(rules.daylightAbbreviation == "GMT")
  }

  @Test("a file that is not TZif, or ends early, is refused")
  func notTZifOrTruncated() {
    #expect(throws: Self.defect(.notTZif)) { try Self.rules([]) }
    #expect(throws: Self.defect(.notTZif)) {
      try Self.rules(Array("TZig2".utf8) + [UInt8](repeating: 0, count: 60))
    }
    #expect(throws: Self.defect(.notTZif)) { try Self.rules(Array("# tzdata\n".utf8)) }
    #expect(throws: Self.defect(.truncated)) { try Self.rules(Array("TZif2".utf8)) }
    let bytes = TZifTestData.berlin.bytes()
    for length in 0..<bytes.count {
      #expect(throws: TimeZoneError.self, "prefix of \(length) bytes") {
        try Self.rules(Array(bytes[..<length]))
      }
    }
    var versionOne = TZifTestData.berlin
    versionOne.version = 0
    let versionOneBytes = versionOne.bytes()
    for length in 0..<versionOneBytes.count {
      #expect(throws: TimeZoneError.self, "prefix of \(length) bytes") {
        try Self.rules(Array(versionOneBytes[..<length]))
      }
    }
  }

  @Test("counts that contradict the format or the data are refused without allocating them")
  func inconsistentCounts() {
    var noTypes = TZifTestData()
    noTypes.countOverrides = [4: 0]
    #expect(throws: Self.defect(.inconsistentHeader)) { try Self.rules(noTypes.bytes()) }
    var noAbbreviations = TZifTestData()
    noAbbreviations.countOverrides = [5: 0]
    #expect(throws: Self.defect(.inconsistentHeader)) { try Self.rules(noAbbreviations.bytes()) }
    var wrongIndicators = TZifTestData()
    wrongIndicators.utIndicators = [0, 0]
    #expect(throws: Self.defect(.inconsistentHeader)) { try Self.rules(wrongIndicators.bytes()) }
    var huge = TZifTestData()
    huge.countOverrides = [3: .max]
    #expect(throws: Self.defect(.truncated)) { try Self.rules(huge.bytes()) }
  }

  @Test("transitions must ascend strictly and name existing types")
  func transitionDefects() {
    var unordered = TZifTestData.berlin
    unordered.transitions.swapAt(1, 2)
    #expect(throws: Self.defect(.unorderedTransitions)) { try Self.rules(unordered.bytes()) }
    var repeated = TZifTestData.berlin
    repeated.transitions[2] = repeated.transitions[1]
    #expect(throws: Self.defect(.unorderedTransitions)) { try Self.rules(repeated.bytes()) }
    var badType = TZifTestData.berlin
    badType.transitionTypes[1] = 3
    #expect(throws: Self.defect(.invalidTypeIndex)) { try Self.rules(badType.bytes()) }
  }

  @Test("types must have a valid offset, flags and a NUL-terminated abbreviation")
  func typeDefects() {
    var outside = TZifTestData()
    outside.types[0].abbreviationIndex = 4
    #expect(throws: Self.defect(.invalidAbbreviation)) { try Self.rules(outside.bytes()) }
    var unterminated = TZifTestData()
    unterminated.abbreviations = "UTC"
    #expect(throws: Self.defect(.invalidAbbreviation)) { try Self.rules(unterminated.bytes()) }
    var minimumOffset = TZifTestData()
    minimumOffset.types[0].utOffset = .min
    #expect(throws: Self.defect(.invalidUTCOffset)) { try Self.rules(minimumOffset.bytes()) }
    var daylightFlag = TZifTestData()
    daylightFlag.types[0].isDaylightSaving = 2
    #expect(throws: Self.defect(.invalidIndicator)) { try Self.rules(daylightFlag.bytes()) }
    var standardIndicator = TZifTestData()
    standardIndicator.standardIndicators = [2]
    #expect(throws: Self.defect(.invalidIndicator)) { try Self.rules(standardIndicator.bytes()) }
    var indicators = TZifTestData()
    indicators.standardIndicators = [1]
    indicators.utIndicators = [1]
    #expect(throws: Never.self) { try Self.rules(indicators.bytes()) }
  }

  @Test("leap-second files (right/ zones) are refused: Unix time has no leap seconds")
  func leapSeconds() {
    var data = TZifTestData()
    data.leapSeconds = [(T.seconds(1972, 7, 1), 1)]
    #expect(throws: Self.defect(.leapSeconds)) { try Self.rules(data.bytes()) }
    data.version = 0
    #expect(throws: Self.defect(.leapSeconds)) { try Self.rules(data.bytes()) }
  }

  @Test("a version 2+ file needs its footer, and a valid rule in it")
  func footerDefects() {
    let bytes = TZifTestData.berlin.bytes()
    #expect(throws: Self.defect(.missingFooter)) { try Self.rules(Array(bytes.dropLast())) }
    #expect(throws: Self.defect(.missingFooter)) {
      try Self.rules(Array(bytes.dropLast(2)) + [UInt8(ascii: " ")])
    }
    var data = TZifTestData.berlin
    data.footer = "CET-1CEST,M3.5.0"
    #expect(
      throws: TimeZoneError(
        identifier: "Test/Zone",
        reason: .invalidRule(rule: "CET-1CEST,M3.5.0", position: 17, expected: .comma))
    ) { try Self.rules(data.bytes()) }
  }

  @Test("damaged bytes give an error or usable rules, never a crash")
  func corruption() {
    let bytes = TZifTestData.berlin.bytes()
    for index in bytes.indices {
      for replacement: UInt8 in [0x00, 0x01, 0x7F, 0x80, 0xFF, bytes[index] &+ 1] {
        var damaged = bytes
        damaged[index] = replacement
        guard let rules = try? Self.rules(damaged) else { continue }
        for instant in [Int64.min, -1, 0, T.seconds(1980, 4, 6, 1), T.seconds(2041, 7, 1), Int64.max] {
          _ = rules.offset(at: instant)
          _ = rules.resolve(localSeconds: instant)
          _ = rules.nextTransition(after: instant)
        }
      }
    }
  }
}
