import RepayCore

/// Reads a holiday list, the plain-text form of a holiday calendar: one date a line with what
/// it is, `holiday` (a day off) or `workday` (a weekend day worked to make up for one), `#`
/// comments, and `covers YYYY` for each year whose whole arrangement the list holds:
///
/// ```
/// covers 2025
/// # National Day 2025
/// 2025-10-01 holiday
/// 2025-09-28 workday   # Sunday
/// ```
///
/// The calendar reaches to the end of the last year covered; a list that declares no year
/// reaches to the end of the year of its latest date (a notice may list the first days of the
/// next year, which is why the declaration wins).
///
/// Every fault is reported, each at its line and column, in the diagnostic format of
/// `repayctl check`.
public enum HolidayListReader {
  /// The calendar in `bytes`, or every diagnostic about them; `file` is used in locations.
  public static func read(_ bytes: [UInt8], file: String, language: Language) throws(Diagnostics)
    -> HolidayCalendar
  {
    var holidays: Set<LocalDate> = []
    var workdays: Set<LocalDate> = []
    var firstLine: [LocalDate: Int] = [:]
    var covered: [Int] = []
    var diagnostics: [Diagnostic] = []
    let text = String(decoding: bytes, as: UTF8.self)
    for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = rawLine.prefix { $0 != "#" }
      let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
      guard let first = words.first else { continue }
      func at(_ word: Substring) -> SourceLocation {
        SourceLocation(
          file: file, line: number + 1,
          column: rawLine.unicodeScalars.distance(
            from: rawLine.unicodeScalars.startIndex, to: word.unicodeScalars.startIndex) + 1)
      }
      func fault(_ word: Substring, _ english: String, _ chinese: String) {
        diagnostics.append(Diagnostic(.error, at: at(word), language == .english ? english : chinese))
      }
      if first == "covers" {
        guard words.count == 2, let year = Int(words[1]), words[1].count == 4 else {
          fault(
            words.dropFirst().first ?? first, "write the year the list covers in full: covers YYYY",
            "请写出本列表完整涵盖的年份：covers YYYY")
          continue
        }
        covered.append(year)
        continue
      }
      guard let date = LocalDate(parsing: first) else {
        fault(first, "'\(first)' is not a date; write YYYY-MM-DD", "'\(first)' 不是日期；请写成 YYYY-MM-DD")
        continue
      }
      guard words.count >= 2 else {
        fault(
          first, "say what \(first) is: holiday or workday", "请说明 \(first) 是 holiday（休息日）还是 workday（调休上班日）")
        continue
      }
      let kind = words[1]
      guard kind == "holiday" || kind == "workday" else {
        fault(kind, "'\(kind)' is neither holiday nor workday", "'\(kind)' 既不是 holiday 也不是 workday")
        continue
      }
      if words.count > 2 {
        fault(words[2], "only a date and holiday or workday belong on a line", "每行只能写日期和 holiday 或 workday")
        continue
      }
      if kind == "workday" && !date.isWeekend {
        fault(
          kind, "\(date) is a weekday already; a workday line is for a weekend day worked",
          "\(date) 本来就是工作日；workday 只用于调休上班的周末")
        continue
      }
      let isHoliday = kind == "holiday"
      if (isHoliday ? workdays : holidays).contains(date) {
        let other = firstLine[date].map { " (line \($0))" } ?? ""
        fault(
          kind, "\(date) is listed both as a holiday and as a workday\(other)",
          "\(date) 同时被列为 holiday 和 workday\(other)")
        continue
      }
      if isHoliday { holidays.insert(date) } else { workdays.insert(date) }
      firstLine[date] = firstLine[date] ?? number + 1
    }
    guard diagnostics.isEmpty else { throw Diagnostics(diagnostics) }
    return HolidayCalendar(holidays: holidays, makeUpWorkdays: workdays, lastYear: covered.max())
  }
}
