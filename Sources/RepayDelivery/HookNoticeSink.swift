import Dispatch
import Logging
import RepayCore

/// Runs the configuration's `[[hook]]` commands for delivered notices: for each notice, each
/// hook whose `on` names its stage runs its `exec` argument vector directly (never through a
/// shell), with an environment of exactly the notice's `REPAY_*` variables (the journal's
/// fields, `REPAY_MESSAGE`, `REPAY_PRIORITY`, `REPAY_MESSAGE_ID`: `Notice.hookVariables`) and
/// those of `PATH`, `HOME`, `LANG` and `XDG_RUNTIME_DIR` that the daemon has. A catch-up of more
/// than `foldThreshold` notices is one `summary` notice here, as on the desktop.
///
/// `deliver` does not wait for the hooks: it queues their runs and returns, so a hook that takes
/// its whole timeout never holds up the journal's and the desktop's deliveries of later notices.
/// So a hook's failure is logged (`HookRun`: exit status, signal, timeout, a program that cannot
/// start) and is not the sink's failure: the delivery through `hooks` records that the runs were
/// queued. At most `maxConcurrent` runs at once; the rest wait in order, none is dropped. Each
/// run is killed with its process group at its hook's timeout; its output reaches the log line
/// by line, 64 KiB of it at most.
///
/// A run is `posix_spawn` into a new process group (`SpawnedProcess`, through the `Systemd` gate)
/// watched by Dispatch sources on one serial queue of the sink's own: read sources on the output
/// pipes and on a pidfd, a timer for the timeout. No thread waits, nothing polls, and an idle sink
/// has nothing armed (docs/architecture.md says why not swift-subprocess).
public final class HookNoticeSink: NoticeSink, @unchecked Sendable {
  // Unchecked: the mutable state is touched on `queue` only.

  /// The daemon's environment variables a hook gets, when the daemon has them.
  public static let passedVariables = ["PATH", "HOME", "LANG", "XDG_RUNTIME_DIR"]

  /// The configuration's hooks, limit and catch-up fold, and the language, on `queue`; a reload
  /// sets them again.
  private var hooks: [Hook]
  private var maxConcurrent: Int
  private var writer: NoticeWriter
  private var foldThreshold: Int
  private let inherited: [String]
  private let logger: Logger
  private let queue = DispatchQueue(label: "repayd.hooks")
  /// Runs not started yet, in order, on `queue`.
  private var waiting: [HookRun] = []
  /// How many runs have started and not finished, on `queue`.
  private var running = 0
  /// Who waits for no run to be left, on `queue`.
  private var idleWaiters: [@Sendable () -> Void] = []

  /// A sink running `hooks` (the configuration's), at most `maxConcurrent` (at least 1, the
  /// configuration's `hooks_max_concurrent`) at once; `writer` writes the log's messages and the
  /// summary of a catch-up of more than `foldThreshold` notices (`catch_up_fold`); hooks get the
  /// `passedVariables` of `environment` (the daemon's); runs and what they print are logged to
  /// `logger`.
  public init(
    hooks: [Hook], maxConcurrent: Int, writer: NoticeWriter, foldThreshold: Int,
    environment: [String: String],
    logger: Logger
  ) {
    precondition(maxConcurrent > 0, "hooks_max_concurrent is at least 1")
    self.hooks = hooks
    self.maxConcurrent = maxConcurrent
    self.writer = writer
    self.foldThreshold = foldThreshold
    inherited = Self.passedVariables.compactMap { name in environment[name].map { "\(name)=\($0)" } }
    self.logger = logger
  }

  /// `hooks`.
  public var name: String { "hooks" }

  /// Queues a run of each hook whose stages include each notice's (or the summary's) stage, and
  /// returns without waiting for them; never throws.
  public func deliver(_ notices: [Notice]) {
    queue.async { [self] in
      let delivered = notices.count > foldThreshold ? [writer.summary(of: notices)] : notices
      for notice in delivered {
        for hook in hooks where hook.stages.contains(notice.stage) {
          waiting.append(
            HookRun(
              hook: hook, notice: notice, inherited: inherited, queue: queue, language: writer.language,
              logger: logger, finished: { [self] in queue.async { self.runFinished() } }))
        }
      }
      startWaiting()
    }
  }

  /// Whether a hook is for the stage of one of `notices` (or of their summary, when they fold).
  public func wants(_ notices: [Notice]) -> Bool {
    queue.sync {
      let stages = notices.count > foldThreshold ? [.summary] : Set(notices.map(\.stage))
      return hooks.contains { !$0.stages.isDisjoint(with: stages) }
    }
  }

  /// Runs `configuration`'s hooks for the notices that follow, at most its `hooks_max_concurrent`
  /// at once, folding more than its `catch_up_fold`, logging in `writer`'s language. Runs already
  /// queued or running are of the hooks they were queued for, and finish as those.
  public func reconfigure(for configuration: Configuration, writer: NoticeWriter) {
    queue.async { [self] in
      hooks = configuration.hooks
      maxConcurrent = configuration.hooksMaxConcurrent
      foldThreshold = configuration.catchUpFold
      self.writer = writer
      // A higher limit lets waiting runs start now.
      startWaiting()
    }
  }

  /// Returns once no run is running or waiting (at once when none is): for the daemon's
  /// shutdown, which lets the runs in flight finish, each within its timeout.
  public func waitUntilIdle() async {
    await withCheckedContinuation { (idle: CheckedContinuation<Void, Never>) in
      queue.async { [self] in
        if running == 0 && waiting.isEmpty {
          idle.resume()
        } else {
          idleWaiters.append { idle.resume() }
        }
      }
    }
  }

  /// Starts waiting runs while fewer than `maxConcurrent` run.
  private func startWaiting() {
    while running < maxConcurrent && !waiting.isEmpty {
      running += 1
      waiting.removeFirst().start()
    }
  }

  /// A run is over: starts the next, and tells the waiters when none is left.
  private func runFinished() {
    running -= 1
    startWaiting()
    if running == 0 && waiting.isEmpty {
      let waiters = idleWaiters
      idleWaiters = []
      for waiter in waiters { waiter() }
    }
  }
}
