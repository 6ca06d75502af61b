/// Cuts a byte stream into Varlink messages: each is a JSON object followed by a NUL byte.
///
/// Bytes are appended as they arrive; `nextMessage()` hands out each complete message without its
/// NUL. A message may not grow past `limit` bytes (its NUL included): once the bytes held without
/// a NUL reach it, `nextMessage()` throws, so that a peer that never ends its message cannot make
/// the buffer grow without bound.
public struct VarlinkFrameSplitter: Sendable {
  /// The longest message accepted, in bytes, its terminating NUL included.
  public let limit: Int
  private var bytes: [UInt8] = []
  private var start = 0
  // Where the search for the next NUL resumes, so that a message arriving in many small pieces is
  // scanned once, not once per piece.
  private var scanned = 0

  /// A splitter that accepts messages of up to `limit` bytes.
  public init(limit: Int) {
    self.limit = limit
  }

  /// Appends bytes read from the stream.
  public mutating func append<Bytes: Sequence>(_ more: Bytes) where Bytes.Element == UInt8 {
    if start > 0 && start == bytes.count {
      bytes.removeAll(keepingCapacity: true)
      start = 0
      scanned = 0
    }
    bytes.append(contentsOf: more)
  }

  /// The next complete message without its NUL, or nil when none is complete yet; throws
  /// `VarlinkFrameError.tooLarge` when the message being read has reached the limit without its NUL.
  public mutating func nextMessage() throws(VarlinkFrameError) -> ArraySlice<UInt8>? {
    if let end = bytes[scanned...].firstIndex(of: 0) {
      guard end - start < limit else { throw .tooLarge(limit: limit) }
      let message = bytes[start..<end]
      start = end + 1
      scanned = start
      return message
    }
    scanned = bytes.count
    guard bytes.count - start < limit else { throw .tooLarge(limit: limit) }
    return nil
  }
}
