import ControlInterface
import RepayControl
import RepayCore
import RepayStore

extension ControlDesk {
  /// `AddNote`: writes an entry of the loan's communication log, dated now. Errors:
  /// `LoanNotFound`; `InvalidParameter` `missing` for a text of only white space, `format` for a
  /// `follow_up` that is not a date; `StoreFailed`.
  func addNote(_ request: Control.AddNoteRequest) throws(ControlError) -> Control.AddNoteReply {
    let loan = try loan(request.loan)
    guard request.text.contains(where: { !$0.isWhitespace }) else {
      throw .invalidParameter(parameter: "text", reason: .missing)
    }
    let followUp = try request.followUp.map { text throws(ControlError) in
      try date(text, parameter: "follow_up")
    }
    let note = try stored { () throws(StoreError) in
      try store.addNote(
        loan: loan.id, at: now, channel: request.channel.flatMap { ContactChannel(rawValue: $0.rawValue) },
        reference: request.ref, followUp: followUp, text: request.text)
    }
    return Control.AddNoteReply(note: Control.Note(note))
  }

  /// `ListNotes`: the communication log of the loan, or, without one, every note the store holds
  /// (also of loans no longer configured: they are the person's records), oldest first. Errors:
  /// `LoanNotFound`, `StoreFailed`.
  func listNotes(_ request: Control.ListNotesRequest) throws(ControlError) -> Control.ListNotesReply {
    let id = try request.loan.map { id throws(ControlError) in try loan(id).id }
    let notes = try stored { () throws(StoreError) in try store.notes(forLoan: id) }
    return Control.ListNotesReply(notes: notes.map(Control.Note.init))
  }
}
