/// A reply as JSON, read without the client's types, to check what went over the wire.
public struct RawReply: @unchecked Sendable, CustomStringConvertible {
  /// A message that is JSON but not an object.
  public struct NotAnObject: Error {
    /// The message as it came.
    public let message: [UInt8]
  }

  /// The whole message (immutable once read).
  public let object: [String: Any]

  /// The error's name, if it is an error.
  public var error: String? { object["error"] as? String }
  /// The parameter `name`.
  public func parameter(_ name: String) -> Any? { (object["parameters"] as? [String: Any])?[name] }
  /// The message as JSON.
  public var description: String { "\(object)" }
}
