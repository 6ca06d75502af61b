import ArgumentParser
import Foundation
import RepayConfig
import RepayCore
import RepayDisplay

#if canImport(Glibc)
  import Glibc
#endif

/// `repayctl init [--config PATH]`: writes the commented example configuration, in the locale's
/// language, to `$XDG_CONFIG_HOME/repayd/repayd.toml` or PATH, and never over a configuration
/// that is there (exit 1, saying what to do instead); then prints the next steps.
struct InitCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "init",
      abstract: Invocation.text(
        en: "Write the commented example configuration, to start your own.",
        zh: "写出带注释的示例配置，作为你自己配置的起点。"),
      discussion: Invocation.text(
        en: """
          Writes the example configuration (every key explained in its comments, a few example \
          loans to replace with yours; in Chinese under a zh_* locale) to \
          $XDG_CONFIG_HOME/repayd/repayd.toml (~/.config/repayd/repayd.toml), creating the \
          folder, or to --config PATH (a file, or a folder to write repayd.toml into). The file \
          is yours alone (mode 0600, a new folder 0700). It never writes over a configuration \
          that is there: then it exits 1 and names it. Afterwards it prints the next steps: edit \
          the file, repayctl check, then systemctl --user reload repayd (or enable --now).

          Examples:
            repayctl init
            repayctl init --config ~/repayd-example.toml
          """,
        zh: """
          把示例配置（注释解释每个键，附几笔示例贷款供替换成你自己的；zh_* 区域设置下为中文）写到 \
          $XDG_CONFIG_HOME/repayd/repayd.toml（~/.config/repayd/repayd.toml，目录不存在时创建），\
          或写到 --config PATH（文件，或要在其中写 repayd.toml 的目录）。文件只有你能读写\
          （权限 0600，新建的目录 0700）。已有配置时绝不覆盖：此时以状态 1 退出并指出该配置。\
          写完后打印接下来的步骤：编辑文件、repayctl check、再 systemctl --user reload repayd\
          （或 enable --now）。

          示例：
            repayctl init
            repayctl init --config ~/repayd-example.toml
          """))
  }

  @Option(
    name: .customLong("config"),
    help: ArgumentHelp(
      Invocation.text(
        en: "Where to write it: a file, or a folder to write repayd.toml into (default: "
          + "$XDG_CONFIG_HOME/repayd/repayd.toml).",
        zh: "写到哪里：文件，或要在其中写 repayd.toml 的目录（默认：$XDG_CONFIG_HOME/repayd/repayd.toml）。"),
      valueName: "path"))
  var path: String?

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    var isFolder: ObjCBool = false
    let file: String
    if let path, !(FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue)
    {
      file = path
    } else {
      let folder = path ?? ConfigurationFiles.defaultDirectory(environment: environment)
      // A folder holds a configuration already when repayd would read something in it: the
      // example's loans would join those of its loans.d/.
      if case .success(let found) = ConfigurationFiles.locate(
        configPath: folder, environment: environment, language: Invocation.language)
      {
        throw refusal(found.files)
      }
      file = (folder.hasSuffix("/") ? folder : folder + "/") + "repayd.toml"
    }
    let parent = file.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(
      separator: "/")
    if !parent.isEmpty { try OutputFile.makeFolders(parent) }
    let example =
      Invocation.language == .english ? PackageResources.repayd_toml : PackageResources.repayd_zh_Hans_toml
    guard try OutputFile.create(example, at: file) else { throw refusal([file]) }
    print(nextSteps(file, explicit: path != nil), terminator: "")
  }

  /// Exit 1 after saying that `files` hold a configuration already, and what to do instead.
  private func refusal(_ files: [String]) -> ExitCode {
    let named = files.joined(separator: ", ")
    Invocation.printError(
      Invocation.text(
        en: "error: a configuration is already there: \(named); repayctl init never writes over it. "
          + "Edit it (then repayctl check), or write the example elsewhere: repayctl init --config OTHER",
        zh: "错误：已有配置：\(named)；repayctl init 不会覆盖它。请直接编辑它（然后运行 repayctl check），"
          + "或把示例写到别处：repayctl init --config 其他路径"))
    return ExitCode(ExitStatus.failure)
  }

  /// What to do once the example is at `file`; `explicit` when the user chose the place.
  private func nextSteps(_ file: String, explicit: Bool) -> String {
    let check = explicit ? "repayctl check --config \(file)" : "repayctl check"
    return Invocation.text(
      en: """
        Wrote the example configuration to \(file).
        Next steps:
          1. Edit it: replace the example loans with yours (its comments explain every key).
          2. Check it: \(check)
          3. Have repayd read it: systemctl --user reload repayd
             (if repayd does not run yet: systemctl --user enable --now repayd)

        """,
      zh: """
        示例配置已写入 \(file)。
        接下来：
          1. 编辑它：把示例贷款换成你自己的（注释解释了每个键）。
          2. 检查：\(check)
          3. 让 repayd 读取它：systemctl --user reload repayd
             （repayd 尚未运行时：systemctl --user enable --now repayd）

        """)
  }
}
