/// The replies of a call made with `more`, as they come; the sequence ends after the reply that
/// does not continue, and throws an error reply.
public struct ControlReplies<Reply: Decodable>: AsyncSequence {
  /// The sequence's failure.
  public typealias Failure = ControlClientError
  let client: ControlClient

  /// An iterator over the replies.
  public func makeAsyncIterator() -> Iterator {
    Iterator(client: client)
  }

  /// Reads each reply from the connection in turn.
  public struct Iterator: AsyncIteratorProtocol {
    let client: ControlClient
    var first = true
    var ended = false

    /// The next reply; nil after the last. Only the first is bounded by the client's timeout.
    public mutating func next() async throws(ControlClientError) -> Reply? {
      try nextWaiting()?.reply
    }

    /// `next()` for synchronous code, such as `repayctl watch`: blocks its thread until the
    /// reply comes; the reply's parameters also as the daemon wrote them (JSON text).
    public mutating func nextWaiting() throws(ControlClientError) -> (reply: Reply, parameters: String)? {
      guard !ended else { return nil }
      let deadline = first ? ContinuousClock.now + client.timeout : nil
      first = false
      do {
        let (reply, continues, parameters) = try client.nextReply(Reply.self, deadline: deadline)
        ended = !continues
        return (reply, parameters)
      } catch {
        ended = true
        throw error
      }
    }
  }
}
