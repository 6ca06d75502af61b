import ControlInterface
import Foundation
import RepayControl
import RepayCore
import RepayTestSupport

extension ControlClient {
  /// Returns once the clock has passed `instant` (Unix microseconds) and the daemon has planned
  /// past it: the next notice its status names is later, or it names none. Every stage due at or
  /// before `instant` has then been taken off the daemon's timeline and handed to delivery (or
  /// dropped), so a check that one of them did not come no longer depends on how far behind a
  /// busy machine left the daemon, as a wait for the clock alone did.
  func waitUntilPlanned(past instant: Int64, timeout: Duration = .seconds(120)) throws {
    try Polling.until(
      "the daemon planned past \(InstantText.format(microseconds: instant))", timeout: timeout
    ) {
      guard Int64(Date().timeIntervalSince1970 * 1_000_000) > instant else { return false }
      guard let next = try call(Control.GetStatusRequest()).nextReminder else { return true }
      return InstantText.parse(next.at).map { $0 > instant } ?? false
    }
  }
}
