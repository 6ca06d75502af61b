import Foundation
import RepayConfig
import RepayConfigTestSupport
import RepayCore
import Testing

/// Every class of fault `repayctl check` must report, each with its exact message and place.
/// Each faulty value stands on a line after Chinese text (a loan's `name = "花呗"`, a holiday
/// file named 假日.txt), so that a column counted in bytes rather than characters would fail.
@Suite("configuration validation")
struct ConfigurationValidationTests {
  /// One configuration file and the diagnostics it must produce, in order.
  struct Case: CustomTestStringConvertible, Sendable {
    let name: String
    let text: String
    let expected: [(label: String, message: String)]
    var testDescription: String { name }
  }

  /// A loan on one line whose name, in Chinese, comes before `rest`.
  static func loan(_ rest: String, id: String = "huabei") -> String {
    #"loan = [{ id = "\#(id)", name = "花呗", "# + rest + " }]"
  }

  static let valid =
    #"amount = "1250.00", currency = "CNY", due = { day = 10 }, first_due = 2026-01-10, installments = 12"#

  static let cases: [Case] = [
    Case(
      name: "unknown key with a suggestion",
      text: loan(valid + ", ⟨⟩grace_dayz = 3"),
      expected: [("", "unknown key 'grace_dayz' in [[loan]]; did you mean 'grace_days'?")]),
    Case(
      name: "unknown key without a close one",
      text: loan(valid + ", ⟨⟩colour = \"red\""),
      expected: [("", "unknown key 'colour' in [[loan]]")]),
    Case(
      name: "wrong type",
      text: loan(
        #"amount = ⟨⟩1250, currency = "CNY", due = { day = 10 }, first_due = 2026-01-10, installments = 12"#),
      expected: [("", "'amount' must be a string, not an integer")]),
    Case(
      name: "date with a time",
      text: loan(valid + ", paid_through = ⟨⟩2026-03-10T09:00:00"),
      expected: [("", "'paid_through' is a date without a time, such as 2026-12-10")]),
    Case(
      name: "invalid date (the TOML reader's own check)",
      text: loan(
        #"amount = "1250.00", currency = "CNY", due = { day = 10 }, first_due = ⟨⟩2026-02-30, installments = 12"#
      ),
      expected: [("", "invalid date or time '2026-02-30': that month has no such day")]),
    Case(
      name: "due day out of range",
      text: loan(
        #"amount = "1250.00", currency = "CNY", due = { day = ⟨⟩32 }, first_due = 2026-01-10, installments = 12"#
      ),
      expected: [
        ("", "day 32 is out of range; a due day is 1 to 31 (31 means the last day of shorter months)")
      ]),
    Case(
      name: "negative amount",
      text: loan(
        #"amount = "⟨⟩-5.00", currency = "CNY", due = { day = 10 }, first_due = 2026-01-10, installments = 12"#
      ),
      expected: [("", "'amount' cannot be negative")]),
    Case(
      name: "more decimals than the currency has",
      text: loan(
        #"amount = "1250.00⟨⟩1", currency = "CNY", due = { day = 10 }, first_due = 2026-01-10, installments = 12"#
      ),
      expected: [("", "this currency has 2 decimals; write at most 2 after the point")]),
    Case(
      name: "decimals for a currency without minor units",
      text: loan(
        #"amount = "1250.⟨⟩5", currency = "JPY", due = { day = 10 }, first_due = 2026-01-10, installments = 12"#
      ),
      expected: [("", "this currency has no minor unit; write a whole number")]),
    Case(
      name: "unknown currency",
      text: loan(
        #"amount = "1250.00", currency = ⟨⟩"RMB", due = { day = 10 }, first_due = 2026-01-10, installments = 12"#
      ),
      expected: [("", "unknown currency 'RMB'; write an ISO 4217 code in capitals, such as CNY, USD or EUR")]),
    Case(
      name: "unknown time zone",
      text: #"daemon = { holidays = ["假日.txt"], timezone = ⟨⟩"Asia/Shangai" }"#,
      expected: [("", "unknown time zone \"Asia/Shangai\": the tz database has no such zone")]),
    Case(
      name: "bad duration, pointed at inside the string",
      text: loan(valid + #", reminders = { before = ["7d", "3⟨⟩x"] }"#),
      expected: [("", "a unit is expected here; write a number and a unit, such as 7d, 36h, 90m or 10s")]),
    Case(
      name: "bad time of day",
      text: loan(valid + #", reminders = { at = "⟨⟩25:00" }"#),
      expected: [("", "the hour must be 00 to 23")]),
    Case(
      name: "quiet hours without a range",
      text: #"daemon = { holidays = ["假日.txt"], quiet_hours = ⟨⟩"22:00~08:00" }"#,
      expected: [("", "quiet hours are written HH:MM-HH:MM, such as \"22:00-08:00\"")]),
    Case(
      name: "quiet hours with a bad time",
      text: #"daemon = { holidays = ["假日.txt"], quiet_hours = "22:00-8⟨⟩:00" }"#,
      expected: [("", "quiet hours are written HH:MM-HH:MM, such as \"22:00-08:00\"")]),
    Case(
      name: "an iCalendar feed that names a folder",
      text: #"daemon = { holidays = ["假日.txt"], ics_feed = ⟨⟩"feeds/" }"#,
      expected: [("", "'ics_feed' must name a file, such as \"repayd.ics\", not \"feeds/\"")]),
    Case(
      name: "quiet hours ending when they start",
      text: #"daemon = { holidays = ["假日.txt"], quiet_hours = ⟨⟩"22:00-22:00" }"#,
      expected: [("", "quiet hours must end at another time than they start")]),
    Case(
      name: "bad calendar expression in a due rule, pointed at inside the string",
      text: loan(
        #"amount = "1250.00", currency = "CNY", due = { calendar = "*-*-1⟨⟩O" }, first_due = 2026-01-10, installments = 12"#
      ),
      expected: [("", "invalid calendar expression at column 6: unexpected 'O'")]),
    Case(
      name: "bad calendar expression in a reminder",
      text: #"reminder = [{ id = "credit-report", message = "查征信", calendar = "*-*-01 10:00 ⟨⟩Mars/Base" }]"#,
      expected: [
        (
          "",
          "invalid calendar expression at column 14: 'Mars/Base' is not a time zone of the tz database (see /usr/share/zoneinfo)"
        )
      ]),
    Case(
      name: "a due calendar that names a zone",
      text: loan(
        #"amount = "1250.00", currency = "CNY", due = { calendar = ⟨⟩"*-*~01 Asia/Tokyo" }, first_due = 2026-01-31, open_ended = true"#
      ),
      expected: [("", "a due calendar gives dates in the configured time zone; remove the zone")]),
    Case(
      name: "a loan with no term",
      text: "loan = [⟨⟩"
        + #"{ id = "huabei", name = "花呗", amount = "1250.00", currency = "CNY", due = { day = 10 }, first_due = 2026-01-10 }]"#,
      expected: [
        (
          "",
          "the loan needs an end or none: give installments = N, open_ended = true, or due = { dates = [...] }"
        )
      ]),
    Case(
      name: "first_due not on the due day",
      text: loan(
        #"amount = "1250.00", currency = "CNY", due = { day = 10 }, first_due = ⟨⟩2026-01-11, installments = 12"#
      ),
      expected: [("", "first_due 2026-01-11 is not a date of the due rule { day = 10 }")]),
    Case(
      name: "first_due not matched by the due calendar",
      text: loan(
        #"amount = "1250.00", currency = "CNY", due = { calendar = "*-*~01" }, first_due = ⟨⟩2026-01-30, open_ended = true"#
      ),
      expected: [("", "first_due 2026-01-30 is not a date of the due rule \"*-*~01\"")]),
    Case(
      name: "balance_date with a time",
      text: loan(valid + ", balance = \"7500.00\", balance_date = ⟨⟩2026-12-01T09:00:00"),
      expected: [("", "'balance_date' is a date without a time, such as 2026-12-10")]),
    Case(
      name: "balance_date as a string",
      text: loan(valid + ", balance = \"7500.00\", balance_date = ⟨⟩\"2026-12-01\""),
      expected: [("", "'balance_date' must be a local date, not a string")]),
    Case(
      name: "paid_through before the first due date",
      text: loan(valid + ", paid_through = ⟨⟩2025-12-31"),
      expected: [("", "paid_through 2025-12-31 is before the first due date 2026-01-10")]),
    Case(
      name: "a missing holiday file",
      text: #"daemon = { holidays = ["假日.txt", ⟨⟩"缺失.txt"] }"#,
      expected: [("", "holiday file: {DIR}/缺失.txt: cannot read the file: it does not exist")]),
    Case(
      name: "a hook command that is not an absolute path",
      text: #"hook = [{ on = ["overdue"], exec = [⟨⟩"logger", "逾期"] }]"#,
      expected: [("", "'logger' is not an absolute path; hooks run without a shell or PATH search")]),
    Case(
      name: "a hook command that is not executable",
      text: #"hook = [{ on = ["overdue"], exec = [⟨⟩"{DIR}/说明.txt", "逾期"] }]"#,
      expected: [("", "'{DIR}/说明.txt' is not an executable file: it may not be executed (chmod +x)")]),
    Case(
      name: "a hook command that does not exist",
      text: #"hook = [{ on = ["overdue"], exec = [⟨⟩"/usr/bin/no-such-repayd-hook", "逾期"] }]"#,
      expected: [("", "'/usr/bin/no-such-repayd-hook' is not an executable file: it does not exist")]),
    Case(
      name: "a hook stage that names no stage",
      text: #"hook = [{ exec = ["/usr/bin/logger", "逾期"], on = ["overdue", ⟨⟩"overdeu"] }]"#,
      expected: [
        (
          "",
          "'overdeu' names no stage (stages: advance, due, overdue, settled, summary, reminder); did you mean 'overdue'?"
        )
      ]),
    Case(
      name: "a loan whose every instalment is paid",
      text: loan(valid + ", paid_through = ⟨⟩2026-12-10"),
      expected: [
        ("", "warning: every instalment of 'huabei' is paid through 2026-12-10; nothing will be reminded")
      ]),
  ]

  @Test("each class of fault, with its message, line and column", arguments: cases)
  func fault(_ testCase: Case) throws {
    let fixture = try ConfigurationFixture()
    defer { fixture.remove() }
    try fixture.write("假日.txt", "2026-10-01 holiday\n")
    try fixture.write("说明.txt", "not a program\n")
    try fixture.write(
      "repayd.toml", "# 配置\n" + testCase.text.replacingOccurrences(of: "{DIR}", with: fixture.directory.path))
    let expected = testCase.expected.map { label, message in
      let text = message.replacingOccurrences(of: "{DIR}", with: fixture.directory.path)
      return text.hasPrefix("warning: ")
        ? fixture.expected(label, String(text.dropFirst(9)), severity: .warning)
        : fixture.expected(label, text)
    }
    #expect(fixture.check("repayd.toml") == expected)
  }
}
