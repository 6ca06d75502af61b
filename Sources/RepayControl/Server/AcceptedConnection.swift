import NIOCore

/// A connection as the server accepted it: the channel its task serves, and what the registry
/// decided for its client when it was accepted (nil: the client's credentials could not be
/// read, it left at once).
struct AcceptedConnection: Sendable {
  /// The connection.
  let channel: NIOAsyncChannel<ByteBuffer, ByteBuffer>
  /// The decision on its client.
  let admission: ConnectionRegistry.Admission?
}
