import RepayCore
import RepayDelivery
import Synchronization
import Testing

/// `DeliveryQueue.deliver` over sinks written for the test: every sink that wants a batch gets
/// it, in order; a failing sink is reported beside the others; a sink that wants none of it is
/// neither called nor recorded; each sink is given the batch or its one summary as its own fold
/// says.
struct DeliveryQueueTests {
  /// Takes the stages it is for, folds as told, and fails when told to; remembers what it was
  /// given.
  final class StageSink: NoticeSink {
    let name: String
    let stages: Set<Stage>
    let fold: CatchUpFold
    let fails: Bool
    let given = Mutex<[[Notice]]>([])

    init(
      _ name: String, stages: Set<Stage> = Set(Stage.allCases), fold: CatchUpFold = .never,
      fails: Bool = false
    ) {
      (self.name, self.stages, self.fold, self.fails) = (name, stages, fold, fails)
    }

    func wants(_ notices: [Notice]) -> Bool { notices.contains { stages.contains($0.stage) } }

    func deliver(_ notices: [Notice]) throws {
      given.withLock { $0.append(notices) }
      if fails { throw SinkRefusal() }
    }

    /// The stages of each delivery, in order.
    var stagesGiven: [[Stage]] { given.withLock { $0.map { $0.map(\.stage) } } }
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

  /// `notices` as one batch, written by `writer` (the examples' English one), folding beyond
  /// `catchUpFold` for the sinks that take the configuration's.
  private func batch(_ notices: [Notice], catchUpFold: Int = 100, writer: NoticeWriter? = nil)
    -> DeliveryBatch
  {
    DeliveryBatch(notices: notices.map(queued), writer: writer ?? examples.writer, catchUpFold: catchUpFold)
  }

  @Test("each sink that wants the batch takes it; a failure is reported beside the others' success")
  func sinks() {
    let journal = StageSink("journal")
    let hooks = StageSink("hooks", stages: [.overdue])
    let desktop = StageSink("desktop", fails: true)
    let queue = DeliveryQueue(sinks: [journal, hooks, desktop], clock: { 42 })

    let advance = queue.deliver(batch([examples.advance()]))
    #expect(advance.map(\.sinks) == [["journal"]])
    #expect(advance.first?.failures.map(\.description) == ["desktop: refused"])
    #expect(advance.first?.delivered == 42 && advance.first?.planned == 5)
    #expect(hooks.stagesGiven.isEmpty)

    let both = queue.deliver(batch([examples.advance(), examples.overdue()]))
    #expect(both.map(\.sinks) == [["journal", "hooks"], ["journal", "hooks"]])
    #expect(hooks.stagesGiven == [[.advance, .overdue]])
    #expect(journal.stagesGiven == [[.advance], [.advance, .overdue]])
    #expect(desktop.stagesGiven.count == 2)
  }

  @Test(
    "in one batch, each sink folds as its policy says: exactly the threshold is not folded, one more is",
    arguments: [
      // (batch size, whether the configured sink folds, whether the one above 5 folds)
      (3, false, false), (4, true, false), (5, true, false), (6, true, true),
    ])
  func fold(count: Int, configuredFolds: Bool, fixedFolds: Bool) throws {
    let configured = StageSink("desktop", fold: .configured)
    let fixed = StageSink("journal", fold: .above(5))
    let never = StageSink("stderr", fold: .never)
    let queue = DeliveryQueue(sinks: [configured, fixed, never], clock: { 42 })
    let chinese = NoticeExamples(.simplifiedChinese)
    let notices = (0..<count).map { _ in chinese.overdue() }

    let outcomes = queue.deliver(batch(notices, catchUpFold: 3, writer: chinese.writer))

    // A summary delivered is each of the batch's notices delivered.
    #expect(outcomes.map(\.sinks) == Array(repeating: ["desktop", "journal", "stderr"], count: count))
    // The summary is the batch's writer's, in the language in force.
    let summary = chinese.writer.summary(of: notices)
    for (sink, folds) in [(configured, configuredFolds), (fixed, fixedFolds), (never, false)] {
      let given = try #require(sink.given.withLock { $0 }.first)
      #expect(given.map(\.title) == (folds ? [summary.title] : notices.map(\.title)), "\(sink.name)")
      #expect(given.map(\.stage) == (folds ? [.summary] : notices.map(\.stage)), "\(sink.name)")
    }
  }

  @Test("whether a sink wants a folded batch is asked of the summary it would be given")
  func wantsTheSummary() {
    let summaries = StageSink("summaries", stages: [.summary], fold: .configured)
    let overdue = StageSink("overdue", stages: [.overdue], fold: .configured)
    let queue = DeliveryQueue(sinks: [summaries, overdue], clock: { 42 })
    let notices = (0..<3).map { _ in examples.overdue() }

    #expect(queue.deliver(batch(notices, catchUpFold: 3)).first?.sinks == ["overdue"])
    #expect(queue.deliver(batch(notices, catchUpFold: 2)).first?.sinks == ["summaries"])
    #expect(summaries.stagesGiven == [[.summary]])
    #expect(overdue.stagesGiven == [[.overdue, .overdue, .overdue]])
  }
}
