import ControlInterface

#if canImport(Glibc)
  import Glibc
#endif

/// Clients that connected to repayd's control socket and sent half a call, never its end: each
/// holds a connection whose message the daemon can neither answer nor drop until the idle limit
/// (60 s). `repay-bench clients` measures the other clients while these are held.
final class StuckClients {
  private let sockets: [Int32]

  /// Opens `count` connections to `path`, each with half of a `GetStatus` call sent.
  init(count: Int, path: String) throws {
    var sockets: [Int32] = []
    do {
      for _ in 0..<count {
        let socket = try ControlSocket.connect(to: path)
        sockets.append(socket)
        try ControlSocket.send(Array(#"{"method":"io.repayd.Control.GetSt"#.utf8), on: socket)
      }
    } catch {
      for socket in sockets { close(socket) }
      throw error
    }
    self.sockets = sockets
  }

  /// How many of them repayd has not closed: a read that would block means open.
  var open: Int {
    sockets.filter { socket in
      var byte: UInt8 = 0
      return recv(socket, &byte, 1, Int32(MSG_DONTWAIT) | Int32(MSG_PEEK)) < 0 && errno == EAGAIN
    }.count
  }

  deinit {
    for socket in sockets { close(socket) }
  }
}
