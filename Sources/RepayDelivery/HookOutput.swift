/// What one hook run printed, cut into lines for the daemon's log within a fixed budget: the
/// first `limit` bytes of its standard output and error together are kept, the rest is counted
/// and dropped. So a hook that prints a megabyte is still read to its end (it never blocks on a
/// full pipe) while its run holds at most `limit` bytes (a line without its end waits in
/// `partial` until the end comes, and the budget bounds it too).
struct HookOutput {
  /// One of the hook's two output streams.
  enum Stream: String {
    /// Standard output.
    case standardOutput = "stdout"
    /// Standard error.
    case standardError = "stderr"
  }

  /// How many bytes of a run's output are kept at most.
  let limit: Int
  /// Bytes read so far, kept or dropped.
  private(set) var total = 0
  /// Bytes read beyond `limit`, not logged.
  private(set) var dropped = 0
  private var partial: [Stream: [UInt8]] = [:]

  /// A capture keeping up to `limit` bytes.
  init(limit: Int) {
    self.limit = limit
  }

  /// Takes `bytes` read from `stream` and returns the lines they complete (without their `\n`;
  /// bytes that are not UTF-8 become U+FFFD).
  mutating func take(_ bytes: [UInt8], from stream: Stream) -> [String] {
    let kept = bytes.prefix(max(0, limit - (total - dropped)))
    total += bytes.count
    dropped += bytes.count - kept.count
    var lines: [String] = []
    var pending = partial[stream, default: []]
    for byte in kept {
      if byte == UInt8(ascii: "\n") {
        lines.append(String(decoding: pending, as: UTF8.self))
        pending.removeAll(keepingCapacity: true)
      } else {
        pending.append(byte)
      }
    }
    partial[stream] = pending
    return lines
  }

  /// The last line of `stream` when it did not end with `\n` (or was cut by the limit), once the
  /// stream has ended; nil when there is none.
  mutating func finish(_ stream: Stream) -> String? {
    guard let pending = partial.removeValue(forKey: stream), !pending.isEmpty else { return nil }
    return String(decoding: pending, as: UTF8.self)
  }
}
