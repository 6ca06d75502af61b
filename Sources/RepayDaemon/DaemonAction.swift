import ControlInterface
import Logging
import RepayConfig
import RepayCore
import RepayDelivery
import RepayStore
import Systemd

/// What `DaemonCore` asks its runner (`ReminderService`) to do, in the order given: every effect
/// of handling an event on the world outside the core's state (the timer, the delivery queue,
/// systemd, the clients, the desktop, the log, the feed's file, the heap). The runner performs
/// each as it comes and decides nothing.
enum DaemonAction: Sendable {
  /// Arm the wall-clock timer at this instant (microseconds since 1970); nil disarms it.
  case armTimer(at: Int64?)
  /// Hand this batch to the delivery queue.
  case deliver(DeliveryBatch)
  /// No more notices: the delivery queue ends once its batches are delivered.
  case finishDeliveries
  /// Tell systemd.
  case notify(ServiceNotification)
  /// Tell the clients following `Watch`.
  case publish(Control.WatchEvent)
  /// Take the posted `GetStatus` reply down, so that the next call asks the core.
  case takeDownStatus
  /// Answer a `Reload` call with its outcome: an action, not done by the core itself, so that it
  /// comes after the status is taken down and a client asking for the status once it has the
  /// answer sees the reload.
  case answerReload(@Sendable (ReloadOutcome) -> Void, ReloadOutcome)
  /// Show this notice on the desktop (a "Details" button's answer).
  case postDesktop(Notice)
  /// Withdraw the desktop notifications of the loan with this id.
  case withdrawDesktop(loan: String)
  /// Give the sinks the configuration now in force and the language in force.
  case reconfigureSinks(Configuration, Language)
  /// Give the control server the access rule of the configuration now in force.
  case changeAccess(allowedUserIDs: Set<UInt32>, maximumConnections: Int)
  /// Replace the calendar feed's file.
  case replaceFeed(FeedRewrite)
  /// Give the memory freed so far back to the system.
  case releaseFreedMemory
  /// Log this line at this level.
  case log(Logger.Level, String)
  /// The events are over: no more are posted, and those already posted are refused.
  case stop
  /// The start failed with this error: the service ends with it.
  case fail(StoreError)
}

/// A rewrite of the calendar feed: the file, its new text, and what the log says about it.
struct FeedRewrite: Sendable {
  /// The feed's absolute path.
  var path: String
  /// The whole iCalendar text.
  var text: String
  /// What made the rewrite ("start", "reload", a watch event's kind).
  var reason: String
  /// How many events the text holds.
  var events: Int
  /// The log's language.
  var log: DaemonLogText
}
