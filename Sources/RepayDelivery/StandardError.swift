#if canImport(Glibc)
  import Glibc
#endif

/// This process's standard error, written with `write(2)` on descriptor 2: unbuffered, so that a
/// line is out before the next event, and free of the C `stderr` stream's shared state.
public enum StandardError {
  /// Writes all of `text`; false when the descriptor refused (closed, or a full disk behind a
  /// redirection).
  @discardableResult
  public static func write(_ text: String) -> Bool {
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
      let written = bytes.withUnsafeBytes { Glibc.write(2, $0.baseAddress, $0.count) }
      if written < 0, errno == EINTR { continue }
      guard written > 0 else { return false }
      bytes = bytes.dropFirst(written)
    }
    return true
  }
}
