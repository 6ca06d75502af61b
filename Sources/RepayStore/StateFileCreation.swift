#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Makes the state directory and the database file exist with owner-only permissions before
/// SQLite opens the file: SQLite would create it as 0644 less the umask, and for a moment (or for
/// good, with a lax umask) other users could read someone's debts.
enum StateFileCreation {
  /// Creates `directory` and its missing parents with mode 0700, as the XDG base directory
  /// specification asks. An existing directory keeps its mode: it may be one the user chose
  /// with `--state-dir` and shares with other files, so it is not ours to change.
  static func makeDirectory(_ directory: String) throws(StoreError) {
    var prefix = directory.hasPrefix("/") ? "" : "."
    for component in directory.split(separator: "/") {
      prefix += "/" + component
      if mkdir(prefix, 0o700) == 0 {
        // mkdir's mode is narrowed by the umask; the directory must be exactly 0700.
        guard chmod(prefix, 0o700) == 0 else {
          throw StoreError(path: prefix, problem: .directoryNotCreated(errorNumber: errno))
        }
      } else if errno != EEXIST {
        throw StoreError(path: prefix, problem: .directoryNotCreated(errorNumber: errno))
      }
    }
    var status = stat()
    guard stat(directory, &status) == 0 else {
      throw StoreError(path: directory, problem: .directoryNotCreated(errorNumber: errno))
    }
    guard status.st_mode & S_IFMT == S_IFDIR else {
      throw StoreError(path: directory, problem: .directoryNotCreated(errorNumber: ENOTDIR))
    }
  }

  /// Creates the file at `path` with mode 0600 when it does not exist (an empty file is an empty
  /// SQLite database), and takes group and other permissions away from an existing one: the file
  /// is repayd's own, whatever directory it is in. SQLite gives its `-wal` and `-shm` files the
  /// database file's permissions.
  static func makeOwnerOnlyFile(_ path: String) throws(StoreError) {
    let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { throw StoreError(path: path, problem: .fileNotOpened(errorNumber: errno)) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      throw StoreError(path: path, problem: .fileNotOpened(errorNumber: errno))
    }
    // Only group and other bits are taken away: the owner's bits are the owner's choice, and a
    // file the owner cannot write fails later with a clear read-only error.
    let permissions = status.st_mode & 0o7777
    if permissions & 0o077 != 0, fchmod(descriptor, permissions & 0o7700) != 0 {
      throw StoreError(path: path, problem: .fileNotOpened(errorNumber: errno))
    }
  }

  /// Whether `first` and `second` name one file (the same device and inode), whatever the path.
  static func isSameFile(_ first: String, _ second: String) -> Bool {
    var one = stat()
    var other = stat()
    return stat(first, &one) == 0 && stat(second, &other) == 0 && one.st_dev == other.st_dev
      && one.st_ino == other.st_ino
  }
}
