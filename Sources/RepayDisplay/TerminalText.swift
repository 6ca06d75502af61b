import RepayCore

/// Text for a terminal from data that anyone may have written (loan and platform names, notes,
/// contacts, hook output, a daemon's reply): every character that a terminal would act on
/// instead of showing is replaced by a visible stand-in, so that no name can move the cursor,
/// clear the screen, set the window title, ring the bell, open a hyperlink, hide text or turn the
/// line around.
///
/// What stays: line feeds and tabs, and the style sequences `ESC [ digits ; … m` (colour and
/// emphasis, as `Emphasis` writes them; from data they can only restyle text). What is replaced:
/// - the other C0 controls and DEL by their Control Pictures (ESC by "␛", NUL by "␀"; U+2400 to
///   U+2421), which take one column each;
/// - the C1 controls (U+0080 to U+009F), which some terminals read as escape sequences, and the
///   bidirectional embeddings, overrides and isolates (U+202A to U+202E, U+2066 to U+2069), by
///   U+FFFD.
public enum TerminalText {
  /// `text` with every character a terminal would act on replaced, as the type describes.
  public static func neutralized(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: needsCare) else { return text }
    let scalars = Array(text.unicodeScalars)
    var result = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == "\u{1B}", let end = styleSequenceEnd(scalars, from: index) {
        result.append(contentsOf: scalars[index...end])
        index = end + 1
        continue
      }
      result.append(standIn(for: scalar))
      index += 1
    }
    return String(result)
  }

  /// Whether `scalar` may have to be replaced (the escape character starts a sequence that may
  /// be kept).
  private static func needsCare(_ scalar: Unicode.Scalar) -> Bool {
    standIn(for: scalar) != scalar || scalar == "\u{1B}"
  }

  /// What `scalar` is shown as: itself, or its stand-in.
  private static func standIn(for scalar: Unicode.Scalar) -> Unicode.Scalar {
    switch scalar.value {
    case 0x0A, 0x09: return scalar
    case 0x00...0x1F, 0x7F: return ControlPicture.of(scalar)!
    case 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069: return "\u{FFFD}"
    default: return scalar
    }
  }

  /// The index of the `m` that ends a style sequence `ESC [ (digit | ;)* m` starting at `start`,
  /// or nil when what starts there is anything else.
  private static func styleSequenceEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
    guard start + 1 < scalars.count, scalars[start + 1] == "[" else { return nil }
    var index = start + 2
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == "m" { return index }
      guard scalar == ";" || ("0"..."9").contains(scalar) else { return nil }
      index += 1
    }
    return nil
  }
}
