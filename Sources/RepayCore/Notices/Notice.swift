/// What one delivered stage says, ready for every sink: the journal's fields and priority, the
/// desktop's urgency, title and body, in one language. Made by `NoticeWriter`; pure data.
public struct Notice: Hashable, Sendable {
  /// The stage, `REPAY_STAGE`.
  public var stage: Stage
  /// The loan's id (`REPAY_LOAN`); nil for a free-standing reminder and a summary.
  public var loan: String?
  /// The occurrence's effective due date (`REPAY_OCCURRENCE`); nil where `loan` is.
  public var occurrence: LocalDate?
  /// What is still owed on the occurrence (`REPAY_AMOUNT`, `REPAY_CURRENCY`); nil where `loan` is.
  public var outstanding: Money?
  /// Days past the due date and its grace days (`REPAY_DAYS_OVERDUE`), for overdue notices only.
  public var daysOverdue: Int?
  /// The free-standing reminder's id (`REPAY_REMINDER`), for reminder notices only.
  public var reminder: String?
  /// The note whose follow-up or promise a reminder is about (`REPAY_NOTE`); nil otherwise.
  public var note: Int64?
  /// The journal `PRIORITY` (syslog levels: 2 crit, 3 err, 4 warning, 5 notice, 6 info).
  public var priority: Int
  /// The desktop notification's urgency.
  public var urgency: NoticeUrgency
  /// One line that names the loan, the amount and the news: a notification's summary.
  public var title: String
  /// The details and the next step, one line: a notification's body.
  public var body: String
  /// The journal's `MESSAGE`: the title and the body joined into one line.
  public var message: String

  /// A notice with these parts.
  public init(
    stage: Stage, loan: String?, occurrence: LocalDate?, outstanding: Money?, daysOverdue: Int?,
    reminder: String?, priority: Int, urgency: NoticeUrgency, title: String, body: String,
    message: String, note: Int64? = nil
  ) {
    self.stage = stage
    self.loan = loan
    self.occurrence = occurrence
    self.outstanding = outstanding
    self.daysOverdue = daysOverdue
    self.reminder = reminder
    self.note = note
    self.priority = priority
    self.urgency = urgency
    self.title = title
    self.body = body
    self.message = message
  }
}
