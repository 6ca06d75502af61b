import ControlInterface
import RepayControl
import RepayCore
import Testing

@testable import RepayDaemon

/// `AddNote` and `ListNotes`.
struct ControlDeskNotesTests {
  @Test("AddNote stores every field; ListNotes per loan and for all, oldest first")
  func addAndList() throws {
    try withDesk { fixture in
      let first = try fixture.desk().addNote(
        Control.AddNoteRequest(
          loan: "huabei", text: "Called 95188; fee waived if paid by Friday", channel: .phone,
          ref: "A-20261215",
          followUp: "2026-12-18"))
      #expect(
        first.note
          == Control.Note(
            id: 1, loan: "huabei", at: "2026-12-15T02:00:00Z",
            text: "Called 95188; fee waived if paid by Friday",
            channel: .phone, ref: "A-20261215", followUp: "2026-12-18"))
      let second = try fixture.desk(at: ControlDeskFixture.instant("2026-12-15T03:00:00Z")).addNote(
        Control.AddNoteRequest(loan: "jd", text: "京东客服：已登记"))
      #expect(
        second.note == Control.Note(id: 2, loan: "jd", at: "2026-12-15T03:00:00Z", text: "京东客服：已登记"))
      let desk = fixture.desk()
      #expect(try desk.listNotes(Control.ListNotesRequest(loan: "jd")).notes == [second.note])
      #expect(try desk.listNotes(Control.ListNotesRequest()).notes == [first.note, second.note])
    }
  }

  @Test("errors: an empty text, a follow-up not a date, an unknown loan")
  func errors() throws {
    try withDesk { fixture in
      let desk = fixture.desk()
      #expect(
        controlError { () throws(ControlError) in
          try desk.addNote(Control.AddNoteRequest(loan: "jd", text: " \n"))
        }
          == .invalidParameter(parameter: "text", reason: .missing))
      #expect(
        controlError { () throws(ControlError) in
          try desk.addNote(Control.AddNoteRequest(loan: "jd", text: "x", followUp: "Friday"))
        } == .invalidParameter(parameter: "follow_up", reason: .format))
      #expect(
        controlError { () throws(ControlError) in
          try desk.addNote(Control.AddNoteRequest(loan: "nope", text: "x"))
        }
          == .loanNotFound(loan: "nope"))
      #expect(
        controlError { () throws(ControlError) in try desk.listNotes(Control.ListNotesRequest(loan: "nope")) }
          == .loanNotFound(loan: "nope"))
    }
  }
}
