import RepayCore
import RepayDelivery
import Synchronization
import Testing

/// `DeliveryQueue.deliver` over sinks written for the test: every sink that wants a batch gets
/// it, in order; a failing sink is reported beside the others; a sink that wants none of it is
/// neither called nor recorded.
struct DeliveryQueueTests {
  /// Takes the stages it is for, and fails when told to; remembers what it was given.
  final class StageSink: NoticeSink {
    let name: String
    let stages: Set<Stage>
    let fails: Bool
    let given = Mutex<[[Stage]]>([])

    init(_ name: String, stages: Set<Stage> = Set(Stage.allCases), fails: Bool = false) {
      (self.name, self.stages, self.fails) = (name, stages, fails)
    }

    func wants(_ notices: [Notice]) -> Bool { notices.contains { stages.contains($0.stage) } }

    func deliver(_ notices: [Notice]) throws {
      given.withLock { $0.append(notices.map(\.stage)) }
      if fails { throw SinkRefusal() }
    }
  }

  struct SinkRefusal: Error, CustomStringConvertible {
    var description: String { "refused" }
  }

  private let examples = NoticeExamples()

  private func queued(_ notice: Notice) -> QueuedNotice {
    QueuedNotice(
      key: DeliveryKey(subject: .loan("huabei"), date: examples.due, stage: notice.stage, offsetSeconds: 0),
      planned: 5,
      notice: notice)
  }

  @Test("each sink that wants the batch takes it; a failure is reported beside the others' success")
  func sinks() {
    let journal = StageSink("journal")
    let hooks = StageSink("hooks", stages: [.overdue])
    let desktop = StageSink("desktop", fails: true)
    let queue = DeliveryQueue(sinks: [journal, hooks, desktop], clock: { 42 })

    let advance = queue.deliver([queued(examples.advance())])
    #expect(advance.map(\.sinks) == [["journal"]])
    #expect(advance.first?.failures.map(\.description) == ["desktop: refused"])
    #expect(advance.first?.delivered == 42 && advance.first?.planned == 5)
    #expect(hooks.given.withLock { $0 }.isEmpty)

    let both = queue.deliver([queued(examples.advance()), queued(examples.overdue())])
    #expect(both.map(\.sinks) == [["journal", "hooks"], ["journal", "hooks"]])
    #expect(hooks.given.withLock { $0 } == [[.advance, .overdue]])
    #expect(journal.given.withLock { $0 } == [[.advance], [.advance, .overdue]])
    #expect(desktop.given.withLock { $0 }.count == 2)
  }
}
