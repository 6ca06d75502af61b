import RepayCore

#if canImport(Glibc)
  import Glibc
#endif

/// The iCalendar file `[daemon] ics_feed` names, which the state owner rewrites whenever what is
/// due changes, so that a calendar subscribed to it shows the truth. Each rewrite replaces the
/// file whole: the text goes to a temporary file in the same folder, is synced, renamed over
/// the feed and the folder synced, so that a reader (or a crash) sees the old file or the new
/// one, never a part.
struct CalendarFeed {
  /// How many days before today the feed begins: last month's payments stay visible.
  static let daysBefore = 31
  /// How many days it spans: that month and a year ahead.
  static let days = 31 + 366

  /// Why a rewrite failed: the step and the system's error number.
  struct Failure: Error, CustomStringConvertible {
    /// What was being done: "create the folder", "write", …
    let step: String
    /// The path it was done to.
    let path: String
    /// `errno`.
    let errorNumber: Int32

    var description: String { "cannot \(step) \(path): \(String(cString: strerror(errorNumber)))" }
  }

  /// The feed's absolute path.
  let path: String

  /// The folder that holds it.
  private var folder: String {
    let parts = path.split(separator: "/", omittingEmptySubsequences: false).dropLast()
    return parts.count <= 1 ? "/" : parts.joined(separator: "/")
  }

  /// The first day of the feed on `today`.
  static func start(today: LocalDate) -> LocalDate { today.advanced(by: -daysBefore) }

  /// Replaces the feed with `text`, creating its folder (0700, and missing parents) first; the
  /// file is 0600 like the state, since it lists a person's debts.
  func replace(with text: String) throws(Failure) {
    try makeFolder(folder)
    var template = Array((folder + "/.repayd-feed-XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else {
      throw Failure(step: "create a temporary file in", path: folder, errorNumber: errno)
    }
    let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var renamed = false
    defer { if !renamed { unlink(temporary) } }
    do {
      defer { close(descriptor) }
      try write(text, to: descriptor, path: temporary)
      guard fsync(descriptor) == 0 else { throw Failure(step: "sync", path: temporary, errorNumber: errno) }
    }
    guard rename(temporary, path) == 0 else {
      throw Failure(step: "rename over", path: path, errorNumber: errno)
    }
    renamed = true
    // The rename is durable once the folder is synced.
    let directory = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard directory >= 0 else { throw Failure(step: "open the folder", path: folder, errorNumber: errno) }
    defer { close(directory) }
    guard fsync(directory) == 0 else {
      throw Failure(step: "sync the folder", path: folder, errorNumber: errno)
    }
  }

  /// Writes every byte of `text` to `descriptor`.
  private func write(_ text: String, to descriptor: Int32, path: String) throws(Failure) {
    var text = text
    let failure: Int32? = text.withUTF8 { bytes in
      var written = 0
      while written < bytes.count {
        let count = Glibc.write(descriptor, bytes.baseAddress! + written, bytes.count - written)
        if count > 0 {
          written += count
        } else if !(count < 0 && errno == EINTR) {
          return errno
        }
      }
      return nil
    }
    if let failure { throw Failure(step: "write", path: path, errorNumber: failure) }
  }

  /// Creates `folder` and its missing parents, each 0700 (the umask cannot widen it).
  private func makeFolder(_ folder: String) throws(Failure) {
    var status = stat()
    if stat(folder, &status) == 0 { return }
    let parent = folder.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(
      separator: "/")
    if !parent.isEmpty { try makeFolder(parent) }
    guard mkdir(folder, 0o700) == 0 || errno == EEXIST else {
      throw Failure(step: "create the folder", path: folder, errorNumber: errno)
    }
  }
}
