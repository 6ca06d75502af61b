#if canImport(Glibc)
  import Glibc
#endif

/// The file system side of a socket the server creates: its directory, mode 0700, and the socket
/// itself, mode 0600, so that only its owner can connect.
enum UnixSocketFile {
  /// Creates the directory of `path` and any missing parent with mode 0700; a directory that is
  /// there keeps its mode.
  static func prepareDirectory(of path: String) throws(ControlServerError) {
    var directory = ""
    for component in path.split(separator: "/", omittingEmptySubsequences: true).dropLast() {
      directory += "/" + component
      if mkdir(directory, 0o700) != 0 && errno != EEXIST {
        throw ControlServerError(call: "mkdir", path: directory, errno: errno)
      }
    }
  }

  /// Sets the socket's mode to 0600: `bind` made it with the process's umask.
  static func restrictMode(of path: String) throws(ControlServerError) {
    guard chmod(path, 0o600) == 0 else { throw ControlServerError(call: "chmod", path: path, errno: errno) }
  }
}
