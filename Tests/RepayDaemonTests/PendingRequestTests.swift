import Testing

@testable import RepayDaemon

/// Requests not yet acted on are one: the first after `begin()` asks for an event, the rest of a
/// storm do not, and one that comes while the state owner acts asks for one more.
struct PendingRequestTests {
  @Test("a storm is one event; one during the handling is one more")
  func coalesces() {
    let pending = PendingRequest()
    #expect(pending.request())
    #expect((0..<1_000).allSatisfy { _ in !pending.request() })
    pending.begin()
    // The clock set again (or a file edited) while the state owner re-plans (or reloads).
    #expect(pending.request())
    #expect(!pending.request())
  }

  @Test("from many threads at once, exactly one request of a storm asks for an event")
  func concurrent() async {
    let pending = PendingRequest()
    let asked = await withTaskGroup(of: Int.self) { group in
      for _ in 0..<8 {
        group.addTask { (0..<1_000).filter { _ in pending.request() }.count }
      }
      return await group.reduce(0, +)
    }
    #expect(asked == 1)
  }
}
