import Systemd
import Testing

/// Field names follow journald's rules, and a broken one says which rule it breaks.
struct JournalFieldNameTests {
  @Test(
    "valid names are kept as given",
    arguments: ["MESSAGE", "A", "REPAY_DAYS_OVERDUE", "X_1", "A__B_", String(repeating: "N", count: 64)])
  func valid(_ name: String) throws {
    #expect(try JournalFieldName(name).text == name)
  }

  @Test(
    "each invalid name is refused with the rule it breaks",
    arguments: [
      ("", JournalFieldNameError.Problem.empty),
      ("_PID", .startsWithUnderscore),
      ("1ST", .startsWithDigit),
      ("repay_loan", .invalidCharacter("r")),
      ("REPAY LOAN", .invalidCharacter(" ")),
      ("REPAY-LOAN", .invalidCharacter("-")),
      ("REPAY=LOAN", .invalidCharacter("=")),
      ("MESSAGÉ", .invalidCharacter("É")),
      ("还款", .invalidCharacter("还")),
      (String(repeating: "N", count: 65), .tooLong),
    ])
  func invalid(_ name: String, _ problem: JournalFieldNameError.Problem) {
    #expect(throws: JournalFieldNameError(name: name, problem: problem)) { try JournalFieldName(name) }
  }

  @Test("the message names the field and the rule")
  func messages() {
    #expect(
      JournalFieldNameError(name: "repay_loan", problem: .invalidCharacter("r")).description
        == #"invalid journal field name "repay_loan": "r" is not allowed (only A-Z, 0-9 and _)"#)
    #expect(
      JournalFieldNameError(name: "_PID", problem: .startsWithUnderscore).description
        == #"invalid journal field name "_PID": it starts with "_", which journald reserves for its own fields"#
    )
  }

  @Test("the well-known names are journald's")
  func wellKnown() {
    #expect(
      [JournalFieldName.message, .priority, .messageID, .syslogIdentifier].map(\.text)
        == ["MESSAGE", "PRIORITY", "MESSAGE_ID", "SYSLOG_IDENTIFIER"])
    #expect(JournalField.priority(.critical) == JournalField(.priority, "2"))
  }
}
