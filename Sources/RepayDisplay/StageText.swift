import RepayCore

/// A stage's name for people, and a reminder named by its stage and offset, in the user's
/// language.
public enum StageText {
  /// The stage's name: "advance", "提前提醒".
  public static func name(_ stage: Stage, in language: Language) -> String {
    switch stage {
    case .advance: language.text(en: "advance", zh: "提前提醒")
    case .due: language.text(en: "due", zh: "到期")
    case .overdue: language.text(en: "overdue", zh: "逾期")
    case .settled: language.text(en: "settled", zh: "已结清")
    case .summary: language.text(en: "summary", zh: "汇总")
    case .reminder: language.text(en: "reminder", zh: "提醒")
    }
  }

  /// The reminder of `stage` at `offset` before or after the due date: in English the stage and
  /// the offset as the configuration writes it ("advance 7d", "overdue 1d12h"), in Chinese in
  /// words ("提前 7 天提醒", "逾期 1 天 12 小时提醒"); the stage's name alone without an offset.
  public static func reminder(_ stage: Stage, offset: ReminderOffset?, in language: Language) -> String {
    guard let offset else { return name(stage, in: language) }
    guard language == .simplifiedChinese else { return name(stage, in: language) + " " + offset.text }
    let length = RelativeTime.duration(Int(offset.seconds), in: language, parts: .max)
    return switch stage {
    case .advance: "提前 \(length)提醒"
    case .overdue: "逾期 \(length)提醒"
    default: name(stage, in: language) + " " + length
    }
  }
}
