import RepayCore
import Systemd
import Testing

@testable import RepayDelivery

/// What a notice looks like as a desktop notification, whatever the server: the design brief's
/// urgency, an icon, the body escaped only for a server that reads markup, and the buttons only
/// for one that shows them, fitting the stage.
struct DesktopNotificationContentTests {
  private let examples = NoticeExamples()
  private let full = ["actions", "body", "body-markup"]

  @Test("the title is the summary; the body is escaped for a server that reads markup, and only then")
  func markup() {
    let notice = examples.advance()
    let marked = NotificationRequest(notice: notice, language: .english, capabilities: full, replacing: 0)
    let plain = NotificationRequest(notice: notice, language: .english, capabilities: ["body"], replacing: 0)
    #expect(marked.summary == notice.title)
    #expect(plain.body == notice.body)
    #expect(plain.body.contains("Ant & Co <Alipay>"))
    #expect(marked.body == notice.body.replacing("Ant & Co <Alipay>", with: "Ant &amp; Co &lt;Alipay&gt;"))
    #expect(NotificationRequest.escapingMarkup("a&b<c>d&amp;") == "a&amp;b&lt;c&gt;d&amp;amp;")
  }

  @Test("a NUL goes as its picture, since a D-Bus string ends at NUL: the text after it arrives")
  func nul() {
    let notice = examples.writer.reminder(id: "r", message: "a\u{00}<b>")
    for capabilities in [full, ["body"]] {
      let request = NotificationRequest(
        notice: notice, language: .english, capabilities: capabilities, replacing: 0)
      #expect(request.summary == "Reminder: a␀<b>")
      #expect(request.body == (capabilities == full ? "a␀&lt;b&gt;" : "a␀<b>"))
    }
  }

  @Test("urgency and icon follow the stage: advance low, overdue critical, settled low")
  func urgencyAndIcon() {
    let cases: [(Notice, UInt8, String)] = [
      (examples.advance(), 0, "appointment-soon"), (examples.overdue(), 2, "dialog-error"),
      (examples.settled(), 0, "emblem-default"),
      (
        examples.writer.notice(.due, of: examples.loan(), due: examples.due, today: examples.due), 1,
        "dialog-warning"
      ),
      (
        examples.writer.reminder(id: "credit-report", message: "Check your credit report"), 1,
        "appointment-soon"
      ),
    ]
    for (notice, urgency, icon) in cases {
      let request = NotificationRequest(notice: notice, language: .english, capabilities: full, replacing: 7)
      #expect(request.urgency == urgency, "\(notice.stage)")
      #expect(request.icon == icon, "\(notice.stage)")
      #expect(request.replacesID == 7 && request.appName == "repayd" && request.expireTimeout == -1)
    }
  }

  @Test("a summary is as urgent as the most urgent notice it folds, and has no buttons")
  func summary() {
    let summary = examples.writer.summary(of: [examples.advance(), examples.overdue()])
    let request = NotificationRequest(notice: summary, language: .english, capabilities: full, replacing: 0)
    #expect(request.urgency == 2 && request.icon == "dialog-error")
    #expect(request.actions.isEmpty)
  }

  @Test("buttons only where the server shows actions: pay, snooze and details until settled, then details")
  func actions() {
    let keys = { (notice: Notice, capabilities: [String]) in
      NotificationRequest(notice: notice, language: .english, capabilities: capabilities, replacing: 0)
        .actions.map(\.key)
    }
    #expect(keys(examples.overdue(), full) == ["paid", "snooze-1d", "details"])
    #expect(keys(examples.overdue(), ["body", "body-markup"]).isEmpty)
    #expect(keys(examples.settled(), full) == ["details"])
    #expect(keys(examples.writer.reminder(id: "credit-report", message: "Check"), full).isEmpty)
  }

  @Test("labels are in the configured language")
  func labels() {
    let chinese = NotificationRequest(
      notice: NoticeExamples(.simplifiedChinese).overdue(), language: .simplifiedChinese, capabilities: full,
      replacing: 0)
    #expect(chinese.actions.map(\.label) == ["已还款", "推迟 1 天", "详情"])
    #expect(chinese.summary == "花呗 ¥1,250.00 已逾期 3 天")
    let english = NotificationRequest(
      notice: examples.overdue(), language: .english, capabilities: full, replacing: 0)
    #expect(english.actions.map(\.label) == ["Paid", "Snooze 1 day", "Details"])
  }
}
