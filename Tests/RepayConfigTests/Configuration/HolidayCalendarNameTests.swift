import Foundation
import RepayConfig
import RepayConfigTestSupport
import RepayCore
import Testing

/// Issue 21: `holidays = ["cn"]` names a shipped calendar, every `cn-YYYY.txt` or `cn-YYYY.ics`
/// in `$XDG_DATA_HOME/repayd/holidays/`, then each of `$XDG_DATA_DIRS` + `/repayd/holidays/`,
/// then a build folder's source tree `seeds/holidays/` (the test bundle runs from one); an entry
/// with a `/` or ending in `.ics` or `.txt` is a file, as before.
struct HolidayCalendarNameTests {
  private static let seeds = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("seeds/holidays").path

  /// A holiday list that covers `year` and has `holidays` as its days off.
  private func list(_ year: Int, _ holidays: String...) -> String {
    "covers \(year)\n" + holidays.map { "\($0) holiday\n" }.joined()
  }

  /// The same days as an iCalendar file, one all-day event each.
  private func iCalendar(_ holidays: String...) -> String {
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
      + holidays.map { day in
        let compact = day.replacingOccurrences(of: "-", with: "")
        return "BEGIN:VEVENT\r\nUID:\(compact)@test\r\nDTSTAMP:20260101T000000Z\r\n"
          + "DTSTART;VALUE=DATE:\(compact)\r\nSUMMARY:day off\r\nEND:VEVENT\r\n"
      }.joined() + "END:VCALENDAR\r\n"
  }

  private func dates(_ texts: String...) -> Set<LocalDate> { Set(texts.map { LocalDate(parsing: $0)! }) }

  @Test(
    "a name takes each year from the first folder that has it: XDG_DATA_HOME, then XDG_DATA_DIRS in order, then the source tree; .txt before .ics"
  )
  func lookUpOrder() throws {
    let fixture = try ConfigurationFixture()
    defer { fixture.remove() }
    try fixture.write("home/repayd/holidays/cn-2026.txt", list(2026, "2026-03-02"))
    try fixture.write("first/repayd/holidays/cn-2026.txt", list(2026, "2026-03-03"))
    try fixture.write("first/repayd/holidays/cn-2027.ics", iCalendar("2027-03-01"))
    try fixture.write("first/repayd/holidays/cn-2028.ics", iCalendar("2028-03-01"))
    try fixture.write("first/repayd/holidays/cn-2028.txt", list(2028, "2028-03-02"))
    try fixture.write("second/repayd/holidays/cn-2027.txt", list(2027, "2027-03-02"))
    try fixture.write("second/repayd/holidays/cn-2029.txt", list(2029, "2029-03-01"))
    try fixture.write("second/repayd/holidays/other-2030.txt", list(2030, "2030-03-01"))
    try fixture.write("repayd.toml", "[daemon]\nholidays = [\"cn\"]\n")
    let report = fixture.read(
      "repayd.toml",
      environment: [
        "XDG_DATA_HOME": fixture.path("home"),
        "XDG_DATA_DIRS": fixture.path("first") + ":relative/ignored:" + fixture.path("second") + "/",
      ])
    #expect(report.diagnostics.map(\.description) == [])
    let holidays = try #require(report.configuration).holidays
    // 2025 comes from the source tree's seeds alone; every later year from the data folders.
    let source = try HolidayListReader.read(
      SourceFile.read(Self.seeds + "/cn-2025.txt"), file: "cn-2025.txt", language: .english)
    #expect(
      holidays.holidays
        == source.holidays.union(dates("2026-03-02", "2027-03-01", "2028-03-02", "2029-03-01")))
    #expect(holidays.makeUpWorkdays == source.makeUpWorkdays)
    #expect(holidays.lastYear == 2029)
  }

  @Test("without XDG variables: ~/.local/share, then /usr/local/share and /usr/share, then the source tree")
  func defaultFolders() {
    let root = URL(fileURLWithPath: Self.seeds).deletingLastPathComponent().deletingLastPathComponent().path
    // The kernel names `.build/debug/repayd` by the folder the link points to.
    #expect(
      HolidayFolders.standard(
        environment: ["HOME": "/home/ann"], executable: root + "/.build/x86_64-unknown-linux-gnu/debug/repayd"
      ).paths == [
        "/home/ann/.local/share/repayd/holidays", "/usr/local/share/repayd/holidays",
        "/usr/share/repayd/holidays", root + "/seeds/holidays",
      ])
    // An installed program, and a build folder whose source tree has no seeds.
    for executable in ["/usr/bin/repayd", "/tmp/no-such-tree/.build/debug/repayd"] {
      #expect(
        HolidayFolders.standard(environment: ["XDG_DATA_DIRS": ""], executable: executable).paths
          == ["/usr/local/share/repayd/holidays", "/usr/share/repayd/holidays"])
    }
  }

  @Test("an unknown name is an error at its place, naming the folders searched and the calendars there")
  func unknownName() throws {
    let fixture = try ConfigurationFixture()
    defer { fixture.remove() }
    try fixture.write("data/repayd/holidays/hk-2026.txt", list(2026, "2026-03-02"))
    try fixture.write("repayd.toml", "[daemon]\nholidays = [\"cn\", ⟨\"cn-2026\"]\n")
    let environment = ["XDG_DATA_HOME": fixture.path("data"), "XDG_DATA_DIRS": fixture.path("none")]
    let searched = [fixture.path("data/repayd/holidays"), fixture.path("none/repayd/holidays"), Self.seeds]
    #expect(
      fixture.read("repayd.toml", environment: environment).diagnostics.map(\.description) == [
        fixture.expected(
          "",
          "no holiday calendar is named 'cn-2026' (searched \(searched.joined(separator: ", ")); "
            + "there are: cn, hk); a holiday file is named by its path, with a '/' or ending in .ics or .txt")
      ])
    #expect(
      fixture.read("repayd.toml", language: .simplifiedChinese, environment: environment).diagnostics.map(
        \.description) == [
          fixture.expected(
            "",
            "没有名为 'cn-2026' 的节假日日历（查找了 \(searched.joined(separator: "、"))；其中有：cn、hk）；"
              + "节假日文件请写路径，含 '/' 或以 .ics、.txt 结尾")
        ])
  }

  @Test("an entry with a '/' or ending in .ics or .txt is a file beside the configuration, as before")
  func pathsStayPaths() throws {
    let fixture = try ConfigurationFixture()
    defer { fixture.remove() }
    try fixture.write("lists/cn", list(2031, "2031-03-03"))
    try fixture.write("cn.txt", list(2031, "2031-03-04"))
    try fixture.write("cn.ics", iCalendar("2031-03-05"))
    try fixture.write("repayd.toml", "[daemon]\nholidays = [\"lists/cn\", \"cn.txt\", \"cn.ics\"]\n")
    let report = fixture.read("repayd.toml", environment: ["XDG_DATA_HOME": fixture.path("lists")])
    #expect(report.diagnostics.map(\.description) == [])
    #expect(
      try #require(report.configuration).holidays.holidays == dates("2031-03-03", "2031-03-04", "2031-03-05"))
  }
}
