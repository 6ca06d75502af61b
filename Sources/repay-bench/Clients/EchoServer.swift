import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The baseline of `repay-bench control`: a raw Unix-socket server on a thread of its own that
/// answers each NUL-terminated message with a fixed reply, the bytes repayd sent for the same
/// call, so that both directions carry exactly the sizes they carry to and from repayd. It does
/// nothing between the read and the write, so what a round trip costs here is the kernel's and
/// one server thread's: the floor of any server on such a socket. One thread with `poll` serves
/// every connection, as repayd has one event-loop thread for its socket.
final class EchoServer: @unchecked Sendable {
  /// Where it listens.
  let path: String
  private let listener: Int32
  private let reply: [UInt8]
  /// A pipe whose write end `stop()` writes to, so that the server's `poll` returns.
  private let wake: [Int32]
  private let finished = DispatchSemaphore(value: 0)

  /// Listens on a stream socket at `path` (which must not exist) and serves from a new thread,
  /// answering every message with `reply` (a whole message, its NUL included).
  init(path: String, reply: [UInt8]) throws {
    self.path = path
    self.reply = reply
    let listener = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
    guard listener >= 0 else { throw ValidationFailure("socket: errno \(errno)") }
    var address = NotifySocket.address(path)
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(listener, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
      }
    }
    var ends: [Int32] = [-1, -1]
    guard bound == 0, listen(listener, 256) == 0, pipe(&ends) == 0 else {
      let error = errno
      close(listener)
      throw ValidationFailure("cannot listen on \(path): errno \(error)")
    }
    self.listener = listener
    wake = ends
    Thread {
      self.serve()
      self.finished.signal()
    }.start()
  }

  /// Ends the server's thread, closes every connection and the socket, and removes its file.
  func stop() {
    var byte: UInt8 = 1
    _ = write(wake[1], &byte, 1)
    finished.wait()
    for descriptor in [listener] + wake { close(descriptor) }
    unlink(path)
  }

  private func serve() {
    var descriptors = [
      pollfd(fd: wake[0], events: Int16(POLLIN), revents: 0),
      pollfd(fd: listener, events: Int16(POLLIN), revents: 0),
    ]
    var buffer = [UInt8](repeating: 0, count: 65_536)
    defer { for connection in descriptors.dropFirst(2) { close(connection.fd) } }
    while true {
      guard poll(&descriptors, nfds_t(descriptors.count), -1) >= 0 || errno == EINTR else { return }
      if descriptors[0].revents != 0 { return }
      if descriptors[1].revents != 0 {
        let connection = accept(listener, nil, nil)
        if connection >= 0 { descriptors.append(pollfd(fd: connection, events: Int16(POLLIN), revents: 0)) }
      }
      var index = 2
      while index < descriptors.count {
        defer { index += 1 }
        guard descriptors[index].revents != 0 else { continue }
        let connection = descriptors[index].fd
        let count = buffer.withUnsafeMutableBytes { read(connection, $0.baseAddress, $0.count) }
        // A closed-loop client has one call outstanding, so a read holds at most one message's
        // end; answering each end read keeps the server correct for any client all the same.
        let ends = count > 0 ? buffer[..<count].lazy.filter { $0 == 0 }.count : 0
        let answered = (0..<ends).allSatisfy { _ in
          reply.withUnsafeBytes { write(connection, $0.baseAddress, $0.count) } == reply.count
        }
        guard count > 0, answered else {
          close(connection)
          descriptors.remove(at: index)
          index -= 1
          continue
        }
      }
    }
  }
}
