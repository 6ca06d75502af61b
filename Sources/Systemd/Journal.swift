#if canImport(Glibc)
  import Glibc
#endif

/// Sends entries to the system journal (journald's native protocol, through `sd_journal_sendv`).
///
/// Sending is synchronous and cheap (one datagram to `/run/systemd/journal/socket`); it fails
/// with a `SystemdCallError` when no journald listens there (`ECONNREFUSED` or `ENOENT`), which
/// is the caller's cue to fall back to standard error (see `JournalSocket`).
public struct Journal: Sendable {
  /// A journal handle; it holds no resource, libsystemd opens its socket on first use.
  public init() {}

  /// Sends one entry made of `fields`, in their order. Names are valid by construction
  /// (`JournalFieldName`), so nothing here can drop a field. Repeating a name is allowed: the
  /// journal then stores both values.
  public func send(_ fields: [JournalField]) throws(SystemdCallError) {
    // Each field becomes the bytes NAME=value in one buffer, with one iovec per field pointing
    // into it; libsystemd sends a value containing a newline in its length-prefixed form.
    var bytes: [UInt8] = []
    var ranges: [Range<Int>] = []
    ranges.reserveCapacity(fields.count)
    for field in fields {
      let start = bytes.count
      bytes.append(contentsOf: field.name.text.utf8)
      bytes.append(UInt8(ascii: "="))
      bytes.append(contentsOf: field.value.utf8)
      ranges.append(start..<bytes.count)
    }
    let result: Result<Void, SystemdCallError> = bytes.withUnsafeMutableBytes { buffer in
      let vectors = ranges.map { range in
        iovec(iov_base: buffer.baseAddress.map { $0 + range.lowerBound }, iov_len: range.count)
      }
      return vectors.withUnsafeBufferPointer { vectors in
        Result { () throws(SystemdCallError) in
          try LibSystemd.journalSendv(vectors.baseAddress!, count: vectors.count)
        }
      }
    }
    try result.get()
  }
}
