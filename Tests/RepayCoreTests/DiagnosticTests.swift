import RepayCore
import Testing

struct DiagnosticTests {
  @Test("diagnostics print as PATH:LINE:COLUMN: error|warning: MESSAGE")
  func format() {
    let location = RepayCore.SourceLocation(file: "loans.d/花呗.toml", line: 3, column: 14)
    #expect(
      Diagnostic(.error, at: location, "day 32 is out of range").description
        == "loans.d/花呗.toml:3:14: error: day 32 is out of range")
    #expect(
      Diagnostic(.warning, at: location, "所有期数均已还清").description == "loans.d/花呗.toml:3:14: warning: 所有期数均已还清")
  }
}
