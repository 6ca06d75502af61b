import ControlInterface
import RepayConfig
import RepayCore

/// The human text of `repayctl status`: the daemon's version and uptime (and that it was
/// upgraded since it started), the configuration in force (or how to write one) and its last
/// reload, the next reminder, what is overdue and what falls due in the next
/// days, as a heading and a table.
public enum StatusText {
  /// The human text of `status`.
  public static func text(_ status: Control.GetStatusReply, _ display: Display) -> String {
    let configuration = status.configuration
    var table = TextTable(shrinkable: [1])
    if status.upgraded == true {
      table.append([
        .init(display.text(en: "Upgrade", zh: "升级"), .bold),
        .init(
          display.text(
            en: "repayd was upgraded since it started: `systemctl --user restart repayd`",
            zh: "repayd 启动后已升级：请运行 `systemctl --user restart repayd`"), .alarm),
      ])
    }
    let source =
      configuration.demo
      ? display.text(en: "the demo household", zh: "演示家庭") : configuration.files.joined(separator: ", ")
    table.append([
      .init(display.text(en: "Configuration", zh: "配置"), .bold),
      configuration.missingFile.map {
        .init(MissingConfiguration(file: $0).hint(in: display.language), .alarm)
      }
        ?? .init(
          display.text(
            en: "\(source) (\(configuration.timezone)): \(EnglishCount.text(configuration.loans, "loan")), "
              + "\(EnglishCount.text(configuration.reminders, "reminder")), "
              + "read \(display.time(configuration.loadedAt))",
            zh: "\(source)（\(configuration.timezone)）：\(configuration.loans) 笔贷款，"
              + "\(configuration.reminders) 条提醒，读取于 \(display.time(configuration.loadedAt))")),
    ])
    if let reload = status.lastReload {
      let errors = reload.diagnostics.filter { $0.severity == .error }.count
      table.append([
        .init(display.text(en: "Last reload", zh: "上次重新加载"), .bold),
        reload.succeeded
          ? .init(display.time(reload.at) + display.text(en: ": succeeded", zh: "：成功"), .good)
          : .init(
            display.time(reload.at)
              + display.text(
                en:
                  ": failed with \(EnglishCount.text(errors, "error")); the configuration before stays in force",
                zh: "：失败，\(errors) 个错误；仍沿用之前的配置"), .alarm),
      ])
      // Where each error is, FILE:LINE:COLUMN as the reload reported it, so that status alone
      // says what to mend.
      if !reload.succeeded {
        for diagnostic in reload.diagnostics where diagnostic.severity == .error {
          table.append([.init(""), .init(DiagnosticText.line(diagnostic), .alarm)])
        }
      }
    }
    table.append([
      .init(display.text(en: "Next reminder", zh: "下次提醒"), .bold),
      .init(status.nextReminder.map { next(display, $0) } ?? display.text(en: "none planned", zh: "暂无")),
    ])
    let total = status.overdueTotal.map { display.money($0.amount, $0.currency) }.joined(separator: " + ")
    table.append([
      .init(display.text(en: "Overdue", zh: "逾期"), .bold),
      status.overdueCount == 0
        ? .init(display.text(en: "nothing", zh: "无"), .good)
        : .init(
          display.text(
            en: "\(EnglishCount.text(status.overdueCount, "instalment")), \(total)",
            zh: "\(status.overdueCount) 期，共 \(total)"),
          .alarm),
    ])
    if let dueSoon = status.dueSoon {
      table.append([
        .init(display.text(en: "Due soon", zh: "即将到期"), .bold), .init(DueSoonText.line(dueSoon, display)),
      ])
    }
    let uptime = RelativeTime.duration(status.uptimeSeconds, in: display.language)
    return display.heading(
      display.text(
        en: "repayd \(status.version), up \(uptime) (since \(display.time(status.startedAt)))",
        zh: "repayd \(status.version)，已运行 \(uptime)（始于 \(display.time(status.startedAt))）"))
      + display.table(table) + (status.plan.map { "\n" + PlanProgressText.text($0, display) } ?? "")
  }

  private static func next(_ display: Display, _ next: Control.NextReminder) -> String {
    let subject =
      if let loan = next.loan {
        loan + (next.occurrence.map { display.text(en: ", due \($0)", zh: "，\($0) 到期") } ?? "")
      } else {
        next.reminder ?? ""
      }
    return display.timeWithDistance(next.at) + display.text(en: ": ", zh: "：") + display.stage(next.stage)
      + display.text(en: ", ", zh: "，") + subject
  }
}
