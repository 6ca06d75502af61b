import Foundation
import RepayTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The configuration file going wrong under the real, running repayd: deleted, replaced by
/// garbage, by a symbolic-link loop, by a link to `/dev/zero` or to a named pipe, naming
/// `/dev/zero` as a holiday calendar, or made unreadable (to a repayd run as another user, since
/// root reads any file). Each reload is refused at once with the file and the reason, the
/// configuration in force stays (both loans), `status` says the last reload failed and where;
/// and the good file reloads. Before, `/dev/zero` was read without end, the memory growing by
/// gigabytes, and a named pipe made the reload wait for a writer.
@Suite(.serialized)
struct ConfigurationFaultTests {
  @Test(
    "deleted, garbage, a link loop, /dev/zero, a named pipe, /dev/zero as holidays: refused, the old one kept"
  )
  func faults() throws {
    let daemon = try LiveDaemon()
    defer { daemon.stop() }
    let path = daemon.configPath
    let good = try String(contentsOfFile: path, encoding: .utf8)
    let aside = daemon.folder + "/aside"
    let pipe = daemon.folder + "/pipe"
    #expect(mkfifo(pipe, 0o600) == 0)
    let faults: [(String, () throws -> Void, String)] = [
      ("deleted", { try FileManager.default.removeItem(atPath: path) }, "it does not exist"),
      (
        "garbage", { try Data([0x00, 0xFF, 0xFE, 0x5B, 0x5B]).write(to: URL(fileURLWithPath: path)) },
        "error: expected a key"
      ),
      (
        "a link loop",
        {
          try FileManager.default.removeItem(atPath: path)
          try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: aside)
          try FileManager.default.createSymbolicLink(atPath: aside, withDestinationPath: path)
        }, "Too many levels of symbolic links"
      ),
      (
        "/dev/zero",
        {
          try FileManager.default.removeItem(atPath: path)
          try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "/dev/zero")
        }, "it is not a regular file"
      ),
      (
        "a named pipe",
        {
          try FileManager.default.removeItem(atPath: path)
          try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: pipe)
        }, "it is not a regular file"
      ),
      (
        "/dev/zero as holidays",
        {
          try good.replacingOccurrences(of: "[daemon]\n", with: "[daemon]\nholidays = [\"/dev/zero\"]\n")
            .write(toFile: path, atomically: true, encoding: .utf8)
        },
        "error: holiday file: /dev/zero: cannot read the file: it is not a regular file"
      ),
    ]
    for (name, fault, message) in faults {
      try? FileManager.default.removeItem(atPath: aside)
      try fault()
      let reload = try daemon.repayctl(["reload"])
      #expect(reload.status == 1, "\(name)")
      #expect(reload.standardError.contains(message), "\(name): \(reload.standardError)")
      let loans = try JSONSerialization.jsonObject(
        with: Data(try daemon.repayctl(["loans", "--json"]).standardOutput.utf8))
      #expect(((loans as? [String: Any])?["loans"] as? [Any])?.count == 2, "\(name)")
      let status = try JSONSerialization.jsonObject(
        with: Data(try daemon.repayctl(["status", "--json"]).standardOutput.utf8))
      #expect(
        ((status as? [String: Any])?["last_reload"] as? [String: Any])?["succeeded"] as? Bool == false,
        "\(name)")
      // For people too, with where the error is.
      let plain = try daemon.repayctl(["status"])
      #expect(plain.standardOutput.contains("failed with 1 error"), "\(name): \(plain.standardOutput)")
      #expect(plain.standardOutput.contains(message), "\(name): \(plain.standardOutput)")
      try? FileManager.default.removeItem(atPath: path)
      try good.write(toFile: path, atomically: true, encoding: .utf8)
      let mended = try daemon.repayctl(["reload"])
      #expect(mended.status == 0, "\(name): \(mended.standardError)")
    }
  }

  @Test(
    "made unreadable to repayd, run as another user (root reads any file): refused with the reason, the old one kept",
    .enabled(if: getuid() == 0, "only root can run repayd as another user")
  )
  func unreadable() throws {
    let daemon = try LiveDaemon(user: 65534)
    defer { daemon.stop() }
    #expect(try daemon.repayctl(["status"]).status == 0)
    #expect(chmod(daemon.configPath, 0o000) == 0)
    let reload = try daemon.repayctl(["reload"])
    #expect(reload.status == 1)
    #expect(
      reload.standardError.contains("repayd.toml:1:1: error: cannot read the file: permission denied"),
      "\(reload.standardError)")
    let loans = try JSONSerialization.jsonObject(
      with: Data(try daemon.repayctl(["loans", "--json"]).standardOutput.utf8))
    #expect(((loans as? [String: Any])?["loans"] as? [Any])?.count == 2)
    let plain = try daemon.repayctl(["status"])
    #expect(plain.standardOutput.contains("permission denied"), "\(plain.standardOutput)")
    #expect(chmod(daemon.configPath, 0o600) == 0)
    let mended = try daemon.repayctl(["reload"])
    #expect(mended.status == 0, "\(mended.standardError)")
  }
}
