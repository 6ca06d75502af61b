import ControlInterface
import Foundation
import RepayControl
import RepayCore
import Testing

@testable import RepayDaemon

/// `AddNote`'s whole note: direction, counterpart, promise, follow-up with a time, corrections,
/// and every way it refuses one while recording nothing; `ListNotes` with `pending`.
struct ControlDeskNoteFieldsTests {
  @Test("every field is kept and answered; a correction names the note it corrects")
  func everyField() throws {
    try withDesk { fixture in
      let first = try fixture.desk().addNote(
        Control.AddNoteRequest(
          loan: "huabei", text: "客服同意免除罚息", channel: .phone, direction: .out, counterpart: "王女士",
          ref: "A-1", promiseAmount: "1250.00", promiseDate: "2026-12-20", promiseBy: .me,
          followUp: "2026-12-18T14:30"))
      let expected = Control.Note(
        id: 1, loan: "huabei", at: "2026-12-15T02:00:00Z", text: "客服同意免除罚息", channel: .phone,
        direction: .out, counterpart: "王女士", ref: "A-1",
        promise: Control.Promise(amount: "1250.00", currency: "CNY", date: "2026-12-20", by: .me),
        followUp: "2026-12-18T14:30")
      #expect(first.note == expected)
      let correction = try fixture.desk().addNote(
        Control.AddNoteRequest(loan: "huabei", text: "the fee is waived, not the penalty", corrects: 1))
      #expect(correction.note.corrects == 1)
      #expect(try fixture.desk().listNotes(Control.ListNotesRequest()).notes == [expected, correction.note])
    }
  }

  /// A request with one fault, and the one error it must give.
  static let faults: [(Control.AddNoteRequest, ControlError)] = [
    (Control.AddNoteRequest(loan: "nope", text: "x"), .loanNotFound(loan: "nope")),
    (Control.AddNoteRequest(loan: "jd", text: " \t"), .invalidParameter(parameter: "text", reason: .missing)),
    (
      Control.AddNoteRequest(loan: "jd", text: "x", promiseDate: "2026-12-20", promiseBy: .me),
      .invalidParameter(parameter: "promise_amount", reason: .missing)
    ),
    (
      Control.AddNoteRequest(loan: "jd", text: "x", promiseAmount: "10", promiseBy: .platform),
      .invalidParameter(parameter: "promise_date", reason: .missing)
    ),
    (
      Control.AddNoteRequest(loan: "jd", text: "x", promiseAmount: "10", promiseDate: "2026-12-20"),
      .invalidParameter(parameter: "promise_by", reason: .missing)
    ),
    (
      Control.AddNoteRequest(
        loan: "jd", text: "x", promiseAmount: "10.001", promiseDate: "2026-12-20", promiseBy: .me),
      .invalidParameter(parameter: "promise_amount", reason: .format)
    ),
    (
      Control.AddNoteRequest(
        loan: "jd", text: "x", promiseAmount: "0", promiseDate: "2026-12-20", promiseBy: .me),
      .invalidParameter(parameter: "promise_amount", reason: .range)
    ),
    (
      Control.AddNoteRequest(
        loan: "jd", text: "x", promiseAmount: "10", promiseDate: "12/20", promiseBy: .me),
      .invalidParameter(parameter: "promise_date", reason: .format)
    ),
    (
      Control.AddNoteRequest(loan: "jd", text: "x", followUp: "2026-12-18T9:00"),
      .invalidParameter(parameter: "follow_up", reason: .format)
    ),
    (
      Control.AddNoteRequest(loan: "jd", text: "x", followUp: "2026-12-18T25:00"),
      .invalidParameter(parameter: "follow_up", reason: .format)
    ),
    (
      Control.AddNoteRequest(loan: "jd", text: "x\u{0}y"),
      .invalidParameter(parameter: "text", reason: .format)
    ),
    (
      Control.AddNoteRequest(loan: "jd", text: "x", counterpart: "Ms\u{0}Li"),
      .invalidParameter(parameter: "counterpart", reason: .format)
    ),
    (
      Control.AddNoteRequest(loan: "jd", text: "x", ref: "A\u{0}1"),
      .invalidParameter(parameter: "ref", reason: .format)
    ),
    (Control.AddNoteRequest(loan: "jd", text: "x", corrects: 99), .noteNotFound(id: 99)),
    // A note of another loan is not one this note can correct.
    (Control.AddNoteRequest(loan: "jd", text: "x", corrects: 1), .noteNotFound(id: 1)),
  ]

  @Test("each fault gives its one error and records nothing", arguments: faults.indices)
  func faultRecordsNothing(index: Int) throws {
    let (request, expected) = Self.faults[index]
    try withDesk { fixture in
      _ = try fixture.store.addNote(
        loan: "huabei", at: 1, channel: nil, reference: nil, followUp: nil, text: "an earlier note")
      let attachment = fixture.directory.appendingPathComponent("receipt.txt")
      try Data("receipt".utf8).write(to: attachment)
      var faulty = request
      faulty.attachments = [attachment.path]
      #expect(controlError { () throws(ControlError) in try fixture.desk().addNote(faulty) } == expected)
      #expect(try fixture.store.notes().count == 1)
      let kept = fixture.directory.appendingPathComponent("attachments").path
      #expect(((try? FileManager.default.contentsOfDirectory(atPath: kept)) ?? []).isEmpty)
    }
  }

  @Test("pending: the notes whose follow-up or promise fires after now")
  func pending() throws {
    try withDesk { fixture in
      let desk = fixture.desk()
      // The loans' reminders are at 09:00 in Shanghai; now is 10:00 on 2026-12-15.
      let today = try desk.addNote(Control.AddNoteRequest(loan: "jd", text: "a", followUp: "2026-12-15"))
      let later = try desk.addNote(
        Control.AddNoteRequest(loan: "jd", text: "b", followUp: "2026-12-15T10:01"))
      let promise = try desk.addNote(
        Control.AddNoteRequest(
          loan: "huabei", text: "c", promiseAmount: "1", promiseDate: "2026-12-16", promiseBy: .platform))
      _ = try desk.addNote(Control.AddNoteRequest(loan: "huabei", text: "d"))
      #expect(try desk.listNotes(Control.ListNotesRequest()).notes.count == 4)
      #expect(
        try desk.listNotes(Control.ListNotesRequest(pending: true)).notes.map(\.id) == [
          later.note.id, promise.note.id,
        ])
      #expect(try desk.listNotes(Control.ListNotesRequest(loan: "jd", pending: true)).notes == [later.note])
      #expect(today.note.followUp == "2026-12-15")
    }
  }
}
