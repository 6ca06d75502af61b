import RepayConfig
import RepayConfigTestSupport
import RepayCore
import Testing

/// When notes' follow-ups and promises fire, and what their notices say: the loan's `at` or the
/// time given, in the configuration's zone, past quiet hours, keyed `note-ID`; only configured
/// loans; both languages.
@Suite("note reminders")
struct NoteReminderPlanTests {
  /// Shanghai (UTC+8), quiet 22:00-08:00; huabei reminds at 09:30.
  private static let text = """
    [daemon]
    timezone = "Asia/Shanghai"
    quiet_hours = "22:00-08:00"
    [reminders]
    at = "09:30"
    [[loan]]
    id = "huabei"
    name = "花呗"
    platform = "Alipay"
    amount = "1250.00"
    currency = "CNY"
    due = { dates = [2026-12-10] }
    """

  private let configuration: Configuration

  init() throws {
    let fixture = try ConfigurationFixture()
    defer { fixture.remove() }
    try fixture.write("repayd.toml", Self.text)
    configuration = try #require(fixture.read("repayd.toml").configuration)
  }

  private static func date(_ text: String) -> LocalDate { LocalDate(parsing: text)! }

  @Test("the loan's at, a given time, quiet hours; a loan not configured has no firing")
  func instants() {
    let cny = Currency(code: "CNY")!
    let promise = NotePromise(
      amount: Money(minorUnits: 50_000, currency: cny), date: Self.date("2026-12-12"), by: .me)
    let plan = NoteReminderPlan(
      reminders: [
        NoteReminder(
          note: 1, loan: "huabei", text: "call back", kind: .followUp, date: Self.date("2026-12-11")),
        NoteReminder(
          note: 2, loan: "huabei", text: "late call", kind: .followUp, date: Self.date("2026-12-11"),
          time: TimeOfDay(hour: 23, minute: 15)),
        NoteReminder(note: 3, loan: "huabei", text: "pay", kind: .promise(promise), date: promise.date),
        NoteReminder(note: 4, loan: "gone", text: "old", kind: .followUp, date: Self.date("2026-12-11")),
      ], configuration: configuration)
    let fired = plan.scheduled(from: Self.date("2026-12-10"), days: 5)
    // 09:30 and 08:00 (23:15 waits for the quiet hours to end) in Shanghai, in UTC.
    #expect(fired.map(\.id) == ["note-1", "note-2", "note-3"])
    #expect(
      fired.map(\.instant) == [
        InstantText.parse("2026-12-11T01:30:00Z")!, InstantText.parse("2026-12-12T00:00:00Z")!,
        InstantText.parse("2026-12-12T01:30:00Z")!,
      ])
    #expect(fired[1].nominal == InstantText.parse("2026-12-11T15:15:00Z")!)
    #expect(fired.map { $0.note?.note } == [1, 2, 3])
    #expect(plan.scheduled(from: Self.date("2026-12-13"), days: 5).isEmpty)
  }

  @Test("the notices: pay what you promised, check the platform, follow up; REPAY_NOTE and REPAY_LOAN")
  func notices() throws {
    let loan = try #require(configuration.loans.first)
    let cny = Currency(code: "CNY")!
    let amount = Money(minorUnits: 50_000, currency: cny)
    let mine = NoteReminder(
      note: 3, loan: "huabei", text: "said Friday",
      kind: .promise(NotePromise(amount: amount, date: Self.date("2026-12-12"), by: .me)),
      date: Self.date("2026-12-12"))
    let theirs = NoteReminder(
      note: 4, loan: "huabei", text: "refund the fee",
      kind: .promise(NotePromise(amount: amount, date: Self.date("2026-12-12"), by: .platform)),
      date: Self.date("2026-12-12"))
    let followUp = NoteReminder(
      note: 5, loan: "huabei", text: "ask again", kind: .followUp, date: Self.date("2026-12-12"))
    let english = NoticeWriter(language: .english)
    let chinese = NoticeWriter(language: .simplifiedChinese)
    #expect(english.noteReminder(mine, of: loan).title == "Pay what you promised: ¥500.00 to Alipay today")
    #expect(chinese.noteReminder(mine, of: loan).title == "兑现承诺：今天向Alipay支付 ¥500.00")
    #expect(english.noteReminder(theirs, of: loan).title == "Check that Alipay did what it promised")
    #expect(chinese.noteReminder(theirs, of: loan).title == "核实Alipay是否兑现了承诺")
    #expect(english.noteReminder(followUp, of: loan).title == "Follow up with Alipay: ask again")
    #expect(chinese.noteReminder(followUp, of: loan).title == "跟进Alipay：ask again")
    let fields = Dictionary(
      uniqueKeysWithValues: english.noteReminder(followUp, of: loan).journalFields.map { ($0.name, $0.value) }
    )
    #expect(
      fields["REPAY_LOAN"] == "huabei" && fields["REPAY_NOTE"] == "5" && fields["REPAY_REMINDER"] == "note-5")
    #expect(fields["REPAY_STAGE"] == "reminder" && fields["REPAY_OCCURRENCE"] == nil)
  }
}
