import Dispatch
import Logging
import RepayCore

/// Runs the configuration's `[[hook]]` commands for delivered notices: for each notice, each
/// hook whose `on` names its stage runs its `exec` argument vector directly (never through a
/// shell), with an environment of exactly the notice's `REPAY_*` variables (the journal's
/// fields, `REPAY_MESSAGE`, `REPAY_PRIORITY`, `REPAY_MESSAGE_ID`: `Notice.hookVariables`) and
/// those of `PATH`, `HOME`, `LANG` and `XDG_RUNTIME_DIR` that the daemon has. A catch-up of more
/// than the configuration's `catch_up_fold` notices is given to it as one `summary` notice, as to
/// the desktop (`fold`, applied by the delivery queue).
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

  /// The configuration's hooks and limit, and the language in force, on `queue`; a reload sets
  /// them again.
  private var hooks: [Hook]
  private var maxConcurrent: Int
  private var language: Language
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
  /// configuration's `hooks_max_concurrent`) at once, logging in `language`; hooks get the
  /// `passedVariables` of `environment` (the daemon's); runs and what they print are logged to
  /// `logger`.
  public init(
    hooks: [Hook], maxConcurrent: Int, language: Language, environment: [String: String], logger: Logger
  ) {
    precondition(maxConcurrent > 0, "hooks_max_concurrent is at least 1")
    self.hooks = hooks
    self.maxConcurrent = maxConcurrent
    self.language = language
    inherited = Self.passedVariables.compactMap { name in environment[name].map { "\(name)=\($0)" } }
    self.logger = logger
  }

  /// `hooks`.
  public var name: String { "hooks" }

  /// Above the configuration's `catch_up_fold`: one run per hook for a catch-up, not hundreds.
  public var fold: CatchUpFold { .configured }

  /// Queues a run of each hook whose stages include each notice's stage, and returns without
  /// waiting for them; never throws.
  public func deliver(_ notices: [Notice]) {
    queue.async { [self] in
      for notice in notices {
        for hook in hooks where hook.stages.contains(notice.stage) {
          waiting.append(
            HookRun(
              hook: hook, notice: notice, inherited: inherited, queue: queue, language: language,
              logger: logger, finished: { [self] in queue.async { self.runFinished() } }))
        }
      }
      startWaiting()
    }
  }

  /// Whether a hook is for the stage of one of `notices` (a batch's summary has the stage
  /// `summary`).
  public func wants(_ notices: [Notice]) -> Bool {
    let stages = Set(notices.map(\.stage))
    return queue.sync { hooks.contains { !$0.stages.isDisjoint(with: stages) } }
  }

  /// Runs `configuration`'s hooks for the notices that follow, at most its `hooks_max_concurrent`
  /// at once, logging in `language`. Runs already queued or running are of the hooks they were
  /// queued for, and finish as those.
  public func reconfigure(for configuration: Configuration, language: Language) {
    queue.async { [self] in
      hooks = configuration.hooks
      maxConcurrent = configuration.hooksMaxConcurrent
      self.language = language
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
