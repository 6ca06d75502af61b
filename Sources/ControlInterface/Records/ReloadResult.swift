extension Control {
  /// How the last reload went: when a reload failed, the configuration before it stays in force.
  public struct ReloadResult: Codable, Hashable, Sendable {
    /// The instant, RFC 3339 UTC.
    public var at: String
    /// Whether the new configuration is in force.
    public var succeeded: Bool
    /// Every finding, in the order of the files.
    public var diagnostics: [Control.Diagnostic]

    /// A value with these fields.
    public init(at: String, succeeded: Bool, diagnostics: [Control.Diagnostic]) {
      self.at = at
      self.succeeded = succeeded
      self.diagnostics = diagnostics
    }
  }
}
