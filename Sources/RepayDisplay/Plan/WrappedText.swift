/// Text broken into lines of at most a number of terminal columns: at spaces, and between any
/// two wide (CJK) characters, which Chinese breaks between; a word wider than the line is cut.
enum WrappedText {
  /// `text` as lines of at most `width` columns (no limit when nil), the lines after the first
  /// indented by `indent` spaces, each line ending in a newline.
  static func lines(_ text: String, width: Int?, indent: Int = 0) -> String {
    guard let width, width > indent + 8 else { return text + "\n" }
    var lines: [String] = []
    var line = ""
    for token in tokens(text) {
      let limit = lines.isEmpty ? width : width - indent
      // Spaces that would begin a continuation line are dropped; the text's own indent stays.
      let candidate = line.isEmpty && !lines.isEmpty ? String(token.drop { $0 == " " }) : line + token
      if TerminalWidth.columns(candidate) <= limit || line.isEmpty {
        line = TerminalWidth.truncated(candidate, to: limit)
      } else {
        lines.append(line)
        line = String(token.drop { $0 == " " })
      }
    }
    lines.append(line)
    let padding = String(repeating: " ", count: indent)
    return lines.enumerated().map { ($0.offset == 0 ? "" : padding) + $0.element + "\n" }.joined()
  }

  /// The pieces a line may break between: each word with the spaces before it, and each wide
  /// character alone.
  private static func tokens(_ text: String) -> [String] {
    var tokens: [String] = []
    var current = ""
    for character in text {
      if TerminalWidth.columns(String(character)) > 1 {
        if !current.isEmpty { tokens.append(current) }
        tokens.append(String(character))
        current = ""
      } else if character == " ", !current.isEmpty, current.last != " " {
        tokens.append(current)
        current = " "
      } else {
        current.append(character)
      }
    }
    if !current.isEmpty { tokens.append(current) }
    return tokens
  }
}
