import RepayConfig
import RepayCore

#if canImport(Glibc)
  import Glibc
#endif

/// repayd's units in `$XDG_CONFIG_HOME/systemd/user/` (where `scripts/install` puts them) beside
/// a package's: systemd prefers the user's, so it keeps running the repayd they name (the one in
/// `~/.local/bin`) and a package's upgrades never take effect. `repayctl check` warns about them.
enum ShadowingUnits {
  /// The units repayd ships.
  static let names = ["repayd.service", "repayd.socket"]

  /// Where a package's user units are, in systemd's order for user units: each of
  /// `$XDG_DATA_DIRS` with `/systemd/user`, then `/usr/local/lib/systemd/user` and
  /// `/usr/lib/systemd/user`.
  static func packagedFolders(environment: [String: String]) -> [String] {
    XDGBaseDirectories.dataDirectories(environment: environment).map { $0 + "/systemd/user" }
      + ["/usr/local/lib/systemd/user", "/usr/lib/systemd/user"]
  }

  /// A warning at each of the user's units that a packaged one of the same name exists beside,
  /// naming both and how to remove the user's.
  static func warnings(environment: [String: String], language: Language) -> [Diagnostic] {
    let userFolder = XDGBaseDirectories.configHome(environment: environment) + "/systemd/user"
    return names.compactMap { name in
      let own = userFolder + "/" + name
      guard access(own, F_OK) == 0,
        let packaged = packagedFolders(environment: environment).map({ $0 + "/" + name }).first(where: {
          access($0, F_OK) == 0
        })
      else { return nil }
      let unit = name == "repayd.service" ? "repayd" : name
      let remove = "systemctl --user disable \(unit); rm \(own); systemctl --user daemon-reload"
      return Diagnostic(
        .warning, at: SourceLocation(file: own, line: 1, column: 1),
        language.text(
          en: "this unit overrides the packaged \(packaged): systemd runs this one and the repayd it names, "
            + "so the package's upgrades do not take effect; if scripts/install left it, remove it: "
            + "\(remove); then systemctl --user enable --now repayd",
          zh: "此单元覆盖了软件包安装的 \(packaged)：systemd 运行的是这个单元及其指定的 repayd，"
            + "软件包的升级因此不会生效；如果它是 scripts/install 留下的，请删除：\(remove)；"
            + "然后运行 systemctl --user enable --now repayd"))
    }
  }
}
