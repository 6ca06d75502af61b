import ArgumentParser
import Foundation
import Logging
import RepayConfig
import RepayControl
import RepayCore
import RepayDaemon
import RepayDelivery
import RepayStore
import ServiceLifecycle
import Systemd

/// `repayd`: the repayment-reminder daemon. `run()` is the start-up story: where the log goes,
/// which configuration, which state, then the one service until SIGTERM.
@main
struct RepaydCommand: AsyncParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "repayd",
      abstract: Startup.text(
        en: "The repayment-reminder daemon: every reminder at its instant, into the journal.",
        zh: "还款提醒守护进程：每条提醒准时写入日志（journal）。"),
      discussion: Startup.text(
        en: """
          Runs as a systemd user service (systemctl --user start repayd). Reads its configuration \
          from $XDG_CONFIG_HOME/repayd (or --config), keeps its state in \
          $XDG_STATE_HOME/repayd/state.sqlite (or --state-dir), and stops cleanly on SIGTERM.
          Without --config and with no configuration there, it runs with no loans and says in its \
          status how to write one: repayctl init, then systemctl --user reload repayd.
          Try it: repayd --demo (a built-in household; advance, due and overdue notices within a \
          minute; follow them with journalctl -f -t repayd).
          Exit status: 0 after SIGTERM; 1 when the configuration or the state cannot be used; \
          2 wrong usage.
          """,
        zh: """
          作为 systemd 用户服务运行（systemctl --user start repayd）。配置读自 \
          $XDG_CONFIG_HOME/repayd（或 --config），状态保存在 $XDG_STATE_HOME/repayd/state.sqlite\
          （或 --state-dir），收到 SIGTERM 后正常退出。
          未指定 --config 且该处没有配置时，以零笔贷款运行，并在状态中说明如何写出配置：\
          repayctl init，然后 systemctl --user reload repayd。
          试一试：repayd --demo（内置的演示家庭；一分钟内出现提前、到期和逾期提醒；用 \
          journalctl -f -t repayd 查看）。
          退出状态：SIGTERM 后为 0；配置或状态无法使用时为 1；用法错误为 2。
          """),
      version: RepayVersion.current)
  }

  @Option(
    name: .customLong("config"),
    help: ArgumentHelp(
      Startup.text(
        en: "A configuration file, or a directory holding repayd.toml and loans.d/*.toml (default: "
          + "$XDG_CONFIG_HOME/repayd).",
        zh: "配置文件，或包含 repayd.toml 和 loans.d/*.toml 的目录（默认：$XDG_CONFIG_HOME/repayd）。"),
      valueName: "path"))
  var config: String?

  @Option(
    name: .customLong("state-dir"),
    help: ArgumentHelp(
      Startup.text(
        en: "The directory of state.sqlite (default: $XDG_STATE_HOME/repayd; with --demo, a new "
          + "temporary directory).",
        zh: "state.sqlite 所在目录（默认：$XDG_STATE_HOME/repayd；使用 --demo 时为新建的临时目录）。"),
      valueName: "dir"))
  var stateDirectory: String?

  @Flag(
    help: ArgumentHelp(
      Startup.text(
        en: "Run the built-in demo household instead of your configuration (see seeds/demo.toml).",
        zh: "运行内置的演示家庭，而不是你的配置（见 seeds/demo.toml）。")))
  var demo = false

  @Option(
    help: ArgumentHelp(
      Startup.text(
        en: "The least severe message of repayd's own log.", zh: "repayd 自身日志记录的最低级别。"),
      valueName: "level"))
  var logLevel: LogLevelOption = .info

  /// Parses the command line and runs the daemon, every task of it on one serial queue (see
  /// `DaemonExecutor`: the default executor would wake the process every second); a usage error
  /// exits 2 (swift-argument-parser's default is 64), as `repayctl` does. Large freed blocks go
  /// back to the kernel at once (`FreedMemory.keepLargeBlocksMapped()`).
  static func main() async {
    // Large temporary blocks (the configuration's text, the plan's expansion) go back to the
    // kernel as they are freed, rather than staying resident at the top of a thread's arena.
    FreedMemory.keepLargeBlocksMapped()
    await withTaskExecutorPreference(DaemonExecutor(label: "repayd")) {
      do {
        var command = try parseAsRoot()
        if var daemon = command as? AsyncParsableCommand {
          try await daemon.run()
        } else {
          try command.run()
        }
      } catch {
        let code = exitCode(for: error)
        guard code == .validationFailure else { exit(withError: error) }
        FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
        exit(withError: ExitCode(2))
      }
    }
  }

  func validate() throws {
    if demo, config != nil {
      throw ValidationError(
        Startup.text(
          en: "--demo runs the built-in household and reads no configuration; leave out --config.",
          zh: "--demo 运行内置的演示家庭，不读取配置；请去掉 --config。"))
    }
  }

  func run() async throws {
    let environment = ProcessEnvironment.current()
    // As systemd advises a service that holds many connections: the soft limit of 1,024 it sets
    // by default is for programs that use select(2).
    FileDescriptorLimit.raiseSoftToHard()
    let clock = SystemClock()
    let startedAt = clock.now()

    // The log: the journal when one runs, else standard error.
    let toJournal = JournalSocket.isAvailable()
    LoggingSystem.bootstrap { [logLevel] _ in DaemonLogHandler(level: logLevel.level, toJournal: toJournal) }
    let logger = Logger(label: "repayd")

    // The configuration: the user's, or the demo household placed at this start. Nothing at the
    // default place is the first start of a packaged install: repayd runs with no loans and says
    // how to write them, rather than fail and be restarted by systemd until it gives up.
    let startup = Startup(environment: environment, logger: logger, loggingToStandardError: !toJournal)
    let missing = demo || config != nil ? nil : MissingConfiguration.atDefaultPlace(environment: environment)
    let report =
      try demo
      ? startup.demoConfiguration(at: startedAt)
      : missing == nil ? startup.configuration(path: config) : startup.emptyConfiguration()
    // Startup exits 1 rather than return a report without a configuration.
    guard var configuration = report.configuration else { throw ExitCode.failure }
    let language = configuration.languageInForce(locale: Startup.language)
    let log = DaemonLogText(language: language)

    // The state: the demo's is its own, and its household is new at each start. One daemon per
    // user (per state, for the demo): a lock in the runtime directory.
    let (directory, temporary) = try startup.stateDirectory(given: stateDirectory, demo: demo)
    defer { if temporary { try? FileManager.default.removeItem(atPath: directory) } }
    // The demo's calendar feed stays with the rest of its state, never in the user's data folder.
    if demo { configuration.icsFeed = directory + "/repayd.ics" }
    let lock = try startup.instanceLock(stateDirectory: directory, demo: demo)
    defer { lock.release() }
    let store = try startup.openStore(in: directory, language: language)
    let since = try startup.firstStart(of: store, now: startedAt, renewed: demo, language: language)
    logger.info("\(log.started(loans: configuration.loans.count, state: store.path))")
    if let missing { logger.warning("\(missing.hint(in: language))") }

    // Notices go to the journal, or to standard error where no journal runs.
    let configPath = config
    let reread: (@Sendable () -> ConfigurationReport)? =
      demo
      ? nil
      : { @Sendable in
        ConfigurationReader.read(configPath: configPath, environment: environment, language: Startup.language)
      }
    // The user's [[hook]] commands, each run for the stages it names; always there, since a
    // reload may bring hooks, and never called for a notice no hook is for.
    let hooks = HookNoticeSink(
      hooks: configuration.hooks, maxConcurrent: configuration.hooksMaxConcurrent, language: language,
      environment: environment, logger: logger)
    let sinks: [any NoticeSink] = [toJournal ? JournalNoticeSink() : StandardErrorNoticeSink(), hooks]
    // The desktop, where a session bus is or comes later: without one, each delivery there
    // fails with one warning, and the other sinks carry on.
    let desktop = DesktopNoticeSink(language: language, logger: logger)
    // The demo takes the standard address when it is free, so that a plain `repayctl status`
    // in another terminal reaches it; it says on standard error, the terminal it runs in, how.
    let demoAddress = demo ? DemoAddress.choose(environment: environment, stateDirectory: directory) : nil
    defer { demoAddress?.release() }
    let controlSocket = demoAddress?.listener ?? startup.controlSocket(stateDirectory: directory)
    if case .path(let path) = controlSocket { logger.info("\(log.controlSocket(path))") }
    if let demoAddress { StandardError.write(demoAddress.guide(feed: directory + "/repayd.ics")) }
    // The control socket beside the reminders, both in one group, which owns the signals and the
    // graceful shutdown: the reminders stop first (finishing the deliveries in flight and refusing
    // the calls that come after), then the socket.
    let inbox = DaemonInbox()
    let control = ControlSocketService(
      listener: controlSocket, inbox: inbox, configuration: configuration, language: language, clock: clock,
      logger: logger)
    let service = ReminderService(
      configuration: configuration, configurationFiles: report.files,
      configurationWarnings: report.diagnostics.filter { $0.severity == .warning }, demo: demo,
      missingConfiguration: missing,
      startedAt: startedAt, inbox: inbox, control: control, desktop: desktop, reread: reread,
      localeLanguage: Startup.language,
      store: store, sinks: sinks, since: since,
      clock: clock, logger: logger)
    // Named, because without a name ServiceLifecycle names a service "\(service)": a reflection
    // of the whole configuration, which took most of the start-up with 10,000 loans.
    let group = ServiceGroup(
      configuration: ServiceGroupConfiguration(
        services: [
          // A socket that cannot be served is logged, and repayd goes on reminding without it.
          .init(service: control, successTerminationBehavior: .ignore, serviceName: "ControlSocketService"),
          .init(service: service, serviceName: "ReminderService"),
        ],
        gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
    try await group.run()
    // Hooks started for the last notices finish (each within its timeout) before repayd exits.
    await hooks.waitUntilIdle()
    try? store.close()
    logger.info("\(log.stopped)")
  }
}
