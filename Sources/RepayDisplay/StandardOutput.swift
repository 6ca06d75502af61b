#if canImport(Glibc)
  import Glibc
#endif

/// repayctl's standard output, unbuffered: `show` for people (through `TerminalText`), `write`
/// for programs (JSON, exactly as made). Every command writes through these two, so that nothing
/// it prints for people reaches the terminal unneutralized; only the file formats bypass them
/// (`export-ics`'s iCalendar text and `plan --json`'s chunked writer, both made for programs).
public enum StandardOutput {
  /// Writes `text` and `terminator` for a person reading a terminal: neutralized.
  public static func show(_ text: String, terminator: String = "\n") {
    write(TerminalText.neutralized(text), terminator: terminator)
  }

  /// Writes `text` and `terminator` as they are, for a program (JSON).
  public static func write(_ text: String, terminator: String = "\n") {
    // A failed write (a closed pipe) has nowhere to be told.
    _ = Array((text + terminator).utf8).withUnsafeBytes { DescriptorWrite.all($0, to: STDOUT_FILENO) }
  }
}
