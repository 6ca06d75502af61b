import RepayConfig
import RepayConfigTestSupport
import RepayCore
import Testing

/// The planner's keys of a loan (`balance`, `balance_date`, `apr`, `min_payment`) reach the
/// loan as written, and stay absent when left out.
struct PlannerKeysTests {
  private static func loans(_ text: String) throws -> [Loan] {
    let fixture = try ConfigurationFixture()
    defer { fixture.remove() }
    try fixture.write("repayd.toml", text)
    return try #require(fixture.read("repayd.toml").configuration).loans
  }

  @Test("balance, balance_date, apr and min_payment are read into the loan")
  func readsThePlannersKeys() throws {
    let loans = try Self.loans(
      """
      [[loan]]
      id = "card"
      amount = "3860.00"
      currency = "CNY"
      due = { day = 10 }
      first_due = 2026-01-10
      open_ended = true
      balance = "12800.00"
      balance_date = 2026-12-01
      apr = "0.1825"
      min_payment = "386.00"

      [[loan]]
      id = "huabei"
      amount = "1250.00"
      currency = "CNY"
      due = { day = 10 }
      first_due = 2026-01-10
      installments = 12
      """)
    let card = try #require(loans.first { $0.id == "card" })
    #expect(card.balance?.minorUnits == 1_280_000)
    #expect(card.balanceDate == LocalDate(parsing: "2026-12-01"))
    #expect(card.apr == Rate(billionths: 182_500_000))
    #expect(card.minPayment?.minorUnits == 38_600)
    let huabei = try #require(loans.first { $0.id == "huabei" })
    #expect(huabei.balance == nil)
    #expect(huabei.balanceDate == nil)
    #expect(huabei.apr == nil)
    #expect(huabei.minPayment == nil)
  }
}
