import ArgumentParser
import RepayDisplay

#if canImport(Glibc)
  import Glibc
#endif

/// Files and folders written where the user asked, each failure reported on standard error in
/// the user's language, naming the path and the system's reason, as exit status 1. They hold a
/// person's debts and conversations with a lender, so only their owner may read them: files
/// 0600, folders 0700, as the state directory is; sharing them is the owner's choice.
enum OutputFile {
  /// Writes `bytes` to `path`, created (mode 0600) or emptied first.
  static func save(_ bytes: [UInt8], to path: String) throws {
    _ = try write(bytes, to: path, opening: O_TRUNC)
  }

  /// Creates `path` (mode 0600) holding `bytes`; false, having written nothing, when a file is
  /// there already.
  static func create(_ bytes: [UInt8], at path: String) throws -> Bool {
    try write(bytes, to: path, opening: O_EXCL)
  }

  /// Writes `bytes` to `path`, opened with `flags` besides creating it (mode 0600); false when
  /// `O_EXCL` found a file there.
  private static func write(_ bytes: [UInt8], to path: String, opening flags: Int32) throws -> Bool {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_CLOEXEC | flags, 0o600)
    guard descriptor >= 0 else {
      if errno == EEXIST, flags & O_EXCL != 0 { return false }
      throw failure(path, errno)
    }
    defer { close(descriptor) }
    if let reason = bytes.withUnsafeBytes({ DescriptorWrite.all($0, to: descriptor) }) {
      throw failure(path, reason)
    }
    return true
  }

  /// Makes the folder `path` and each missing folder above it (mode 0700); those that exist are
  /// fine.
  static func makeFolders(_ path: String) throws {
    var prefix = path.hasPrefix("/") ? "" : "."
    for component in path.split(separator: "/") {
      prefix += "/" + component
      try makeFolder(prefix)
    }
  }

  /// Makes the folder `path` (mode 0700); one that exists is fine.
  static func makeFolder(_ path: String) throws {
    guard mkdir(path, 0o700) == 0 || errno == EEXIST else { throw failure(path, errno) }
  }

  /// Reports that `path` could not be written because of `errorNumber`.
  private static func failure(_ path: String, _ errorNumber: Int32) -> ExitCode {
    let reason = String(cString: strerror(errorNumber))
    Invocation.printError(
      Invocation.text(en: "error: cannot write \(path): \(reason)", zh: "错误：无法写入 \(path)：\(reason)"))
    return ExitCode(ExitStatus.failure)
  }
}
