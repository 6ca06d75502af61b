import Foundation
import RepayTestSupport
import Testing

/// Issue 21: `repayctl init [--config PATH]` writes the commented example configuration
/// (config/repayd.toml, or config/repayd.zh-Hans.toml under a zh_* locale) compiled into the
/// program, so a copy with nothing beside it writes it too; never over a configuration that is
/// there; then says what to do next, and `repayctl check` passes on what it wrote.
struct InitCommandTests {
  private static let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  private let folder: URL

  init() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "repayctl-init-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  /// A copy of repayctl's full command set alone in a folder, as an installed one is.
  private func installedCopy() throws -> String {
    let bin = folder.appendingPathComponent("libexec")
    try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
    let copy = bin.appendingPathComponent("repayctl-commands").path
    try FileManager.default.copyItem(
      atPath: URL(fileURLWithPath: RepayctlProcess.executable).deletingLastPathComponent()
        .appendingPathComponent("repayctl-commands").path, toPath: copy)
    return copy
  }

  private func run(_ program: String, _ arguments: [String], lang: String = "C.UTF-8") throws
    -> ChildProcess.Outcome
  {
    var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("LC_") }
    environment["LANG"] = lang
    environment["XDG_CONFIG_HOME"] = folder.appendingPathComponent("config").path
    return try ChildProcess.run(program, arguments, environment: environment)
  }

  private func mode(_ path: String) throws -> Int {
    try (FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1
  }

  @Test(
    "an installed copy writes the example, byte for byte in the locale's language, into a new 0700 folder, then the next steps; check passes"
  )
  func writesTheExample() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    let program = try installedCopy()
    let written = try run(program, ["init"])
    #expect(written.status == 0, "\(written.standardError)")
    let file = folder.appendingPathComponent("config/repayd/repayd.toml").path
    #expect(
      FileManager.default.contents(atPath: file)
        == FileManager.default.contents(
          atPath: Self.repositoryRoot.appendingPathComponent("config/repayd.toml").path))
    #expect(try mode(file) == 0o600)
    #expect(try mode(folder.appendingPathComponent("config/repayd").path) == 0o700)
    #expect(written.standardOutput.hasPrefix("Wrote the example configuration to \(file).\n"))
    for step in [
      "repayctl check\n", "systemctl --user reload repayd", "systemctl --user enable --now repayd",
    ] {
      #expect(written.standardOutput.contains(step), "\(step)")
    }
    // The default place, as repayd reads it: valid, saying at most that its holidays run out.
    let check = try run(RepayctlProcess.executable, ["check"])
    #expect(check.status == 0 && check.standardOutput.isEmpty)
    for line in check.standardError.split(separator: "\n") {
      #expect(
        line.hasPrefix("\(file):") && line.contains(": warning: the holiday calendars end with "), "\(line)")
    }

    let chinese = folder.appendingPathComponent("new/zh.toml").path
    let zh = try run(program, ["init", "--config", chinese], lang: "zh_CN.UTF-8")
    #expect(zh.status == 0, "\(zh.standardError)")
    #expect(
      FileManager.default.contents(atPath: chinese)
        == FileManager.default.contents(
          atPath: Self.repositoryRoot.appendingPathComponent("config/repayd.zh-Hans.toml").path))
    #expect(zh.standardOutput.hasPrefix("示例配置已写入 \(chinese)。\n"))
    #expect(zh.standardOutput.contains("repayctl check --config \(chinese)\n"))
    #expect(try run(RepayctlProcess.executable, ["check", "--config", chinese]).status == 0)
  }

  @Test(
    "never over a configuration: a file there, or loans.d/ in the folder, exit 1 naming it, in both languages"
  )
  func neverOverwrites() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    let mine = folder.appendingPathComponent("mine.toml").path
    try "# mine\n".write(toFile: mine, atomically: true, encoding: .utf8)
    let refused = try run(RepayctlProcess.executable, ["init", "--config", mine])
    #expect(refused.status == 1 && refused.standardOutput.isEmpty)
    #expect(
      refused.standardError
        == "error: a configuration is already there: \(mine); repayctl init never writes over it. "
        + "Edit it (then repayctl check), or write the example elsewhere: repayctl init --config OTHER\n")
    let chinese = try run(RepayctlProcess.executable, ["init", "--config", mine], lang: "zh_CN.UTF-8")
    #expect(
      chinese.status == 1
        && chinese.standardError
          == "错误：已有配置：\(mine)；repayctl init 不会覆盖它。请直接编辑它（然后运行 repayctl check），"
          + "或把示例写到别处：repayctl init --config 其他路径\n"
    )
    #expect(try String(contentsOfFile: mine, encoding: .utf8) == "# mine\n")

    // The default folder with loans in loans.d/ but no repayd.toml: the example's loans would join them.
    let loans = folder.appendingPathComponent("config/repayd/loans.d")
    try FileManager.default.createDirectory(at: loans, withIntermediateDirectories: true)
    try "# my card\n".write(to: loans.appendingPathComponent("card.toml"), atomically: true, encoding: .utf8)
    let beside = try run(RepayctlProcess.executable, ["init"])
    #expect(beside.status == 1)
    #expect(
      beside.standardError.hasPrefix("error: a configuration is already there: \(loans.path)/card.toml;"))
    #expect(
      !FileManager.default.fileExists(atPath: folder.appendingPathComponent("config/repayd/repayd.toml").path)
    )
  }
}
