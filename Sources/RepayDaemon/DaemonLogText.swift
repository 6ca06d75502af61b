import RepayCore
import RepayDelivery

/// The lines of repayd's own log, in the language of the notices in force (the configuration's
/// `locale`, else the locale's), so that a person reading `journalctl -t repayd` reads one
/// language. Names that are identifiers (paths, stage and event kinds, loan ids) stay as they are.
public struct DaemonLogText: Sendable {
  /// The language of the lines.
  public let language: Language

  /// The lines in `language`.
  public init(language: Language) {
    self.language = language
  }

  /// Why a plan was made, for the line that says how many notices it has ahead.
  public enum PlanReason: Sendable {
    /// The start's first plan.
    case start
    /// The realtime clock was set.
    case clockSet
    /// The system's zone file changed.
    case zoneChanged
    /// The configuration was read again (SIGHUP or `Reload`).
    case reread
    /// A control call or a desktop button changed what is due; its `Watch` kind.
    case control(String)
  }

  /// `started: 3 loan(s), state PATH`.
  public func started(loans: Int, state: String) -> String {
    language.text(en: "started: \(loans) loan(s), state \(state)", zh: "已启动：\(loans) 笔贷款，状态文件 \(state)")
  }

  /// `control socket: unix:PATH`.
  public func controlSocket(_ path: String) -> String {
    language.text(en: "control socket: unix:\(path)", zh: "控制套接字：unix:\(path)")
  }

  /// `stopped`, the last line of a clean stop.
  public var stopped: String { language.text(en: "stopped", zh: "已停止") }

  /// `delivering 2 notice(s)`: a batch handed to the sinks.
  func delivering(_ count: Int) -> String {
    language.text(en: "delivering \(count) notice(s)", zh: "正在送出 \(count) 条提醒")
  }

  /// What a plan made for `reason` holds: `planned: 57 notice(s) ahead`.
  func planned(_ reason: PlanReason, ahead: Int) -> String {
    let why: String =
      switch reason {
      case .start: language.text(en: "planned", zh: "已排定")
      case .clockSet: language.text(en: "the clock was set; planned again", zh: "系统时钟被调整；已重新排定")
      case .zoneChanged:
        language.text(en: "the system's time zone changed; planned again", zh: "系统时区已更改；已重新排定")
      case .reread: language.text(en: "configuration read again", zh: "已重新读取配置")
      case .control(let kind):
        language.text(en: "\(kind) by a control call; planned again", zh: "控制调用 \(kind) 之后已重新排定")
      }
    return language.text(en: "\(why): \(ahead) notice(s) ahead", zh: "\(why)：共 \(ahead) 条提醒待发")
  }

  /// A plan that failed and is tried again at the next event.
  func cannotPlan(_ message: String, retried: Bool) -> String {
    retried
      ? language.text(
        en: "cannot plan: \(message); trying again at the next event", zh: "无法排定提醒：\(message)；下一个事件时再试")
      : language.text(en: "cannot plan: \(message)", zh: "无法排定提醒：\(message)")
  }

  /// The calendar feed at `path` rewritten after `reason` (`start`, `reload` or a `Watch` kind).
  func feedWritten(_ path: String, after reason: String, events: Int) -> String {
    language.text(
      en: "calendar feed \(path) written after \(reason): \(events) event(s)",
      zh: "日历订阅文件 \(path) 已在 \(reason) 之后写入：\(events) 个事件")
  }

  /// The calendar feed at `path` not rewritten after `reason`.
  func feedNotWritten(_ path: String, after reason: String, error: String) -> String {
    language.text(
      en: "calendar feed \(path) not written after \(reason): \(error)",
      zh: "日历订阅文件 \(path) 未能在 \(reason) 之后写入：\(error)")
  }

  /// The open-file limit holds fewer connections than `max_connections` asks for.
  func connectionsLimited(to connections: Int, configured: Int, openFiles: UInt) -> String {
    language.text(
      en:
        "control socket: at most \(connections) connection(s) at once, not \(configured): the open-file limit"
        + " (RLIMIT_NOFILE, LimitNOFILE= in the unit) is \(openFiles); clients past it are refused",
      zh: "控制套接字：最多同时 \(connections) 个连接，而非 \(configured) 个：打开文件数上限"
        + "（RLIMIT_NOFILE，单元中的 LimitNOFILE=）为 \(openFiles)；超出的客户端会被拒绝")
  }

  /// The control socket's server ended with `error`.
  func controlSocketStopped(_ error: String) -> String {
    language.text(en: "the control socket stopped: \(error)", zh: "控制套接字已停止：\(error)")
  }

  /// A desktop notification's button pressed on `occurrence` could not be acted on.
  func buttonFailed(_ key: DesktopActionKey, on occurrence: OccurrenceID, error: String) -> String {
    language.text(
      en: "the desktop's \(key.rawValue) for \(occurrence.loan) \(occurrence.due) failed: \(error)",
      zh: "桌面通知中 \(occurrence.loan) \(occurrence.due) 的 \(key.rawValue) 操作失败：\(error)")
  }

  /// A desktop notification's button pressed on `occurrence` after repayd began to stop.
  func buttonTooLate(_ key: DesktopActionKey, on occurrence: OccurrenceID) -> String {
    language.text(
      en: "the desktop's \(key.rawValue) for \(occurrence.loan) \(occurrence.due) came as repayd stopped",
      zh: "桌面通知中 \(occurrence.loan) \(occurrence.due) 的 \(key.rawValue) 操作在 repayd 停止时才到达")
  }

  /// A sink that failed to take a notice (logged once per outage).
  func deliveryFailed(subject: String, stage: Stage, failure: String) -> String {
    language.text(
      en: "delivery of \(subject) \(stage.rawValue) failed: \(failure)",
      zh: "\(subject) 的 \(stage.rawValue) 提醒送达失败：\(failure)")
  }

  /// Deliveries that could not be recorded (they are offered again).
  func cannotRecord(_ message: String) -> String {
    language.text(en: "cannot record deliveries: \(message)", zh: "无法记录送达：\(message)")
  }

  /// SIGHUP to the demo, which has no file to read.
  var demoHasNoFile: String {
    language.text(
      en: "the demo household has no configuration file to read again", zh: "演示家庭没有可以重新读取的配置文件")
  }

  /// A reload whose configuration has errors.
  var newConfigurationHasErrors: String {
    language.text(
      en: "the new configuration has errors; the one in force stays", zh: "新的配置有错误；继续使用当前配置")
  }

  /// A watch of `what` (a path, or the clock) that could not be made or read.
  func cannotWatch(_ what: String, error: String) -> String {
    language.text(
      en: "cannot watch \(what): \(error); planning goes on without it", zh: "无法监视 \(what)：\(error)；排定照常进行")
  }

  /// A watch that could not be read.
  func cannotReadWatch(_ error: String) -> String {
    language.text(en: "cannot read a watch: \(error)", zh: "无法读取监视：\(error)")
  }

  /// The watchdog setting that could not be read.
  func cannotReadWatchdog(_ error: String) -> String {
    language.text(en: "cannot read the watchdog setting: \(error)", zh: "无法读取看门狗设置：\(error)")
  }

  /// A message to systemd that could not be sent.
  func cannotNotify(_ error: String) -> String {
    language.text(en: "cannot notify systemd: \(error)", zh: "无法通知 systemd：\(error)")
  }
}
