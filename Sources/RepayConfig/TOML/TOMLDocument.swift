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
    var parser = TOMLParser(bytes: bytes, file: file)
    self.file = file
    self.root = try parser.parseDocument()
  }

  /// Reads TOML 1.0 from `text`; `file` is used only in locations.
  public init(parsing text: String, file: String) throws(TOMLSyntaxError) {
    try self.init(parsing: Array(text.utf8), file: file)
  }

  /// The deepest nesting of tables and arrays the reader accepts.
  public static var maximumDepth: Int { TOMLParser.maximumDepth }
}
