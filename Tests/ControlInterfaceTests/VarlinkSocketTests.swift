import ControlInterface
import Foundation
import RepayTestSupport
import Testing

/// The blocking socket on a real Unix socket whose other end the test holds: messages whole
/// however the bytes arrive, and each way the connection fails.
@Suite struct VarlinkSocketTests {
  /// A listening socket in a fresh directory, removed with it.
  private final class Listener {
    let directory: URL
    let path: String
    let descriptor: Int32

    init() throws {
      directory = FileManager.default.temporaryDirectory.appendingPathComponent(
        "repay-socket-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      path = directory.appendingPathComponent("peer.sock").path
      descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
      try #require(descriptor >= 0)
      try #require(
        UnixSocketAddress.with(path, { bind(descriptor, $0, $1) }) == 0 && listen(descriptor, 4) == 0)
    }

    /// The server's end of the next connection (the client's connect has already completed
    /// into the backlog, so this does not block).
    func accept() throws -> Int32 {
      let peer = Glibc.accept(descriptor, nil, nil)
      try #require(peer >= 0)
      return peer
    }

    deinit {
      close(descriptor)
      try? FileManager.default.removeItem(at: directory)
    }
  }

  private static func write(_ text: String, to descriptor: Int32) {
    let bytes = Array(text.utf8)
    #expect(bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) } == bytes.count)
  }

  @Test func messagesArriveWholeHoweverTheBytesAreCut() throws {
    let listener = try Listener()
    let socket = try VarlinkSocket(connectingTo: ControlAddress(path: listener.path))
    let peer = try listener.accept()
    defer { close(peer) }
    try socket.send(Array("{\"method\":\"a.b.C\"}\0".utf8))
    var received = [UInt8](repeating: 0, count: 64)
    #expect(read(peer, &received, received.count) == 19)
    #expect(received[18] == 0)

    Self.write("{\"parameters\":", to: peer)
    Self.write("{\"x\":1}}\0{\"parameters\":{}}\0", to: peer)
    let deadline = ContinuousClock.now + .seconds(10)
    #expect(
      String(decoding: try socket.receive(deadline: deadline), as: UTF8.self) == "{\"parameters\":{\"x\":1}}")
    #expect(String(decoding: try socket.receive(deadline: deadline), as: UTF8.self) == "{\"parameters\":{}}")
  }

  @Test func aQuietPeerTimesOutAndAClosedOneDisconnects() throws {
    let listener = try Listener()
    let socket = try VarlinkSocket(connectingTo: ControlAddress(path: listener.path))
    let peer = try listener.accept()
    #expect(throws: VarlinkSocketError.timedOut) {
      try socket.receive(deadline: ContinuousClock.now + .milliseconds(50))
    }
    // Half a message, then the end: what came is not a message.
    Self.write("{\"parameters\":", to: peer)
    close(peer)
    #expect(throws: VarlinkSocketError.disconnected) { try socket.receive(deadline: nil) }
  }

  @Test func noListenerIsUnreachableWithTheSystemsReason() throws {
    let listener = try Listener()
    #expect(throws: VarlinkSocketError.unreachable(errno: ENOENT)) {
      try VarlinkSocket(connectingTo: ControlAddress(path: listener.path + ".missing"))
    }
    let long = "/" + String(repeating: "x", count: 200)
    #expect(throws: VarlinkSocketError.unreachable(errno: ENAMETOOLONG)) {
      try VarlinkSocket(connectingTo: ControlAddress(path: long))
    }
  }
}
