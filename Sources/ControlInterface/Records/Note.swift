extension Control {
  /// An entry of the communication log (measures 1, 4 and 5 of the overdue playbook).
  public struct Note: Codable, Hashable, Sendable {
    /// The id.
    public var id: Int64
    /// The loan's id.
    public var loan: String
    /// The instant, RFC 3339 UTC.
    public var at: String
    /// How the person was in touch; absent when it does not apply.
    public var channel: Control.NoteChannel?
    /// The platform's order or case number.
    public var ref: String?
    /// The date to come back to it.
    public var followUp: String?
    /// The text.
    public var text: String

    /// A value with these fields.
    public init(
      id: Int64, loan: String, at: String, channel: Control.NoteChannel? = nil, ref: String? = nil,
      followUp: String? = nil, text: String
    ) {
      self.id = id
      self.loan = loan
      self.at = at
      self.channel = channel
      self.ref = ref
      self.followUp = followUp
      self.text = text
    }

    private enum CodingKeys: String, CodingKey {
      case id
      case loan
      case at
      case channel
      case ref
      case followUp = "follow_up"
      case text
    }
  }
}
