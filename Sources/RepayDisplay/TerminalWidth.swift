#if canImport(Glibc)
  import Glibc
#endif

/// How many terminal columns text takes: East Asian wide characters (Chinese among them)
/// take two, everything else one, so that tables with Chinese labels line up.
public enum TerminalWidth {
  /// The number of columns `text` occupies on a terminal; the escape sequences of colour and
  /// emphasis (`ESC [ ... m`, as `Emphasis` writes them) take none.
  public static func columns(_ text: String) -> Int {
    var total = 0
    var inEscape = false
    var previous: Unicode.Scalar = " "
    for scalar in text.unicodeScalars {
      if inEscape {
        // A control sequence ends with its final byte, @ to ~, after "ESC [".
        if previous != "\u{1B}", (0x40...0x7E).contains(scalar.value) { inEscape = false }
      } else if scalar == "\u{1B}" {
        inEscape = true
      } else {
        total += width(of: scalar)
      }
      previous = scalar
    }
    return total
  }

  /// `text` cut to at most `limit` columns, ending in "…" when it was cut (never splitting a
  /// wide character across the limit).
  public static func truncated(_ text: String, to limit: Int) -> String {
    guard columns(text) > limit else { return text }
    var result = ""
    var used = 0
    for scalar in text.unicodeScalars {
      let width = width(of: scalar)
      // One column stays free for the ellipsis.
      guard used + width <= limit - 1 else { break }
      result.unicodeScalars.append(scalar)
      used += width
    }
    return result + "…"
  }

  /// The width of standard output when it is a terminal; else `COLUMNS` when it holds a number;
  /// else nil: output to a file or pipe is not cut, so that nothing is lost to a script.
  public static func standardOutput(environment: [String: String] = Invocation.environment) -> Int? {
    var size = winsize()
    if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
      return Int(size.ws_col)
    }
    return environment["COLUMNS"].flatMap(Int.init).flatMap { $0 > 0 ? $0 : nil }
  }

  private static func width(of scalar: Unicode.Scalar) -> Int {
    isWide(scalar.value) ? 2 : 1
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
