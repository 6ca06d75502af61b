#if canImport(Glibc)
  import Glibc
#endif

/// The fresh folder of one run of a benchmark that starts repayd, for its configuration, state
/// and logs: made with `mkdtemp`, so that runs side by side never share one.
enum RunFolder {
  /// Makes `PARENT/PREFIX-XXXXXX` (mode 0700) and returns its path.
  static func make(prefix: String, in parent: String = "/tmp") throws -> String {
    var template = Array("\(parent)/\(prefix)-XXXXXX".utf8CString)
    guard let made = mkdtemp(&template) else { throw ValidationFailure("mkdtemp: errno \(errno)") }
    return String(cString: made)
  }
}
