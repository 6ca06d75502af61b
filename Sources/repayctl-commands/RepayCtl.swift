import ArgumentParser
import ControlInterface
import RepayCore
import RepayDisplay

#if canImport(Glibc)
  import Glibc
#endif

/// `repayctl`: the command line of repayd.
///
/// The entry point maps swift-argument-parser's exit codes onto the fixed ones of the design
/// brief: 0 success, 1 an error was reported, 2 usage (the parser's default is 64, EX_USAGE),
/// 3 the daemon is not reachable.
@main
struct RepayCtl: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "repayctl",
      abstract: Invocation.text(
        en: "Control and query repayd, the repayment-reminder daemon.",
        zh: "控制和查询还款提醒守护进程 repayd。"),
      discussion: Invocation.text(
        en: """
          The commands that talk to the daemon take --address unix:PATH, the daemon's control \
          socket, before or after the command's name: repayctl --address unix:PATH status.
          Exit status: 0 success; 1 an error was reported; 2 wrong usage; \
          3 the daemon is not reachable.
          Messages follow LC_ALL, LC_MESSAGES or LANG: a zh_* locale gives Simplified Chinese.
          """,
        zh: """
          与守护进程通信的命令接受 --address unix:PATH（守护进程的控制套接字），写在命令名之前或之后均可：\
          repayctl --address unix:PATH status。
          退出状态：0 成功；1 报告了错误；2 用法错误；3 无法连接守护进程。
          提示信息的语言取决于 LC_ALL、LC_MESSAGES 或 LANG：zh_* 区域设置显示简体中文。
          """),
      version: RepayVersion.current,
      subcommands: [
        StatusCommand.self, LoansCommand.self, ShowCommand.self, UpcomingCommand.self, PayCommand.self,
        UnpayCommand.self, SnoozeCommand.self, UnsnoozeCommand.self, NoteCommand.self, NotesCommand.self,
        RenegotiateCommand.self, AgreementsCommand.self, AgreementCancelCommand.self,
        DossierCommand.self, PlanCommand.self, PlansCommand.self, ExportICSCommand.self,
        HistoryCommand.self, ReloadCommand.self, WatchCommand.self, BackupCommand.self, InitCommand.self,
        CheckCommand.self,
        ScheduleCommand.self, CalendarCommand.self, AnalyzeCalendarCommand.self, TOMLCheckCommand.self,
      ])
  }

  /// Parses the command line, runs the command, and exits with the fixed exit codes.
  static func main() {
    do {
      let (arguments, passedThrough) = splitTerminatedExpressions(
        LeadingAddressOption.movedAfterCommand(Array(CommandLine.arguments.dropFirst())))
      var command = try parseAsRoot(arguments)
      if var analyze = command as? AnalyzeCalendarCommand {
        analyze.expressions += passedThrough
        command = analyze
      }
      try command.run()
      Glibc.exit(ExitStatus.success)
    } catch {
      let code = exitCode(for: error)
      let message = fullMessage(for: error)
      if !message.isEmpty {
        if code == .success {
          print(message)
        } else {
          Invocation.printError(message)
        }
      }
      Glibc.exit(code == .validationFailure ? ExitStatus.usage : code.rawValue)
    }
  }
}

/// For `analyze-calendar ... -- EXPR...`: all but the first expression after `--`, set aside.
///
/// Everything after `--` is an operand by definition, so nothing is lost by not parsing it, and
/// swift-argument-parser's bookkeeping for each positional value grows with the square of
/// their number (a thousand expressions took 60 ms to parse). The first one stays, so that the
/// parser still sees and validates at least one.
private func splitTerminatedExpressions(_ arguments: [String]) -> (
  arguments: [String], passedThrough: [String]
) {
  guard arguments.first == AnalyzeCalendarCommand.configuration.commandName,
    let terminator = arguments.firstIndex(of: "--"), arguments.count > terminator + 2
  else { return (arguments, []) }
  return (Array(arguments[...(terminator + 1)]), Array(arguments[(terminator + 2)...]))
}
