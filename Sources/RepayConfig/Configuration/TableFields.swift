import RepayCore

/// The keys of one table of the configuration, read by type: each accessor records a
/// diagnostic at the value when its type is wrong and returns nil, so that a reader goes on to
/// find every other fault. Unknown keys are reported when the fields are made.
///
/// Accessors return the value alone, read where it lies in the table; a reader that finds it
/// wrong asks for its location then (`error(_:at:)`), so that the common case copies no
/// `TOMLValue` and no location.
struct TableFields<Key: TableKey> {
  /// The table's name in messages: `[daemon]`, `[[loan]]`, `due`.
  let name: String
  /// Where the table starts, for a missing key.
  let location: SourceLocation
  /// Where every diagnostic goes.
  let log: DiagnosticLog
  private let entries: [TOMLTable.Entry]
  /// For each key, by its raw value, where its entry is in `entries`: 0 when the table lacks
  /// the key (or it is not allowed), else its index plus 1, or `beyondPositions` for an index
  /// that does not fit.
  // A SIMD vector is the fixed-size array at hand that lives inline (`InlineArray` needs
  // macOS 26), and bytes keep it in one register: a heap array would cost an allocation for
  // every table read, wider elements a copy through memory for every key found.
  private var positions = SIMD32<UInt8>(repeating: 0)
  /// In `positions`, an entry past the first 254, found again by name when it is read: only a
  /// table that is mostly unknown keys has one.
  private static var beyondPositions: UInt8 { .max }

  /// The fields of `table`; any key that is not a case of `Key`, or is one of `excluding`, is
  /// reported, with the nearest allowed one as a suggestion, and reads as absent.
  ///
  /// - Precondition: `Key` has at most 32 cases.
  // `table` is consumed: its entries are kept, and a table the caller no longer needs is not
  // retained once more for them.
  init(
    _ table: consuming TOMLTable, name: String, at location: SourceLocation, excluding: [Key] = [],
    log: DiagnosticLog
  ) {
    self.name = name
    self.location = location
    self.log = log
    self.entries = table.entries
    // Files mostly write keys in the order `Key` lists them, so the search for each key starts
    // after the one found last and usually matches at once.
    var next = 0
    // Through the buffer, so that each name is compared where it lies instead of being copied
    // out with its entry.
    positions = entries.withUnsafeBufferPointer { entries in
      var positions = SIMD32<UInt8>(repeating: 0)
      for position in entries.indices {
        if let key = Self.key(named: entries[position].key.name, from: next), !excluding.contains(key) {
          positions[key.rawValue] = UInt8(min(position + 1, Int(Self.beyondPositions)))
          next = key.rawValue + 1
        } else {
          let key = entries[position].key
          let allowed = Key.allCases.filter { !excluding.contains($0) }.map(\.name)
          log.error(
            .unknownKey(
              key.name, table: name, suggestion: KeySuggestion.nearest(to: key.name, among: allowed)),
            at: key.location)
        }
      }
      return positions
    }
  }

  /// The value of `key`, whatever its type; nil when the table lacks it.
  func value(_ key: Key) -> TOMLValue? {
    position(of: key).map { entries[$0].value }
  }

  /// Whether the table has `key`.
  func has(_ key: Key) -> Bool {
    position(of: key) != nil
  }

  /// Where `key` itself is written; nil when the table lacks it.
  func keyLocation(of key: Key) -> SourceLocation? {
    position(of: key).map { entries[$0].key.location }
  }

  /// Where the value of `key` is written.
  ///
  /// - Precondition: the table has `key`.
  func location(of key: Key) -> SourceLocation {
    entries[position(of: key)!].value.location
  }

  /// Records `problem` at the value of `key`.
  ///
  /// - Precondition: the table has `key`.
  func error(_ problem: ConfigProblem, at key: Key) {
    log.error(problem, at: location(of: key))
  }

  /// Records that the table lacks `key`.
  func reportMissing(_ key: Key) {
    log.error(.missingKey(key.name, table: name), at: location)
  }

  /// A string, or nil (missing, or reported as the wrong type); with `required`, a missing key
  /// is reported too.
  func string(_ key: Key, required: Bool = false) -> String? {
    guard let position = present(key, required: required) else { return nil }
    guard case .string(let text) = entries[position].value.kind else {
      return wrongType(key, .string, at: position)
    }
    return text
  }

  /// An integer, or nil.
  func integer(_ key: Key, required: Bool = false) -> Int64? {
    guard let position = present(key, required: required) else { return nil }
    guard case .integer(let number) = entries[position].value.kind else {
      return wrongType(key, .integer, at: position)
    }
    return number
  }

  /// An integer in `range`, or nil.
  func integer(_ key: Key, in range: ClosedRange<Int64>, required: Bool = false) -> Int64? {
    guard let number = integer(key, required: required) else { return nil }
    guard range.contains(number) else {
      error(.integerOutOfRange(key: key.name, range: range), at: key)
      return nil
    }
    return number
  }

  /// A boolean, or nil.
  func boolean(_ key: Key) -> Bool? {
    guard let position = present(key, required: false) else { return nil }
    guard case .boolean(let flag) = entries[position].value.kind else {
      return wrongType(key, .boolean, at: position)
    }
    return flag
  }

  /// A local date, or nil; a date with a time is reported as such.
  func date(_ key: Key, required: Bool = false) -> LocalDate? {
    guard let position = present(key, required: required) else { return nil }
    return date(in: entries[position].value, key: key)
  }

  /// The date `value` (the value of `key`, or one of its elements) holds, or nil after
  /// reporting why it is none.
  func date(in value: TOMLValue, key: Key) -> LocalDate? {
    switch value.kind {
    case .localDate(let date):
      return LocalDate(year: date.year, month: date.month, day: date.day)
    case .localDateTime, .offsetDateTime:
      log.error(.dateWithTime(key: key.name), at: value.location)
    default:
      log.error(
        .wrongType(key: key.name, expected: .localDate, elements: false, found: value.type),
        at: value.location)
    }
    return nil
  }

  /// A table and where it starts, or nil.
  func table(_ key: Key) -> (TOMLTable, SourceLocation)? {
    guard let position = present(key, required: false) else { return nil }
    guard case .table(let inner) = entries[position].value.kind else {
      return wrongType(key, .table, at: position)
    }
    return (inner, entries[position].value.location)
  }

  /// An array of strings, each with its value, or nil; each wrong element is reported and left
  /// out.
  func strings(_ key: Key, required: Bool = false) -> [(String, TOMLValue)]? {
    guard let elements = elements(key, required: required) else { return nil }
    var result: [(String, TOMLValue)] = []
    result.reserveCapacity(elements.count)
    for element in elements {
      if let text = string(in: element, key: key) { result.append((text, element)) }
    }
    return result
  }

  /// The elements of the array `key`, or nil (missing, or reported as no array of strings).
  func elements(_ key: Key, required: Bool = false) -> [TOMLValue]? {
    guard let position = present(key, required: required) else { return nil }
    guard case .array(let elements) = entries[position].value.kind else {
      return wrongType(key, .string, at: position, elements: true)
    }
    return elements
  }

  /// The string `element`, an element of the array `key`, holds, or nil after reporting its type.
  func string(in element: TOMLValue, key: Key) -> String? {
    guard case .string(let text) = element.kind else {
      log.error(
        .wrongType(key: key.name, expected: .string, elements: false, found: element.type),
        at: element.location)
      return nil
    }
    return text
  }

  /// The key written `name`, searched from the one whose raw value is `start` round to it again.
  // By raw value, not through `Key.allCases`: a call for that array per table costs more than
  // the search.
  private static func key(named name: String, from start: Int) -> Key? {
    let first = Key(rawValue: start) == nil ? 0 : start
    var rawValue = first
    repeat {
      guard let key = Key(rawValue: rawValue) else {
        rawValue = 0
        continue
      }
      if key.name == name { return key }
      rawValue += 1
    } while rawValue != first
    return nil
  }

  /// The index in `entries` of `key`'s entry, or nil when the table lacks it (or `key` is not
  /// allowed in it).
  private func position(of key: Key) -> Int? {
    switch positions[key.rawValue] {
    case 0: return nil
    case Self.beyondPositions: return positionBeyond(of: key)
    case let stored: return Int(stored) - 1
    }
  }

  // Kept out of `position(of:)`, so that the common case stays small enough to inline.
  @inline(never)
  private func positionBeyond(of key: Key) -> Int? {
    let beyond = Int(Self.beyondPositions) - 1
    return entries[beyond...].firstIndex { $0.key.name == key.name }
  }

  private func present(_ key: Key, required: Bool) -> Int? {
    guard let position = position(of: key) else {
      if required { reportMissing(key) }
      return nil
    }
    return position
  }

  private func wrongType<T>(_ key: Key, _ expected: TOMLType, at position: Int, elements: Bool = false) -> T?
  {
    let value = entries[position].value
    log.error(
      .wrongType(key: key.name, expected: expected, elements: elements, found: value.type),
      at: value.location)
    return nil
  }
}
