/// One firing of a free-standing `[[reminder]]`, or of a note's follow-up or promise.
public struct ScheduledReminder: Hashable, Sendable {
  /// The reminder's id.
  public var id: String
  /// The firing instant, microseconds since 1970, after quiet hours.
  public var instant: Int64
  /// The instant the calendar expression gives, before quiet hours: the firing's identity
  /// (`NoticeKeys`), which a change of the quiet hours leaves as it was.
  public var nominal: Int64
  /// The message.
  public var message: String
  /// The note's reminder this firing is, whose notice names the loan and the note; nil for a
  /// `[[reminder]]`.
  public var note: NoteReminder?

  /// A firing at `instant`, which quiet hours moved from `nominal` (by default, none did), of
  /// `note`'s reminder when one is given.
  public init(id: String, instant: Int64, nominal: Int64? = nil, message: String, note: NoteReminder? = nil) {
    self.id = id
    self.instant = instant
    self.nominal = nominal ?? instant
    self.message = message
    self.note = note
  }

  /// What its delivery is about: the note's follow-up or promise, or the `[[reminder]]`.
  public var subject: DeliverySubject {
    guard let note else { return .reminder(id) }
    return switch note.kind {
    case .followUp: .followUp(note: note.note)
    case .promise: .promise(note: note.note)
    }
  }
}
