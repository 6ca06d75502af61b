import ArgumentParser
import ControlInterface
import Foundation
import RepayControl
import RepayDisplay

/// `repayctl watch`: follows what happens in the daemon, one line per event, until interrupted
/// or until the daemon stops.
struct WatchCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "watch",
      abstract: Invocation.text(en: "Follow what the daemon does, live.", zh: "实时跟踪守护进程的动态。"),
      discussion: Invocation.text(
        en: """
          Prints one line per event (a reminder delivered, a payment, a snooze, a note, a \
          reload) as it happens, until interrupted with Ctrl-C or until the daemon stops. With \
          --json, one JSON object per line, the first one "watching".

          Examples:
            repayctl watch
            repayctl watch --json | jq .kind
          """,
        zh: """
          每发生一件事（发送提醒、还款、暂停、沟通记录、重新加载）就打印一行，直到按 Ctrl-C 或守护进程停止。\
          使用 --json 时每行一个 JSON 对象，第一个为 "watching"。

          示例：
            repayctl watch
            repayctl watch --json | jq .kind
          """))
  }

  @OptionGroup var daemon: DaemonOptions

  func run() throws {
    let connection = try DaemonConnection(daemon)
    let display = daemon.json ? nil : try connection.display()
    try connection.watch { event, parameters in
      if let display {
        StandardOutput.show(Self.line(event, display))
      } else {
        StandardOutput.write(parameters)
      }
      // Each line is complete when it happens, also into a pipe, which buffers by default.
      fflush(nil)
    }
  }

  /// One event for people: `2026-12-03 09:30  payment  huabei  2026-12-10  ¥1,250.00  #2`.
  static func line(_ event: Control.WatchEvent, _ display: Display) -> String {
    let what: String =
      switch event.kind {
      case .watching:
        display.text(en: "watching; press Ctrl-C to stop", zh: "开始跟踪；按 Ctrl-C 停止")
      case .delivery: display.text(en: "reminder sent", zh: "已发送提醒")
      case .payment: display.text(en: "payment recorded", zh: "已记录还款")
      case .paymentDeleted: display.text(en: "payment deleted", zh: "已删除还款")
      case .snooze: display.text(en: "snoozed", zh: "已暂停提醒")
      case .unsnooze: display.text(en: "snooze ended", zh: "已结束暂停")
      case .note: display.text(en: "note written", zh: "已添加沟通记录")
      case .reload: display.text(en: "configuration reloaded", zh: "已重新加载配置")
      case .agreement: display.text(en: "agreement recorded", zh: "已记录协议")
      case .agreementCancelled: display.text(en: "agreement cancelled", zh: "已取消协议")
      case .plan: display.text(en: "plan adopted", zh: "已采用还款计划")
      }
    let details = [
      event.loan, event.occurrence, event.stage.map(display.stage),
      event.amount.map { display.money($0, event.currency ?? "") }, event.id.map { "#\($0)" },
    ].compactMap { $0 }
    let emphasis: Emphasis? = event.stage == .overdue ? .alarm : event.kind == .watching ? .faint : nil
    let text = ([what] + details).joined(separator: "  ")
    return display.time(event.at) + "  " + (emphasis?.apply(text) ?? text)
  }
}
