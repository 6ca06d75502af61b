import ControlInterface
import RepayConfig
import RepayControl
import RepayCore

/// The daemon's side of the control socket: every call becomes an event for the state owner,
/// which answers it between its other events; nothing here reads or writes the daemon's state.
/// A call that changes what is due (a payment, a snooze) makes the state owner plan again, and
/// every change is published to the clients following `Watch`. A call that only reads (but
/// `GetStatus`, which posts what it answers, and `ExportCalendar`, which remembers what it
/// exported) is answered on the connection's task, from the desk the state owner makes between
/// its events: the connections' tasks run on an executor of their own (`ReminderService`), so
/// that a long answer (a day of 100,000 reminders) never holds up a notice.
struct DaemonControl: ControlHandler {
  /// The state owner's events.
  let post: AsyncStream<DaemonEvent>.Continuation
  /// The clients following `Watch`.
  let hub: WatchHub
  /// For the instant of a `watching` reply.
  let clock: SystemClock
  /// The language of the answer to a call the stopping daemon did not handle.
  let language: Language
  /// The last status the state owner gave, while it holds.
  let board: StatusBoard

  func getStatus(_ request: Control.GetStatusRequest) async throws(ControlError) -> Control.GetStatusReply {
    Self.markingUpgrade(
      try await ask { [board] desk throws(ControlError) in
        let reply = try desk.getStatus(request)
        board.post(reply, startedAt: desk.status.startedAt, holds: desk.statusHolds)
        return reply
      })
  }

  func currentStatus() -> Control.GetStatusReply? {
    board.reply(at: clock.now()).map(Self.markingUpgrade)
  }

  /// `reply`, saying whether an upgrade replaced the daemon's executable since it started: looked
  /// at for each reply, the posted one too, since nothing tells the daemon when it happens.
  private static func markingUpgrade(_ reply: Control.GetStatusReply) -> Control.GetStatusReply {
    var reply = reply
    reply.upgraded = ProcessExecutable.isReplaced() ? true : nil
    return reply
  }

  func listLoans(_ request: Control.ListLoansRequest) async throws(ControlError) -> Control.ListLoansReply {
    try await read { desk throws(ControlError) in try desk.listLoans(request) }
  }

  func getLoan(_ request: Control.GetLoanRequest) async throws(ControlError) -> Control.GetLoanReply {
    try await read { desk throws(ControlError) in try desk.getLoan(request) }
  }

  func listUpcoming(_ request: Control.ListUpcomingRequest) async throws(ControlError)
    -> Control.ListUpcomingReply
  {
    try await read { desk throws(ControlError) in try desk.listUpcoming(request) }
  }

  func recordPayment(_ request: Control.RecordPaymentRequest) async throws(ControlError)
    -> Control.RecordPaymentReply
  {
    try await ask(
      { desk throws(ControlError) in try desk.recordPayment(request) },
      change: { desk, reply in .payment(reply, at: desk) })
  }

  func deletePayment(_ request: Control.DeletePaymentRequest) async throws(ControlError)
    -> Control.DeletePaymentReply
  {
    try await ask(
      { desk throws(ControlError) in try desk.deletePayment(request) },
      change: { desk, reply in
        ControlChange(event: desk.event(.paymentDeleted, reply.payment), replans: .loan(reply.payment.loan))
      })
  }

  func snooze(_ request: Control.SnoozeRequest) async throws(ControlError) -> Control.SnoozeReply {
    try await ask(
      { desk throws(ControlError) in try desk.snooze(request) },
      change: { desk, reply in .snooze(reply, at: desk) })
  }

  func unsnooze(_ request: Control.UnsnoozeRequest) async throws(ControlError) -> Control.UnsnoozeReply {
    try await ask(
      { desk throws(ControlError) in try desk.unsnooze(request) },
      change: { desk, reply in
        reply.snooze.map {
          ControlChange(
            event: Control.WatchEvent(kind: .unsnooze, at: desk.nowText, loan: $0.loan, id: $0.id),
            replans: .loan($0.loan))
        }
      })
  }

  func addNote(_ request: Control.AddNoteRequest) async throws(ControlError) -> Control.AddNoteReply {
    try await ask(
      { desk throws(ControlError) in try desk.addNote(request) },
      change: { desk, reply in
        ControlChange(
          event: Control.WatchEvent(kind: .note, at: desk.nowText, loan: reply.note.loan, id: reply.note.id),
          // Only a follow-up or a promise is a reminder to plan.
          replans: reply.note.followUp != nil || reply.note.promise != nil ? .loan(reply.note.loan) : nil)
      })
  }

  func listNotes(_ request: Control.ListNotesRequest) async throws(ControlError) -> Control.ListNotesReply {
    try await read { desk throws(ControlError) in try desk.listNotes(request) }
  }

  func renegotiate(_ request: Control.RenegotiateRequest) async throws(ControlError)
    -> Control.RenegotiateReply
  {
    try await ask(
      { desk throws(ControlError) in try desk.renegotiate(request) },
      change: { desk, reply in .agreement(.agreement, reply.agreement, at: desk) })
  }

  func listAgreements(_ request: Control.ListAgreementsRequest) async throws(ControlError)
    -> Control.ListAgreementsReply
  {
    try await read { desk throws(ControlError) in try desk.listAgreements(request) }
  }

  func cancelAgreement(_ request: Control.CancelAgreementRequest) async throws(ControlError)
    -> Control.CancelAgreementReply
  {
    try await ask(
      { desk throws(ControlError) in try desk.cancelAgreement(request) },
      change: { desk, reply in .agreement(.agreementCancelled, reply.agreement, at: desk) })
  }

  func getDossier(_ request: Control.GetDossierRequest) async throws(ControlError) -> Control.GetDossierReply
  {
    try await read { desk throws(ControlError) in try desk.getDossier(request) }
  }

  func listOccurrences(_ request: Control.ListOccurrencesRequest) async throws(ControlError)
    -> Control.ListOccurrencesReply
  {
    try await read { desk throws(ControlError) in try desk.listOccurrences(request) }
  }

  func plan(_ request: Control.PlanRequest) async throws(ControlError) -> Control.PlanResult {
    try await read { desk throws(ControlError) in try desk.plan(request) }
  }

  func adoptPlan(_ request: Control.AdoptPlanRequest) async throws(ControlError) -> Control.AdoptPlanReply {
    try await ask(
      { desk throws(ControlError) in try desk.adoptPlan(request) },
      change: { desk, reply in
        ControlChange(
          event: Control.WatchEvent(kind: .plan, at: desk.nowText, id: Int64(reply.plan.id)),
          replans: .household)
      })
  }

  func listPlans(_ request: Control.ListPlansRequest) async throws(ControlError) -> Control.ListPlansReply {
    try await read { desk throws(ControlError) in try desk.listPlans(request) }
  }

  func exportCalendar(_ request: Control.ExportCalendarRequest) async throws(ControlError)
    -> Control.ExportCalendarReply
  {
    try await ask { desk throws(ControlError) in try desk.exportCalendar(request) }
  }

  func history(_ request: Control.HistoryRequest) async throws(ControlError) -> Control.HistoryReply {
    try await read { desk throws(ControlError) in try desk.history(request) }
  }

  func reload(_ request: Control.ReloadRequest) async throws(ControlError) -> Control.ReloadReply {
    let result = await withCheckedContinuation { (reply: CheckedContinuation<ReloadOutcome, Never>) in
      if case .terminated = post.yield(.reloadAsked({ reply.resume(returning: $0) })) {
        reply.resume(returning: .failure(Self.stopping(in: language)))
      }
    }
    return try result.get()
  }

  func watch(_ request: Control.WatchRequest) async throws(ControlError) -> AsyncStream<Control.WatchEvent> {
    hub.subscribe(now: InstantText.format(microseconds: clock.now()))
  }

  /// The answer to a call the state owner will not handle: the daemon is stopping.
  static func stopping(in language: Language) -> ControlError {
    .storeFailed(
      message: language.text(en: "repayd is stopping; nothing was changed", zh: "repayd 正在停止；未做任何更改"))
  }

  /// Hands `body` to the state owner and waits for its answer; `change` says what a successful
  /// answer changed.
  private func ask<Reply: Sendable>(
    _ body: @escaping @Sendable (ControlDesk) throws(ControlError) -> Reply,
    change: (@Sendable (ControlDesk, Reply) -> ControlChange?)? = nil
  ) async throws(ControlError) -> Reply {
    let stopping = Self.stopping(in: language)
    let result = await withCheckedContinuation {
      (reply: CheckedContinuation<Result<Reply, ControlError>, Never>) in
      let call = ControlCall(
        answer: { desk in
          do throws(ControlError) {
            let answer = try body(desk)
            // Before the reply: a client that asks for the status once it has the reply must
            // see what its call changed.
            if change != nil { board.takeDown() }
            reply.resume(returning: .success(answer))
            return change?(desk, answer)
          } catch {
            reply.resume(returning: .failure(error))
            return nil
          }
        },
        refuse: { reply.resume(returning: .failure(stopping)) })
      if case .terminated = post.yield(.control(call)) { call.refuse() }
    }
    return try result.get()
  }
}

extension DaemonControl {
  /// Answers a call that only reads: the state owner makes the desk between its events (so that
  /// the answer shows every change acknowledged before the call), and `body` answers from it on
  /// the calling task, beside the state owner.
  fileprivate func read<Reply: Sendable>(
    _ body: @escaping @Sendable (ControlDesk) throws(ControlError) -> Reply
  ) async throws(ControlError) -> Reply {
    try body(try await ask { desk throws(ControlError) in desk })
  }
}

/// The answer to `Reload`: the configuration now in force, or its errors.
typealias ReloadOutcome = Result<Control.ReloadReply, ControlError>
