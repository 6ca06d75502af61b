import ArgumentParser
import Foundation
import RepayCore
import RepayDisplay
import RepayStore
import Systemd

/// `repayctl restore FILE [--state-dir DIR] [--json]`: puts a `repayctl backup` file back as the
/// state database, while no repayd runs on that state.
struct RestoreCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "restore",
      abstract: Invocation.text(
        en: "Put a backup back as the state database (repayd stopped).", zh: "用备份替换状态数据库（需先停止 repayd）。"),
      discussion: Invocation.text(
        en: """
          Replaces the state database with FILE, a copy made by repayctl backup. Refused while \
          a repayd runs on that state (stop it first: systemctl --user stop repayd, or Ctrl-C \
          where repayd --demo runs), and refused unless FILE passes SQLite's integrity check and \
          holds repayd's state in a schema this version knows; a refusal changes nothing. The \
          database it replaces is kept beside it as state.sqlite.replaced-YYYYMMDD-HHMMSS; an \
          older backup is brought to this version's schema. Attachments are not in a backup: \
          those of restored notes must still be in the state directory. Then start repayd again. \
          With --json, prints {"file": FILE, "database": DATABASE, "kept": KEPT} (no kept when \
          there was no database before).

          Examples:
            systemctl --user stop repayd
            repayctl restore ~/repayd-backup.sqlite
            systemctl --user start repayd
          """,
        zh: """
          用 FILE（由 repayctl backup 生成的副本）替换状态数据库。若有 repayd 正在使用该状态，则拒绝执行\
          （请先停止它：systemctl --user stop repayd，或在运行 repayd --demo 的终端按 Ctrl-C）；\
          FILE 未通过 SQLite 完整性检查、不是 repayd 的状态或其结构版本本程序不认识时，也拒绝执行；\
          拒绝时不做任何更改。被替换的数据库保留在旁边，名为 state.sqlite.replaced-YYYYMMDD-HHMMSS；\
          较旧的备份会升级到本版本的结构。备份不含附件：恢复的沟通记录的附件须仍在状态目录中。\
          完成后请重新启动 repayd。使用 --json 时输出 {"file": FILE, "database": DATABASE, \
          "kept": KEPT}（之前没有数据库时不含 kept）。

          示例：
            systemctl --user stop repayd
            repayctl restore ~/repayd-backup.sqlite
            systemctl --user start repayd
          """))
  }

  @Argument(
    help: ArgumentHelp(
      Invocation.text(
        en: "The backup to put back (from repayctl backup).", zh: "要恢复的备份（来自 repayctl backup）。"),
      valueName: "file"))
  var file: String

  @OptionGroup var state: StateFileOptions

  func run() throws {
    let (directory, database) = try state.locate()
    let locks = try lockOut(database: database, directory: directory)
    defer { for lock in locks { lock.release() } }
    // A second restore within the same second must not replace the first one's kept file.
    let stamp = database + ".replaced-" + Self.timestamp()
    var kept = stamp
    var attempt = 1
    while FileManager.default.fileExists(atPath: kept) {
      attempt += 1
      kept = stamp + "-\(attempt)"
    }
    let keptCurrent: Bool
    do throws(StateRestoreError) {
      keptCurrent = try StateRestore.restore(file, into: directory, keepingCurrentAs: kept)
    } catch {
      throw state.failure(
        name: "repayctl.RestoreRefused", database: database,
        error.message(in: Invocation.language))
    }
    if state.json {
      StandardOutput.write(
        JSONText.object(
          [("file", JSONText.string(file)), ("database", JSONText.string(database))]
            + (keptCurrent ? [("kept", JSONText.string(kept))] : [])))
    } else {
      StandardOutput.show(
        Invocation.text(en: "Restored \(file) into \(database).", zh: "已将 \(file) 恢复到 \(database)。"))
      if keptCurrent {
        StandardOutput.show(
          Invocation.text(en: "The state it replaced is kept as \(kept).", zh: "被替换的状态保留为 \(kept)。"))
      }
      StandardOutput.show(
        Invocation.text(
          en: "Start repayd again: systemctl --user start repayd",
          zh: "请重新启动 repayd：systemctl --user start repayd"))
    }
  }

  /// Takes the locks a repayd on this state would hold (the user's, and the state directory's
  /// for the demo or where no runtime directory is set), so that none runs during the restore
  /// and none starts before it ends; exit 1 naming the holder when one runs.
  private func lockOut(database: String, directory: String) throws -> [InstanceLock] {
    let environment = ProcessInfo.processInfo.environment
    var places = [InstanceLock.directory(stateDirectory: directory, environment: environment, demo: false)]
    if places[0] != directory { places.append(directory) }
    var locks: [InstanceLock] = []
    for place in places {
      do throws(InstanceLockError) {
        locks.append(try InstanceLock.acquire(directory: place))
      } catch {
        for lock in locks { lock.release() }
        throw state.failure(
          name: "repayctl.DaemonRunning", database: database, Self.refusal(error))
      }
    }
    return locks
  }

  /// Why a lock could not be taken: a running repayd, with how to stop it, or the lock's own
  /// failure.
  private static func refusal(_ error: InstanceLockError) -> String {
    guard case .heldByAnotherProcess(let pid) = error.problem else {
      return Invocation.language == .english ? error.english : error.simplifiedChinese
    }
    let holder = pid.map { "\($0)" } ?? "?"
    return Invocation.text(
      en: "repayd is running (process \(holder) holds \(error.path)); stop it first "
        + "(systemctl --user stop repayd, or Ctrl-C where repayd --demo runs); nothing was changed",
      zh: "repayd 正在运行（进程 \(holder) 持有 \(error.path)）；请先停止它"
        + "（systemctl --user stop repayd，或在运行 repayd --demo 的终端按 Ctrl-C）；未做任何更改")
  }

  /// This moment (the command's one clock reading) as local `YYYYMMDD-HHMMSS`, for the kept
  /// file's name.
  private static func timestamp() -> String {
    var now = time_t(Invocation.currentMicroseconds() / 1_000_000)
    var parts = tm()
    localtime_r(&now, &parts)
    let fields = [parts.tm_mon + 1, parts.tm_mday, parts.tm_hour, parts.tm_min, parts.tm_sec].map {
      ZeroPadded.text($0, width: 2)
    }
    return "\(parts.tm_year + 1900)\(fields[0])\(fields[1])-\(fields[2])\(fields[3])\(fields[4])"
  }
}
