#if canImport(Glibc)
  import Glibc
#endif

/// The process's environment as a dictionary, read from `environ` directly: Foundation's
/// `ProcessInfo` would bring its own start-up code into a daemon that keeps it resident for
/// hours, and into repayctl's status front, which must start in a few milliseconds. For a name
/// set twice, the first value counts, as `getenv` finds it.
public enum ProcessEnvironment {
  /// The variables of the process's environment now.
  public static func current() -> [String: String] {
    var result: [String: String] = [:]
    var entry = environ
    while let pointer = entry.pointee {
      let text = String(cString: pointer)
      if let equals = text.utf8.firstIndex(of: UInt8(ascii: "=")) {
        let name = String(text[..<equals])
        if result[name] == nil { result[name] = String(text[text.index(after: equals)...]) }
      }
      entry += 1
    }
    return result
  }

  /// The variables among `names` that are set, each read with `getenv`: for a program that needs
  /// a few of them before it can afford to read them all.
  public static func values(of names: [String]) -> [String: String] {
    var result: [String: String] = [:]
    for name in names {
      if let value = getenv(name) { result[name] = String(cString: value) }
    }
    return result
  }
}
