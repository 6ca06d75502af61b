import RepayCore
import RepayDisplay
import Testing

/// How a day is marked: an unpaid occurrence ahead is "soon" within its loan's advance window
/// and "later" beyond it; a superseded one is not due at all.
struct DueStateTests {
  private let today = LocalDate(year: 2026, month: 2, day: 12)!

  @Test("the status decides, and the advance window splits what is ahead")
  func states() {
    func state(_ status: InstalmentStanding.Status, in days: Int, window: Int = 7) -> DueState? {
      DueState(status: status, due: today.advanced(by: days), today: today, advanceDays: window)
    }
    #expect(state(.settled, in: 3) == .paid)
    #expect(state(.settled, in: -30) == .paid)
    #expect(state(.overdue, in: -2) == .overdue)
    #expect(state(.due, in: 0) == .due)
    #expect(state(.due, in: -2) == .due)
    #expect(state(.upcoming, in: 1) == .soon)
    #expect(state(.upcoming, in: 7) == .soon)
    #expect(state(.upcoming, in: 8) == .later)
    #expect(state(.upcoming, in: 1, window: 0) == .later)
    #expect(state(.superseded, in: -2) == nil)
  }

  @Test("a day with several occurrences shows the most pressing")
  func order() {
    #expect(DueState.allCases.sorted() == [.paid, .later, .soon, .due, .overdue])
    #expect([DueState.later, .overdue, .paid].max() == .overdue)
  }
}
