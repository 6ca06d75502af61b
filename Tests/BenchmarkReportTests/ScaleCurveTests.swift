import BenchmarkReport
import Testing

/// Issue 24's scale goals: each step's figure, less the fixed part measured at the first size,
/// at most 10.5 times the step before; idle wake-ups zero.
struct ScaleCurveTests {
  private static func verdicts(_ values: [Double], rule: ScaleCurve.Rule = .linear) -> [Bool] {
    let sizes = [1_000, 10_000, 100_000, 1_000_000]
    return ScaleCurve(
      series: "start-up", unit: "ms", rule: rule, points: Array(zip(sizes, values)).map { ($0, $1) }
    ).measures.map(\.met)
  }

  @Test("a fixed part plus a linear part meets the goal at every step, and the first size is only recorded")
  func linearMeets() {
    // 50 ms fixed and 0.01 ms a loan.
    #expect(Self.verdicts([60, 150, 1_050, 10_050]) == [true, true, true, true])
    let first = ScaleCurve(series: "s", unit: "ms", rule: .linear, points: [(1_000, 60), (10_000, 150)])
      .measures
    #expect(first[0].goal == nil)
    #expect(first[1].baseline == 60)
    #expect(first[1].goal == "minus the 1,000-loan figure, at most 10.5 x the 1,000-loan figure")
  }

  @Test("a step 12 times the one before misses; exactly 10.5 times after the fixed part meets")
  func superlinearMisses() {
    // The start-up of issue 24: about 12 times from 10,000 to 100,000 loans.
    #expect(Self.verdicts([40, 300, 3_600]) == [true, true, false])
    #expect(Self.verdicts([40, 300, 40 + 10.5 * 300]) == [true, true, true])
    #expect(Self.verdicts([40, 300, 40 + 10.5 * 300 + 0.01]) == [true, true, false])
  }

  @Test("the factor follows the step's growth in loans")
  func unevenSteps() {
    let measures = ScaleCurve(
      series: "s", unit: "ms", rule: .linear, points: [(1_000, 10), (2_000, 20), (4_000, 40)]
    ).measures
    #expect(measures.map(\.met) == [true, true, true])
    #expect(measures[2].goal == "minus the 1,000-loan figure, at most 2.1 x the 2,000-loan figure")
  }

  @Test("wake-ups: zero is met at every size, one is missed")
  func zeroRule() {
    #expect(Self.verdicts([0, 0, 1, 0], rule: .zero) == [true, true, false, true])
  }

  @Test("a recorded curve has no goal and carries its series and size")
  func recorded() {
    let measures = ScaleCurve(series: "state file", unit: "MiB", rule: .recorded, points: [(1_000, 1)])
      .measures
    #expect(measures[0].goal == nil && measures[0].met)
    #expect(measures[0].series == "state file" && measures[0].size == 1_000)
    #expect(measures[0].name == "state file at 1,000 loans")
  }
}
