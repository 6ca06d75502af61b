import FuzzDriver
import RepayCore

/// The TZif reader (the zone files under /usr/share/zoneinfo, TZif versions 1 to 4 with their
/// POSIX rule footer) on any bytes; what it accepts must then answer offsets and transitions
/// for instants across its range without trapping.
@main
enum FuzzTZif {
  static func main() { FuzzDriver.run(testOneInput) }
}

/// Instants from 1900 to 2200 and the extremes, in seconds since 1970.
private let instants: [Int64] = [.min, -2_208_988_800, -1, 0, 1_798_761_600, 7_258_118_400, .max]

@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  guard let rules = try? TimeZoneRules(identifier: "Fuzz/Zone", tzif: FuzzDriver.bytes(data, count)) else {
    return 0
  }
  for instant in instants {
    _ = rules.offset(at: instant)
    _ = rules.nextTransition(after: instant)
  }
  return 0
}
