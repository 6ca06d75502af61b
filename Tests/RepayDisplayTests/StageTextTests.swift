import RepayCore
import RepayDisplay
import Testing

/// A reminder named by its stage and offset, in each language.
struct StageTextTests {
  @Test("a reminder's stage and offset: the configuration's notation in English, words in Chinese")
  func reminder() throws {
    let threeDays = try ReminderOffset(parsing: "3d")
    let dayAndHalf = try ReminderOffset(parsing: "1d12h")
    #expect(StageText.reminder(.advance, offset: threeDays, in: .english) == "advance 3d")
    #expect(StageText.reminder(.advance, offset: threeDays, in: .simplifiedChinese) == "提前 3 天提醒")
    #expect(StageText.reminder(.overdue, offset: dayAndHalf, in: .english) == "overdue 1d12h")
    #expect(StageText.reminder(.overdue, offset: dayAndHalf, in: .simplifiedChinese) == "逾期 1 天 12 小时提醒")
    #expect(
      StageText.reminder(.overdue, offset: try ReminderOffset(parsing: "1d2h3m"), in: .simplifiedChinese)
        == "逾期 1 天 2 小时 3 分钟提醒")
    #expect(StageText.reminder(.due, offset: nil, in: .english) == "due")
    #expect(StageText.reminder(.due, offset: nil, in: .simplifiedChinese) == "到期")
  }

}
