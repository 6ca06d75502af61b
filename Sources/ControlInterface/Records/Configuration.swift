extension Control {
  /// The configuration in force.
  public struct Configuration: Codable, Hashable, Sendable {
    /// The files it was read from, in order; empty for the demo household.
    public var files: [String]
    /// Whether it is the demo household.
    public var demo: Bool
    /// The zone that due dates and reminder times are local to, such as "Asia/Shanghai".
    public var timezone: String
    /// The number of loans.
    public var loans: Int
    /// The number of free-standing reminders.
    public var reminders: Int
    /// The instant it was read.
    public var loadedAt: String
    /// Its warnings.
    public var warnings: [Control.Diagnostic]
    /// The file repayd looked for at its start (without `--config`) and did not find, so that it
    /// runs with no loans until one is written and read by a reload; nil otherwise.
    public var missingFile: String?

    /// A value with these fields.
    public init(
      files: [String], demo: Bool, timezone: String, loans: Int, reminders: Int, loadedAt: String,
      warnings: [Control.Diagnostic], missingFile: String? = nil
    ) {
      self.files = files
      self.demo = demo
      self.timezone = timezone
      self.loans = loans
      self.reminders = reminders
      self.loadedAt = loadedAt
      self.warnings = warnings
      self.missingFile = missingFile
    }

    private enum CodingKeys: String, CodingKey {
      case files
      case demo
      case timezone
      case loans
      case reminders
      case loadedAt = "loaded_at"
      case warnings
      case missingFile = "missing_file"
    }
  }
}
