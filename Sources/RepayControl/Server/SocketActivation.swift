/// The sockets systemd passes by socket activation, read as `sd_listen_fds(3)` reads them: they
/// are ours only when `LISTEN_PID` is this process; `LISTEN_FDS` of them start at descriptor 3;
/// `LISTEN_FDNAMES` names them, separated by colons (`FileDescriptorName=` in the socket unit).
public struct SocketActivation: Hashable, Sendable {
  /// The first descriptor passed (`SD_LISTEN_FDS_START`).
  public static let firstDescriptor: Int32 = 3

  /// One passed socket.
  public struct Socket: Hashable, Sendable {
    /// Its descriptor.
    public var descriptor: Int32
    /// Its name; `unknown` when the names are missing or do not match the count, as systemd
    /// says then.
    public var name: String
  }

  /// The sockets passed, in order.
  public var sockets: [Socket]

  /// The sockets passed to the process `processID`, read from `environment`; none when the
  /// variables are absent, malformed or meant for another process (a child that inherited them).
  public init(environment: [String: String], processID: Int32) {
    guard let pid = environment["LISTEN_PID"].flatMap(Int32.init), pid == processID,
      let count = environment["LISTEN_FDS"].flatMap(Int32.init), count > 0
    else {
      sockets = []
      return
    }
    let names = environment["LISTEN_FDNAMES"].map {
      $0.split(separator: ":", omittingEmptySubsequences: false)
    }
    sockets = (0..<count).map { index in
      let name = names.flatMap { $0.count == Int(count) ? String($0[Int(index)]) : nil } ?? "unknown"
      return Socket(descriptor: Self.firstDescriptor + index, name: name)
    }
  }

  /// The socket named `name`, or the only socket passed when there is one; nil otherwise.
  public func socket(named name: String) -> Socket? {
    sockets.first { $0.name == name } ?? (sockets.count == 1 ? sockets[0] : nil)
  }
}
