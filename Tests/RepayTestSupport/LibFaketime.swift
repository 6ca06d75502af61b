import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Debian's libfaketime (package `faketime`), which tests preload to move a program's wall clock
/// without touching the machine's, and the rule that keeps a preloaded Swift program's arguments.
///
/// The first libfaketime process of a process tree creates a POSIX semaphore and a shared memory
/// object named after its pid (`/dev/shm/sem.faketime_sem_PID`, `/dev/shm/faketime_shm_PID`) and
/// records them with `setenv("FAKETIME_SHARED", …)` in its constructor; its descendants inherit
/// that variable and create nothing. The `setenv` moves `environ` off the initial stack, and the
/// Swift runtime on Linux finds `argv` by walking back from `environ` on that stack: a Swift
/// program that is the creator sees `CommandLine.arguments` empty. So a Swift program must never
/// be the creator. It becomes one when it is the first of its tree, and also when the first
/// process's creation failed because a stale semaphore of a dead process with the same pid was
/// left in /dev/shm (then the first process fails silently and its child creates).
///
/// Two ways keep a Swift program from creating:
/// - `wrapper` (the `faketime` command, a C program) creates the objects, starts the program
///   with `FAKETIME_SHARED` set, waits for it and removes them. Use it where the program's pid
///   does not matter.
/// - `/usr/bin/env` started with `LD_PRELOAD` creates them in its own process and replaces
///   itself with the program, which inherits the variable and keeps the pid. The program
///   (not the creator) never removes them: call `removeSharedObjects(ofProcess:)` once it has
///   ended, so that no stale semaphore is left for a later process with the same pid.
public enum LibFaketime {
  /// The preload library, where Debian's package puts it.
  public static let library: String = {
    #if arch(x86_64)
      "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1"
    #else
      "/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1"
    #endif
  }()

  /// The `faketime` command: `faketime -f SPEC PROGRAM ARGS…`.
  public static let wrapper = "/usr/bin/faketime"

  /// Whether the package is installed (both the library and the command).
  public static var isInstalled: Bool {
    FileManager.default.fileExists(atPath: library) && FileManager.default.isExecutableFile(atPath: wrapper)
  }

  /// The environment that preloads libfaketime with the clock `specification` (libfaketime's
  /// `FAKETIME` syntax, such as "+45d" or "@2026-02-12 10:00:00"), the monotonic clock left
  /// real so that timeouts and the timing wheel keep real time. For a program started through
  /// `/usr/bin/env`.
  public static func preloadEnvironment(_ specification: String) -> [String: String] {
    ["LD_PRELOAD": library, "FAKETIME": specification, "FAKETIME_DONT_FAKE_MONOTONIC": "1"]
  }

  /// Removes the semaphore and the shared memory object that the libfaketime process `pid`
  /// created (the `/usr/bin/env` through which an ended program was started, whose pid it
  /// kept). Call it only once that process has ended; names that do not exist are ignored.
  public static func removeSharedObjects(ofProcess pid: pid_t) {
    unlink("/dev/shm/sem.faketime_sem_\(pid)")
    unlink("/dev/shm/faketime_shm_\(pid)")
  }
}
