/// Loads zones by name through an injected loader: the pure side of the system lookup, which
/// checks names and reads TZif data but leaves finding the bytes to its caller.
public struct TimeZoneLoader: Sendable {
  private let readZoneFile: @Sendable (String) throws -> [UInt8]

  /// A loader that gets the TZif bytes of a zone name such as "Europe/Berlin" from
  /// `readZoneFile`. A `TimeZoneError` it throws (such as `.unknownZone`) is passed on as it
  /// is; any other error becomes `.unreadable` with the error's description.
  public init(readZoneFile: @Sendable @escaping (String) throws -> [UInt8]) {
    self.readZoneFile = readZoneFile
  }

  /// The rules of the zone `identifier`. "UTC" needs no file, so that it works where no tz
  /// database is installed (systemd accepts it alike); other names, "Etc/UTC" included, are
  /// checked with `isValidIdentifier` and then read.
  public func rules(for identifier: String) throws(TimeZoneError) -> TimeZoneRules {
    if identifier == TimeZoneRules.utc.identifier { return .utc }
    guard Self.isValidIdentifier(identifier) else {
      throw TimeZoneError(identifier: identifier, reason: .invalidIdentifier)
    }
    let bytes: [UInt8]
    do {
      bytes = try readZoneFile(identifier)
    } catch let error as TimeZoneError {
      throw error
    } catch {
      throw TimeZoneError(identifier: identifier, reason: .unreadable(detail: "\(error)"))
    }
    return try TimeZoneRules(identifier: identifier, tzif: bytes)
  }

  /// Whether `identifier` is a name the tz database can hold, as systemd's
  /// `timezone_is_valid` decides: not empty, not starting or ending with `/`, no empty
  /// component, only ASCII letters, digits, `/`, `_`, `+` and `-` (so no `.` or `..`), and
  /// shorter than `PATH_MAX`.
  public static func isValidIdentifier(_ identifier: String) -> Bool {
    let bytes = Array(identifier.utf8)
    guard let first = bytes.first, let last = bytes.last, first != UInt8(ascii: "/"),
      last != UInt8(ascii: "/"),
      bytes.count < 4_096
    else { return false }
    let slash = UInt8(ascii: "/")
    let allowed = bytes.allSatisfy { byte in
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "/"), UInt8(ascii: "_"), UInt8(ascii: "+"),
        UInt8(ascii: "-"):
        true
      default: false
      }
    }
    return allowed && !zip(bytes, bytes.dropFirst()).contains { $0 == slash && $1 == slash }
  }
}
