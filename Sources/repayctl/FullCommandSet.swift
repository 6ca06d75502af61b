import RepayConfig
import RepayDisplay

#if canImport(Glibc)
  import Glibc
#endif

/// The full `repayctl`, the program `repayctl-commands`: every command, its help, usage errors,
/// completions and manual, on swift-argument-parser. The front hands it each command line it
/// does not answer by replacing its own process with it, so that arguments, standard streams,
/// the exit status and signals are the full command set's own.
///
/// It is found beside the front (a build folder, `swift build --show-bin-path`), else in
/// `../libexec/repayd/` from the front's folder (where `scripts/install` puts it).
enum FullCommandSet {
  /// The program's file name.
  static let programName = "repayctl-commands"

  /// Where the program may be for a front at `executable`, in the order they are tried.
  static func candidates(forFrontAt executable: String) -> [String] {
    let folder = executable.lastIndex(of: "/").map { String(executable[..<$0]) } ?? "."
    return [folder + "/" + programName, folder + "/../libexec/repayd/" + programName]
  }

  /// Runs the full command set with `arguments` (the program's name first) in this process;
  /// returns only when it cannot, having said why, with the status to exit with.
  static func replaceProcess(arguments: [String]) -> Int32 {
    let executable = ProcessExecutable.path() ?? CommandLine.arguments[0]
    let places = candidates(forFrontAt: executable)
    var reason: Int32 = ENOENT
    for path in places {
      execv(path, arguments)
      // Only a missing file sends the search on; any other failure is this file's.
      reason = errno
      if reason != ENOENT { break }
    }
    let why = String(cString: strerror(reason))
    Invocation.printError(
      Invocation.text(
        en: "error: cannot run the full repayctl (\(places.joined(separator: " or "))): \(why); "
          + "install repayctl again with scripts/install",
        zh: "错误：无法运行完整的 repayctl（\(places.joined(separator: " 或 "))）：\(why)；请用 scripts/install 重新安装 repayctl"
      ))
    return ExitStatus.failure
  }

  /// `execv` with Swift strings; returns only when it failed.
  private static func execv(_ path: String, _ arguments: [String]) {
    var pointers = arguments.map { strdup($0) } + [nil]
    defer { for pointer in pointers { free(pointer) } }
    _ = Glibc.execv(path, &pointers)
  }
}
