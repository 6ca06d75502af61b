extension Control {
  /// A loan's occurrence in a window of days, as the month view and the iCalendar export show it:
  /// which loan asks for it and where it stands.
  public struct CalendarOccurrence: Codable, Hashable, Sendable {
    /// The loan's id.
    public var loan: String
    /// The loan's name.
    public var name: String
    /// The loan's platform.
    public var platform: String
    /// The occurrence as `GetLoan` answers it.
    public var occurrence: Control.Occurrence

    /// A value with these fields.
    public init(loan: String, name: String, platform: String, occurrence: Control.Occurrence) {
      self.loan = loan
      self.name = name
      self.platform = platform
      self.occurrence = occurrence
    }
  }
}
