/// A duplicate of a descriptor whose owner may close it at any moment, for a watcher that must
/// not be left watching a closed number: sd-bus closes its connection's descriptor itself, inside
/// `process()`, when the bus goes away, and the number may then be reused before the watcher is
/// cancelled. The copy refers to the same socket (so it becomes readable exactly when the
/// original does) and stays the watcher's until it calls `close()`, after cancelling its watch.
public struct DescriptorCopy: Sendable {
  /// The duplicate, close-on-exec.
  public let fileDescriptor: Int32

  /// A copy of `descriptor` (`fcntl(F_DUPFD_CLOEXEC)`); throws when the process is out of
  /// descriptors (`EMFILE`).
  public init(of descriptor: Int32) throws(SystemdCallError) {
    fileDescriptor = try LibSystemd.duplicateDescriptor(descriptor)
  }

  /// Closes the copy. Call it once, after the watch on it was cancelled.
  public func close() {
    LibSystemd.closeDescriptor(fileDescriptor)
  }
}
