import Foundation
import RepayConfig
import RepayConfigTestSupport
import RepayCore
import Testing

/// Faults that involve more than one file or place: duplicates across `loans.d`, holiday files
/// with faults of their own, permissions, and many faults reported together.
@Suite("configuration files")
struct ConfigurationFilesTests {
  @Test("a duplicate loan id across files names both places; a duplicate reminder id too")
  func duplicates() throws {
    let fixture = try ConfigurationFixture()
    defer { fixture.remove() }
    let loan =
      #"amount = "1.00", currency = "CNY", due = { day = 1 }, first_due = 2026-01-01, installments = 2 }]"#
    try fixture.write("loans.d/10-a.toml", #"loan = [{ name = "花呗", id = ⟨first⟩"huabei", "# + loan)
    try fixture.write("loans.d/20-b.toml", #"loan = [{ name = "花呗二", id = ⟨second⟩"huabei", "# + loan)
    try fixture.write(
      "repayd.toml",
      """
      [[reminder]]
      id = ⟨r1⟩"report"
      message = "查征信"
      calendar = "quarterly"
      [[reminder]]
      message = "查征信"
      id = ⟨r2⟩"report"
      calendar = "monthly"
      """)
    let firstLoan = fixture.expected("first", "").split(separator: ":").prefix(3).joined(separator: ":")
    let firstReminder = fixture.expected("r1", "").split(separator: ":").prefix(3).joined(separator: ":")
    #expect(
      fixture.check() == [
        fixture.expected("r2", "reminder id 'report' is already used at \(firstReminder)"),
        fixture.expected("second", "loan id 'huabei' is already used at \(firstLoan)"),
      ])
  }

  @Test("a second [daemon] in another file is reported with the first one's place")
  func secondDaemon() throws {
    let fixture = try ConfigurationFixture()
    defer { fixture.remove() }
    try fixture.write("repayd.toml", "⟨first⟩[daemon]\nlocale = \"zh-Hans\"\n")
    try fixture.write("loans.d/a.toml", "# 第二个\n⟨second⟩[daemon]\nlocale = \"en\"\n")
    let first = fixture.expected("first", "").split(separator: ":").prefix(3).joined(separator: ":")
    #expect(
      fixture.check() == [
        fixture.expected("second", "[daemon] is already defined at \(first); keep it in one file")
      ])
  }

  @Test("a malformed holiday file is reported at its own lines, in either format")
  func malformedHolidayFiles() throws {
    let fixture = try ConfigurationFixture()
    defer { fixture.remove() }
    try fixture.write("假日.txt", "# 国庆\n⟨list⟩2026-10-32 holiday\n")
    try fixture.write(
      "假日.ics",
      "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:国庆\r\nDTSTART;VALUE=DATE:⟨ics⟩20261001T090000\r\nEND:VEVENT\r\nEND:VCALENDAR"
    )
    try fixture.write("repayd.toml", #"daemon = { holidays = ["假日.txt", "假日.ics"] }"#)
    let diagnostics = fixture.check("repayd.toml")
    #expect(diagnostics.count == 2)
    #expect(diagnostics.contains(fixture.expected("list", "'2026-10-32' is not a date; write YYYY-MM-DD")))
    #expect(diagnostics.contains { $0.hasPrefix(fixture.expected("ics", "").dropLast(2)) })
  }

  @Test("a configuration writable by other users is a warning, not an error")
  func writableByOthers() throws {
    let fixture = try ConfigurationFixture()
    defer { fixture.remove() }
    try fixture.write("repayd.toml", "[daemon]\nlocale = \"en\"\n")
    chmod(fixture.path("repayd.toml"), 0o666)
    let report = fixture.read()
    #expect(report.configuration != nil)
    #expect(
      report.diagnostics.map(\.description) == [
        "\(fixture.path("repayd.toml")):1:1: warning: this file can be written by other users, who could change "
          + "your reminders or run commands as you through hooks; chmod o-w"
      ])
  }

  @Test("every fault of a file at once, in the order of the file, in Chinese too")
  func allAtOnce() throws {
    let fixture = try ConfigurationFixture()
    defer { fixture.remove() }
    try fixture.write(
      "repayd.toml",
      """
      [reminders]
      at = "9⟨a⟩:30"
      [[loan]]
      id = "huabei"
      name = "花呗"
      amount = "⟨b⟩-1.00"
      currency = "CNY"
      due = { day = ⟨c⟩0 }
      open_ended = true
      first_due = 2026-01-10
      """)
    #expect(
      fixture.check(language: .simplifiedChinese) == [
        fixture.expected("a", "时间应写成 HH:MM，例如 09:30"),
        fixture.expected("b", "'amount' 不能为负数"),
        fixture.expected("c", "还款日 0 超出范围；应在 1 到 31 之间（31 在小月表示月末）"),
      ])
  }

  @Test("a missing configuration is one error naming the place looked at")
  func missing() throws {
    let fixture = try ConfigurationFixture()
    defer { fixture.remove() }
    #expect(
      fixture.check("nothing.toml") == [
        "\(fixture.path("nothing.toml")):1:1: error: no configuration: cannot read the file: it does not exist"
      ])
    #expect(
      fixture.check() == [
        "\(fixture.directory.path):1:1: error: no configuration: neither repayd.toml nor loans.d/*.toml is in this directory"
      ])
  }
}
