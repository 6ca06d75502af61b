import RepayCore

/// The keys of one table of the configuration, read by type: each accessor records a
/// diagnostic at the value when its type is wrong and returns nil, so that a reader goes on to
/// find every other fault. Unknown keys are reported when the fields are made.
struct TableFields {
  /// The table's name in messages: `[daemon]`, `[[loan]]`, `due`.
  let name: String
  /// Where the table starts, for a missing key.
  let location: SourceLocation
  private let table: TOMLTable
  let log: DiagnosticLog

  /// The fields of `table`; any key not in `allowed` is reported, with the nearest allowed one
  /// as a suggestion.
  init(_ table: TOMLTable, name: String, at location: SourceLocation, allowed: [String], log: DiagnosticLog) {
    self.table = table
    self.name = name
    self.location = location
    self.log = log
    for entry in table.entries where !allowed.contains(entry.key.name) {
      log.error(
        .unknownKey(
          entry.key.name, table: name, suggestion: KeySuggestion.nearest(to: entry.key.name, among: allowed)),
        at: entry.key.location)
    }
  }

  /// The value of `key`, whatever its type.
  func value(_ key: String) -> TOMLValue? { table[key] }

  /// Whether the table has `key`.
  func has(_ key: String) -> Bool { table[key] != nil }

  /// Records that the table lacks `key`.
  func reportMissing(_ key: String) {
    log.error(.missingKey(key, table: name), at: location)
  }

  /// A string, or nil (missing, or reported as the wrong type); with `required`, a missing key
  /// is reported too.
  func string(_ key: String, required: Bool = false) -> (String, TOMLValue)? {
    guard let value = present(key, required: required) else { return nil }
    guard case .string(let text) = value.kind else { return wrongType(key, .string, value) }
    return (text, value)
  }

  /// An integer, or nil.
  func integer(_ key: String, required: Bool = false) -> (Int64, TOMLValue)? {
    guard let value = present(key, required: required) else { return nil }
    guard case .integer(let number) = value.kind else { return wrongType(key, .integer, value) }
    return (number, value)
  }

  /// An integer in `range`, or nil.
  func integer(_ key: String, in range: ClosedRange<Int64>, required: Bool = false) -> (Int64, TOMLValue)? {
    guard let (number, value) = integer(key, required: required) else { return nil }
    guard range.contains(number) else {
      log.error(.integerOutOfRange(key: key, range: range), at: value.location)
      return nil
    }
    return (number, value)
  }

  /// A boolean, or nil.
  func boolean(_ key: String) -> (Bool, TOMLValue)? {
    guard let value = present(key, required: false) else { return nil }
    guard case .boolean(let flag) = value.kind else { return wrongType(key, .boolean, value) }
    return (flag, value)
  }

  /// A local date, or nil; a date with a time is reported as such.
  func date(_ key: String, required: Bool = false) -> (LocalDate, TOMLValue)? {
    guard let value = present(key, required: required) else { return nil }
    return TableFields.date(value, key: key, log: log).map { ($0, value) }
  }

  /// A table, or nil.
  func table(_ key: String) -> (TOMLTable, TOMLValue)? {
    guard let value = present(key, required: false) else { return nil }
    guard case .table(let inner) = value.kind else { return wrongType(key, .table, value) }
    return (inner, value)
  }

  /// An array of strings, or nil; each wrong element is reported and left out.
  func strings(_ key: String, required: Bool = false) -> ([(String, TOMLValue)], TOMLValue)? {
    guard let value = present(key, required: required) else { return nil }
    guard case .array(let elements) = value.kind else {
      return wrongType(key, .string, value, elements: true)
    }
    var result: [(String, TOMLValue)] = []
    for element in elements {
      guard case .string(let text) = element.kind else {
        log.error(
          .wrongType(key: key, expected: .string, elements: false, found: element.type), at: element.location)
        continue
      }
      result.append((text, element))
    }
    return (result, value)
  }

  /// The date `value` holds, or nil after reporting why it is none.
  static func date(_ value: TOMLValue, key: String, log: DiagnosticLog) -> LocalDate? {
    switch value.kind {
    case .localDate(let date):
      return LocalDate(year: date.year, month: date.month, day: date.day)
    case .localDateTime, .offsetDateTime:
      log.error(.dateWithTime(key: key), at: value.location)
    default:
      log.error(
        .wrongType(key: key, expected: .localDate, elements: false, found: value.type), at: value.location)
    }
    return nil
  }

  private func present(_ key: String, required: Bool) -> TOMLValue? {
    guard let value = table[key] else {
      if required { reportMissing(key) }
      return nil
    }
    return value
  }

  private func wrongType<T>(_ key: String, _ expected: TOMLType, _ value: TOMLValue, elements: Bool = false)
    -> T?
  {
    log.error(
      .wrongType(key: key, expected: expected, elements: elements, found: value.type), at: value.location)
    return nil
  }
}
