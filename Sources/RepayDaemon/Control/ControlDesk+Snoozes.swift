import ControlInterface
import RepayControl
import RepayCore
import RepayStore

extension ControlDesk {
  /// `Snooze`: holds the loan's notices back until the snooze ends, replacing a snooze in force.
  /// It ends `duration` after now (`3d`, `36h`, `1d12h`), or at the start of the local day
  /// `until` in the configuration's zone (its midnight; where the clock skips midnight, the
  /// first instant after the gap), so that the notices of that day come as usual.
  ///
  /// Errors: `LoanNotFound`; `InvalidParameter` `conflict` (both given, named `until`), `missing`
  /// (neither, named `duration`), `format` (a duration or date not in its form), `range` (a
  /// duration of zero or too long, or a day whose start is not after now); `StoreFailed`.
  func snooze(_ request: Control.SnoozeRequest) throws(ControlError) -> Control.SnoozeReply {
    let loan = try loan(request.loan)
    let until: Int64
    switch (request.duration, request.until) {
    case (_?, _?): throw .invalidParameter(parameter: "until", reason: .conflict)
    case (nil, nil): throw .invalidParameter(parameter: "duration", reason: .missing)
    case (let text?, nil):
      let duration: ReminderOffset
      do {
        duration = try ReminderOffset(parsing: text)
      } catch {
        let reason: ControlError.InvalidParameterReason = error.reason == .tooLong ? .range : .format
        throw .invalidParameter(parameter: "duration", reason: reason)
      }
      // Microseconds after now must still fit in 64 bits.
      guard duration.seconds > 0, duration.seconds <= (Int64.max - now) / 1_000_000 else {
        throw .invalidParameter(parameter: "duration", reason: .range)
      }
      until = now + duration.seconds * 1_000_000
    case (nil, let text?):
      until = configuration.zone.startOfDay(try date(text, parameter: "until")) * 1_000_000
      guard until > now else { throw .invalidParameter(parameter: "until", reason: .range) }
    }
    let snooze = try stored { () throws(StoreError) in
      try store.snooze(loan: loan.id, until: until, createdAt: now)
    }
    return Control.SnoozeReply(snooze: Control.SnoozePeriod(snooze))
  }

  /// `Unsnooze`: ends the loan's snooze in force now and answers it as ended; absent when none
  /// was in force (one already over is left as it is). Errors: `LoanNotFound`, `StoreFailed`.
  func unsnooze(_ request: Control.UnsnoozeRequest) throws(ControlError) -> Control.UnsnoozeReply {
    let loan = try loan(request.loan)
    let ended = try stored { () throws(StoreError) in try store.cancelSnooze(loan: loan.id, at: now) }
    return Control.UnsnoozeReply(snooze: ended.map(Control.SnoozePeriod.init))
  }
}
