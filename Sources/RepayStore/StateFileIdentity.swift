#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Which file a path names: its device and inode. The store keeps the one it opened, so that it
/// can tell when the file at its path was deleted or replaced by another while it runs: SQLite
/// would go on writing into the file it has open, which no one will ever read again.
struct StateFileIdentity: Equatable, Sendable {
  /// The device the file is on.
  let device: UInt64
  /// Its inode on that device.
  let inode: UInt64

  /// The identity of the file at `path` now; nil when nothing is there.
  init?(path: String) {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    device = UInt64(status.st_dev)
    inode = UInt64(status.st_ino)
  }
}
