import ArgumentParser
import Foundation
import RepayConfig
import RepayCore
import RepayDisplay

/// `repayctl analyze-calendar`: systemd's calendar expressions, normalized and evaluated
/// exactly as `systemd-analyze calendar` does, for people (the same layout) and for scripts
/// (`--json`, the shape the design brief fixes).
struct AnalyzeCalendarCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "analyze-calendar",
      abstract: Invocation.text(
        en: "Normalize calendar expressions and show when they elapse, as systemd-analyze calendar does.",
        zh: "像 systemd-analyze calendar 一样规范化日历表达式并显示其触发时间。"),
      discussion: Invocation.text(
        en: """
          Expressions use the syntax of systemd.time(7) ("Calendar Events"), the one of OnCalendar=; \
          the results are systemd's, in the zone of TZ. Exit status 1 if any expression is invalid, \
          after all are printed.

          Examples:
            repayctl analyze-calendar 'Mon..Fri *-*-* 09:30'
            repayctl analyze-calendar --iterations 5 --base-time 2026-12-01T00:00:00Z '*-*~01 20:00'
            repayctl analyze-calendar --json 'quarterly' '*-*-10 09:30 Asia/Shanghai'
          """,
        zh: """
          表达式使用 systemd.time(7)（“Calendar Events”）的语法，即 OnCalendar= 的语法；\
          计算结果与 systemd 相同，使用 TZ 指定的时区。只要有一个表达式无效，就在全部打印后以状态 1 退出。

          示例：
            repayctl analyze-calendar 'Mon..Fri *-*-* 09:30'
            repayctl analyze-calendar --iterations 5 --base-time 2026-12-01T00:00:00Z '*-*~01 20:00'
            repayctl analyze-calendar --json 'quarterly' '*-*-10 09:30 Asia/Shanghai'
          """))
  }

  @Option(
    help: ArgumentHelp(
      Invocation.text(en: "How many elapses to show for each expression.", zh: "每个表达式显示的触发次数。"),
      valueName: "n"))
  var iterations = 1

  @Option(
    help: ArgumentHelp(
      Invocation.text(
        en:
          "Show elapses after this instant instead of now: @EPOCH-SECONDS or RFC 3339 (2026-12-01T09:30:00+08:00).",
        zh: "显示此时刻之后（而非现在之后）的触发时间：@纪元秒数 或 RFC 3339（如 2026-12-01T09:30:00+08:00）。"),
      valueName: "time"))
  var baseTime: String?

  @Flag(help: ArgumentHelp(Invocation.text(en: "Print JSON.", zh: "输出 JSON。")))
  var json = false

  @Argument(
    help: ArgumentHelp(
      Invocation.text(en: "The calendar expressions.", zh: "日历表达式。"), valueName: "expression"))
  var expressions: [String] = []

  func validate() throws {
    guard !expressions.isEmpty else {
      throw ValidationError(Invocation.text(en: "Name at least one expression.", zh: "请至少指定一个表达式。"))
    }
    guard iterations >= 1 else {
      throw ValidationError(
        Invocation.text(en: "--iterations must be at least 1.", zh: "--iterations 至少为 1。"))
    }
    if let baseTime, Self.parseBaseTime(baseTime) == nil {
      throw ValidationError(
        Invocation.text(
          en:
            "--base-time '\(baseTime)' is neither @EPOCH-SECONDS nor an RFC 3339 time such as 2026-12-01T09:30:00Z.",
          zh: "--base-time '\(baseTime)' 既不是 @纪元秒数，也不是 RFC 3339 时间（如 2026-12-01T09:30:00Z）。"))
    }
  }

  /// UTC, prepared for the "(in UTC)" lines.
  private static let utc = PreparedTimeZone(.utc)

  /// `@1700000000` or RFC 3339, in microseconds since 1970.
  static func parseBaseTime(_ text: String) -> Int64? {
    if text.hasPrefix("@") {
      return Int64(text.dropFirst()).flatMap { $0 >= 0 ? $0.multipliedReportingOverflow(by: 1_000_000) : nil }
        .flatMap { $0.overflow ? nil : $0.partialValue }
    }
    return InstantText.parse(text).flatMap { $0 >= 0 ? $0 : nil }
  }

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    let system: SystemCalendarContext
    do {
      system = try SystemCalendarContext(environment: environment)
    } catch {
      // systemd-analyze would quietly compute in UTC under a TZ that names no zone; a person
      // who set TZ meant a zone, so say which one could not be read.
      Invocation.printError(
        Invocation.text(en: "The local time zone cannot be used: ", zh: "无法使用本地时区：")
          + error.message(in: Invocation.language))
      throw ExitCode(ExitStatus.failure)
    }
    let now = Invocation.currentMicroseconds()
    let base = baseTime.flatMap(Self.parseBaseTime) ?? now
    let clock = SystemdCalendarClock(localZone: system.localZone)
    let humanLabels = HumanLabels()
    let preparedLocalZone = PreparedTimeZone(system.localZone)

    var anyInvalid = false
    var jsonResults: [String] = []
    for (position, expression) in expressions.enumerated() {
      let result = system.evaluate(expression, after: base, count: iterations, clock: clock)
      if case .failure = result { anyInvalid = true }
      if json {
        jsonResults.append(jsonObject(expression, result))
      } else {
        printHuman(expression, result, labels: humanLabels, localZone: preparedLocalZone, now: now)
        if position < expressions.count - 1 { StandardOutput.show("") }
      }
    }
    if json { StandardOutput.write(JSONText.array(jsonResults)) }
    if anyInvalid { throw ExitCode(ExitStatus.failure) }
  }

  private func jsonObject(_ expression: String, _ result: Result<CalendarEvaluation, CalendarEvaluationError>)
    -> String
  {
    switch result {
    case .success(let evaluation):
      return JSONText.object([
        ("original", JSONText.string(expression)),
        ("normalized", JSONText.string(evaluation.normalized)),
        (
          "elapses",
          JSONText.array(evaluation.elapses.map { JSONText.string(InstantText.format(microseconds: $0)) })
        ),
      ])
    case .failure(let error):
      return JSONText.object([
        ("original", JSONText.string(expression)),
        ("error", JSONText.string(error.message(in: Invocation.language))),
      ])
    }
  }

  /// The layout of `systemd-analyze calendar`: labels right-aligned to the widest.
  private func printHuman(
    _ expression: String, _ result: Result<CalendarEvaluation, CalendarEvaluationError>,
    labels humanLabels: HumanLabels, localZone: PreparedTimeZone, now: Int64
  ) {
    let evaluation: CalendarEvaluation
    switch result {
    case .failure(let error):
      Invocation.printError(
        Invocation.text(
          en: "Failed to parse calendar expression '\(expression)': ", zh: "无法解析日历表达式 '\(expression)'：")
          + error.message(in: Invocation.language))
      return
    case .success(let success):
      evaluation = success
    }
    // systemd adds the UTC line unless the local zone is UTC in all but name (glibc's
    // `timezone == 0 && daylight == 0`).
    let showUTC =
      localZone.rules.daylightAbbreviation != nil
      || localZone.offset(at: now / 1_000_000).secondsEastOfUTC != 0
    let labels = humanLabels
    let iterationLabels = labels.iterations(upTo: evaluation.elapses.count)
    // The labels are right-aligned to the widest one in this table, as systemd's table does.
    var width = max(labels.normalized.columns, labels.nextElapse.columns)
    if evaluation.normalized != expression { width = max(width, labels.original.columns) }
    if !evaluation.elapses.isEmpty {
      width = max(width, labels.fromNow.columns, showUTC ? labels.inUTC.columns : 0)
    }
    width = iterationLabels.reduce(width) { max($0, $1.columns) }

    var output: [UInt8] = []
    output.reserveCapacity(128 + evaluation.elapses.count * 160)
    func row(_ label: String, _ labelColumns: Int, _ value: (inout [UInt8]) -> Void) {
      output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: width - labelColumns))
      output.append(contentsOf: label.utf8)
      output.append(UInt8(ascii: " "))
      value(&output)
      output.append(UInt8(ascii: "\n"))
    }
    if evaluation.normalized != expression {
      row(labels.original.text, labels.original.columns) { $0.append(contentsOf: expression.utf8) }
    }
    row(labels.normalized.text, labels.normalized.columns) {
      $0.append(contentsOf: evaluation.normalized.utf8)
    }
    if evaluation.elapses.isEmpty {
      row(labels.nextElapse.text, labels.nextElapse.columns) { $0.append(contentsOf: labels.never.utf8) }
    }
    for (index, elapse) in evaluation.elapses.enumerated() {
      let label = index == 0 ? labels.nextElapse : iterationLabels[index - 1]
      row(label.text, label.columns) {
        SystemdTimestampText.appendTimestamp(microseconds: elapse, zone: localZone, to: &$0)
      }
      if showUTC {
        row(labels.inUTC.text, labels.inUTC.columns) {
          SystemdTimestampText.appendTimestamp(microseconds: elapse, zone: Self.utc, to: &$0)
        }
      }
      row(labels.fromNow.text, labels.fromNow.columns) {
        SystemdTimestampText.appendRelative(
          microseconds: elapse, now: now, language: Invocation.language, to: &$0)
      }
    }
    // The expression is shown as it was typed: through the terminal gate too.
    StandardOutput.show(String(decoding: output, as: UTF8.self), terminator: "")
  }
}

/// The labels of the human output, in the user's language, with their widths on a terminal.
private struct HumanLabels {
  struct Label {
    let text: String
    let columns: Int
    init(en: String, zh: String) {
      text = Invocation.text(en: en, zh: zh)
      columns = TerminalWidth.columns(text)
    }
  }

  let original = Label(en: "Original form:", zh: "原始形式：")
  let normalized = Label(en: "Normalized form:", zh: "规范形式：")
  let nextElapse = Label(en: "Next elapse:", zh: "下次触发：")
  let inUTC = Label(en: "(in UTC):", zh: "（UTC）：")
  let fromNow = Label(en: "From now:", zh: "距现在：")
  let never = Invocation.text(en: "never", zh: "永不")
  /// "Iter. #2:" and on, made once rather than for every elapse, as far as they were needed.
  private let iterationLabels = IterationLabels()

  /// The labels of iterations 2 to `count`.
  func iterations(upTo count: Int) -> ArraySlice<Label> {
    iterationLabels.labels(upTo: count)
  }
}

/// The "Iter. #N:" labels, made as far as they were asked for and kept.
private final class IterationLabels {
  private var made: [HumanLabels.Label] = []

  func labels(upTo count: Int) -> ArraySlice<HumanLabels.Label> {
    while made.count < count - 1 {
      let number = made.count + 2
      made.append(HumanLabels.Label(en: "Iter. #\(number):", zh: "第 \(number) 次："))
    }
    return made.prefix(max(0, count - 1))
  }
}
