/// Who is at the other end of a connected Unix socket, as the kernel recorded it when the peer
/// connected (`SO_PEERCRED`): what the control socket checks a client's uid against.
public struct PeerCredentials: Hashable, Sendable {
  /// The peer's process id at connect time.
  public var processID: Int32
  /// The peer's user id.
  public var userID: UInt32
  /// The peer's group id.
  public var groupID: UInt32

  /// The credentials of the peer of `descriptor`, a connected Unix socket; throws when it is not
  /// one (`ENOTSOCK`, `EBADF`).
  public init(ofSocket descriptor: Int32) throws(SystemdCallError) {
    let credentials = try LibSystemd.peerCredentials(of: descriptor)
    self.processID = credentials.pid
    self.userID = credentials.uid
    self.groupID = credentials.gid
  }
}
