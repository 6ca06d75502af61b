import Logging
import NIOCore

#if canImport(Glibc)
  import Glibc
#endif

/// Serves one client: checks who it is, then reads its calls one after the other (Varlink answers
/// a connection's calls in order) and writes their replies, under the idle and reply limits.
struct ControlConnection<Handler: ControlHandler>: Sendable {
  let dispatcher: ControlDispatcher<Handler>
  let configuration: ControlServerConfiguration
  let registry: ConnectionRegistry
  let logger: Logger

  /// Serves `connection` until the client goes away, breaks the protocol, stays idle too long,
  /// or the server shuts down; then closes it.
  func serve(_ connection: NIOAsyncChannel<ByteBuffer, ByteBuffer>) async {
    let channel = connection.channel
    let uid: UInt32
    do {
      uid = try await PeerCredentialsOption.credentials(of: channel).uid
    } catch {
      // The client left before it could be checked.
      logger.debug("control socket: cannot read a client's credentials: \(error)")
      try? await channel.close()
      return
    }
    guard uid == getuid() || configuration.allowedUserIDs.contains(uid) else {
      logger.notice("control socket: refused a client of uid \(uid), not allowed")
      await refuse(connection, VarlinkServiceError.permissionDenied)
      return
    }
    guard let slot = registry.admit() else {
      logger.notice("control socket: refused a client, \(configuration.maximumConnections) connected already")
      await refuse(connection, ControlError.tooManyConnections(limit: configuration.maximumConnections))
      return
    }
    defer { registry.leave(slot) }
    do {
      try await connection.executeThenClose { inbound, outbound in
        let writer = ReplyWriter(channel: channel, outbound: outbound, limit: configuration.idleTimeout)
        var messages = inbound.makeAsyncIterator()
        while registry.becomeIdle(slot, channel) {
          let idle = channel.eventLoop.scheduleTask(in: configuration.idleTimeout) {
            channel.close(promise: nil)
          }
          let message: ByteBuffer?
          do {
            message = try await messages.next()
            idle.cancel()
          } catch VarlinkFrameError.tooLarge(let limit) {
            idle.cancel()
            guard case .reply(let bytes, _) = errorReply(ControlError.messageTooLarge(limit: limit)) else {
              return
            }
            try await writer.write(bytes)
            return
          }
          guard let message, registry.becomeBusy(slot) else { return }
          switch await dispatcher.outcome(of: Array(message.readableBytesView)) {
          case .none: continue
          case .reply(let bytes, let thenClose):
            try await writer.write(bytes)
            if thenClose { return }
          case .stream(let events):
            try await stream(events, to: writer)
            return
          }
        }
      }
    } catch {
      // The client went away, broke the protocol or was too slow: its connection is closed, and
      // that is all there is to do about it.
      logger.debug("control socket: a connection ended: \(error)")
    }
  }

  /// Sends each event as a reply that continues until the client goes away (then the stream is
  /// cancelled) or the stream finishes (then the connection is closed).
  private func stream(_ events: AsyncStream<Control.WatchEvent>, to writer: ReplyWriter) async throws {
    let channel = writer.channel
    try await withThrowingTaskGroup(of: Void.self) { group in
      group.addTask {
        for await event in events {
          try await writer.write(try VarlinkJSON.message(VarlinkReply(parameters: event, continues: true)))
        }
        channel.close(promise: nil)
      }
      group.addTask { try? await channel.closeFuture.get() }
      defer { group.cancelAll() }
      try await group.next()
    }
  }

  /// Answers a client that may not stay with one error, then closes its connection.
  private func refuse<Failure: VarlinkError>(
    _ connection: NIOAsyncChannel<ByteBuffer, ByteBuffer>, _ error: Failure
  ) async {
    guard case .reply(let bytes, _) = errorReply(error) else { return }
    try? await connection.executeThenClose { _, outbound in
      try await outbound.write(ByteBuffer(bytes: bytes))
    }
  }
}

/// Writes replies, closing the connection when one is not taken within the limit: a client that
/// stops reading holds its connection no longer than an idle one.
private struct ReplyWriter: Sendable {
  let channel: any Channel
  let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>
  let limit: TimeAmount

  func write(_ bytes: [UInt8]) async throws {
    let stuck = channel.eventLoop.scheduleTask(in: limit) { [channel] in channel.close(promise: nil) }
    defer { stuck.cancel() }
    try await outbound.write(ByteBuffer(bytes: bytes))
  }
}
