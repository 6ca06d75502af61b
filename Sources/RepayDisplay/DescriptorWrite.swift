#if canImport(Glibc)
  import Glibc
#endif

/// Bytes written to a file descriptor in full: the one loop behind standard error's messages,
/// the offline plan's JSON on standard output and the files `repayctl` saves.
public enum DescriptorWrite {
  /// Writes all of `bytes` to `descriptor`, going on after a short write (a full pipe) or a
  /// signal; returns nil when all were written, else the `errno` of the write that failed.
  public static func all(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
    var written = 0
    while written < bytes.count {
      let count = write(descriptor, bytes.baseAddress! + written, bytes.count - written)
      if count > 0 {
        written += count
      } else if count < 0, errno == EINTR {
        continue
      } else {
        // A write of 0 bytes to a regular file or a pipe means it can take no more.
        return count < 0 ? errno : EIO
      }
    }
    return nil
  }
}
