/// A sink that did not take a delivery, and why.
public struct SinkFailure: Hashable, Sendable, CustomStringConvertible {
  /// The sink's name (`desktop`).
  public var sink: String
  /// What went wrong, as the sink's error describes itself.
  public var error: String

  /// A failure of `sink`.
  public init(sink: String, error: String) {
    self.sink = sink
    self.error = error
  }

  /// `SINK: ERROR`, as the state database records it.
  public var description: String { "\(sink): \(error)" }
}
