/// A position in a text file that a person wrote, as shown to that person.
///
/// `line` and `column` are 1-based; `column` counts Unicode scalars from the start of the line,
/// so that a line holding Chinese text points at the right character. `file` is the path exactly
/// as the user gave it (never made absolute), since diagnostics print it back to them.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
  /// The path of the file as the user gave it.
  public var file: String
  /// The 1-based line number.
  public var line: Int
  /// The 1-based column, counted in Unicode scalars.
  public var column: Int

  /// Creates a location; `line` and `column` are 1-based.
  public init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// `PATH:LINE:COLUMN`, the form every diagnostic starts with.
  public var description: String { "\(file):\(line):\(column)" }
}
