import RepayCore

/// One TOML value together with the place in the file where it was written.
///
/// Every value carries its location so that a later check (`day = 32`) can point at the value
/// itself, not only at syntax errors. For an inline table or an array the location is that of its
/// opening bracket; for a table defined by a `[header]` or `[[header]]` line, that of the line's
/// first `[`; for a table that dotted keys or a header below it created, that of the key.
public struct TOMLValue: Hashable, Sendable {
  /// What a value is, with its payload.
  public enum Kind: Hashable, Sendable {
    /// A string, escapes already resolved.
    case string(String)
    /// A 64-bit signed integer (TOML's range).
    case integer(Int64)
    /// An IEEE 754 binary64 float. Money is never read from one: amounts are strings.
    case float(Double)
    /// `true` or `false`.
    case boolean(Bool)
    /// A date and time with an offset from UTC.
    indirect case offsetDateTime(TOMLOffsetDateTime)
    /// A date and time without an offset.
    indirect case localDateTime(TOMLLocalDateTime)
    // Not `indirect`: repayd's files are full of dates, and a date is three integers, which
    // cost eight bytes more in every value but spare each date an allocation of its own.
    /// A calendar date without a time.
    case localDate(TOMLLocalDate)
    /// A time of day without a date.
    indirect case localTime(TOMLLocalTime)
    /// An array; for an array of tables (`[[x]]`) its elements are tables.
    case array([TOMLValue])
    // Not `indirect`: a table is two references, no larger than a string, so a box per table
    // would cost an allocation and buy nothing.
    /// A table: a header table, a dotted-key table, an inline table or the root.
    case table(TOMLTable)
  }

  /// The value.
  public var kind: Kind
  /// Where the value was written.
  public var location: SourceLocation

  /// Creates a value at a location.
  public init(_ kind: Kind, at location: SourceLocation) {
    self.kind = kind
    self.location = location
  }

  /// The TOML type of this value, for messages about wrong types.
  public var type: TOMLType {
    switch kind {
    case .string: .string
    case .integer: .integer
    case .float: .float
    case .boolean: .boolean
    case .offsetDateTime: .offsetDateTime
    case .localDateTime: .localDateTime
    case .localDate: .localDate
    case .localTime: .localTime
    case .array: .array
    case .table: .table
    }
  }
}
