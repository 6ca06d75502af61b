#if canImport(Glibc)
  import Glibc
#endif

/// The file this process runs, as the kernel names it in `/proc/self/exe`: for finding what a
/// build folder keeps beside the source tree, and for noticing that an upgrade replaced the file.
public enum ProcessExecutable {
  /// What the kernel adds to the link's target when the file was removed or replaced since the
  /// process started running it.
  public static let deletedSuffix = " (deleted)"

  /// The target of `/proc/self/exe`, with `deletedSuffix` when the file is gone; nil when the
  /// link cannot be read (no `/proc`).
  public static func link() -> String? {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    guard count > 0 else { return nil }
    return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// Whether the file this process started from is no longer at its path: removed, or replaced
  /// by another file (an upgrade renames the new binary over the old one). A `readlink` and two
  /// `stat`s, cheap enough to ask at every status; false when `/proc` cannot tell.
  public static func isReplaced() -> Bool {
    guard let link = link() else { return false }
    if link.hasSuffix(deletedSuffix) { return true }
    var running = stat()
    var atPath = stat()
    guard stat("/proc/self/exe", &running) == 0 else { return false }
    guard stat(link, &atPath) == 0 else { return true }
    return running.st_dev != atPath.st_dev || running.st_ino != atPath.st_ino
  }

  /// The path of the file this process runs, without `deletedSuffix`; nil when unknown.
  public static func path() -> String? {
    guard let link = link() else { return nil }
    return link.hasSuffix(deletedSuffix) ? String(link.dropLast(deletedSuffix.count)) : link
  }
}
