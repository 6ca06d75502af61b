import ControlInterface
import Dispatch
import FuzzDriver
import NIOCore
import NIOEmbedded
import PlainJSON
import RepayControlTestSupport

@testable import RepayControl

/// What a client's bytes meet on the control socket: the Varlink frame decoder (messages
/// ended by NUL, at most 64 KiB here) in a channel pipeline, then the server's dispatch of each
/// message against the interfaces' definitions to a handler with fixed answers. Neither may
/// trap or hang, and every reply is one JSON object ended by NUL, which the plain JSON reader
/// (repayctl's front reads replies with it) accepts.
@main
enum FuzzVarlink {
  static func main() { FuzzDriver.run(testOneInput) }
}

// libFuzzer calls the target on one thread only.
private let limit = 1 << 16
private let handler = TestControlHandler()
nonisolated(unsafe) private let loop = EmbeddedEventLoop()
nonisolated(unsafe) private let dispatcher = ControlDispatcher(
  handler: handler, configuration: ControlServerConfiguration(messageLimit: limit, eventLoopGroup: loop))

/// `outcome(of:)` of the dispatcher, waited for: the harness is called on libFuzzer's thread.
private func outcome(of message: [UInt8]) -> CallOutcome {
  let done = DispatchSemaphore(value: 0)
  nonisolated(unsafe) var result = CallOutcome.none
  Task {
    result = await dispatcher.outcome(of: message)
    done.signal()
  }
  done.wait()
  return result
}

@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let channel = EmbeddedChannel(handler: ByteToMessageHandler(VarlinkFrameDecoder(limit: limit)), loop: loop)
  defer { _ = try? channel.finish() }
  var buffer = channel.allocator.buffer(capacity: count)
  buffer.writeBytes(FuzzDriver.bytes(data, count))
  // A message that reaches the limit fails the stream: the server then closes the connection.
  guard (try? channel.writeInbound(buffer)) != nil else { return 0 }
  while let message = try? channel.readInbound(as: ByteBuffer.self) {
    switch outcome(of: Array(message.readableBytesView)) {
    case .reply(let reply, _):
      guard reply.last == 0, (try? JSONReader.read(Array(reply.dropLast()))) != nil else {
        fatalError("a reply that is not one JSON message: \(String(decoding: reply, as: UTF8.self))")
      }
    case .stream, .none:
      break
    }
  }
  handler.finishWatches()
  return 0
}
