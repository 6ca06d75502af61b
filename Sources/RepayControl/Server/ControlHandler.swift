import ControlInterface

/// What answers the calls of `io.repayd.Control`: the daemon turns each call into an event for
/// its single state owner and replies when that has handled it (or, for a call that only reads,
/// once it has been answered from what the state owner handed over). The server decodes every call,
/// answers `org.varlink.service` itself and hands each `io.repayd.Control` call here; it never
/// touches the daemon's state.
///
/// A method is called once per call, on the connection's task, and a slow one delays only its own
/// client. A thrown `ControlError` goes to the client as the error reply.
public protocol ControlHandler: Sendable {
  /// `GetStatus`.
  func getStatus(_ request: Control.GetStatusRequest) async throws(ControlError) -> Control.GetStatusReply
  /// `GetStatus` answered at once: the reply `getStatus` would give now, when the handler holds
  /// one that is still current, or nil to have `getStatus` called. Called on the event loop's
  /// thread, so it must neither block nor wait.
  func currentStatus() -> Control.GetStatusReply?
  /// `ListLoans`.
  func listLoans(_ request: Control.ListLoansRequest) async throws(ControlError) -> Control.ListLoansReply
  /// `GetLoan`.
  func getLoan(_ request: Control.GetLoanRequest) async throws(ControlError) -> Control.GetLoanReply
  /// `ListUpcoming`.
  func listUpcoming(_ request: Control.ListUpcomingRequest) async throws(ControlError)
    -> Control.ListUpcomingReply
  /// `RecordPayment`.
  func recordPayment(_ request: Control.RecordPaymentRequest) async throws(ControlError)
    -> Control.RecordPaymentReply
  /// `DeletePayment`.
  func deletePayment(_ request: Control.DeletePaymentRequest) async throws(ControlError)
    -> Control.DeletePaymentReply
  /// `Snooze`.
  func snooze(_ request: Control.SnoozeRequest) async throws(ControlError) -> Control.SnoozeReply
  /// `Unsnooze`.
  func unsnooze(_ request: Control.UnsnoozeRequest) async throws(ControlError) -> Control.UnsnoozeReply
  /// `AddNote`.
  func addNote(_ request: Control.AddNoteRequest) async throws(ControlError) -> Control.AddNoteReply
  /// `ListNotes`.
  func listNotes(_ request: Control.ListNotesRequest) async throws(ControlError) -> Control.ListNotesReply
  /// `Renegotiate`.
  func renegotiate(_ request: Control.RenegotiateRequest) async throws(ControlError)
    -> Control.RenegotiateReply
  /// `ListAgreements`.
  func listAgreements(_ request: Control.ListAgreementsRequest) async throws(ControlError)
    -> Control.ListAgreementsReply
  /// `CancelAgreement`.
  func cancelAgreement(_ request: Control.CancelAgreementRequest) async throws(ControlError)
    -> Control.CancelAgreementReply
  /// `GetDossier`.
  func getDossier(_ request: Control.GetDossierRequest) async throws(ControlError) -> Control.GetDossierReply
  /// `ListOccurrences`.
  func listOccurrences(_ request: Control.ListOccurrencesRequest) async throws(ControlError)
    -> Control.ListOccurrencesReply
  /// `Plan`: throws `ControlError.invalidParameter` for a parameter the loans cannot be planned
  /// with.
  func plan(_ request: Control.PlanRequest) async throws(ControlError) -> Control.PlanResult
  /// `AdoptPlan`.
  func adoptPlan(_ request: Control.AdoptPlanRequest) async throws(ControlError) -> Control.AdoptPlanReply
  /// `ListPlans`.
  func listPlans(_ request: Control.ListPlansRequest) async throws(ControlError) -> Control.ListPlansReply
  /// `ExportCalendar`.
  func exportCalendar(_ request: Control.ExportCalendarRequest) async throws(ControlError)
    -> Control.ExportCalendarReply
  /// `History`.
  func history(_ request: Control.HistoryRequest) async throws(ControlError) -> Control.HistoryReply
  /// `Reload`: throws `ControlError.configInvalid` when the new configuration has errors.
  func reload(_ request: Control.ReloadRequest) async throws(ControlError) -> Control.ReloadReply
  /// `Watch`: the events from now on, the first of kind `watching`. The server sends each as a
  /// reply with `continues` until the client goes away (the stream is then cancelled, so its
  /// `onTermination` can unsubscribe) or the stream finishes (the connection is then closed: a
  /// daemon that stops ends its watches that way). Make the stream with a bounded buffering
  /// policy: a client that does not read holds events only up to that bound, and is disconnected
  /// once a reply waits longer than the idle limit.
  func watch(_ request: Control.WatchRequest) async throws(ControlError) -> AsyncStream<Control.WatchEvent>
}
