import RepayCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The system's tz database and local zone, found as glibc finds them: zone files under
/// `$TZDIR` (or `/usr/share/zoneinfo`), the zone named by `TZ`, else `/etc/localtime`.
///
/// The environment is a parameter, never read here, so that callers and tests decide it.
public enum SystemTimeZone {
  /// Where the tz database lives when `TZDIR` does not say.
  public static let defaultZoneDirectory = "/usr/share/zoneinfo"
  /// The system's local zone file, usually a symbolic link into the zone directory.
  public static let defaultLocalTimePath = "/etc/localtime"

  /// The system's local zone file: `REPAYD_LOCALTIME` when it is an absolute path (for tests,
  /// which may not change the machine's zone), else `defaultLocalTimePath`.
  public static func localTimePath(environment: [String: String]) -> String {
    guard let path = environment["REPAYD_LOCALTIME"], path.hasPrefix("/") else { return defaultLocalTimePath }
    return path
  }

  /// The zone directory: `TZDIR` when set and not empty (as in glibc), else
  /// `defaultZoneDirectory`.
  public static func zoneDirectory(environment: [String: String]) -> String {
    guard let directory = environment["TZDIR"], !directory.isEmpty else { return defaultZoneDirectory }
    return directory
  }

  /// A loader that reads zone names from the zone directory. A missing file (or a directory
  /// or a path through a non-directory) is an `.unknownZone`; other failures are `.unreadable`
  /// with the system's reason.
  public static func loader(environment: [String: String]) -> TimeZoneLoader {
    let directory = zoneDirectory(environment: environment)
    return TimeZoneLoader { name throws(TimeZoneError) in
      try readZoneFile(directory + "/" + name, identifier: name)
    }
  }

  /// The zone named `identifier` in the zone directory ("UTC" needs no file).
  public static func rules(for identifier: String, environment: [String: String]) throws(TimeZoneError)
    -> TimeZoneRules
  {
    try loader(environment: environment).rules(for: identifier)
  }

  /// The zone `TZ` asks for, resolved as glibc's `tzset` does, apart from an empty `TZ`:
  ///
  /// - unset or empty (also `:` alone): the zone of `localTimePath`; its identifier is the
  ///   target of that symbolic link relative to the zone directory (or to
  ///   `/usr/share/zoneinfo`), else "localtime". A missing file means UTC, as in glibc and
  ///   systemd. (glibc reads an empty `TZ` as UTC; repayd's daemon treats it as unset.)
  /// - `Area/City` or `:Area/City`, including "UTC": the zone file of that name.
  /// - `/path` or `:/path`: that TZif file, named by its path (relative to the zone directory
  ///   when it lies in it).
  /// - otherwise, or when no file of that name exists, a POSIX TZ rule such as
  ///   `CET-1CEST,M3.5.0,M10.5.0/3`, named by itself.
  public static func current(
    environment: [String: String], localTimePath: String = defaultLocalTimePath
  ) throws(TimeZoneError) -> TimeZoneRules {
    let value = environment["TZ"] ?? ""
    let specification = value.hasPrefix(":") ? String(value.dropFirst()) : value
    let directory = zoneDirectory(environment: environment)
    if specification.isEmpty { return try localTime(at: localTimePath, zoneDirectory: directory) }
    if specification.hasPrefix("/") {
      let bytes = try readZoneFile(specification, identifier: specification)
      return try TimeZoneRules(
        identifier: zoneName(ofPath: specification, zoneDirectory: directory) ?? specification, tzif: bytes)
    }
    let fileError: TimeZoneError
    do {
      return try loader(environment: environment).rules(for: specification)
    } catch {
      guard error.reason == .unknownZone || error.reason == .invalidIdentifier else { throw error }
      fileError = error
    }
    do {
      return try TimeZoneRules(identifier: specification, posixRule: specification)
    } catch {
      // A name that looks like a zone name is better explained as one: rules have no '/'.
      guard fileError.reason == .invalidIdentifier, !specification.contains("/") else { throw fileError }
      throw error
    }
  }

  /// The zone of the file at `path` (normally /etc/localtime), UTC when it does not exist.
  private static func localTime(at path: String, zoneDirectory: String) throws(TimeZoneError) -> TimeZoneRules
  {
    let bytes: [UInt8]
    do {
      bytes = try SourceFile.read(path)
    } catch {
      guard error.errorNumber == ENOENT else { throw unreadable(error, identifier: path) }
      return .utc
    }
    let identifier =
      symbolicLinkTarget(of: path).flatMap { zoneName(ofPath: $0, zoneDirectory: zoneDirectory) }
      ?? "localtime"
    return try TimeZoneRules(identifier: identifier, tzif: bytes)
  }

  /// The zone name of a file path inside the zone directory or the default one, if it is a
  /// valid name; `.` and `..` components are resolved first.
  private static func zoneName(ofPath path: String, zoneDirectory: String) -> String? {
    let components = normalizedComponents(path)
    for directory in [zoneDirectory, defaultZoneDirectory] {
      let prefix = normalizedComponents(directory)
      guard components.count > prefix.count, components.starts(with: prefix) else { continue }
      let name = components.dropFirst(prefix.count).joined(separator: "/")
      if TimeZoneLoader.isValidIdentifier(name) { return name }
    }
    return nil
  }

  /// The components of an absolute path with `.`, `..` and empty ones resolved lexically.
  private static func normalizedComponents(_ path: String) -> [Substring] {
    var components: [Substring] = []
    for component in path.split(separator: "/") {
      switch component {
      case ".": continue
      case "..": _ = components.popLast()
      default: components.append(component)
      }
    }
    return components
  }

  /// The absolute target of the symbolic link at `path`, or nil when it is not one.
  private static func symbolicLinkTarget(of path: String) -> String? {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let length = readlink(path, &buffer, buffer.count - 1)
    guard length > 0 else { return nil }
    let target = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    guard !target.hasPrefix("/") else { return target }
    let directory = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(
      separator: "/")
    return directory + "/" + target
  }

  private static func readZoneFile(_ path: String, identifier: String) throws(TimeZoneError) -> [UInt8] {
    do {
      return try SourceFile.read(path)
    } catch {
      guard let number = error.errorNumber, [ENOENT, ENOTDIR, EISDIR].contains(number) else {
        throw unreadable(error, identifier: identifier)
      }
      throw TimeZoneError(identifier: identifier, reason: .unknownZone)
    }
  }

  private static func unreadable(_ error: SourceFileError, identifier: String) -> TimeZoneError {
    TimeZoneError(
      identifier: identifier,
      reason: .unreadable(
        detail: error.errorNumber.map { String(cString: strerror($0)) } ?? error.message(in: .english)))
  }
}
