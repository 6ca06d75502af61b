import RepayCore
import RepayStore
import Testing

/// The communication log and agreements.
@Suite("notes and agreements")
struct NoteAndAgreementStoreTests {
  @Test("notes keep channel, reference, follow-up date and text; listed per loan or all, oldest first")
  func notes() throws {
    let temporary = try TemporaryStateDirectory()
    defer { temporary.remove() }
    let store = try temporary.openStore()
    let call = try store.addNote(
      loan: "huabei", at: 2_000, channel: .phone, reference: "ORD-2026-1210",
      followUp: LocalDate(year: 2026, month: 12, day: 15), text: "客服说是扣款通道故障，三天内处理")
    let plain = try store.addNote(
      loan: "huabei", at: 1_000, channel: nil, reference: nil, followUp: nil, text: "first try")
    let other = try store.addNote(
      loan: "jd", at: 1_500, channel: .letter, reference: nil, followUp: nil, text: "letter sent")
    try store.close()
    let reopened = try temporary.openStore()
    #expect(try reopened.notes(forLoan: "huabei") == [plain, call])
    #expect(try reopened.notes() == [plain, other, call])
    try reopened.close()
  }

  @Test("agreements are added and listed per loan")
  func agreements() throws {
    let temporary = try TemporaryStateDirectory()
    defer { temporary.remove() }
    let store = try temporary.openStore()
    let agreement = try store.addAgreement(
      loan: "huabei", kind: "instalments", details: "6 × 210.00 CNY from 2027-01-10", createdAt: 3_000)
    #expect(try store.agreements(forLoan: "huabei") == [agreement])
    #expect(try store.agreements(forLoan: "jd") == [])
    try store.close()
  }
}
