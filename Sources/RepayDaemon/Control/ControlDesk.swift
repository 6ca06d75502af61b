import ControlInterface
import RepayControl
import RepayCore
import RepayStore

/// Answers the control socket's calls from what the configuration in force and the state
/// database say at one reading of the clock. It runs on the daemon's state owner only, one call
/// at a time, so that no call reads or writes the store beside the planner; the state owner
/// plans again after a call that changed what is due (a payment, a snooze).
struct ControlDesk {
  /// The configuration in force.
  let configuration: Configuration
  /// The state database.
  let store: StateStore
  /// The state owner's reading of the clock for this call, microseconds since 1970.
  let now: Int64
  /// The language of the messages in replies.
  let language: Language
  /// What the state owner knows about itself.
  let status: DaemonStatus
  /// The next notice ahead; nil when none is.
  let next: Control.NextReminder?
  /// The planner's next wake-up, microseconds since 1970 (`Int64.max` when nothing is ahead):
  /// what the desk reads of the plan holds until then at most.
  let wake: Int64

  /// Where the files kept with notes are: `attachments/` in the state directory.
  var vault: AttachmentVault { AttachmentVault(stateDirectory: store.directory) }

  /// `now` as the interface writes instants.
  var nowText: String { InstantText.format(microseconds: now) }

  /// The event that tells the clients following `Watch` about `payment`.
  func event(_ kind: Control.WatchEvent.Kind, _ payment: Control.Payment) -> Control.WatchEvent {
    Control.WatchEvent(
      kind: kind, at: nowText, loan: payment.loan, occurrence: payment.occurrence, amount: payment.amount,
      currency: payment.currency, id: payment.id)
  }

  /// The local date of `now` in the configuration's zone.
  var today: LocalDate { configuration.zone.localDate(at: now / 1_000_000) }

  /// The loan with `id`, or the error `LoanNotFound`.
  func loan(_ id: String) throws(ControlError) -> Loan {
    guard let loan = configuration.loans.first(where: { $0.id == id }) else { throw .loanNotFound(loan: id) }
    return loan
  }

  /// Runs `body` against the store; a store failure becomes the error `StoreFailed`, its message
  /// naming the file in the daemon's language.
  func stored<Value>(_ body: () throws(StoreError) -> Value) throws(ControlError) -> Value {
    do {
      return try body()
    } catch {
      throw .storeFailed(message: error.message(in: language))
    }
  }
}
