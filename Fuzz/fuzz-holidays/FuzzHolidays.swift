import FuzzDriver
import RepayConfig
import RepayCore

/// The two holiday readers on any bytes: the input's first byte chooses the reader (even: the
/// iCalendar one, odd: the date list), the rest is the file. Dates or diagnostics, never a trap.
@main
enum FuzzHolidays {
  static func main() { FuzzDriver.run(testOneInput) }
}

@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let bytes = FuzzDriver.bytes(data, count)
  guard let selector = bytes.first else { return 0 }
  let file = Array(bytes.dropFirst())
  if selector % 2 == 0 {
    _ = try? ICalendarHolidayReader.read(file, file: "fuzz.ics", language: .english)
  } else {
    _ = try? HolidayListReader.read(file, file: "fuzz.txt", language: .english)
  }
  return 0
}
