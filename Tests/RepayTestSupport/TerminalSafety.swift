/// The spec of what may reach a terminal from repayctl (docs/repayctl.md, "Text from others"):
/// line feeds, tabs, style sequences `ESC [ digits ; … m`, and no other C0 control, no DEL, no
/// C1 control, no bidirectional embedding, override or isolate.
public enum TerminalSafety {
  /// The first thing in `text` a terminal would act on, described, or nil when there is none.
  public static func firstUnsafe(in text: String) -> String? {
    let scalars = Array(text.unicodeScalars)
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == "\u{1B}" {
        var end = index + 1
        guard end < scalars.count, scalars[end] == "[" else { return "an escape sequence at \(index)" }
        end += 1
        while end < scalars.count, scalars[end] == ";" || ("0"..."9").contains(scalars[end]) { end += 1 }
        guard end < scalars.count, scalars[end] == "m" else { return "an escape sequence at \(index)" }
        index = end + 1
        continue
      }
      let value = scalar.value
      if (value < 0x20 && value != 0x0A && value != 0x09) || (0x7F...0x9F).contains(value)
        || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
      {
        return "U+\(String(value, radix: 16, uppercase: true)) at \(index)"
      }
      index += 1
    }
    return nil
  }
}
