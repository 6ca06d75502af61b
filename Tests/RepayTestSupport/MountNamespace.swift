import Foundation

/// A mount namespace of the test's own (root only), for faults that need a file system the
/// machine must not see: a small tmpfs that fills up, an empty `/run/systemd/journal` for a
/// journald of the test's own. A holder process (`unshare --mount --propagation private sleep`)
/// keeps the namespace alive; `command(_:_:)` runs a program inside it through `nsenter`, which
/// replaces itself with the program, so the pid a test starts is the program's. Nothing mounted
/// here is seen outside, and it all goes when the holder and the last program inside end.
public final class MountNamespace {
  private let holder: SpawnedChild

  /// Starts the holder and waits until its namespace is a new one.
  public init() throws {
    holder = try SpawnedChild(
      ["/usr/bin/unshare", "--mount", "--propagation", "private", "/bin/sleep", "infinity"],
      environment: ["PATH": "/usr/bin:/bin"])
    let own = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/ns/mnt")
    try Polling.until("unshare made a mount namespace") {
      let theirs = try? FileManager.default.destinationOfSymbolicLink(
        atPath: "/proc/\(holder.processID)/ns/mnt")
      return theirs != nil && theirs != own
    }
  }

  /// The holder's pid.
  public var processID: Int32 { holder.processID }

  /// `path` inside the namespace as seen from outside it (through `/proc/PID/root`): for a
  /// socket or a file the test reaches directly.
  public func outside(_ path: String) -> String { "/proc/\(holder.processID)/root" + path }

  /// What goes before a command line to run it inside the namespace.
  public var launcher: [String] { ["/usr/bin/nsenter", "--target", "\(holder.processID)", "--mount", "--"] }

  /// The executable and arguments that run `executable` with `arguments` inside the namespace.
  public func command(_ executable: String, _ arguments: [String]) -> [String] {
    launcher + [executable] + arguments
  }

  /// Runs `executable` with `arguments` inside the namespace and waits for it.
  @discardableResult
  public func run(_ executable: String, _ arguments: [String]) throws -> ChildProcess.Outcome {
    let full = command(executable, arguments)
    return try ChildProcess.run(full[0], Array(full.dropFirst()))
  }

  /// Mounts an empty tmpfs of at most `size` (`mount`'s `size=`, e.g. `2m`) at `path`, which
  /// must exist; throws with mount's message when it cannot.
  public func mountTmpfs(at path: String, size: String = "16m") throws {
    let outcome = try run("/bin/mount", ["-t", "tmpfs", "-o", "size=\(size),mode=0755", "tmpfs", path])
    guard outcome.status == 0 else {
      throw Failure(description: "mount tmpfs at \(path): \(outcome.standardError)")
    }
  }

  /// Ends the holder (by its pid); the namespace goes with the last program inside it.
  public func stop() { holder.stop() }

  deinit { holder.stop() }

  /// A mount that failed, with mount's message.
  public struct Failure: Error, CustomStringConvertible {
    /// What was mounted where, and why not.
    public var description: String
  }
}
