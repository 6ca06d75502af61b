import RepayCore

/// Bytes gathered in a fixed buffer and handed on in chunks as it fills, so that a large output
/// is written without ever being held whole: the offline plan's 2.3 MB of JSON goes through
/// 64 KiB, where a buffer of the whole text cost a page fault for each of its 560 pages
/// (docs/performance.md, "repayctl plan"). The small appends are inlined: the plan's JSON makes
/// 400,000 of them.
struct ChunkedOutput: ~Copyable {
  private let buffer: UnsafeMutableBufferPointer<UInt8>
  private var count = 0
  private let deliver: (UnsafeRawBufferPointer) -> Void

  /// An empty output of `capacity` bytes (at least `Money.maximumDecimalBytes`) that hands each
  /// full buffer, and the rest at `flush()`, to `deliver`.
  init(capacity: Int = 1 << 16, deliver: @escaping (UnsafeRawBufferPointer) -> Void) {
    precondition(capacity >= Money.maximumDecimalBytes, "capacity \(capacity)")
    buffer = .allocate(capacity: capacity)
    buffer.initialize(repeating: 0)
    self.deliver = deliver
  }

  deinit { buffer.deallocate() }

  /// Appends `bytes`, in pieces when they are more than the buffer holds.
  mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard !bytes.isEmpty else { return }
    // Most appends are a few bytes that fit: one comparison and a copy.
    if count + bytes.count <= buffer.count {
      (buffer.baseAddress! + count).update(from: bytes.baseAddress!, count: bytes.count)
      count += bytes.count
      return
    }
    var done = 0
    while done < bytes.count {
      if count == buffer.count { flush() }
      let size = min(bytes.count - done, buffer.count - count)
      (buffer.baseAddress! + count).update(from: bytes.baseAddress! + done, count: size)
      count += size
      done += size
    }
  }

  /// Appends the text of `literal`.
  @inline(__always)
  mutating func append(_ literal: StaticString) {
    literal.withUTF8Buffer { append($0) }
  }

  /// Appends one byte.
  @inline(__always)
  mutating func append(byte: UInt8) {
    if count == buffer.count { flush() }
    buffer[count] = byte
    count += 1
  }

  /// Appends `minorUnits` as `Money.decimalText` writes it with `fractionDigits` decimals.
  @inline(__always)
  mutating func appendDecimal(_ minorUnits: Int64, fractionDigits: Int) {
    write(upTo: Money.maximumDecimalBytes) {
      Money.writeDecimal(minorUnits, fractionDigits: fractionDigits, into: $0)
    }
  }

  /// Appends what `write` writes at the pointer it is given, where there is room for `maximum`
  /// bytes; `write` returns how many it wrote. One check of room for a record of many pieces,
  /// where appending them one by one checked and copied each apart (the plan's JSON has 30,000
  /// payment records).
  @inline(__always)
  mutating func write(upTo maximum: Int, _ write: (UnsafeMutablePointer<UInt8>) -> Int) {
    if count + maximum > buffer.count { flush() }
    if maximum <= buffer.count {
      count += write(buffer.baseAddress! + count)
      return
    }
    // More than the whole buffer holds: written aside, then appended in pieces.
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maximum) { aside in
      append(UnsafeBufferPointer(rebasing: aside[..<write(aside.baseAddress!)]))
    }
  }

  /// Hands on what is gathered.
  mutating func flush() {
    guard count > 0 else { return }
    deliver(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: buffer[..<count])))
    count = 0
  }
}
