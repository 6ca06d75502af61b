import ControlInterface
import Logging
import NIOCore

/// Serves one client: checks who it is, then reads its calls one after the other (Varlink answers
/// a connection's calls in order) and writes their replies, under the idle and reply limits.
struct ControlConnection<Handler: ControlHandler>: Sendable {
  let dispatcher: ControlDispatcher<Handler>
  let configuration: ControlServerConfiguration
  let registry: ConnectionRegistry
  let logger: Logger
  /// Called after each reply is written.
  let replied: @Sendable () -> Void

  /// Serves `connection` until the client goes away, breaks the protocol, stays idle too long,
  /// or the server shuts down; then closes it. Every path goes through `executeThenClose`, which
  /// finishes the connection's writer as NIO requires.
  func serve(_ connection: AcceptedConnection) async {
    let channel = connection.channel.channel
    do {
      try await connection.channel.executeThenClose { inbound, outbound in
        let writer = ReplyWriter(channel: channel, outbound: outbound, limit: configuration.idleTimeout)
        guard let slot = try await slot(connection.admission, writer) else { return }
        defer { registry.leave(slot) }
        var messages = inbound.makeAsyncIterator()
        var taken = 0
        // Whether the handler already knows that the connection waits for a call: from the reply
        // just written, or, before the first call, from its admission (an admitted connection's
        // handler waits from the start).
        var announced = true
        while registry.becomeIdle(slot) {
          // A status answered on the event loop must follow the last reply; the idle limit runs
          // from here (ImmediateStatusHandler).
          if !announced { waiting(channel, taken: taken, afterReply: false) }
          announced = false
          let message: ByteBuffer?
          do {
            message = try await messages.next()
            taken += 1
          } catch VarlinkFrameError.tooLarge(let limit) {
            try await writer.write(errorMessage(ControlError.messageTooLarge(limit: limit)))
            return
          }
          guard let message, registry.becomeBusy(slot) else { return }
          switch await dispatcher.outcome(of: Array(message.readableBytesView)) {
          case .none: continue
          case .reply(let bytes, let thenClose):
            if !thenClose {
              waiting(channel, taken: taken, afterReply: true)
              announced = true
            }
            try await writer.write(bytes)
            replied()
            if thenClose { return }
          case .stream(let events):
            // A watch whose access was revoked meanwhile ends before its first event.
            if registry.beginWatch(slot) { try await stream(events, to: writer) }
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

  /// Tells the connection's `ImmediateStatusHandler` that the task waits for a call, having
  /// taken `taken` messages: at once, or once the reply it writes next has gone out.
  private func waiting(_ channel: any Channel, taken: Int, afterReply: Bool) {
    channel.triggerUserOutboundEvent(
      ImmediateStatusHandler.WaitingForCall(taken: taken, afterReply: afterReply), promise: nil)
  }

  /// The client's slot when it was admitted: its uid allowed and the maximum not reached, under
  /// the access rule in force when it connected. Otherwise nil is returned, so that the
  /// connection closes: a client refused for its uid or the maximum is first answered with the
  /// reason (it reads that as the reply to its first call).
  private func slot(_ admission: ConnectionRegistry.Admission?, _ writer: ReplyWriter) async throws -> Int? {
    switch admission {
    case nil:
      // The client left before it could be checked.
      logger.debug("control socket: cannot read a client's credentials")
      return nil
    case .admitted(let slot):
      return slot
    case .notAllowed(let uid):
      logger.notice("control socket: refused a client of uid \(uid), not allowed")
      try await writer.write(errorMessage(VarlinkServiceError.permissionDenied))
      return nil
    case .full(let maximum):
      logger.notice("control socket: refused a client, \(maximum) connected already")
      try await writer.write(errorMessage(ControlError.tooManyConnections(limit: maximum)))
      return nil
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
