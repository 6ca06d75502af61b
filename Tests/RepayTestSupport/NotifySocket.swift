import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A stand-in for systemd's end of the `sd_notify` protocol: a Unix datagram socket bound in a
/// fresh temporary directory. Give a child process `environment` (`NOTIFY_SOCKET=path`) and read
/// what it sent, in order, with `receive(count:timeout:)`. `close()` (or the last reference
/// going away) removes the socket and its directory.
public final class NotifySocket: @unchecked Sendable {
  /// The socket's path, the value of `NOTIFY_SOCKET`.
  public let path: String
  /// `["NOTIFY_SOCKET": path]`, to merge into a child's environment.
  public var environment: [String: String] { ["NOTIFY_SOCKET": path] }

  private let directory: String
  private let lock = NSLock()
  private var descriptor: Int32

  /// Binds a new socket; throws when the directory or the socket cannot be made.
  public init() throws {
    var template = Array((FileManager.default.temporaryDirectory.path + "/repay-notify-XXXXXX").utf8CString)
    guard let made = mkdtemp(&template) else {
      throw NotifySocketError(operation: "mkdtemp", errorNumber: errno)
    }
    directory = String(cString: made)
    path = directory + "/notify.sock"
    descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
    guard descriptor >= 0 else { throw NotifySocketError(operation: "socket", errorNumber: errno) }
    let descriptor = descriptor
    guard UnixSocketAddress.with(path, { bind(descriptor, $0, $1) }) == 0 else {
      let error = NotifySocketError(operation: "bind \(path)", errorNumber: errno)
      close()
      throw error
    }
  }

  deinit { close() }

  /// The messages received, oldest first, waiting until `count` have arrived or `timeout` has
  /// passed (then fewer). Each message is one datagram, e.g. `"RELOADING=1\nMONOTONIC_USEC=5"`.
  public func receive(count: Int, timeout: Duration = .seconds(60)) -> [String] {
    lock.lock()
    defer { lock.unlock() }
    let deadline = ContinuousClock.now + timeout
    var messages: [String] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while messages.count < count && descriptor >= 0 {
      let left = ContinuousClock.now.duration(to: deadline)
      guard left > .zero else { break }
      var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
      let milliseconds = Int32(
        clamping: left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000 + 1)
      guard poll(&ready, 1, milliseconds) > 0 else { continue }
      let received = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
      if received >= 0 { messages.append(String(decoding: buffer[0..<received], as: UTF8.self)) }
    }
    return messages
  }

  /// Closes the socket and removes it and its directory; later calls do nothing.
  public func close() {
    lock.lock()
    defer { lock.unlock() }
    guard descriptor >= 0 else { return }
    _ = Glibc.close(descriptor)
    descriptor = -1
    try? FileManager.default.removeItem(atPath: directory)
  }
}

/// A system call that failed while making a `NotifySocket`.
public struct NotifySocketError: Error, CustomStringConvertible {
  /// The call, with its argument where that helps.
  public var operation: String
  /// Its errno value.
  public var errorNumber: Int32

  /// `OPERATION: TEXT`.
  public var description: String { "\(operation): \(String(cString: strerror(errorNumber)))" }
}
