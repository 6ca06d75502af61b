import ArgumentParser
import Foundation
import RepayDisplay
import RepayStore

/// The options of the commands that work on the state database file itself (`backup`,
/// `restore`): `--state-dir DIR` (the directory given to repayd, else repayd's default) and
/// `--json`.
struct StateFileOptions: ParsableArguments {
  @Option(
    name: .customLong("state-dir"),
    help: ArgumentHelp(
      Invocation.text(
        en: "The daemon's state directory, as given to repayd (default: $XDG_STATE_HOME/repayd).",
        zh: "守护进程的状态目录，与传给 repayd 的相同（默认：$XDG_STATE_HOME/repayd）。"),
      valueName: "dir"))
  var path: String?

  @Flag(help: ArgumentHelp(Invocation.text(en: "Print JSON.", zh: "输出 JSON。")))
  var json = false

  /// The directory (the option's, else `$XDG_STATE_HOME/repayd` or `~/.local/state/repayd`) and
  /// the state database in it; a usage error when neither variable is set.
  func locate() throws -> (directory: String, database: String) {
    let directory = try directory()
    return (directory, StateLocation.databasePath(inDirectory: directory))
  }

  private func directory() throws -> String {
    guard
      let directory = path ?? StateLocation.defaultDirectory(environment: ProcessInfo.processInfo.environment)
    else {
      throw ValidationError(
        Invocation.text(
          en: "neither XDG_STATE_HOME nor HOME is set; give --state-dir.",
          zh: "XDG_STATE_HOME 和 HOME 均未设置；请使用 --state-dir。"))
    }
    return directory
  }

  /// Reports a failure about the state database `database` on standard error (with `--json`,
  /// as `{"error": NAME, "parameters": {"database": …, "message": …}}`) and gives exit status 1.
  func failure(name: String, database: String, _ message: String) -> ExitCode {
    if json {
      Invocation.printErrorJSON(
        JSONText.object([
          ("error", JSONText.string(name)),
          (
            "parameters",
            JSONText.object([("database", JSONText.string(database)), ("message", JSONText.string(message))])
          ),
        ]))
    } else {
      Invocation.printError(Invocation.text(en: "error: ", zh: "错误：") + message)
    }
    return ExitCode(ExitStatus.failure)
  }
}
