import Foundation
import RepayTestSupport
import Systemd
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Entries sent through `Journal` arrive in a real systemd-journald exactly as sent, read back
/// with `journalctl -o json`. Serialized: the tests share one journald, which the fixture may
/// start and stop.
@Suite(.serialized)
struct JournalTests {
  /// A value unique to one test, in the `REPAY_TEST_RUN` field of everything it sends.
  private let run = UUID().uuidString

  private func marker() throws -> JournalField { try JournalField("REPAY_TEST_RUN", run) }

  @Test("every field of an entry reads back exactly: Chinese text, a newline, priority, ids")
  func fieldsReadBack() throws {
    let message = "花呗 ¥1,250.00 今天到期\n第二行: pay today with `repayctl pay huabei`"
    try JournaldFixture.withJournald { journal in
      try Journal().send([
        JournalField(.message, message),
        .priority(.warning),
        JournalField(.messageID, "37e12212f21541d2a95713d1ceeffd48"),
        JournalField(.syslogIdentifier, "repayd-test"),
        try JournalField("REPAY_LOAN", "huabei"),
        try JournalField("REPAY_OCCURRENCE", "2026-12-10"),
        try JournalField("REPAY_STAGE", "due"),
        try JournalField("REPAY_AMOUNT", "1250.00"),
        try JournalField("REPAY_CURRENCY", "CNY"),
        try JournalField("REPAY_NOTE", "a=b, empty next"),
        try JournalField("REPAY_EMPTY", ""),
        try marker(),
      ])
      let entries = try journal.entries(where: "REPAY_TEST_RUN", is: run, count: 1)
      try #require(entries.count == 1)
      let entry = entries[0]
      #expect(entry["MESSAGE"] == message)
      #expect(entry["PRIORITY"] == "4")
      #expect(entry["MESSAGE_ID"] == "37e12212f21541d2a95713d1ceeffd48")
      #expect(entry["SYSLOG_IDENTIFIER"] == "repayd-test")
      #expect(entry["REPAY_LOAN"] == "huabei")
      #expect(entry["REPAY_OCCURRENCE"] == "2026-12-10")
      #expect(entry["REPAY_STAGE"] == "due")
      #expect(entry["REPAY_AMOUNT"] == "1250.00")
      #expect(entry["REPAY_CURRENCY"] == "CNY")
      #expect(entry["REPAY_NOTE"] == "a=b, empty next")
      #expect(entry["REPAY_EMPTY"] == "")
      // journald's own trusted fields: it came from this process, over the native protocol.
      #expect(entry["_PID"] == String(getpid()))
      #expect(entry["_TRANSPORT"] == "journal")
    }
  }

  @Test("entries arrive one per send, in order; a repeated field keeps both values")
  func severalEntriesInOrder() throws {
    let stages: [(String, JournalPriority)] = [("advance", .notice), ("due", .warning), ("overdue", .error)]
    try JournaldFixture.withJournald { journal in
      for (stage, priority) in stages {
        try Journal().send([
          JournalField(.message, "stage \(stage)"), .priority(priority),
          try JournalField("REPAY_STAGE", stage),
          try JournalField("REPAY_TAG", "one"), try JournalField("REPAY_TAG", "two"), try marker(),
        ])
      }
      let entries = try journal.entries(where: "REPAY_TEST_RUN", is: run, count: stages.count)
      #expect(entries.map { $0["REPAY_STAGE"] } == stages.map(\.0))
      #expect(entries.map { $0["PRIORITY"] } == stages.map { String($0.1.rawValue) })
      #expect(
        entries.map { $0.fields["REPAY_TAG"].map(Set.init) } == Array(repeating: ["one", "two"], count: 3))
    }
  }

  @Test("a value larger than one datagram (300 KB) arrives whole")
  func largeValue() throws {
    let value = String(repeating: "还款提醒 repayment reminder\n", count: 10_000)
    try JournaldFixture.withJournald { journal in
      try Journal().send([
        JournalField(.message, "large"), try JournalField("REPAY_LARGE", value), try marker(),
      ])
      let entries = try journal.entries(where: "REPAY_TEST_RUN", is: run, count: 1)
      #expect(entries.count == 1)
      #expect(entries.first?["REPAY_LARGE"] == value)
    }
  }

  @Test("an entry with an invalid field name is refused before anything is sent")
  func invalidNameSendsNothing() throws {
    try JournaldFixture.withJournald { journal in
      #expect(throws: JournalFieldNameError(name: "repay_loan", problem: .invalidCharacter("r"))) {
        try Journal().send([
          JournalField(.message, "never sent"), try marker(), try JournalField("repay_loan", "x"),
        ])
      }
      // journald handles one sender's datagrams in order: once this later entry is in the
      // journal, the refused one would be there too had it been sent.
      try Journal().send([JournalField(.message, "sentinel"), try marker()])
      let entries = try journal.entries(where: "REPAY_TEST_RUN", is: run, count: 1)
      #expect(entries.map { $0["MESSAGE"] } == ["sentinel"])
    }
  }

  @Test("the journal socket is available while journald runs")
  func socketAvailable() throws {
    try JournaldFixture.withJournald { _ in
      #expect(JournalSocket.isAvailable())
    }
  }
}
