import RepayStore
import Testing

/// The calendar's sequences: 0 for a new event, the same while its content is the same, one more
/// each time it changed, remembered across reopening the file.
@Suite("calendar sequences")
struct CalendarSequenceStoreTests {
  @Test("new events start at 0; an unchanged one keeps its sequence; a changed one gets the next")
  func sequences() throws {
    let temporary = try TemporaryStateDirectory()
    defer { temporary.remove() }
    let store = try temporary.openStore()
    #expect(try store.calendarSequences(of: [("a@repayd", "1"), ("b@repayd", "1")]) == [0, 0])
    #expect(try store.calendarSequences(of: [("a@repayd", "1"), ("b@repayd", "2")]) == [0, 1])
    #expect(try store.calendarSequences(of: [("b@repayd", "3"), ("c@repayd", "1")]) == [2, 0])
    try store.close()
    let again = try temporary.openStore()
    #expect(try again.calendarSequences(of: [("a@repayd", "2"), ("b@repayd", "3")]) == [1, 2])
    try again.close()
  }
}
