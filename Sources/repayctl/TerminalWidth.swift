/// How many terminal columns text takes: East Asian wide characters (Chinese among them)
/// take two, everything else one, so that tables with Chinese labels line up.
enum TerminalWidth {
  /// The number of columns `text` occupies on a terminal.
  static func columns(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { $0 + (isWide($1.value) ? 2 : 1) }
  }

  private static func isWide(_ scalar: UInt32) -> Bool {
    switch scalar {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x20000...0x3FFFD:
      true
    default:
      false
    }
  }
}
