/// What a note asks to be reminded of once: its follow-up (at a date, and a local time when one
/// was given) or the date of its promise. Fires as a `reminder` stage named `note-ID`.
public struct NoteReminder: Hashable, Sendable {
  /// The note's id (`REPAY_NOTE`).
  public var note: Int64
  /// The loan's id (`REPAY_LOAN`).
  public var loan: String
  /// The note's text.
  public var text: String
  /// What it is about.
  public var kind: Kind
  /// The local date it fires on.
  public var date: LocalDate
  /// The local time it fires at; nil for the loan's reminder time (`at`).
  public var time: TimeOfDay?

  /// A reminder of `kind` from note `note` of `loan`, on `date` at `time` (nil: the loan's `at`).
  public init(note: Int64, loan: String, text: String, kind: Kind, date: LocalDate, time: TimeOfDay? = nil) {
    self.note = note
    self.loan = loan
    self.text = text
    self.kind = kind
    self.date = date
    self.time = time
  }

  /// The id the journal (`REPAY_REMINDER`) and the delivery records name it by: `note-ID`.
  public var id: String { "note-\(note)" }

  /// What a note's reminder is about.
  public enum Kind: Hashable, Sendable {
    /// Coming back to the conversation.
    case followUp
    /// A promise falling due.
    case promise(NotePromise)
  }
}
