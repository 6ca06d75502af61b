import ControlInterface
import Foundation
import RepayCore
import Testing

@testable import repayctl_commands

/// The offline plan's hand-written JSON is byte for byte what the daemon's encoder (Foundation's,
/// keys sorted, `/` unescaped) writes for the same reply, so that `repayctl plan --json` prints
/// the same with and without the daemon.
struct PlanJSONTests {
  private static func encoded(_ plan: Control.PlanResult) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(plan), as: UTF8.self)
  }

  @Test("every field, nulls and absent ones, and names that need escapes")
  func sameBytesAsTheEncoder() throws {
    let full = Control.PlanResult(
      currency: "CNY", budget: "1200.00", strategy: .snowball, from: "2027-01", feasible: false,
      shortfall: "600.00",
      months: [
        Control.PlanMonth(
          month: "2027-01",
          payments: [
            Control.PlannedPayment(loan: "card", payment: "1000.00", interest: "100.00", balance: "9100.00"),
            Control.PlannedPayment(loan: "huabei", payment: "200.00", interest: "0.00", balance: "300.00"),
          ]),
        Control.PlanMonth(month: "2027-02", payments: []),
      ],
      loans: [
        Control.PlanLoanResult(loan: "card", payoff: nil, interest: "186.00", minimumBelowInterest: true),
        Control.PlanLoanResult(loan: "jd", payoff: "2027-02", interest: "0.00"),
      ],
      totalInterest: "186.00",
      comparison: [Control.PlanComparison(strategy: .avalanche, payoff: nil, totalInterest: "186.00")],
      payoff: nil, penaltyPerDay: "0.15",
      callFirst: [
        Control.PlanCall(
          loan: "huabei", name: "花呗 \"quoted\" \\ a/b\nline\ttab\u{8}\u{c}\u{1}", platform: "支付宝",
          contact: LoanContact(phone: "95188", url: "https://example.invalid/a/b", app: "支付宝"),
          unpaid: "300.00",
          penaltyPerDay: "0.15"),
        Control.PlanCall(loan: "jd", name: "京东", platform: "", unpaid: "1.00", penaltyPerDay: "0.00"),
      ])
    let mine = PlanJSON.text(full)
    let theirs = try Self.encoded(full)
    #expect(mine == theirs, "\(mine)\n\(theirs)")
    let feasible = Control.PlanResult(
      currency: "USD", budget: "10.00", strategy: .avalanche, from: "2027-01", feasible: true,
      shortfall: "0.00",
      months: [], loans: [], totalInterest: "0.00",
      comparison: [Control.PlanComparison(strategy: .snowball, payoff: "2027-01", totalInterest: "0.00")],
      payoff: "2027-01")
    #expect(PlanJSON.text(feasible) == (try Self.encoded(feasible)))
  }
}
