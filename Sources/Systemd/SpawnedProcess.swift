#if canImport(Glibc)
  import Glibc
#endif

/// A child process started directly (`posix_spawn`, never a shell) for a caller that watches it
/// with Dispatch sources on a serial queue of its own, so that no thread waits for it and
/// nothing polls: its standard output and error arrive on two pipes (read ends nonblocking, for
/// read sources), and `exitDescriptor` (a pidfd) becomes readable when it has ended.
///
/// The child leads a new process group, so `signalGroup` reaches it and every process it started
/// that stayed in the group; its signal dispositions and mask are the defaults, its standard
/// input is `/dev/null`, and it inherits no descriptor but the three standard ones.
///
/// The caller owns the three descriptors: it closes each with `close(_:)` once done with it
/// (after cancelling the source that watches it), and calls `reap()` once the exit descriptor
/// was readable. The group's id stays the child's until it is reaped, so a signal to the group
/// sent before `reap()` cannot reach an unrelated process that later got the same number.
public struct SpawnedProcess: Sendable {
  /// The child's pid, which is also its process group's id.
  public let processID: Int32
  /// The read end of the child's standard output: nonblocking, close-on-exec.
  public let standardOutput: Int32
  /// The read end of the child's standard error: nonblocking, close-on-exec.
  public let standardError: Int32
  /// A pidfd of the child: close-on-exec, readable once it has ended.
  public let exitDescriptor: Int32

  /// Starts `arguments[0]` (an absolute path) with the argument vector `arguments` and exactly
  /// the environment `environment` (`NAME=value` strings; a value ends at a NUL, which a C string
  /// cannot hold). Throws when the pipes or the pidfd cannot be made (`EMFILE`) or the program
  /// cannot be run (`ENOENT`, `EACCES`, `ENOEXEC`, `E2BIG`); nothing is left open then.
  public init(arguments: [String], environment: [String]) throws(SystemdCallError) {
    let output = try LibSystemd.outputPipe()
    let errors: (read: Int32, write: Int32)
    do {
      errors = try LibSystemd.outputPipe()
    } catch {
      Self.close(output.read)
      Self.close(output.write)
      throw error
    }
    let pid: pid_t
    do {
      defer {
        // The child has its own copies; the parent keeps only the read ends, so that they end
        // when every process of the child's that holds a write end has ended.
        Self.close(output.write)
        Self.close(errors.write)
      }
      pid = try LibSystemd.spawn(
        arguments: arguments, environment: environment, output: output.write, errors: errors.write)
    } catch {
      Self.close(output.read)
      Self.close(errors.read)
      throw error
    }
    do {
      exitDescriptor = try LibSystemd.processDescriptorOpen(pid)
    } catch {
      // Without a pidfd nothing would tell when it ends: stop it and wait for it here (SIGKILL
      // ends it at once).
      _ = try? LibSystemd.signalProcessGroup(pid, SIGKILL)
      while (try? LibSystemd.reap(pid)) == .some(nil) { sched_yield() }
      Self.close(output.read)
      Self.close(errors.read)
      throw error
    }
    processID = pid
    standardOutput = output.read
    standardError = errors.read
  }

  /// Sends `signal` to every process of the child's group; false when none is left. Call it
  /// before `reap()` only (see the type's description).
  public func signalGroup(_ signal: Int32) throws(SystemdCallError) -> Bool {
    try LibSystemd.signalProcessGroup(processID, signal)
  }

  /// How the child ended, collecting its status (`waitpid`); nil while it still runs. Call it
  /// once the exit descriptor was readable; the pid is free for reuse afterwards.
  public func reap() throws(SystemdCallError) -> ProcessTermination? {
    try LibSystemd.reap(processID).map(ProcessTermination.init(waitStatus:))
  }

  /// Reads up to `capacity` bytes of the output pipe `descriptor`: nil at its end (no process
  /// holds its write end any more), empty when nothing is waiting in it now.
  public static func read(_ descriptor: Int32, capacity: Int) throws(SystemdCallError) -> [UInt8]? {
    try LibSystemd.readPipe(descriptor, capacity: capacity)
  }

  /// Closes one of the child's descriptors; once for each, after the source watching it was
  /// cancelled.
  public static func close(_ descriptor: Int32) {
    LibSystemd.closeDescriptor(descriptor)
  }
}
