import Foundation
import PlainJSON
import Testing

/// Records encoded by Foundation's JSONEncoder decode to the same values with this decoder as
/// with Foundation's JSONDecoder.
struct JSONDecoderOracleTests {
  @Test("2,000 random households, compact, pretty and with sorted keys, decode as Foundation decodes them")
  func randomHouseholds() throws {
    var source = OracleRecordSource(seed: 2026)
    let formats: [JSONEncoder.OutputFormatting] = [
      [], .prettyPrinted, [.sortedKeys, .withoutEscapingSlashes],
    ]
    for round in 0..<2_000 {
      let household = source.household()
      let encoder = JSONEncoder()
      encoder.outputFormatting = formats[round % formats.count]
      let data = try encoder.encode(household)
      let foundation = try JSONDecoder().decode(OracleHousehold.self, from: data)
      let plain = try JSONValueDecoder().decode(OracleHousehold.self, from: Array(data))
      #expect(plain == foundation, "round \(round): \(String(decoding: data, as: UTF8.self))")
      #expect(plain == household, "round \(round)")
      if plain != foundation { return }
    }
  }

  @Test("the largest and smallest of each integer type, at the top level and in an array")
  func integerExtremes() throws {
    let data = try JSONEncoder().encode([Int64.min, Int64.max, 0, -1])
    #expect(try JSONValueDecoder().decode([Int64].self, from: Array(data)) == [Int64.min, Int64.max, 0, -1])
    #expect(try JSONValueDecoder().decode(UInt64.self, from: Array("18446744073709551615".utf8)) == .max)
    #expect(try JSONValueDecoder().decode(Int8.self, from: Array("-128".utf8)) == .min)
  }
}
