import ControlInterface
import NIOCore

/// The server side of `VarlinkFrameSplitter`: a NIO decoder that passes on each message without
/// its NUL, and fails the stream with `VarlinkFrameError.tooLarge` once a message reaches the limit
/// without ending, so that the connection holds at most `limit` bytes of one message.
struct VarlinkFrameDecoder: ByteToMessageDecoder {
  typealias InboundOut = ByteBuffer

  let limit: Int
  // How many bytes of the buffer were searched for a NUL already: a message arriving in many
  // small pieces is scanned once.
  private var scanned = 0

  init(limit: Int) {
    self.limit = limit
  }

  mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
    let view = buffer.readableBytesView
    guard let end = view[(view.startIndex + scanned)...].firstIndex(of: 0) else {
      scanned = view.count
      guard view.count < limit else { throw VarlinkFrameError.tooLarge(limit: limit) }
      return .needMoreData
    }
    let length = end - view.startIndex
    guard length < limit else { throw VarlinkFrameError.tooLarge(limit: limit) }
    let message = buffer.readSlice(length: length)!
    buffer.moveReaderIndex(forwardBy: 1)
    scanned = 0
    context.fireChannelRead(Self.wrapInboundOut(message))
    return .continue
  }

  mutating func decodeLast(
    context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool
  ) throws -> DecodingState {
    // What follows the last NUL at the end of the stream is an unfinished message: it is dropped.
    while try decode(context: context, buffer: &buffer) == .continue {}
    return .needMoreData
  }
}
