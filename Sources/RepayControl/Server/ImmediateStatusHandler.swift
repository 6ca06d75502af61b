import ControlInterface
import NIOCore

/// The channel handler that answers a plain `GetStatus` (`PlainStatusCall`) on the event loop,
/// from the handler's `currentStatus()`, while the connection waits for a call; every other
/// message goes on to the connection's task, as does a `GetStatus` when the handler has no
/// current status or the client is not reading its replies. It also closes a connection that
/// waits for a call longer than the idle limit, counting the calls it answered.
///
/// Why: `GetStatus` is what status bars and scripts poll, and answering it through the task and
/// the daemon's state owner costs two hops between threads and a JSON coding each way; from
/// here it costs neither (the reply's bytes are kept while the status is the same).
///
/// Order: Varlink answers a connection's calls in order. So the handler answers only while the
/// task has taken every message passed on to it and waits for the next (it says so with a
/// `WaitingForCall` event, sent just before its reply, which the handler then lets pass first);
/// from the first message passed on until then, every message goes on to the task.
final class ImmediateStatusHandler: ChannelDuplexHandler {
  typealias InboundIn = ByteBuffer
  typealias InboundOut = ByteBuffer
  typealias OutboundIn = ByteBuffer
  typealias OutboundOut = ByteBuffer

  /// The outbound event by which the connection's task says it waits for a call, having taken
  /// `taken` messages in all: at once, or, with `afterReply`, once the reply it writes next has
  /// gone out. (Said before the reply, so that the handler knows it by the time the client can
  /// answer the reply with its next call.)
  struct WaitingForCall: Sendable {
    let taken: Int
    let afterReply: Bool
  }

  private let currentStatus: @Sendable () -> Control.GetStatusReply?
  private let idleTimeout: TimeAmount
  private var passedOn = 0
  private var waiting = false
  private let waitsFromTheStart: Bool
  private var waitingAfterWrite = false
  private var idle: Scheduled<Void>?
  // When the last status was answered while waiting: the idle limit counts from then. Kept
  // rather than the limit re-armed per call, which would cost a scheduled task each time.
  private var lastAnswered = NIODeadline.distantPast
  // The last status answered and its message, so that an unchanged status is not encoded again.
  private var answered: (status: Control.GetStatusReply, message: ByteBuffer)?

  /// A handler answering from `currentStatus` (a `ControlHandler`'s), closing a connection that
  /// waits longer than `idleTimeout` for a call. With `waitsAtOnce` (the client is admitted), it
  /// waits for a call from the start, so that a client's first status is answered here too; no
  /// message has gone to the task yet, so no reply can be overtaken.
  init(
    currentStatus: @escaping @Sendable () -> Control.GetStatusReply?, idleTimeout: TimeAmount,
    waitsAtOnce: Bool
  ) {
    self.currentStatus = currentStatus
    self.idleTimeout = idleTimeout
    waitsFromTheStart = waitsAtOnce
  }

  func handlerAdded(context: ChannelHandlerContext) {
    if waitsFromTheStart { waitForCall(context) }
  }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    let message = unwrapInboundIn(data)
    if waiting, context.channel.isWritable, PlainStatusCall.matches(message.readableBytesView),
      let status = currentStatus()
    {
      context.writeAndFlush(wrapOutboundOut(reply(status)), promise: nil)
      lastAnswered = context.eventLoop.now
      return
    }
    waiting = false
    waitingAfterWrite = false
    idle?.cancel()
    idle = nil
    passedOn += 1
    context.fireChannelRead(data)
  }

  func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
    context.write(data, promise: promise)
    if waitingAfterWrite {
      waitingAfterWrite = false
      waitForCall(context)
    }
  }

  func triggerUserOutboundEvent(context: ChannelHandlerContext, event: Any, promise: EventLoopPromise<Void>?)
  {
    guard let event = event as? WaitingForCall else {
      context.triggerUserOutboundEvent(event, promise: promise)
      return
    }
    // With messages still queued for the task, it goes on with them rather than waiting.
    if event.taken == passedOn {
      if event.afterReply { waitingAfterWrite = true } else { waitForCall(context) }
    }
    promise?.succeed()
  }

  func channelInactive(context: ChannelHandlerContext) {
    idle?.cancel()
    idle = nil
    context.fireChannelInactive()
  }

  private func waitForCall(_ context: ChannelHandlerContext) {
    waiting = true
    lastAnswered = context.eventLoop.now
    closeWhenIdle(context, in: idleTimeout)
  }

  /// Closes the connection `delay` from now unless a status was answered since; then looks
  /// again when the limit from that answer ends.
  private func closeWhenIdle(_ context: ChannelHandlerContext, in delay: TimeAmount) {
    idle?.cancel()
    let handler = NIOLoopBound(self, eventLoop: context.eventLoop)
    let loopBoundContext = NIOLoopBound(context, eventLoop: context.eventLoop)
    idle = context.eventLoop.scheduleTask(in: delay) {
      let (handler, context) = (handler.value, loopBoundContext.value)
      let end = handler.lastAnswered + handler.idleTimeout
      let now = context.eventLoop.now
      if end > now {
        handler.closeWhenIdle(context, in: end - now)
      } else {
        context.channel.close(promise: nil)
      }
    }
  }

  private func reply(_ status: Control.GetStatusReply) -> ByteBuffer {
    if let answered, answered.status == status { return answered.message }
    let message = ByteBuffer(bytes: replyMessage(status))
    answered = (status, message)
    return message
  }
}
