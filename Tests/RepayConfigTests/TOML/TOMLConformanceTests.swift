import Foundation
import RepayConfig
import Testing

/// The official toml-test suite, TOML 1.0 cases: every valid file decodes to the JSON beside
/// it, every invalid file is rejected. Skipped, with a banner on standard error, where the
/// suite is absent.
@Suite(
  .enabled(if: TOMLTestSuiteLocation.root != nil, "the toml-test suite is absent; see the banner on stderr"))
struct TOMLConformanceTests {
  @Test("the suite lists the TOML 1.0 cases we expect to run")
  func suiteIsComplete() {
    // Guards against a broken list silently running nothing.
    #expect(TOMLTestSuiteLocation.cases.valid.count > 150)
    #expect(TOMLTestSuiteLocation.cases.invalid.count > 400)
  }

  @Test("valid files decode to the expected JSON", arguments: TOMLTestSuiteLocation.cases.valid)
  func validCase(_ name: String) throws {
    let toml = try TOMLTestSuiteLocation.contents(of: name, extension: "toml")
    let expected = try JSONSerialization.jsonObject(
      with: TOMLTestSuiteLocation.contents(of: name, extension: "json"), options: [.fragmentsAllowed])
    let document: TOMLDocument
    do {
      document = try TOMLDocument(parsing: Array(toml), file: name + ".toml")
    } catch {
      Issue.record("\(name): rejected: \(error.diagnostic(in: .english))")
      return
    }
    let root = TOMLValue(.table(document.root), at: .init(file: name, line: 1, column: 1))
    let difference = TaggedJSONComparison.difference(root, expected)
    #expect(difference == nil, "\(name)")
  }

  @Test("invalid files are rejected", arguments: TOMLTestSuiteLocation.cases.invalid)
  func invalidCase(_ name: String) throws {
    let toml = try TOMLTestSuiteLocation.contents(of: name, extension: "toml")
    #expect(throws: TOMLSyntaxError.self, "\(name)") {
      try TOMLDocument(parsing: Array(toml), file: name + ".toml")
    }
  }
}
