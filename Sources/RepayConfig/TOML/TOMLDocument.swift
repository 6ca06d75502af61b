import RepayCore

/// A parsed TOML file: its root table, every key and value with its location.
public struct TOMLDocument: Hashable, Sendable {
  /// The path of the file as the user gave it.
  public let file: String
  /// The top-level table.
  public let root: TOMLTable

  /// Reads TOML 1.0 from `bytes`; `file` is used only in locations.
  ///
  /// Never traps and always terminates, on any input: invalid UTF-8, truncation and nesting
  /// deeper than `maximumDepth` are reported as errors at their place.
  public init(parsing bytes: [UInt8], file: String) throws(TOMLSyntaxError) {
    self.file = file
    // The parser reads through the buffer and must not outlive this call; see `TOMLCursor`.
    self.root = try bytes.withUnsafeBufferPointer { buffer throws(TOMLSyntaxError) in
      var parser = TOMLParser(bytes: buffer, file: file)
      return try parser.parseDocument()
    }
  }

  /// Reads TOML 1.0 from `text`; `file` is used only in locations.
  public init(parsing text: String, file: String) throws(TOMLSyntaxError) {
    try self.init(parsing: Array(text.utf8), file: file)
  }

  /// The deepest nesting of tables and arrays the reader accepts.
  public static var maximumDepth: Int { TOMLParser.maximumDepth }
}
