/// The parameters of one Varlink method, tied to the method's qualified name and its reply, so
/// that a call and its reply are typed together on both sides.
public protocol VarlinkMethodCall: Codable, Sendable {
  /// The reply's parameters.
  associatedtype Reply: Codable, Sendable
  /// The qualified name, such as `org.varlink.service.GetInfo`.
  static var method: String { get }
}
