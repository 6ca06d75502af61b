import ArgumentParser
import Foundation
import RepayCore
import RepayDisplay
import RepayStore

/// `repayctl backup FILE [--state-dir DIR]`: a consistent copy of the state database, also while
/// the daemon runs.
///
/// The control interface has no backup call, so the copy is made here, from the state file,
/// with SQLite's online backup (`StateStore.backup`). That is safe beside the running daemon:
/// the database is in WAL mode, so this reader sees one committed snapshot and never blocks the
/// daemon's writes, opening an already migrated database writes nothing, and the copy is put in
/// rollback-journal mode as one self-contained file.
struct BackupCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "backup",
      abstract: Invocation.text(
        en: "Copy the state database, also while repayd runs.", zh: "复制状态数据库（repayd 运行时也可以）。"),
      discussion: Invocation.text(
        en: """
          Writes a consistent copy of the state database (payments, notes, deliveries, \
          snoozes) to FILE, with mode 0600; an existing FILE is replaced. It reads the file \
          itself, so it works whether or not repayd runs, and never disturbs it. With --json, \
          prints {"file": FILE, "database": SOURCE}.

          Examples:
            repayctl backup ~/repayd-backup.sqlite
            repayctl backup /tmp/state.sqlite --state-dir /var/tmp/repayd-demo
          """,
        zh: """
          将状态数据库（还款、沟通记录、提醒记录、暂停）的一致副本写入 FILE，权限为 0600；已有的 FILE \
          会被替换。它直接读取数据库文件，因此无论 repayd 是否运行都可使用，也不会干扰它。\
          使用 --json 时输出 {"file": FILE, "database": SOURCE}。

          示例：
            repayctl backup ~/repayd-backup.sqlite
            repayctl backup /tmp/state.sqlite --state-dir /var/tmp/repayd-demo
          """))
  }

  @Argument(
    help: ArgumentHelp(Invocation.text(en: "Where to write the copy.", zh: "副本的写入位置。"), valueName: "file"))
  var file: String

  @OptionGroup var state: StateFileOptions

  func run() throws {
    let (directory, database) = try state.locate()
    // Opening a store creates a missing database: a backup must not leave an empty one behind.
    guard FileManager.default.fileExists(atPath: database) else {
      throw state.failure(
        name: "repayctl.NoDatabase", database: database,
        Invocation.text(en: "there is no state database at \(database)", zh: "\(database) 处没有状态数据库"))
    }
    do {
      let store = try StateStore(directory: directory)
      try store.backup(to: file)
      try store.close()
    } catch {
      throw state.failure(
        name: "repayctl.BackupFailed", database: database, error.message(in: Invocation.language))
    }
    if state.json {
      StandardOutput.write(
        JSONText.object([("file", JSONText.string(file)), ("database", JSONText.string(database))]))
    } else {
      StandardOutput.show(
        Invocation.text(en: "Copied \(database) to \(file).", zh: "已将 \(database) 复制到 \(file)。"))
    }
  }
}
