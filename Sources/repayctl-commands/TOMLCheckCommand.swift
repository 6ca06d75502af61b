import ArgumentParser
import RepayConfig
import RepayCore
import RepayDisplay

/// `repayctl toml-check FILE...`: is each file valid TOML 1.0?
///
/// Prints the first syntax error of each file as `PATH:LINE:COLUMN: error: MESSAGE` on standard
/// error and exits 1 if any file has one; prints nothing and exits 0 when all parse. It checks
/// TOML only, not what repayd makes of the keys (`repayctl check` will do that).
struct TOMLCheckCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "toml-check",
      abstract: Invocation.text(
        en: "Check that files are valid TOML 1.0.",
        zh: "检查文件是否为合法的 TOML 1.0。"),
      discussion: Invocation.text(
        en: """
          Prints the first syntax error of each file as PATH:LINE:COLUMN: error: MESSAGE \
          on standard error (columns count characters, not bytes) and exits 1; prints \
          nothing and exits 0 when every file parses. Use - to read standard input.

          Example:
            repayctl toml-check ~/.config/repayd/repayd.toml ~/.config/repayd/loans.d/*.toml
          """,
        zh: """
          对每个文件，在标准错误上以 PATH:LINE:COLUMN: error: MESSAGE 的格式打印第一个语法错误\
          （列号按字符计，不按字节计），并以状态 1 退出；所有文件都合法时不打印任何内容，以状态 0 退出。\
          用 - 表示从标准输入读取。

          示例：
            repayctl toml-check ~/.config/repayd/repayd.toml ~/.config/repayd/loans.d/*.toml
          """))
  }

  @Argument(
    help: ArgumentHelp(
      Invocation.text(en: "The TOML files to check (- for standard input).", zh: "要检查的 TOML 文件（- 表示标准输入）。"),
      valueName: "file"))
  var files: [String] = []

  func validate() throws {
    guard !files.isEmpty else {
      throw ValidationError(
        Invocation.text(en: "Name at least one file to check.", zh: "请至少指定一个要检查的文件。"))
    }
  }

  func run() throws {
    var anyFailed = false
    for file in files {
      if let diagnostic = check(file) {
        Invocation.printError(diagnostic.description)
        anyFailed = true
      }
    }
    if anyFailed { throw ExitCode(ExitStatus.failure) }
  }

  /// The first fault of `file`, or nil when it is valid TOML.
  private func check(_ file: String) -> Diagnostic? {
    do {
      let bytes = file == "-" ? try SourceFile.readStandardInput(name: file) : try SourceFile.read(file)
      _ = try TOMLDocument(parsing: bytes, file: file)
      return nil
    } catch let error as SourceFileError {
      return error.diagnostic(in: Invocation.language)
    } catch let error as TOMLSyntaxError {
      return error.diagnostic(in: Invocation.language)
    } catch {
      preconditionFailure("unexpected error \(error)")
    }
  }
}
