import RepayCore

/// An entry of a loan's communication log (`repayctl note`): what the platform said, through
/// which channel, under which order number, and when to follow up. Measures 1, 4 and 5 of the
/// playbook rely on it.
public struct Note: Hashable, Sendable {
  /// The id the store gave it.
  public var id: Int64
  /// The loan's id.
  public var loan: String
  /// When it was written, microseconds since 1970 UTC.
  public var at: Int64
  /// How the person was in touch, if said.
  public var channel: ContactChannel?
  /// The platform's reference (an order or ticket number), if any.
  public var reference: String?
  /// The date to follow up on, if any.
  public var followUp: LocalDate?
  /// The text.
  public var text: String

  /// A note as stored.
  public init(
    id: Int64, loan: String, at: Int64, channel: ContactChannel?, reference: String?, followUp: LocalDate?,
    text: String
  ) {
    self.id = id
    self.loan = loan
    self.at = at
    self.channel = channel
    self.reference = reference
    self.followUp = followUp
    self.text = text
  }
}
