import Foundation
import RepayTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// What the real repayd leaves on disk and on its socket is the user's alone (docs/daemon.md,
/// "Files and access"): after a payment and a note with an attachment, the state directory and
/// every folder in it are 0700 and every file 0600; another user (nobody, through `setpriv`, as
/// the tests run as root) can neither read the attachment's copy nor use the socket, whose
/// refusal the daemon logs.
@Suite(.serialized)
struct DaemonFileModesTests {
  private static let nobody: UInt32 = 65_534

  @Test("state 0700, its files 0600, the attachment unreadable to another uid, the socket refused to it")
  func privateToTheUser() throws {
    try ServingDaemon.with { served in
      let household = served.household
      let repayctl = RepayctlRunner(address: served.address.description)
      #expect(try repayctl.run(["pay", household.loan, "100.00"]).status == 0)
      let original = household.folder + "/receipt.txt"
      try "paid in the app\n".write(toFile: original, atomically: true, encoding: .utf8)
      // Readable by everyone where it was, as most files are: the copy must not be.
      chmod(original, 0o644)
      let noted = try repayctl.run(["note", household.loan, "the receipt", "--attach", original])
      #expect(noted.status == 0, "\(noted.standardError)")

      let state = household.stateDirectory
      #expect(mode(state) == 0o700)
      let found = try walk(state)
      #expect(found.directories.contains(state + "/attachments"), "\(found)")
      let copies = found.files.filter { $0.hasPrefix(state + "/attachments/") }
      #expect(copies.count == 1, "\(found)")
      for directory in found.directories { #expect(mode(directory) == 0o700, "\(directory)") }
      for file in found.files { #expect(mode(file) == 0o600, "\(file)") }

      // Another user cannot read the copy, even with a way through the folders above the state.
      try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: household.folder)
      for copy in copies {
        let read = try asNobody("/bin/cat", [copy])
        #expect(read.status != 0 && read.standardOutput.isEmpty, "\(read)")
        #expect(read.standardError.contains("Permission denied"), "\(read.standardError)")
      }

      // The socket as placed (0600 in a 0700 folder): the kernel refuses another user's connect.
      let refused = try asNobody(RepayctlRunner.path, ["status"], address: served.address.description)
      #expect(refused.status != 0 && !refused.standardOutput.contains(household.loan), "\(refused)")
      #expect(refused.standardError.contains("ermission denied"), "\(refused.standardError)")
      // With the file modes opened wide, the daemon's own check refuses it, and says so.
      try served.openSocketToEveryone()
      let since = Int64(Date().timeIntervalSince1970) - 1
      let denied = try asNobody(RepayctlRunner.path, ["status"], address: served.address.description)
      #expect(denied.status != 0 && !denied.standardOutput.contains(household.loan), "\(denied)")
      try Polling.until("the refusal in repayd's log", timeout: .seconds(60)) {
        _ = try ChildProcess.run(JournalReader.journalctl, ["--sync"])
        return try served.journal.read(matching: ["_PID=\(served.daemon.pid)"], since: since).contains {
          $0["MESSAGE"] == "control socket: refused a client of uid 65534, not allowed"
        }
      }
    }
  }

  /// Runs `executable ARGUMENTS` as nobody (and nobody's group, no others) through `setpriv`,
  /// with `REPAYD_ADDRESS` set to `address` when given.
  private func asNobody(_ executable: String, _ arguments: [String], address: String? = nil) throws
    -> ChildProcess.Outcome
  {
    var environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": "/nonexistent"]
    environment["REPAYD_ADDRESS"] = address
    return try ChildProcess.run(
      "/usr/bin/setpriv",
      ["--reuid", "\(Self.nobody)", "--regid", "\(Self.nobody)", "--clear-groups", executable] + arguments,
      environment: environment)
  }

  /// The permission bits of `path`.
  private func mode(_ path: String) -> mode_t {
    var status = stat()
    return lstat(path, &status) == 0 ? status.st_mode & 0o7777 : 0
  }

  /// Every folder (`root` included) and every other entry under `root`.
  private func walk(_ root: String) throws -> (directories: [String], files: [String]) {
    var directories = [root]
    var files: [String] = []
    for relative in try FileManager.default.subpathsOfDirectory(atPath: root) {
      let path = root + "/" + relative
      var isDirectory: ObjCBool = false
      _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
      if isDirectory.boolValue { directories.append(path) } else { files.append(path) }
    }
    return (directories, files)
  }
}
