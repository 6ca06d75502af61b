import RepayCore

/// Reads a holiday file named in `[daemon].holidays`, in either form: iCalendar (the content
/// starts with `BEGIN:VCALENDAR`) or a plain list of dates.
enum HolidayFileReader {
  /// The calendar in the file at `path`, or nil after reporting why not: at `value` (where the
  /// configuration names the file) when it cannot be read, at the file's own lines when its
  /// content is wrong.
  static func read(_ path: String, namedAt value: TOMLValue, log: DiagnosticLog) -> HolidayCalendar? {
    let bytes: [UInt8]
    do {
      bytes = try SourceFile.read(path)
    } catch {
      log.error(.holidayFile("\(path): " + error.message(in: log.language)), at: value.location)
      return nil
    }
    do {
      return isICalendar(bytes)
        ? try ICalendarHolidayReader.read(bytes, file: path, language: log.language)
        : try HolidayListReader.read(bytes, file: path, language: log.language)
    } catch {
      error.items.forEach(log.append)
      return nil
    }
  }

  /// Whether the content begins, after an optional byte-order mark and blank lines, with
  /// `BEGIN:VCALENDAR` (in any case, as RFC 5545 allows).
  private static func isICalendar(_ bytes: [UInt8]) -> Bool {
    var content = bytes[...]
    if content.starts(with: [0xEF, 0xBB, 0xBF]) { content = content.dropFirst(3) }
    content = content.drop { $0 == 0x0A || $0 == 0x0D || $0 == 0x20 || $0 == 0x09 }
    return String(decoding: content.prefix(15), as: UTF8.self).uppercased() == "BEGIN:VCALENDAR"
  }
}
