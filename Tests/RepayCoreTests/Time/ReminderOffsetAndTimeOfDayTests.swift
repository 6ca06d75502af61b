import RepayCore
import Testing

struct ReminderOffsetTests {
  @Test(
    "numbers with units s, m, h, d, alone or in a row",
    arguments: [
      ("7d", 604_800), ("36h", 129_600), ("90m", 5_400), ("10s", 10), ("1d12h", 129_600), ("0d", 0),
    ]
      as [(String, Int64)])
  func lengths(_ text: String, _ seconds: Int64) throws {
    let offset = try ReminderOffset(parsing: text)
    #expect(offset.seconds == seconds)
    #expect(offset.description == text)
  }

  @Test(
    "bad lengths are refused at the column of the fault",
    arguments: [
      ("", ReminderOffsetFault.empty, 1), ("7", .expectedUnit, 2), ("d", .expectedNumber, 1),
      ("7x", .expectedUnit, 2), ("7 d", .expectedUnit, 2), ("1d2", .expectedUnit, 4),
      ("-1d", .expectedNumber, 1),
      ("99999999999999999999d", .tooLong, 1),
    ] as [(String, ReminderOffsetFault, Int)])
  func refused(_ text: String, _ reason: ReminderOffsetFault, _ column: Int) {
    #expect(throws: ReminderOffsetError(reason, column: column)) { try ReminderOffset(parsing: text) }
  }

  @Test("shorter lengths sort first")
  func order() throws {
    let sorted = try ["7d", "1d", "3d", "36h"].map { try ReminderOffset(parsing: $0) }.sorted()
    #expect(sorted.map(\.text) == ["1d", "36h", "3d", "7d"])
  }
}

struct TimeOfDayTests {
  @Test(
    "HH:MM and HH:MM:SS",
    arguments: [("09:30", 34_200), ("00:00", 0), ("23:59:59", 86_399), ("22:00", 79_200)])
  func times(_ text: String, _ second: Int) throws {
    #expect(try TimeOfDay(parsing: text).secondOfDay == second)
    #expect(try TimeOfDay(parsing: text).description == text)
  }

  @Test(
    "bad times are refused at the column of the fault",
    arguments: [
      ("9:30", TimeOfDayFault.malformed, 2), ("24:00", .hourOutOfRange, 1),
      ("09:60", .minuteOutOfRange, 4),
      ("09:30:60", .secondOutOfRange, 7), ("09-30", .malformed, 3), ("09:30 ", .malformed, 6),
      ("", .malformed, 1),
    ] as [(String, TimeOfDayFault, Int)])
  func refused(_ text: String, _ reason: TimeOfDayFault, _ column: Int) {
    #expect(throws: TimeOfDayError(reason, column: column)) { try TimeOfDay(parsing: text) }
  }

  @Test("parts out of range give no time")
  func parts() {
    #expect(TimeOfDay(hour: 24, minute: 0) == nil)
    #expect(TimeOfDay(hour: 9, minute: 30)?.description == "09:30")
  }
}
