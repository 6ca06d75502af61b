import RepayCore
import RepayDisplay

/// `repayctl schedule` for people: one row per instalment with its due date, how far away it
/// is, the loan, the amount and the next reminder still to come, then the free-standing
/// reminders; every time local to the configured zone. (`--json` lists every stage instant.)
struct ScheduleTable {
  /// The configuration the schedule comes from (loan names, the zone).
  let configuration: Configuration
  /// Now, microseconds since 1970, for the next reminder.
  let now: Int64
  /// Today's local date, for "in 3 days".
  let today: LocalDate
  /// The language of the headings and relative days.
  let language: Language
  /// The terminal's width, which the tables are fitted to; nil for no limit.
  let width: Int?

  /// The whole text, ending in a newline.
  func text(
    from: LocalDate, days: Int, window: ScheduleWindow, reminders: [ScheduledReminder]
  ) -> String {
    let english = language == .english
    let zone = configuration.zone.identifier
    let last = from.advanced(by: days - 1)
    var text =
      english
      ? "Due from \(from) to \(last) (\(zone)):\n" : "\(from) 至 \(last) 到期（\(zone)）：\n"
    if window.occurrences.isEmpty {
      text += english ? "  nothing falls due\n" : "  没有到期的款项\n"
    } else {
      var table = TextTable(
        header: english
          ? ["Due", "When", "Loan", "#", "Amount", "Next reminder"] : ["到期日", "距今", "贷款", "期", "金额", "下次提醒"],
        shrinkable: [2])
      for occurrence in window.occurrences {
        let loan = window.loan(of: occurrence)
        let (_, month, day) = occurrence.scheduled.parts
        let nominal = ZeroPadded.text(month, width: 2) + "-" + ZeroPadded.text(day, width: 2)
        let moved =
          occurrence.due == occurrence.scheduled ? "" : english ? " (was \(nominal))" : "（原 \(nominal)）"
        table.append([
          .init("\(occurrence.due) \(weekday(occurrence.due))\(moved)"),
          .init(RelativeTime.days(occurrence.due, from: today, in: language)),
          .init(loan.name), .init(String(occurrence.installment)), .init(loan.amount.displayText),
          .init(
            window.stages(of: occurrence).first { $0.instant >= now }.map { stageText($0, of: loan) } ?? "-"),
        ])
      }
      text += table.text(width: width)
    }
    if !reminders.isEmpty {
      text += english ? "\nReminders:\n" : "\n提醒：\n"
      text += TextTable(rows: reminders.map { [localText($0.instant), $0.id, $0.message] }, shrinkable: [2])
        .text(width: width)
    }
    return text
  }

  /// `2026-12-03 09:30 advance 7d`, `2026-12-03 09:30 提前 7 天提醒`.
  private func stageText(_ stage: StageInstant, of loan: Loan) -> String {
    localText(stage.instant) + " "
      + StageText.reminder(stage.stage, offset: loan.reminders.offset(of: stage), in: language)
  }

  private func localText(_ instant: Int64) -> String {
    let (date, time) = configuration.zone.localTime(at: floorSeconds(instant))
    return "\(date) \(time)"
  }

  private func floorSeconds(_ microseconds: Int64) -> Int64 {
    Int64(CivilCalendar.floorDivision(Int(microseconds), 1_000_000).quotient)
  }

  private func weekday(_ date: LocalDate) -> String {
    let names =
      language == .english
      ? ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] : ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]
    return names[date.isoWeekday - 1]
  }
}
