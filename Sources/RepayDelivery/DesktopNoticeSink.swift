import Dispatch
import Logging
import RepayCore
import Systemd

/// Shows notices as desktop notifications through the session bus's notification server
/// (`org.freedesktop.Notifications`, over sd-bus; no `notify-send`).
///
/// - Each notice in the language in force, with the design brief's urgency, an icon, and the
///   buttons "Paid", "Snooze 1 day" and "Details" where the server supports actions; what a
///   person does with them arrives on `actions`, for the daemon to turn into events.
/// - One notification per occurrence: a later stage of the same occurrence replaces it in place
///   (`replaces_id`), as long as it is still shown.
/// - More than the configuration's `catch_up_fold` notices at once (a catch-up) are given to it
///   as one summary that lists them (`fold`, applied by the delivery queue), shown as one
///   notification.
/// - No session bus, or no server on it: `deliver` throws (the delivery records the failure for
///   this sink, the other sinks carry on), one warning is logged for the whole outage, and every
///   later delivery tries again, on a new connection when the old one is gone; no restart needed.
///
/// The bus is used on one serial queue of the sink's own, which also runs its event source; the
/// calls block the caller (the delivery queue) until the server answers, as the journal's sink
/// does. Never call the sink from within a handler on that queue.
public final class DesktopNoticeSink: NoticeSink, @unchecked Sendable {
  // Unchecked: the mutable state is touched on `queue` only.

  /// What people do with the notifications of occurrences, in order; ends with `close()`.
  public let actions: AsyncStream<DesktopAction>
  private let continuation: AsyncStream<DesktopAction>.Continuation
  /// The language in force, on `queue`; a reload sets it again.
  private var language: Language
  private let address: String?
  private let logger: Logger
  private let queue = DispatchQueue(label: "repayd.desktop")
  /// The connection in use, on `queue`; nil until the first delivery and after it was lost.
  private var connection: DesktopConnection?
  /// Whether the outage in progress was warned about, on `queue`.
  private var warned = false

  /// A sink speaking `language` (its buttons, its log), on the session bus at `address` (nil:
  /// the user's, `DBUS_SESSION_BUS_ADDRESS` or `$XDG_RUNTIME_DIR/bus`), logging an outage to
  /// `logger`. It connects at the first delivery.
  public init(language: Language, address: String? = nil, logger: Logger) {
    (actions, continuation) = AsyncStream.makeStream(of: DesktopAction.self)
    self.language = language
    self.address = address
    self.logger = logger
  }

  /// `desktop`.
  public var name: String { "desktop" }

  /// Above the configuration's `catch_up_fold`: one notification, not a screenful.
  public var fold: CatchUpFold { .configured }

  /// Shows `notices`; throws when the server did not take them all.
  public func deliver(_ notices: [Notice]) throws {
    try queue.sync {
      try withConnection { connection throws(SystemdCallError) in
        try connection.show(notices, language: language)
      }
    }
  }

  /// Shows later notices with the buttons in `language`; notifications already shown stay as
  /// they are.
  public func reconfigure(for configuration: Configuration, language: Language) {
    queue.async { [self] in self.language = language }
  }

  /// Shows `notice` without waiting for the server: on the sink's queue, after everything asked
  /// of the sink before. For what the daemon shows on request (a notification's details), which
  /// is not a delivery and is recorded nowhere; a failure is logged as `deliver`'s are (once per
  /// outage) and is not reported otherwise.
  public func post(_ notice: Notice) {
    queue.async { [self] in
      try? withConnection { connection throws(SystemdCallError) in
        try connection.show([notice], language: language)
      }
    }
  }

  /// Closes the notifications of the occurrences of `loan` that are shown (after a snooze, say),
  /// without waiting for the server, after everything asked of the sink before; a later notice
  /// then starts a new one. To update a notification instead, deliver the occurrence's next
  /// notice (a `settled` one after a payment), which replaces it in place. Without a connection
  /// nothing of the loan is shown, and none is made.
  public func withdraw(loan: String) {
    queue.async { [self] in
      guard connection != nil else { return }
      try? withConnection { connection throws(SystemdCallError) in try connection.withdraw(loan: loan) }
    }
  }

  /// Disconnects and ends `actions`. The sink must not be used afterwards.
  public func close() {
    queue.sync {
      connection?.close()
      connection = nil
    }
    continuation.finish()
  }

  /// Runs `body` on the connection, connecting first when there is none. A connection kept from
  /// earlier may have died without its event source having noticed yet: then `body` runs once
  /// more, on a fresh connection. Logs the first failure of an outage as a warning, and its end.
  private func withConnection(
    _ body: (DesktopConnection) throws(SystemdCallError) -> Void
  ) throws(SystemdCallError) {
    var fresh = connection == nil
    while true {
      let current: DesktopConnection
      if let connection {
        current = connection
      } else {
        do {
          current = try connect()
        } catch {
          warnOnce(error)
          throw error
        }
        connection = current
      }
      do {
        try body(current)
      } catch {
        if !current.isOpen {
          lose(current)
          if !fresh {
            fresh = true
            continue
          }
        }
        warnOnce(error)
        throw error
      }
      // Unless the connection was lost again while its event source ran after the calls.
      if warned && connection === current {
        warned = false
        logger.notice("\(language.text(en: "desktop notifications work again", zh: "桌面通知已恢复"))")
      }
      return
    }
  }

  /// A new connection, whose loss while idle is handled on `queue`.
  private func connect() throws(SystemdCallError) -> DesktopConnection {
    try DesktopConnection(
      address: address, queue: queue, report: { [continuation] in continuation.yield($0) },
      lost: { [weak self] error in
        guard let self, let connection = self.connection else { return }
        lose(connection)
        warnOnce(error)
      })
  }

  /// Drops `lost`, so that the next delivery connects anew.
  private func lose(_ lost: DesktopConnection) {
    lost.close()
    if connection === lost { connection = nil }
  }

  /// Logs `error` as a warning when it begins an outage.
  private func warnOnce(_ error: SystemdCallError) {
    guard !warned else { return }
    warned = true
    logger.warning(
      """
      \(language.text(
        en: "desktop notifications unavailable (\(error)); the other sinks carry on, and each notice tries again",
        zh: "桌面通知不可用（\(error)）；其他通道照常，每条提醒都会重试"))
      """)
  }
}
