import RepayCore

/// Writes bytes forward from a position that has room for them, as `ChunkedOutput.write(upTo:_:)`
/// hands one out: the pieces of a JSON record put one after another without a check of room or
/// a call for each (a literal's copy is inlined at its known length).
struct ByteCursor {
  /// Where the next byte goes.
  private(set) var position: UnsafeMutablePointer<UInt8>

  /// A cursor at `start`.
  init(_ start: UnsafeMutablePointer<UInt8>) { position = start }

  /// Puts the text of `literal`.
  @inline(__always)
  mutating func put(_ literal: StaticString) {
    position.update(from: literal.utf8Start, count: literal.utf8CodeUnitCount)
    position += literal.utf8CodeUnitCount
  }

  /// Puts `bytes`.
  @inline(__always)
  mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let start = bytes.baseAddress else { return }
    position.update(from: start, count: bytes.count)
    position += bytes.count
  }

  /// Puts one byte.
  @inline(__always)
  mutating func put(byte: UInt8) {
    position.pointee = byte
    position += 1
  }

  /// Puts `minorUnits` as `Money.decimalText` writes it with `fractionDigits` decimals (at most
  /// `Money.maximumDecimalBytes`).
  @inline(__always)
  mutating func put(decimal minorUnits: Int64, fractionDigits: Int) {
    position += Money.writeDecimal(minorUnits, fractionDigits: fractionDigits, into: position)
  }

  /// Puts `value` (from 0 to 10^`width` − 1) in `width` decimal digits, zeros first.
  @inline(__always)
  mutating func put(digits value: Int, width: Int) {
    var rest = value
    for offset in stride(from: width - 1, through: 0, by: -1) {
      position[offset] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
      rest /= 10
    }
    position += width
  }
}
