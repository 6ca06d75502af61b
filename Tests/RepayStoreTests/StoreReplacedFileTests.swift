import Foundation
import RepayCore
import RepayStore
import Testing

/// The database file deleted, or another file put at its path, while the store has it open:
/// SQLite would keep writing into the file it opened, which no one reads again, so the store
/// refuses to write, naming the file in both languages, and keeps reading what it has.
struct StoreReplacedFileTests {
  @Test(
    "a write after the file was deleted or replaced fails as replaced; reads go on", arguments: [false, true])
  func replaced(byAnotherFile: Bool) throws {
    let temporary = try TemporaryStateDirectory()
    defer { temporary.remove() }
    let store = try temporary.openStore()
    try store.setInstant(.firstStart, to: 7)
    try FileManager.default.removeItem(atPath: temporary.databasePath)
    if byAnotherFile {
      try #require(
        FileManager.default.createFile(atPath: temporary.databasePath, contents: Data("other".utf8)))
    }
    let error = #expect(throws: StoreError.self) { try store.setInstant(.firstStart, to: 8) }
    #expect(error == StoreError(path: temporary.databasePath, problem: .replaced))
    #expect(try store.instant(.firstStart) == 7)
    #expect(
      error?.message(in: .english)
        == "the state database \(temporary.databasePath) was removed or replaced while repayd ran, so nothing more is"
        + " written to it; restart repayd (systemctl --user restart repayd) to use the file now at that path")
    #expect(
      error?.message(in: .simplifiedChinese)
        == "状态数据库 \(temporary.databasePath) 在 repayd 运行期间被删除或替换，因此不再写入；"
        + "请重启 repayd（systemctl --user restart repayd）以使用该路径上现在的文件")
    #expect(
      String(decoding: FileManager.default.contents(atPath: temporary.databasePath) ?? Data(), as: UTF8.self)
        == (byAnotherFile ? "other" : ""))
  }
}
