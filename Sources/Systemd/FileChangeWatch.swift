#if canImport(Glibc)
  import Glibc
#endif

/// Tells when a file was replaced, written, removed or created: an inotify watch on its
/// directory, for the file's name. The directory and not the file is watched because tools
/// replace such files by a rename (`timedatectl set-timezone` puts a new `/etc/localtime` link in
/// place), which a watch on the old file would never report.
///
/// The daemon watches `fileDescriptor` with a Dispatch read source and calls `consumeChanges()`
/// when it becomes readable; it calls `close()` in the source's cancel handler.
public struct FileChangeWatch: Sendable {
  /// The inotify instance, readable when something happened in the directory.
  public let fileDescriptor: Int32
  private let name: [UInt8]

  /// A watch on the file at `path` (absolute); throws when inotify cannot watch its directory.
  public init(path: String) throws(SystemdCallError) {
    let slash = path.lastIndex(of: "/") ?? path.startIndex
    let directory = slash == path.startIndex ? "/" : String(path[..<slash])
    name = Array(path[path.index(after: slash)...].utf8)
    let descriptor = try LibSystemd.inotifyCreate()
    do {
      let mask = IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_DELETE | IN_ATTRIB
      try LibSystemd.inotifyWatch(descriptor, directory, mask: UInt32(mask))
    } catch {
      LibSystemd.closeDescriptor(descriptor)
      throw error
    }
    fileDescriptor = descriptor
  }

  /// Whether an event named the watched file since the last call: reads every pending event
  /// of the directory, and keeps none. False when nothing is pending.
  public func consumeChanges() throws(SystemdCallError) -> Bool {
    var named = false
    while true {
      let bytes = try LibSystemd.readAvailable(fileDescriptor, capacity: 64 * 1_024)
      if bytes.isEmpty { return named }
      // struct inotify_event: int wd; uint32_t mask, cookie, len; char name[len] (NUL-padded).
      var offset = 0
      while offset + 16 <= bytes.count {
        let length = bytes[(offset + 12)..<(offset + 16)].reversed().reduce(0) { $0 << 8 | Int($1) }
        let field = bytes[(offset + 16)..<min(bytes.count, offset + 16 + length)]
        if Array(field.prefix { $0 != 0 }) == name { named = true }
        offset += 16 + length
      }
    }
  }

  /// Closes the inotify instance. Call it once, after the read source watching it was cancelled.
  public func close() {
    LibSystemd.closeDescriptor(fileDescriptor)
  }
}
