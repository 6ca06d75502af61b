import RepayCore
import RepayDisplay
import Testing

/// The advance window: the days between a due date and the date its earliest advance reminder
/// fires, on the wall clock.
struct AdvanceDaysTests {
  private func policy(at: String, before: [String]) throws -> ReminderPolicy {
    ReminderPolicy(
      at: try TimeOfDay(parsing: at), before: try before.map { try ReminderOffset(parsing: $0) },
      due: true, overdue: [])
  }

  @Test(
    "the longest offset before the time of day",
    arguments: [
      ("09:30", ["7d", "3d", "1d"], 7), ("09:30", ["1d", "3d"], 3), ("09:30", ["36h"], 2),
      ("09:30", ["10h"], 1),
      ("09:30", ["9h"], 0), ("00:00", ["1s"], 1), ("23:59", ["1d"], 1), ("09:30", [], 0),
    ])
  func window(at: String, before: [String], days: Int) throws {
    #expect(try policy(at: at, before: before).advanceDays == days)
  }

  @Test("the standard policy reminds three days ahead")
  func standard() {
    #expect(ReminderPolicy.standard.advanceDays == 3)
  }
}
