import Dispatch
import Logging
import RepayCore
import Systemd

#if canImport(Glibc)
  import Glibc
#endif

/// One run of a hook for one notice, from `posix_spawn` to its logged outcome, driven only by
/// Dispatch sources on the hook sink's serial queue (every method runs there): a read source on
/// each output pipe logs what the hook prints line by line (`HookOutput`: 64 KiB per run, the
/// rest counted and dropped), a read source on its pidfd tells when it ended, and a timer stops
/// it at its timeout: SIGTERM to its process group, SIGKILL to the group `killGrace` later.
///
/// When the hook ends, whatever it left running in its group is killed (a hook is a command,
/// not a way to start a service), what its pipes still hold is logged, it is reaped, and its
/// outcome is logged: exit status 0 as information; another status, a signal or the timeout as
/// a warning; a program that cannot be started as an error. Nothing else hears of a failure.
final class HookRun {
  /// How many bytes of a run's output reach the log.
  static let outputLimit = 64 * 1_024
  /// How long a timed-out hook's group has between SIGTERM and SIGKILL.
  static let killGrace = DispatchTimeInterval.seconds(2)
  /// The most read from a pipe at once; one read per event, so that a hook that prints without
  /// pause shares the queue with the others' events.
  private static let readSize = 16 * 1_024

  private let hook: Hook
  private let environment: [String]
  private let queue: DispatchQueue
  private let language: Language
  private let logger: Logger
  /// The hook, the stage, and once started the pid, on every line logged.
  private var metadata: Logger.Metadata
  private let finished: () -> Void
  private var process: SpawnedProcess?
  private var output = HookOutput(limit: outputLimit)
  private var readers: [HookOutput.Stream: DispatchSourceRead] = [:]
  private var exitSource: DispatchSourceRead?
  private var timer: DispatchSourceTimer?
  /// The last signal the timeout sent to the group: nil before the timeout.
  private var stopSignal: Int32?

  /// A run of `hook` for `notice`, with the daemon's variables `inherited` (`NAME=value`) and
  /// the notice's `REPAY_*` ones as its whole environment, logging to `logger` in `language`;
  /// `finished` is called on `queue` once it is over (or could not start).
  init(
    hook: Hook, notice: Notice, inherited: [String], queue: DispatchQueue, language: Language, logger: Logger,
    finished: @escaping () -> Void
  ) {
    self.hook = hook
    environment = inherited + notice.hookVariables.map { "\($0.name)=\($0.value)" }
    self.queue = queue
    self.language = language
    self.logger = logger
    metadata = ["hook": "\(hook.arguments[0])", "stage": "\(notice.stage.rawValue)"]
    self.finished = finished
  }

  /// Starts the hook and its watches.
  func start() {
    let process: SpawnedProcess
    do {
      process = try SpawnedProcess(arguments: hook.arguments, environment: environment)
    } catch {
      logger.error(
        """
        \(language.text(
          en: "hook \(hook.arguments[0]) could not be started (\(error)); the other sinks and hooks carry on",
          zh: "钩子 \(hook.arguments[0]) 无法启动（\(error)）；其他通道和钩子照常"))
        """, metadata: metadata)
      finished()
      return
    }
    self.process = process
    metadata["pid"] = "\(process.processID)"
    for (stream, descriptor) in [
      (HookOutput.Stream.standardOutput, process.standardOutput), (.standardError, process.standardError),
    ] {
      let reader = DispatchSource.makeReadSource(fileDescriptor: descriptor, queue: queue)
      reader.setEventHandler { [self] in read(stream, descriptor) }
      reader.setCancelHandler { SpawnedProcess.close(descriptor) }
      readers[stream] = reader
      reader.activate()
    }
    let exitSource = DispatchSource.makeReadSource(fileDescriptor: process.exitDescriptor, queue: queue)
    exitSource.setEventHandler { [self] in ended() }
    exitSource.setCancelHandler { SpawnedProcess.close(process.exitDescriptor) }
    self.exitSource = exitSource
    exitSource.activate()
    let timer = DispatchSource.makeTimerSource(queue: queue)
    timer.setEventHandler { [self] in timeUp() }
    timer.schedule(deadline: .now() + .seconds(Int(hook.timeout.seconds)))
    self.timer = timer
    timer.activate()
  }

  /// Reads once from `stream`'s pipe and logs the lines completed; ends the stream at its end.
  private func read(_ stream: HookOutput.Stream, _ descriptor: Int32) {
    do {
      if let bytes = try SpawnedProcess.read(descriptor, capacity: Self.readSize) {
        log(output.take(bytes, from: stream), stream)
        return
      }
    } catch {
      logger.warning("\(error)", metadata: metadata)
    }
    endStream(stream)
  }

  /// Stops reading `stream` and logs its unfinished last line.
  private func endStream(_ stream: HookOutput.Stream) {
    readers.removeValue(forKey: stream)?.cancel()
    log(output.finish(stream).map { [$0] } ?? [], stream)
  }

  /// The timeout, and the grace after it: SIGTERM to the group, then SIGKILL.
  private func timeUp() {
    let signal = stopSignal == nil ? SIGTERM : SIGKILL
    stopSignal = signal
    do {
      _ = try process?.signalGroup(signal)
    } catch {
      logger.warning("\(error)", metadata: metadata)
    }
    if signal == SIGTERM { timer?.schedule(deadline: .now() + Self.killGrace) }
  }

  /// The hook has ended: kills what it left in its group, logs what its pipes still hold, reaps
  /// it and logs its outcome.
  private func ended() {
    guard let process else { return }
    exitSource?.cancel()
    timer?.cancel()
    // Before the reap, while the group's id still belongs to the hook.
    _ = try? process.signalGroup(SIGKILL)
    // What the pipes hold now was written before the end. A process that left the group may
    // still hold a write end, so the reading stops here rather than at the pipes' end; the most
    // a pipe can hold (1 MiB, Linux's default pipe-max-size) bounds it.
    for stream in Array(readers.keys) {
      let descriptor = stream == .standardOutput ? process.standardOutput : process.standardError
      for _ in 0..<(1_024 * 1_024 / Self.readSize) {
        guard let bytes = try? SpawnedProcess.read(descriptor, capacity: Self.readSize), !bytes.isEmpty else {
          break
        }
        log(output.take(bytes, from: stream), stream)
      }
      endStream(stream)
    }
    do {
      if let termination = try process.reap() { report(termination) }
    } catch {
      logger.warning("\(error)", metadata: metadata)
    }
    finished()
  }

  /// Logs how the run ended, and what of its output was dropped.
  private func report(_ termination: ProcessTermination) {
    let name = hook.arguments[0]
    let how: (en: String, zh: String)
    switch termination {
    case .exited(let status):
      how = ("exit status \(status)", "退出状态 \(status)")
    case .signalled(let signal):
      let text = ProcessTermination.signalName(signal)
      how = ("signal \(signal) (\(text))", "信号 \(signal)（\(text)）")
    }
    if output.dropped > 0 {
      logger.warning(
        """
        \(language.text(
          en: "hook \(name) printed \(output.total) bytes; the first \(output.limit) were logged, \(output.dropped) dropped",
          zh: "钩子 \(name) 输出了 \(output.total) 字节；记录了前 \(output.limit) 字节，丢弃 \(output.dropped) 字节"))
        """, metadata: metadata)
    }
    if stopSignal != nil {
      logger.warning(
        """
        \(language.text(
          en: "hook \(name) timed out after \(hook.timeout) and was stopped (\(how.en)); the other sinks and hooks carry on",
          zh: "钩子 \(name) 超时（\(hook.timeout)），已被终止（\(how.zh)）；其他通道和钩子照常"))
        """, metadata: metadata)
    } else if termination.succeeded {
      logger.info(
        "\(language.text(en: "hook \(name) finished (\(how.en))", zh: "钩子 \(name) 已完成（\(how.zh)）"))",
        metadata: metadata)
    } else {
      logger.warning(
        """
        \(language.text(
          en: "hook \(name) failed (\(how.en)); the other sinks and hooks carry on",
          zh: "钩子 \(name) 失败（\(how.zh)）；其他通道和钩子照常"))
        """, metadata: metadata)
    }
  }

  /// Logs each of `lines` as the hook's `stream`.
  private func log(_ lines: [String], _ stream: HookOutput.Stream) {
    for line in lines {
      logger.info("\(line)", metadata: metadata.merging(["stream": "\(stream.rawValue)"]) { $1 })
    }
  }
}
