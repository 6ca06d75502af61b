import Foundation
import RepayCore
import Testing

/// `repayctl toml-check`, `--version`, `--help` and the fixed exit codes, on the real binary.
@Suite(.serialized)
struct TOMLCheckCommandTests {
  private let folder: URL

  init() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "repayctl-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  private func write(_ name: String, _ text: String) throws -> String {
    let path = folder.appendingPathComponent(name).path
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test("valid files: nothing printed, exit 0")
  func validFiles() throws {
    let first = try write("a.toml", "[daemon]\ntimezone = \"Asia/Shanghai\"\n")
    let second = try write("b.toml", "[[loan]]\nname = \"花呗\"\n")
    let outcome = try RepayctlProcess.run(["toml-check", first, second])
    #expect(outcome.status == 0)
    #expect(outcome.standardOutput.isEmpty)
    #expect(outcome.standardError.isEmpty)
  }

  @Test("the first error of each file, in the fixed format, with the path as given; exit 1")
  func invalidFiles() throws {
    _ = try write("bad.toml", "[[loan]]\nname = \"花呗\" amount = 1\nx = \n")
    _ = try write("good.toml", "a = 1\n")
    _ = try write("bad2.toml", "a = 1\na = 2\n")
    let relative = folder.lastPathComponent
    let outcome = try RepayctlProcess.run(
      [
        "toml-check", "\(folder.path)/bad.toml", "\(folder.path)/good.toml",
        "\(folder.path)/../\(relative)/bad2.toml",
      ])
    #expect(outcome.status == 1)
    #expect(outcome.standardOutput.isEmpty)
    #expect(
      outcome.standardError == """
        \(folder.path)/bad.toml:2:13: error: expected the end of the line after the value (put each key on its own line), found 'a'
        \(folder.path)/../\(relative)/bad2.toml:2:1: error: key 'a' is defined twice; the first definition is at 1:1

        """)
  }

  @Test("messages follow the locale: Chinese under a zh_CN locale")
  func chineseMessages() throws {
    let path = try write("bad.toml", "a = 1\na = 2\n")
    let outcome = try RepayctlProcess.run(["toml-check", path], lang: "zh_CN.UTF-8")
    #expect(outcome.status == 1)
    #expect(outcome.standardError == "\(path):2:1: error: 键 'a' 被重复定义；第一次定义在 1:1\n")
  }

  @Test("a file that cannot be read is an error at 1:1 naming the reason")
  func unreadableFile() throws {
    let missing = folder.appendingPathComponent("missing.toml").path
    let outcome = try RepayctlProcess.run(["toml-check", missing, folder.path])
    #expect(outcome.status == 1)
    #expect(
      outcome.standardError == """
        \(missing):1:1: error: cannot read the file: it does not exist
        \(folder.path):1:1: error: cannot read the file: it is a directory

        """)
  }

  @Test("- reads standard input")
  func standardInput() throws {
    let outcome = try RepayctlProcess.run(["toml-check", "-"], input: "a = [1,\n")
    #expect(outcome.status == 1)
    #expect(outcome.standardError.hasPrefix("-:2:1: error: expected a value"))
    #expect(try RepayctlProcess.run(["toml-check", "-"], input: "a = 1\n").status == 0)
  }

  @Test(
    "usage errors exit 2, not swift-argument-parser's 64",
    arguments: [["toml-check"], ["--no-such-option"], ["no-such-command"]])
  func usageErrors(_ arguments: [String]) throws {
    let outcome = try RepayctlProcess.run(arguments)
    #expect(outcome.status == 2)
    #expect(outcome.standardError.contains("Usage"))
  }

  @Test("--version prints the version; --help lists toml-check with an example")
  func versionAndHelp() throws {
    let version = try RepayctlProcess.run(["--version"])
    #expect(version.status == 0)
    #expect(version.standardOutput == RepayVersion.current + "\n")
    let help = try RepayctlProcess.run(["--help"])
    #expect(help.status == 0)
    #expect(help.standardOutput.contains("toml-check"))
    let commandHelp = try RepayctlProcess.run(["toml-check", "--help"])
    #expect(commandHelp.status == 0)
    #expect(commandHelp.standardOutput.contains("repayctl toml-check ~/.config/repayd/repayd.toml"))
    let chineseHelp = try RepayctlProcess.run(["toml-check", "--help"], lang: "zh_CN.UTF-8")
    #expect(chineseHelp.standardOutput.contains("检查文件是否为合法的 TOML 1.0"))
  }

  @Test("the example configuration in config/ is valid TOML")
  func exampleConfiguration() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    for name in ["repayd.toml", "repayd.zh-Hans.toml"] {
      let outcome = try RepayctlProcess.run([
        "toml-check", root.appendingPathComponent("config/\(name)").path,
      ])
      #expect(outcome.status == 0, "\(name): \(outcome.standardError)")
    }
  }
}
