#if canImport(Glibc)
  import Glibc
#endif

/// Where the daemon's control socket is, written `unix:PATH` as Varlink tools write it.
public struct ControlAddress: Hashable, Sendable, CustomStringConvertible {
  /// The socket's path.
  public var path: String

  /// The socket at `path`.
  public init(path: String) {
    self.path = path
  }

  /// Reads `unix:PATH`; nil for any other form (an empty or relative path included).
  public init?(parsing text: String) {
    guard text.hasPrefix("unix:"), text.dropFirst(5).hasPrefix("/") else { return nil }
    path = String(text.dropFirst(5))
  }

  /// `unix:PATH`.
  public var description: String { "unix:\(path)" }

  /// The fixed default, `$XDG_RUNTIME_DIR/repayd/control.sock`; without `XDG_RUNTIME_DIR`, the
  /// directory systemd-logind makes for the user, `/run/user/UID`.
  public static func standard(environment: [String: String], userID: UInt32 = getuid()) -> ControlAddress {
    let runtime =
      environment["XDG_RUNTIME_DIR"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? "/run/user/\(userID)"
    return ControlAddress(path: runtime + "/repayd/control.sock")
  }

  /// The environment variables `chosen` reads.
  public static let environmentVariables = ["REPAYD_ADDRESS", "XDG_RUNTIME_DIR"]

  /// The address a client uses: `option` (`--address`) when given, else `REPAYD_ADDRESS`, else
  /// the standard one; nil when the one given is not of the form `unix:PATH`.
  public static func chosen(option: String?, environment: [String: String]) -> ControlAddress? {
    guard let text = option ?? environment["REPAYD_ADDRESS"] else {
      return standard(environment: environment)
    }
    return ControlAddress(parsing: text)
  }
}
