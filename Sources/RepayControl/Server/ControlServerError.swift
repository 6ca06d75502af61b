import RepayCore

#if canImport(Glibc)
  import Glibc
#endif

/// The control socket could not be set up: a system call failed on a path.
public struct ControlServerError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The failed call, such as `mkdir`.
  public var call: String
  /// The path it was called on.
  public var path: String
  /// The error number.
  public var errno: Int32

  /// What failed, for a person.
  public func message(in language: Language) -> String {
    let reason = String(cString: strerror(errno))
    return language.text(
      en: "cannot set up the control socket: \(call) \(path): \(reason)",
      zh: "无法建立控制套接字：\(call) \(path)：\(reason)")
  }

  /// The English message.
  public var description: String { message(in: .english) }
}
