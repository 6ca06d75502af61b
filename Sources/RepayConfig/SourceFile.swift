import RepayCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads the files a user wrote (configuration, holiday lists) whole, as bytes.
///
/// Bytes, not a `String`: the TOML reader validates the UTF-8 itself so that it can say where
/// an invalid byte is.
///
/// Only a regular file is read, and at most `limit` bytes of it: a path that names a device
/// such as `/dev/zero`, a pipe or a terminal (a mistake, or a file replaced by a link) would
/// otherwise make a reload read without end, or wait for a writer that never comes, with the
/// daemon's memory growing meanwhile. The file is opened without waiting, so that a named pipe
/// is refused at once.
public enum SourceFile {
  /// The most a configuration file, a holiday list or a zone file may hold: far above any real
  /// one (a year's holiday list is a few kilobytes).
  public static let textLimit = 16 << 20

  /// The whole content of the regular file at `path`, at most `limit` bytes.
  public static func read(_ path: String, limit: Int = textLimit) throws(SourceFileError) -> [UInt8] {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else { throw SourceFileError(path: path, errorNumber: errno) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw SourceFileError(path: path, errorNumber: errno) }
    guard status.st_mode & S_IFMT == S_IFREG else {
      throw SourceFileError(
        path: path,
        problem: status.st_mode & S_IFMT == S_IFDIR ? .system(errorNumber: EISDIR) : .notARegularFile)
    }
    return try readToEnd(descriptor, path: path, limit: limit)
  }

  /// Everything on standard input up to its end, at most `textLimit` bytes; `name` is how errors
  /// call it.
  public static func readStandardInput(name: String) throws(SourceFileError) -> [UInt8] {
    try readToEnd(STDIN_FILENO, path: name, limit: textLimit)
  }

  private static func readToEnd(_ descriptor: Int32, path: String, limit: Int) throws(SourceFileError)
    -> [UInt8]
  {
    var content: [UInt8] = []
    var status = stat()
    if fstat(descriptor, &status) == 0, status.st_size > 0 {
      guard status.st_size <= limit else {
        throw SourceFileError(path: path, problem: .tooLarge(limit: limit))
      }
      content.reserveCapacity(Int(status.st_size))
    }
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
      if count == 0 { return content }
      if count < 0 {
        if errno == EINTR { continue }
        throw SourceFileError(path: path, errorNumber: errno)
      }
      // A file that grows while it is read (or a /proc file, whose size says 0) is held to the
      // limit too.
      guard content.count + count <= limit else {
        throw SourceFileError(path: path, problem: .tooLarge(limit: limit))
      }
      content.append(contentsOf: chunk[0..<count])
    }
  }
}

/// A file that could not be read, with the reason.
public struct SourceFileError: Error, Hashable, Sendable {
  /// Why a file could not be read.
  public enum Problem: Hashable, Sendable {
    /// A system call failed with this `errno` value.
    case system(errorNumber: Int32)
    /// The path names something other than a regular file (a device, a pipe, a socket).
    case notARegularFile
    /// The file holds more than `limit` bytes.
    case tooLarge(limit: Int)
  }

  /// The path as the user gave it.
  public var path: String
  /// Why it could not be read.
  public var problem: Problem

  /// Creates an error for `path`.
  public init(path: String, problem: Problem) {
    self.path = path
    self.problem = problem
  }

  /// Creates an error for `path` from an `errno` value.
  public init(path: String, errorNumber: Int32) {
    self.init(path: path, problem: .system(errorNumber: errorNumber))
  }

  /// The `errno` value of a failed system call; nil for the other problems.
  public var errorNumber: Int32? {
    if case .system(let number) = problem { return number }
    return nil
  }

  /// Why the file could not be read, in `language`.
  public func message(in language: Language) -> String {
    let english = language == .english
    let errorNumber: Int32
    switch problem {
    case .notARegularFile:
      return english
        ? "cannot read the file: it is not a regular file (a device, a pipe or a socket); name a file"
        : "无法读取文件：它不是普通文件（而是设备、管道或套接字）；请指定一个文件"
    case .tooLarge(let limit):
      return english
        ? "cannot read the file: it holds more than \(limit >> 20) MiB; this is not a configuration file"
        : "无法读取文件：文件超过 \(limit >> 20) MiB；这不是配置文件"
    case .system(let number):
      errorNumber = number
    }
    switch errorNumber {
    case ENOENT:
      return english ? "cannot read the file: it does not exist" : "无法读取文件：文件不存在"
    case EACCES:
      return english ? "cannot read the file: permission denied" : "无法读取文件：没有读取权限"
    case EISDIR:
      return english ? "cannot read the file: it is a directory" : "无法读取文件：这是一个目录"
    case ENOTDIR:
      return english
        ? "cannot read the file: a part of its path is not a directory"
        : "无法读取文件：路径中的某一部分不是目录"
    default:
      let reason = String(cString: strerror(errorNumber))
      return english ? "cannot read the file: \(reason)" : "无法读取文件：\(reason)"
    }
  }

  /// The error in the fixed diagnostic format. It points at line 1, column 1, so that every
  /// diagnostic line has the same `PATH:LINE:COLUMN:` shape for scripts and editors.
  public func diagnostic(in language: Language) -> Diagnostic {
    Diagnostic(.error, at: SourceLocation(file: path, line: 1, column: 1), message(in: language))
  }
}
