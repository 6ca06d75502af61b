import ControlInterface
import RepayControl
import RepayCore
import RepayStore

extension ControlDesk {
  /// `AddNote`: writes an entry of the loan's communication log, dated now, with the files named
  /// by `attachments` copied into the state directory. Every field is checked before anything
  /// is kept, and nothing is recorded (no row, no copy) on any error. Errors: `LoanNotFound`;
  /// `InvalidParameter`: `text` `missing` for a text of only white space, `promise_amount`,
  /// `promise_date` or `promise_by` `missing` when another promise field is given without it,
  /// `promise_amount` `format` or `range` (an amount in the loan's currency above 0),
  /// `promise_date` `format`, `text`, `counterpart` or `ref` `format` when it holds a NUL,
  /// `follow_up` `format` (not `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`);
  /// `NoteNotFound` when `corrects` names no note of this loan; `AttachmentFailed`;
  /// `StoreFailed`.
  func addNote(_ request: Control.AddNoteRequest) throws(ControlError) -> Control.AddNoteReply {
    let loan = try loan(request.loan)
    guard request.text.contains(where: { !$0.isWhitespace }) else {
      throw .invalidParameter(parameter: "text", reason: .missing)
    }
    try refuseNUL(["text": request.text, "counterpart": request.counterpart, "ref": request.ref])
    let promise = try promise(of: request, in: loan.amount.currency)
    let followUp = try request.followUp.map { text throws(ControlError) in try self.followUp(text) }
    if let corrects = request.corrects {
      let corrected = try stored { () throws(StoreError) in try store.note(id: corrects) }
      guard corrected?.loan == loan.id else { throw .noteNotFound(id: corrects) }
    }
    let vault = vault
    var newCopies: [String] = []
    var attachments: [KeptAttachment] = []
    do throws(ControlError) {
      for path in request.attachments ?? [] {
        let (attachment, newCopy) = try kept(path, in: vault)
        attachments.append(attachment)
        newCopies += [newCopy].compactMap { $0 }
      }
      let note = try stored { () throws(StoreError) in
        try store.addNote(
          loan: loan.id, at: now, channel: request.channel.flatMap { ContactChannel(rawValue: $0.rawValue) },
          direction: request.direction.flatMap { NoteDirection(rawValue: $0.rawValue) },
          counterpart: request.counterpart, reference: request.ref, promise: promise,
          followUp: followUp?.date,
          followUpTime: followUp?.time, attachments: attachments, corrects: request.corrects,
          text: request.text)
      }
      return Control.AddNoteReply(note: Control.Note(note, vault: vault))
    } catch {
      // Nothing of a note that is not recorded stays behind.
      for copy in newCopies { vault.discard(copy) }
      throw error
    }
  }

  /// `ListNotes`: the communication log of the loan, or, without one, every note the store holds
  /// (also of loans no longer configured: they are the person's records), oldest first; with
  /// `pending`, only the notes whose follow-up or promise fires after now (`NoteReminderPlan`).
  /// Errors: `LoanNotFound`, `StoreFailed`.
  func listNotes(_ request: Control.ListNotesRequest) throws(ControlError) -> Control.ListNotesReply {
    let id = try request.loan.map { id throws(ControlError) in try loan(id).id }
    var notes = try stored { () throws(StoreError) in try store.notes(forLoan: id) }
    if request.pending == true {
      let plan = NoteReminderPlan(reminders: notes.flatMap(\.reminders), configuration: configuration)
      let ahead = Set(plan.reminders.filter { plan.instants(of: $0).fired > now }.map(\.note))
      notes.removeAll { !ahead.contains($0.id) }
    }
    let vault = vault
    return Control.ListNotesReply(notes: notes.map { Control.Note($0, vault: vault) })
  }

  /// The promise the request describes: all three fields or none; the first one absent is named.
  private func promise(of request: Control.AddNoteRequest, in currency: Currency) throws(ControlError)
    -> NotePromise?
  {
    let given = [request.promiseAmount != nil, request.promiseDate != nil, request.promiseBy != nil]
    guard given.contains(true) else { return nil }
    guard let amountText = request.promiseAmount else {
      throw .invalidParameter(parameter: "promise_amount", reason: .missing)
    }
    guard let dateText = request.promiseDate else {
      throw .invalidParameter(parameter: "promise_date", reason: .missing)
    }
    guard let by = request.promiseBy else {
      throw .invalidParameter(parameter: "promise_by", reason: .missing)
    }
    return NotePromise(
      amount: try amount(amountText, in: currency, parameter: "promise_amount"),
      date: try date(dateText, parameter: "promise_date"), by: by == .me ? .me : .platform)
  }

  /// The follow-up `text` names: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` with a local time.
  private func followUp(_ text: String) throws(ControlError) -> (date: LocalDate, time: TimeOfDay?) {
    let parts = text.split(separator: "T", omittingEmptySubsequences: false)
    let date = try date(String(parts[0]), parameter: "follow_up")
    guard parts.count > 1 else { return (date, nil) }
    guard parts.count == 2, parts[1].count == 5, let time = try? TimeOfDay(parsing: String(parts[1])) else {
      throw .invalidParameter(parameter: "follow_up", reason: .format)
    }
    return (date, time)
  }

  /// The file at `path` kept in `vault`, or the error `AttachmentFailed` (`StoreFailed` when its
  /// copy could not be written).
  private func kept(_ path: String, in vault: AttachmentVault) throws(ControlError)
    -> (attachment: KeptAttachment, newCopy: String?)
  {
    do {
      return try vault.keep(path)
    } catch {
      let limit = AttachmentVault.limit
      switch error.problem {
      case .missing: throw .attachmentFailed(path: path, reason: .missing, limit: limit)
      case .notAFile: throw .attachmentFailed(path: path, reason: .notAFile, limit: limit)
      case .unreadable: throw .attachmentFailed(path: path, reason: .unreadable, limit: limit)
      case .tooLarge: throw .attachmentFailed(path: path, reason: .tooLarge, limit: limit)
      case .notCopied: throw .storeFailed(message: error.message(in: language))
      }
    }
  }
}
