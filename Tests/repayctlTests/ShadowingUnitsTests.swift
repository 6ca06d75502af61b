import Foundation
import RepayTestSupport
import Testing

/// Issue 21: units that `scripts/install` left in `~/.config/systemd/user/` override a
/// package's, so systemd keeps running the old repayd. `repayctl check` warns at each such unit
/// when a packaged one of the same name is in systemd's folders for user units (here through
/// `XDG_DATA_DIRS`, which systemd searches too), naming both and how to remove the user's.
struct ShadowingUnitsTests {
  private static let example = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("config/repayd.toml").path

  @Test("a user unit beside a packaged one: a warning at the user's, in both languages; alone, none")
  func warnsAboutShadowingUnits() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "repayctl-units-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let own = folder.appendingPathComponent("config/systemd/user")
    let packaged = folder.appendingPathComponent("share/systemd/user")
    for directory in [own, packaged] {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }
    for unit in ["repayd.service", "repayd.socket"] {
      try "[Unit]\n".write(to: own.appendingPathComponent(unit), atomically: true, encoding: .utf8)
    }
    let environment = [
      "XDG_CONFIG_HOME": folder.appendingPathComponent("config").path,
      "XDG_DATA_DIRS": folder.appendingPathComponent("share").path,
    ]
    func unitWarnings(lang: String = "C.UTF-8") throws -> [Substring] {
      let outcome = try RepayctlProcess.run(
        ["check", "--config", Self.example], lang: lang, environment: environment)
      #expect(outcome.status == 0 && outcome.standardOutput.isEmpty)
      return outcome.standardError.split(separator: "\n").filter { !$0.hasPrefix(Self.example) }
    }
    // The user's units alone (installed from source, no package): nothing to say.
    #expect(try unitWarnings() == [])

    try "[Unit]\n".write(
      to: packaged.appendingPathComponent("repayd.service"), atomically: true, encoding: .utf8)
    let service = own.appendingPathComponent("repayd.service").path
    let remove = "systemctl --user disable repayd; rm \(service); systemctl --user daemon-reload"
    #expect(
      try unitWarnings() == [
        "\(service):1:1: warning: this unit overrides the packaged \(packaged.path)/repayd.service: "
          + "systemd runs this one and the repayd it names, so the package's upgrades do not take effect; "
          + "if scripts/install left it, remove it: \(remove); then systemctl --user enable --now repayd"
      ])
    #expect(
      try unitWarnings(lang: "zh_CN.UTF-8") == [
        "\(service):1:1: warning: 此单元覆盖了软件包安装的 \(packaged.path)/repayd.service："
          + "systemd 运行的是这个单元及其指定的 repayd，软件包的升级因此不会生效；"
          + "如果它是 scripts/install 留下的，请删除：\(remove)；然后运行 systemctl --user enable --now repayd"
      ])
  }
}
