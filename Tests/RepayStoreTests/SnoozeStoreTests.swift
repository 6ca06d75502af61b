import RepayStore
import Testing

/// Snoozes: at most one open per loan, replaced by a new one, cancelled; "now" is a parameter.
@Suite("snoozes")
struct SnoozeStoreTests {
  @Test("a new snooze replaces the open one; the old one stays in the history as ended")
  func replace() throws {
    let temporary = try TemporaryStateDirectory()
    defer { temporary.remove() }
    let store = try temporary.openStore()
    let first = try store.snooze(loan: "huabei", until: 1_000, createdAt: 100)
    let second = try store.snooze(loan: "huabei", until: 5_000, createdAt: 200)
    #expect(try store.activeSnooze(loan: "huabei", at: 300) == second)
    #expect(try store.activeSnooze(loan: "huabei", at: 5_000) == nil)
    var ended = first
    ended.endedAt = 200
    #expect(try store.snoozes(forLoan: "huabei") == [ended, second])
    #expect(try store.activeSnooze(loan: "jd", at: 300) == nil)
    try store.close()
  }

  @Test("cancel ends the active snooze; cancelling again, or an expired one, finds nothing")
  func cancel() throws {
    let temporary = try TemporaryStateDirectory()
    defer { temporary.remove() }
    let store = try temporary.openStore()
    let snooze = try store.snooze(loan: "huabei", until: 1_000, createdAt: 100)
    _ = try store.snooze(loan: "jd", until: 800, createdAt: 100)
    #expect(try store.activeSnoozes(at: 500).map(\.loan) == ["huabei", "jd"])
    #expect(try store.cancelSnooze(loan: "jd", at: 900) == nil)
    var cancelled = snooze
    cancelled.endedAt = 500
    #expect(try store.cancelSnooze(loan: "huabei", at: 500) == cancelled)
    #expect(try store.cancelSnooze(loan: "huabei", at: 600) == nil)
    #expect(try store.activeSnooze(loan: "huabei", at: 600) == nil)
    #expect(try store.activeSnoozes(at: 500).map(\.loan) == ["jd"])
    try store.close()
  }
}
