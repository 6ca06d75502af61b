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
public enum SourceFile {
  /// The whole content of the file at `path`.
  public static func read(_ path: String) throws(SourceFileError) -> [UInt8] {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw SourceFileError(path: path, errorNumber: errno) }
    defer { close(descriptor) }
    return try readToEnd(descriptor, path: path)
  }

  /// Everything on standard input up to its end; `name` is how errors call it.
  public static func readStandardInput(name: String) throws(SourceFileError) -> [UInt8] {
    try readToEnd(STDIN_FILENO, path: name)
  }

  private static func readToEnd(_ descriptor: Int32, path: String) throws(SourceFileError) -> [UInt8] {
    var content: [UInt8] = []
    var status = stat()
    if fstat(descriptor, &status) == 0, status.st_size > 0 { content.reserveCapacity(Int(status.st_size)) }
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
      if count == 0 { return content }
      if count < 0 {
        if errno == EINTR { continue }
        throw SourceFileError(path: path, errorNumber: errno)
      }
      content.append(contentsOf: chunk[0..<count])
    }
  }
}

/// A file that could not be read, with the operating system's reason.
public struct SourceFileError: Error, Hashable, Sendable {
  /// The path as the user gave it.
  public var path: String
  /// The `errno` value of the failed call.
  public var errorNumber: Int32

  /// Creates an error for `path` from an `errno` value.
  public init(path: String, errorNumber: Int32) {
    self.path = path
    self.errorNumber = errorNumber
  }

  /// Why the file could not be read, in `language`.
  public func message(in language: Language) -> String {
    let english = language == .english
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
