#if canImport(Glibc)
  import Glibc
#endif

/// Clients of repayd's control socket that each keep one call outstanding (a closed loop): every
/// connection sends the call, waits for its reply, and sends it again at once, all of them driven
/// from one thread with `poll`, so that the benchmark's own cost does not grow a thread per
/// client. Round trips are timed from just before the write to the read that completes the reply.
struct CallLoad {
  /// What a run measured.
  struct Measurement {
    /// Each round trip in microseconds.
    var roundTrips: [Double] = []
    /// Replies that were errors.
    var errors = 0
    /// Seconds from the first call to the last reply.
    var seconds = 0.0
  }

  /// The control socket's path.
  let path: String
  /// How many connections.
  let clients: Int
  /// The call, a Varlink message with its NUL.
  let message: [UInt8]

  /// Connects the clients, runs the loop for `seconds` (no call is sent after that; the calls
  /// outstanding then are waited for and counted), and closes the connections.
  func run(seconds: Double) throws -> Measurement {
    let sockets = try (0..<clients).map { _ in try ControlSocket.connect(to: path) }
    defer { for socket in sockets { close(socket) } }
    for socket in sockets { _ = fcntl(socket, F_SETFL, fcntl(socket, F_GETFL) | O_NONBLOCK) }
    var descriptors = sockets.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
    var sent = [UInt64](repeating: 0, count: clients)
    var pending = [[UInt8]](repeating: [], count: clients)
    var outstanding = 0
    var measurement = Measurement()
    let start = ProcessProbe.monotonicNanoseconds()
    let end = start + UInt64(seconds * 1e9)
    for index in sockets.indices {
      sent[index] = ProcessProbe.monotonicNanoseconds()
      try ControlSocket.send(message, on: sockets[index])
      outstanding += 1
    }
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while outstanding > 0 {
      guard poll(&descriptors, nfds_t(descriptors.count), 10_000) > 0 else {
        throw ValidationFailure("no reply from repayd within 10 s")
      }
      for index in descriptors.indices where descriptors[index].revents != 0 {
        let count = buffer.withUnsafeMutableBytes { read(sockets[index], $0.baseAddress, $0.count) }
        guard count > 0 else {
          if count < 0 && errno == EAGAIN { continue }
          throw ValidationFailure("repayd closed a client's connection")
        }
        pending[index] += buffer[..<count]
        while let nul = pending[index].firstIndex(of: 0) {
          let now = ProcessProbe.monotonicNanoseconds()
          measurement.roundTrips.append(Double(now - sent[index]) / 1_000)
          if pending[index].starts(with: Array(#"{"error""#.utf8)) { measurement.errors += 1 }
          pending[index].removeSubrange(...nul)
          outstanding -= 1
          if now < end {
            sent[index] = now
            try ControlSocket.send(message, on: sockets[index])
            outstanding += 1
          }
        }
      }
    }
    measurement.seconds = Double(ProcessProbe.monotonicNanoseconds() - start) / 1e9
    return measurement
  }
}
