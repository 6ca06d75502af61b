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

  @Test("agreements are added whole, listed per loan with their dates, and cancelled once")
  func agreements() throws {
    let temporary = try TemporaryStateDirectory()
    defer { temporary.remove() }
    let store = try temporary.openStore()
    let yuan = Currency(code: "CNY")!
    func money(_ minor: Int64) -> Money { Money(minorUnits: minor, currency: yuan) }
    func date(_ text: String) -> LocalDate { LocalDate(parsing: text)! }
    let agreement = try store.addAgreement(
      LoanAgreement(
        id: 99, loan: "huabei", kind: .installments, createdAt: 3_000, note: "3 × 420.00 from 2027-01-10",
        reference: "C-1", counterpart: "Ms Li", total: money(126_000),
        supersedes: [date("2026-11-10"), date("2026-12-10")],
        occurrences: [
          AgreedInstalment(due: date("2027-01-10"), amount: money(42_000)),
          AgreedInstalment(due: date("2027-02-10"), amount: money(42_000)),
          AgreedInstalment(due: date("2027-03-10"), amount: money(42_000)),
        ]))
    #expect(agreement.id == 1)
    let waiver = try store.addAgreement(
      LoanAgreement(
        id: 0, loan: "jd", kind: .waiver, createdAt: 4_000, note: "fee waived", total: money(30_000),
        supersedes: [date("2026-12-14")], occurrences: []))
    #expect(try store.agreements(forLoan: "huabei") == [agreement])
    #expect(try store.agreements() == [agreement, waiver])
    let cancelled = try #require(try store.cancelAgreement(id: 1, at: 5_000, note: "they withdrew it"))
    #expect(
      cancelled.cancelledAt == 5_000 && cancelled.cancelNote == "they withdrew it" && !cancelled.isInForce)
    // A second cancellation keeps the first.
    #expect(try store.cancelAgreement(id: 1, at: 6_000, note: "again")?.cancelledAt == 5_000)
    #expect(try store.cancelAgreement(id: 7, at: 6_000, note: "none") == nil)
    try store.close()
    let reopened = try temporary.openStore()
    #expect(try reopened.agreement(id: 1) == cancelled)
    try reopened.close()
  }
}
