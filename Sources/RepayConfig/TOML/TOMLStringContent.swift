/// The content of a string as it is read: the file's own bytes for as long as the text stands as
/// it is meant, and a copy from the first place where it does not (an escape, a line-ending
/// backslash).
///
/// Most strings hold no escape, so most are made straight from the file's bytes, without a
/// buffer in between.
struct TOMLStringContent {
  /// The content before `runStart`, once some of it has differed from the file; nil until then,
  /// so that a string without escapes never touches an array.
  private var copied: [UInt8]?
  /// Where the bytes that count as content just as they are written begin.
  private var runStart: Int

  /// Content that begins at `offset` in the file.
  init(startingAt offset: Int) {
    runStart = offset
  }

  /// Puts `replacement` in the place of the file's bytes in `range` (an escape and what it
  /// means); the bytes before `range` are content as written.
  mutating func replace(
    _ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, with replacement: some Collection<UInt8>
  ) {
    if copied == nil { copied = [] }
    copied!.append(contentsOf: bytes[runStart..<range.lowerBound])
    copied!.append(contentsOf: replacement)
    runStart = range.upperBound
  }

  /// The finished string, the bytes of the file up to `end` being its last content as written.
  func string(endingAt end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> String {
    let run = UnsafeBufferPointer(rebasing: bytes[runStart..<end])
    guard let copied else { return String(decoding: run, as: UTF8.self) }
    return String(decoding: copied + run, as: UTF8.self)
  }
}
