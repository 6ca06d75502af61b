import FuzzDriver
import RepayConfig
import RepayCore

/// systemd's calendar language (`due = { calendar = "…" }`, `repayctl analyze-calendar`) on any
/// text, through the same path as the configuration: the parser gives a spec or a syntax error,
/// and a spec's next three elapses in Asia/Shanghai (or in the zone it names, from the system's
/// tz database) are found or the search is reported endless, never a trap or a hang.
@main
enum FuzzCalendar {
  static func main() { FuzzDriver.run(testOneInput) }
}

private let context = try! SystemCalendarContext(environment: ["TZ": "Asia/Shanghai"])
// libFuzzer calls the target on one thread only.
nonisolated(unsafe) private let clock = SystemdCalendarClock(localZone: context.localZone)

@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let text = String(decoding: FuzzDriver.bytes(data, count), as: UTF8.self)
  // After 2026-12-07T00:00:00Z, in microseconds.
  _ = context.evaluate(text, after: 1_796_601_600_000_000, count: 3, clock: clock)
  return 0
}
