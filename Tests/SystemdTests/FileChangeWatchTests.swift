import Foundation
import Systemd
import Testing

/// `FileChangeWatch` reports a file written, replaced by a rename (as `timedatectl` replaces
/// `/etc/localtime`), removed or created, and ignores other files of its directory.
struct FileChangeWatchTests {
  @Test("written, replaced by a rename, removed: each reported once; another file of the directory is not")
  func changes() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "repayd-watch-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("localtime").path
    try FileManager.default.createSymbolicLink(
      atPath: path, withDestinationPath: "/usr/share/zoneinfo/Asia/Shanghai")
    let watch = try FileChangeWatch(path: path)
    defer { watch.close() }
    #expect(try !watch.consumeChanges())

    try Data("x".utf8).write(to: directory.appendingPathComponent("other"))
    #expect(try !watch.consumeChanges())

    let replacement = directory.appendingPathComponent(".localtime.new").path
    try FileManager.default.createSymbolicLink(
      atPath: replacement, withDestinationPath: "/usr/share/zoneinfo/Europe/Berlin")
    #expect(rename(replacement, path) == 0)
    #expect(try watch.consumeChanges())
    #expect(try !watch.consumeChanges())

    try FileManager.default.removeItem(atPath: path)
    #expect(try watch.consumeChanges())
  }
}
