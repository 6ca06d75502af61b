import ControlInterface

/// Recognizes the commonest call of all, a plain `GetStatus`, without a JSON decoder: an object
/// whose only members are `"method": "io.repayd.Control.GetStatus"` and, optionally,
/// `"parameters"` as an empty object or null, in either order, with any JSON whitespace. That is
/// how every client writes it (`repayctl`, Python's `varlink`, `varlinkctl`), and it is the call
/// a status bar or a script polls.
///
/// Anything else is not recognized and goes the general way (`ControlDispatcher`), which also
/// gives the errors: a flag (`oneway`, `more`, `upgrade`, even when false), a parameter, an escape
/// in a string, a duplicate member, a byte that is not JSON. So recognizing is never wrong about
/// what the call asks for; at worst it passes a call on that it could have answered.
enum PlainStatusCall {
  private static let method = Array(Control.GetStatusRequest.method.utf8)
  private static let methodKey = Array("method".utf8)
  private static let parametersKey = Array("parameters".utf8)

  /// Whether `message` (without its NUL) is a plain `GetStatus` call.
  static func matches(_ message: some Collection<UInt8>) -> Bool {
    var reader = Reader(bytes: message)
    guard reader.take(UInt8(ascii: "{")) else { return false }
    var sawMethod = false
    var sawParameters = false
    repeat {
      guard let key = reader.string() else { return false }
      if !sawMethod, key.elementsEqual(methodKey) {
        guard reader.take(UInt8(ascii: ":")), reader.string()?.elementsEqual(method) == true else {
          return false
        }
        sawMethod = true
      } else if !sawParameters, key.elementsEqual(parametersKey) {
        guard reader.take(UInt8(ascii: ":")), reader.emptyObjectOrNull() else { return false }
        sawParameters = true
      } else {
        return false
      }
    } while reader.take(UInt8(ascii: ","))
    return sawMethod && reader.take(UInt8(ascii: "}")) && reader.atEnd
  }

  /// Reads tokens, skipping the whitespace before each.
  private struct Reader<Bytes: Collection<UInt8>> {
    let bytes: Bytes
    var index: Bytes.Index

    init(bytes: Bytes) {
      self.bytes = bytes
      index = bytes.startIndex
    }

    /// Whether only whitespace is left.
    var atEnd: Bool {
      mutating get {
        skipWhitespace()
        return index == bytes.endIndex
      }
    }

    /// Takes `byte` when it comes next.
    mutating func take(_ byte: UInt8) -> Bool {
      skipWhitespace()
      return takeAdjacent(byte)
    }

    /// The bytes of a string without escapes or control characters; nil for anything else.
    mutating func string() -> Bytes.SubSequence? {
      guard take(UInt8(ascii: "\"")) else { return nil }
      let start = index
      while index != bytes.endIndex {
        let byte = bytes[index]
        switch byte {
        case UInt8(ascii: "\""):
          defer { bytes.formIndex(after: &index) }
          return bytes[start..<index]
        // An escape could spell the same name otherwise; the decoder reads those. A control
        // character or a byte beyond ASCII cannot be part of the names recognized here.
        case UInt8(ascii: "\\"), 0..<0x20, 0x80...: return nil
        default: bytes.formIndex(after: &index)
        }
      }
      return nil
    }

    /// Takes `{}` (whitespace inside allowed) or `null`.
    mutating func emptyObjectOrNull() -> Bool {
      if take(UInt8(ascii: "{")) { return take(UInt8(ascii: "}")) }
      return take(UInt8(ascii: "n")) && takeAdjacent(UInt8(ascii: "u")) && takeAdjacent(UInt8(ascii: "l"))
        && takeAdjacent(UInt8(ascii: "l"))
    }

    /// Takes `byte` when it comes next, with no whitespace before it.
    private mutating func takeAdjacent(_ byte: UInt8) -> Bool {
      guard index != bytes.endIndex, bytes[index] == byte else { return false }
      bytes.formIndex(after: &index)
      return true
    }

    private mutating func skipWhitespace() {
      while index != bytes.endIndex {
        switch bytes[index] {
        case 0x20, 0x09, 0x0A, 0x0D: bytes.formIndex(after: &index)
        default: return
        }
      }
    }
  }
}
