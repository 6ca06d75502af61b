import RepayCore
import Testing

/// `PaymentLedger`, worked out by hand: only payments in the loan's own currency count, sums add
/// up per occurrence, a date range keeps the rest out, and a loan's sums can be put in again.
struct PaymentLedgerTests {
  private let yuan = Currency(code: "CNY")!
  private let dollar = Currency(code: "USD")!

  /// A loan `id` of ¥1,250.00 a month, or in `currency`.
  private func loan(_ id: String, currency: Currency? = nil) -> Loan {
    let currency = currency ?? yuan
    return Loan(
      id: id, name: id, platform: "Alipay", contact: LoanContact(),
      amount: Money(minorUnits: 125_000, currency: currency), dueRule: .monthlyDay(10),
      firstDue: date("2026-10-10"), term: .openEnded, paidThrough: nil, businessDay: .none, graceDays: 0,
      penalty: Penalty(dailyRate: try! Rate(parsing: "0"), fee: Money(minorUnits: 0, currency: currency)),
      balance: nil, apr: nil, minPayment: nil, reminders: .standard)
  }

  private func date(_ text: String) -> LocalDate { LocalDate(parsing: text)! }

  /// `minorUnits` of `currency` (yuan by default) paid towards `loan`'s occurrence due on `due`.
  private func sum(_ loan: String, _ due: String, _ minorUnits: Int64, _ currency: Currency? = nil)
    -> OccurrencePaid
  {
    OccurrencePaid(
      loan: loan, occurrence: date(due), paid: Money(minorUnits: minorUnits, currency: currency ?? yuan))
  }

  private func occurrence(_ loan: String, _ due: String) -> OccurrenceID {
    OccurrenceID(loan: loan, due: date(due))
  }

  @Test("only a payment in its loan's own currency counts; one of a loan not configured counts for nothing")
  func currencies() {
    let ledger = PaymentLedger(
      loans: [loan("huabei"), loan("card", currency: dollar)],
      sums: [
        sum("huabei", "2026-10-10", 50_000), sum("huabei", "2026-10-10", 9_999, dollar),
        sum("card", "2026-10-10", 700, dollar), sum("card", "2026-10-10", 800),
        sum("gone", "2026-10-10", 100),
      ])
    #expect(ledger.paid(towards: occurrence("huabei", "2026-10-10")) == 50_000)
    #expect(ledger.paid(towards: occurrence("card", "2026-10-10")) == 700)
    #expect(ledger.paid(towards: occurrence("gone", "2026-10-10")) == 0)
    #expect(ledger.perLoan == ["huabei": [date("2026-10-10"): 50_000], "card": [date("2026-10-10"): 700]])
  }

  @Test("sums add up per occurrence, each occurrence on its own; nothing paid is 0")
  func perOccurrence() {
    var ledger = PaymentLedger(
      loans: [loan("huabei"), loan("jd")],
      sums: [
        sum("huabei", "2026-10-10", 50_000), sum("huabei", "2026-11-10", 125_000), sum("jd", "2026-10-10", 1),
      ])
    ledger.add([sum("huabei", "2026-10-10", 25_000)])
    #expect(
      ledger.byOccurrence == [
        occurrence("huabei", "2026-10-10"): 75_000, occurrence("huabei", "2026-11-10"): 125_000,
        occurrence("jd", "2026-10-10"): 1,
      ])
    #expect(ledger.paid(towards: occurrence("huabei", "2026-12-10")) == 0)
    #expect(
      ledger.perLoan == [
        "huabei": [date("2026-10-10"): 75_000, date("2026-11-10"): 125_000], "jd": [date("2026-10-10"): 1],
      ])
  }

  @Test("with a range of due dates, sums towards occurrences outside it are left out (its end excluded)")
  func range() {
    var ledger = PaymentLedger(loans: [loan("huabei")])
    ledger.add(
      [sum("huabei", "2026-09-10", 1), sum("huabei", "2026-10-10", 2), sum("huabei", "2026-11-10", 3)],
      dueIn: date("2026-10-01")..<date("2026-11-10"))
    #expect(ledger.byOccurrence == [occurrence("huabei", "2026-10-10"): 2])
  }

  @Test("a loan's sums taken out and put in again leave the other loans' as they were")
  func replaceOneLoan() {
    var ledger = PaymentLedger(
      loans: [loan("huabei"), loan("jd")],
      sums: [sum("huabei", "2026-10-10", 50_000), sum("jd", "2026-10-10", 1)])
    ledger.removeAll(loan: "huabei")
    ledger.add([sum("huabei", "2026-10-10", 125_000)])
    #expect(
      ledger.byOccurrence == [occurrence("huabei", "2026-10-10"): 125_000, occurrence("jd", "2026-10-10"): 1])
  }
}
