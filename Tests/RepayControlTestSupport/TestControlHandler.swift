import ControlInterface
import Foundation
import RepayControl
import RepayCore

/// A `ControlHandler` with one fixed household (the loan `huabei`), for the server's tests and the
/// probe: enough to answer every method and every typed error, with no daemon behind it.
///
/// It records the notes it is given (so that a test sees a `oneway` call done) and lets a test
/// emit `Watch` events and see how many watches are open.
public final class TestControlHandler: ControlHandler, @unchecked Sendable {
  private let lock = NSLock()
  private var notes: [Control.Note] = []
  private var watchers: [Int: AsyncStream<Control.WatchEvent>.Continuation] = [:]
  private var nextWatcher = 0
  private var atOnce = false
  private var keptFiles: [Control.Attachment] = []

  /// A handler with no notes and no watches.
  public init() {}

  /// The one loan.
  public static let loan = Control.LoanSummary(
    id: "huabei", name: "花呗", platform: "Alipay", currency: "CNY", amount: "1250.00", nextDue: "2026-12-10",
    outstanding: "0.00", daysOverdue: 0, nextDueOutstanding: "1250.00")
  /// The instant every reply gives.
  public static let instant = "2026-12-01T01:30:00Z"

  /// The notes written so far.
  public var recordedNotes: [Control.Note] { lock.withLock { notes } }
  /// How many watches are open.
  public var openWatches: Int { lock.withLock { watchers.count } }

  /// Sends `event` to every open watch.
  public func emit(_ event: Control.WatchEvent) {
    for watcher in lock.withLock({ Array(watchers.values) }) { watcher.yield(event) }
  }

  /// Ends every open watch, as a daemon that stops does.
  public func finishWatches() {
    for watcher in lock.withLock({ Array(watchers.values) }) { watcher.finish() }
  }

  private static let configuration = Control.Configuration(
    files: ["/home/user/.config/repayd/repayd.toml"], demo: false, timezone: "Asia/Shanghai", loans: 1,
    reminders: 0,
    loadedAt: instant, warnings: [])

  private static let payment = Control.Payment(
    id: 1, loan: "huabei", occurrence: "2026-12-10", amount: "1250.00", currency: "CNY", date: "2026-12-01",
    note: "paid in the app", recordedAt: instant)

  private static let occurrence = Control.Occurrence(
    installment: 12, scheduled: "2026-12-10", due: "2026-12-10", amount: "1250.00", paid: "1250.00",
    outstanding: "0.00",
    currency: "CNY", status: .settled)

  private static func checkLoan(_ id: String) throws(ControlError) {
    guard id == loan.id else { throw .loanNotFound(loan: id) }
  }

  /// A fixed status.
  public func getStatus(_ request: Control.GetStatusRequest) async throws(ControlError)
    -> Control.GetStatusReply
  {
    Self.status(uptimeSeconds: Self.statusUptime)
  }

  /// The fixed status with `uptimeSeconds` 43 while `answersStatusAtOnce` is set, else nil.
  public func currentStatus() -> Control.GetStatusReply? {
    answersStatusAtOnce ? Self.status(uptimeSeconds: Self.currentStatusUptime) : nil
  }

  /// Whether `currentStatus()` answers; off at first, so that every `GetStatus` reaches
  /// `getStatus`.
  public var answersStatusAtOnce: Bool {
    get { lock.withLock { atOnce } }
    set { lock.withLock { atOnce = newValue } }
  }

  /// The uptime of the status `getStatus` gives.
  public static let statusUptime = 42
  /// The uptime of the status `currentStatus()` gives, so that a test tells which answered.
  public static let currentStatusUptime = 43

  private static func status(uptimeSeconds: Int) -> Control.GetStatusReply {
    Control.GetStatusReply(
      version: RepayVersion.current, startedAt: Self.instant, uptimeSeconds: uptimeSeconds,
      configuration: Self.configuration,
      nextReminder: Control.NextReminder(
        at: "2026-12-03T01:30:00Z", stage: .advance, loan: "huabei", occurrence: "2026-12-10"),
      overdueCount: 0, overdueTotal: [])
  }

  /// The one loan.
  public func listLoans(_ request: Control.ListLoansRequest) async throws(ControlError)
    -> Control.ListLoansReply
  {
    Control.ListLoansReply(loans: [Self.loan])
  }

  /// The one loan, or `LoanNotFound`.
  public func getLoan(_ request: Control.GetLoanRequest) async throws(ControlError) -> Control.GetLoanReply {
    try Self.checkLoan(request.id)
    return Control.GetLoanReply(
      loan: Self.loan, contact: LoanContact(phone: "95188"), graceDays: 3, occurrences: [Self.occurrence],
      payments: [Self.payment], notes: recordedNotes, deliveries: [], snoozes: [])
  }

  /// One occurrence ahead; `InvalidParameter` (range) for days outside 1...366.
  public func listUpcoming(_ request: Control.ListUpcomingRequest) async throws(ControlError)
    -> Control.ListUpcomingReply
  {
    let days = request.days ?? 30
    guard (1...366).contains(days) else { throw .invalidParameter(parameter: "days", reason: .range) }
    return Control.ListUpcomingReply(
      from: "2026-12-01", days: days,
      occurrences: [
        Control.UpcomingOccurrence(
          loan: "huabei", name: "花呗", installment: 12, due: "2026-12-10", amount: "1250.00",
          outstanding: "1250.00",
          currency: "CNY", nextReminder: "2026-12-03T01:30:00Z")
      ], reminders: [])
  }

  /// The payment, or `LoanNotFound`, `OccurrenceNotFound` (any occurrence but 2026-12-10), or
  /// `InvalidParameter` (an amount that is not a decimal).
  public func recordPayment(_ request: Control.RecordPaymentRequest) async throws(ControlError)
    -> Control.RecordPaymentReply
  {
    try Self.checkLoan(request.loan)
    if let occurrence = request.occurrence, occurrence != Self.occurrence.due {
      throw .occurrenceNotFound(loan: request.loan, occurrence: occurrence)
    }
    if let amount = request.amount, Double(amount) == nil {
      throw .invalidParameter(parameter: "amount", reason: .format)
    }
    return Control.RecordPaymentReply(payment: Self.payment, occurrence: Self.occurrence)
  }

  /// Payment 1, or `PaymentNotFound`.
  public func deletePayment(_ request: Control.DeletePaymentRequest) async throws(ControlError)
    -> Control.DeletePaymentReply
  {
    guard request.id == Self.payment.id else { throw .paymentNotFound(id: request.id) }
    return Control.DeletePaymentReply(payment: Self.payment)
  }

  /// A snooze; `InvalidParameter` when both or neither of duration and until are given.
  public func snooze(_ request: Control.SnoozeRequest) async throws(ControlError) -> Control.SnoozeReply {
    try Self.checkLoan(request.loan)
    switch (request.duration, request.until) {
    case (.some, .some): throw .invalidParameter(parameter: "until", reason: .conflict)
    case (nil, nil): throw .invalidParameter(parameter: "duration", reason: .missing)
    default:
      return Control.SnoozeReply(
        snooze: Control.SnoozePeriod(
          id: 1, loan: request.loan, until: "2026-12-04T01:30:00Z", createdAt: Self.instant))
    }
  }

  /// No snooze was in force.
  public func unsnooze(_ request: Control.UnsnoozeRequest) async throws(ControlError) -> Control.UnsnoozeReply
  {
    try Self.checkLoan(request.loan)
    return Control.UnsnoozeReply()
  }

  /// Records the note.
  public func addNote(_ request: Control.AddNoteRequest) async throws(ControlError) -> Control.AddNoteReply {
    try Self.checkLoan(request.loan)
    let note = lock.withLock {
      let note = Control.Note(
        id: Int64(notes.count + 1), loan: request.loan, at: Self.instant, text: request.text,
        channel: request.channel, ref: request.ref, followUp: request.followUp)
      notes.append(note)
      return note
    }
    return Control.AddNoteReply(note: note)
  }

  /// The notes recorded.
  public func listNotes(_ request: Control.ListNotesRequest) async throws(ControlError)
    -> Control.ListNotesReply
  {
    if let loan = request.loan { try Self.checkLoan(loan) }
    return Control.ListNotesReply(notes: recordedNotes)
  }

  /// The agreement every agreement call answers with.
  public static let agreement = Control.Agreement(
    id: 1, loan: "huabei", kind: .extension, state: .active, createdAt: instant, note: "agreed by phone",
    total: "1250.00", currency: "CNY", supersedes: ["2026-12-10"],
    occurrences: [Control.AgreedOccurrence(due: "2027-01-10", amount: "1250.00")])

  /// The one agreement, for the loan.
  public func renegotiate(_ request: Control.RenegotiateRequest) async throws(ControlError)
    -> Control.RenegotiateReply
  {
    try Self.checkLoan(request.loan)
    return Control.RenegotiateReply(agreement: Self.agreement)
  }

  /// The one agreement.
  public func listAgreements(_ request: Control.ListAgreementsRequest) async throws(ControlError)
    -> Control.ListAgreementsReply
  {
    if let loan = request.loan { try Self.checkLoan(loan) }
    return Control.ListAgreementsReply(agreements: [Self.agreement])
  }

  /// The one agreement, cancelled; `AgreementNotFound` for any other id.
  public func cancelAgreement(_ request: Control.CancelAgreementRequest) async throws(ControlError)
    -> Control.CancelAgreementReply
  {
    guard request.id == Self.agreement.id else { throw .agreementNotFound(id: request.id) }
    var cancelled = Self.agreement
    cancelled.state = .cancelled
    cancelled.cancelledAt = Self.instant
    return Control.CancelAgreementReply(agreement: cancelled)
  }

  /// Makes `GetDossier` answer with `attachments` kept with one note, as a daemon that kept
  /// those files would (a test of the dossier's bundle names real files in their `path`).
  public func keep(_ attachments: [Control.Attachment]) {
    lock.withLock { keptFiles = attachments }
  }

  /// The loan with its one payment and agreement, and the files `keep(_:)` gave with one note.
  public func getDossier(_ request: Control.GetDossierRequest) async throws(ControlError)
    -> Control.GetDossierReply
  {
    let loan = try await getLoan(Control.GetLoanRequest(id: request.loan))
    let files = lock.withLock { keptFiles }
    return Control.GetDossierReply(
      generatedAt: Self.instant, loan: loan,
      terms: Control.LoanTerms(dailyRate: "0.0005", fee: "0.00", firstDue: "2026-01-10", installments: 12),
      occurrences: [Self.occurrence], payments: [Self.payment],
      notes: files.isEmpty
        ? [] : [Control.Note(id: 1, loan: "huabei", at: Self.instant, text: "receipts", attachments: files)],
      agreements: [Self.agreement], deliveries: [], attachments: files)
  }

  /// The one occurrence when its due date lies in the window; `InvalidParameter` for a bad `from`
  /// or `days` outside 1 to 3660, as the daemon answers.
  public func listOccurrences(_ request: Control.ListOccurrencesRequest) async throws(ControlError)
    -> Control.ListOccurrencesReply
  {
    guard let from = LocalDate(parsing: request.from) else {
      throw .invalidParameter(parameter: "from", reason: .format)
    }
    guard (1...3660).contains(request.days) else {
      throw .invalidParameter(parameter: "days", reason: .range)
    }
    let due = LocalDate(parsing: Self.occurrence.due)!
    let inWindow = due >= from && due < from.advanced(by: request.days)
    return Control.ListOccurrencesReply(
      timezone: "Asia/Shanghai",
      occurrences: inWindow
        ? [
          Control.CalendarOccurrence(
            loan: "huabei", name: "花呗", platform: "Alipay", occurrence: Self.occurrence)
        ]
        : [])
  }

  /// One month that pays a ¥1,000.00 card off within the budget, in the strategy asked for.
  public func plan(_ request: Control.PlanRequest) async throws(ControlError) -> Control.PlanResult {
    let strategy = request.strategy ?? .avalanche
    return Control.PlanResult(
      currency: "CNY", budget: request.budget, strategy: strategy, from: request.from ?? "2027-01",
      feasible: true,
      shortfall: "0.00",
      months: [
        Control.PlanMonth(
          month: "2027-01",
          payments: [
            Control.PlannedPayment(loan: "card", payment: "1000.00", interest: "0.00", balance: "0.00")
          ])
      ],
      loans: [Control.PlanLoanResult(loan: "card", payoff: "2027-01", interest: "0.00")],
      totalInterest: "0.00",
      comparison: [
        Control.PlanComparison(
          strategy: strategy == .avalanche ? .snowball : .avalanche, payoff: "2027-01", totalInterest: "0.00")
      ], payoff: "2027-01")
  }

  /// `plan`'s answer to the same parameters, adopted as plan 1.
  public func adoptPlan(_ request: Control.AdoptPlanRequest) async throws(ControlError)
    -> Control.AdoptPlanReply
  {
    Control.AdoptPlanReply(
      plan: Control.AdoptedPlan(id: 1, adoptedAt: Self.instant, plan: try await plan(request.plan)))
  }

  /// The one adopted plan: `plan`'s answer to a budget of ¥1,000.00.
  public func listPlans(_ request: Control.ListPlansRequest) async throws(ControlError)
    -> Control.ListPlansReply
  {
    let adopted = try await adoptPlan(Control.AdoptPlanRequest(Control.PlanRequest(budget: "1000.00")))
    return Control.ListPlansReply(plans: [adopted.plan])
  }

  /// A calendar of no events; `InvalidParameter` for `days` outside 1 to 3660.
  public func exportCalendar(_ request: Control.ExportCalendarRequest) async throws(ControlError)
    -> Control.ExportCalendarReply
  {
    guard (1...3660).contains(request.days ?? 365) else {
      throw .invalidParameter(parameter: "days", reason: .range)
    }
    return Control.ExportCalendarReply(ics: "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", events: 0)
  }

  /// The payment as history.
  public func history(_ request: Control.HistoryRequest) async throws(ControlError) -> Control.HistoryReply {
    Control.HistoryReply(entries: [
      Control.HistoryEntry(
        kind: .payment, id: 1, loan: "huabei", occurrence: "2026-12-10", at: Self.instant, amount: "1250.00",
        currency: "CNY", note: "paid in the app")
    ])
  }

  /// Always `ConfigInvalid`, with one finding.
  public func reload(_ request: Control.ReloadRequest) async throws(ControlError) -> Control.ReloadReply {
    throw .configInvalid(diagnostics: [
      Control.Diagnostic(
        file: "/home/user/.config/repayd/repayd.toml", line: 3, column: 7, severity: .error,
        message: "day must be 1 to 31")
    ])
  }

  /// A stream that starts with `watching` and carries what `emit` sends.
  public func watch(_ request: Control.WatchRequest) async throws(ControlError) -> AsyncStream<
    Control.WatchEvent
  > {
    let (stream, continuation) = AsyncStream.makeStream(
      of: Control.WatchEvent.self, bufferingPolicy: .bufferingNewest(100))
    let id = lock.withLock {
      nextWatcher += 1
      watchers[nextWatcher] = continuation
      return nextWatcher
    }
    continuation.onTermination = { [weak self] _ in
      guard let self else { return }
      _ = self.lock.withLock { self.watchers.removeValue(forKey: id) }
    }
    continuation.yield(Control.WatchEvent(kind: .watching, at: Self.instant))
    return stream
  }
}
