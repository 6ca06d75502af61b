import RepayCore

extension Note {
  /// What this note asks to be reminded of once: its follow-up, and its promise's date.
  public var reminders: [NoteReminder] {
    [
      followUp.map {
        NoteReminder(note: id, loan: loan, text: text, kind: .followUp, date: $0, time: followUpTime)
      },
      promise.map { NoteReminder(note: id, loan: loan, text: text, kind: .promise($0), date: $0.date) },
    ].compactMap { $0 }
  }
}
