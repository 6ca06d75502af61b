import CSystemd
import Foundation
import RepayTestSupport
import Systemd
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `JournalSocket.isAvailable` says no wherever sending would fail, so the daemon falls back to
/// standard error. (That it says yes to a running journald is in `JournalTests`.)
struct JournalSocketTests {
  @Test("a path with nothing there is not available")
  func missing() {
    #expect(!JournalSocket.isAvailable(at: "/nonexistent/repayd/journal/socket"))
  }

  @Test("a socket file that nobody listens on any more is not available")
  func stale() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("repay-stale-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("socket").path
    let descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
    let bound = UnixSocketAddress.with(path) { bind(descriptor, $0, $1) }
    try #require(bound == 0)
    #expect(JournalSocket.isAvailable(at: path))
    close(descriptor)
    // What journald leaves behind when it stops: the file stays, connecting is refused.
    #expect(FileManager.default.fileExists(atPath: path))
    #expect(!JournalSocket.isAvailable(at: path))
  }

  @Test("a path too long for a socket address is not available")
  func tooLong() {
    #expect(!JournalSocket.isAvailable(at: "/" + String(repeating: "x", count: 200)))
  }
}
