import ControlInterface
import Foundation
import Testing

/// A plan's payoff months are written as JSON `null` when there are none, as the design fixes
/// them, while the other optional fields stay absent.
@Suite struct PlanResultCodingTests {
  private static func json(_ value: some Encodable) throws -> [String: Any] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let object = try JSONSerialization.jsonObject(with: try encoder.encode(value))
    return try #require(object as? [String: Any])
  }

  @Test func aMissingPayoffIsNullAndTheOtherOptionalsAreAbsent() throws {
    let result = Control.PlanResult(
      currency: "CNY", budget: "100.00", strategy: .avalanche, from: "2027-01", feasible: true,
      shortfall: "0.00", months: [],
      loans: [Control.PlanLoanResult(loan: "a", payoff: nil, interest: "1.00")],
      totalInterest: "1.00",
      comparison: [Control.PlanComparison(strategy: .snowball, payoff: nil, totalInterest: "2.00")],
      payoff: nil)
    let object = try Self.json(result)
    #expect(object["payoff"] is NSNull)
    #expect(object.keys.contains("penalty_per_day") == false)
    #expect(object.keys.contains("call_first") == false)
    let loan = try #require((object["loans"] as? [[String: Any]])?.first)
    #expect(loan["payoff"] is NSNull)
    #expect(loan.keys.contains("minimum_below_interest") == false)
    let comparison = try #require((object["comparison"] as? [[String: Any]])?.first)
    #expect(comparison["payoff"] is NSNull)
    #expect(comparison["total_interest"] as? String == "2.00")
  }

  @Test func aPlanSurvivesTheRoundTrip() throws {
    let result = Control.PlanResult(
      currency: "CNY", budget: "100.00", strategy: .snowball, from: "2027-01", feasible: false,
      shortfall: "5.00",
      months: [
        Control.PlanMonth(
          month: "2027-01",
          payments: [Control.PlannedPayment(loan: "a", payment: "100.00", interest: "0.00", balance: "5.00")])
      ],
      loans: [
        Control.PlanLoanResult(loan: "a", payoff: "2027-02", interest: "0.00", minimumBelowInterest: true)
      ],
      totalInterest: "0.00",
      comparison: [Control.PlanComparison(strategy: .avalanche, payoff: "2027-02", totalInterest: "0.00")],
      payoff: "2027-02", penaltyPerDay: "0.05",
      callFirst: [
        Control.PlanCall(loan: "a", name: "A", platform: "P", unpaid: "5.00", penaltyPerDay: "0.05")
      ])
    let decoded = try JSONDecoder().decode(Control.PlanResult.self, from: try JSONEncoder().encode(result))
    #expect(decoded == result)
  }
}
