extension TimerWheel {
  /// An entry that came due in `advance(to:)`: its exact deadline and its payload.
  public struct Expired {
    /// The deadline the entry was inserted with.
    public let deadline: Int64
    /// The value the entry was inserted with.
    public let payload: Payload

    /// An expired entry with this deadline and payload.
    @inlinable
    public init(deadline: Int64, payload: Payload) {
      self.deadline = deadline
      self.payload = payload
    }
  }
}

extension TimerWheel.Expired: Equatable where Payload: Equatable {}

extension TimerWheel.Expired: Sendable where Payload: Sendable {}
