/// RFC 5545 content lines being written: each ends in CRLF, and a line longer than 75 octets is
/// folded (CRLF and a space) before the octet that would pass 75, never inside a UTF-8 sequence.
public struct ICalendarLines: Sendable {
  /// The longest line, in octets, without its CRLF.
  public static let octetLimit = 75

  /// What was written so far.
  public private(set) var text = ""

  /// No lines yet.
  public init() {}

  /// Appends the content line `NAME:VALUE`; `name` may carry parameters (`DTSTART;VALUE=DATE`),
  /// `value` is written as it is (escape TEXT with `ICalendarValue.escaped`).
  public mutating func append(_ name: String, _ value: String) {
    if name.utf8.count + 1 + value.utf8.count <= Self.octetLimit {
      text += name
      text += ":"
      text += value
      text += "\r\n"
      return
    }
    var octets = 0
    var limit = Self.octetLimit
    for part in [name, ":", value] {
      for scalar in part.unicodeScalars {
        let width = UTF8.width(scalar)
        if octets + width > limit {
          // The continuation's leading space counts toward its 75 octets.
          text += "\r\n "
          octets = 0
          limit = Self.octetLimit - 1
        }
        text.unicodeScalars.append(scalar)
        octets += width
      }
    }
    text += "\r\n"
  }
}
