import ControlInterface
import Foundation
import RepayControl
import RepayControlTestSupport
import RepayCore
import RepayTestSupport
import Testing

/// An independent client: Python's `varlink` package (in `.build/venv`, installed by
/// `scripts/install-deps`) introspects the server, parses our definition and calls it.
@Suite struct PythonVarlinkClientTests {
  private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()

  @Test func pythonVarlinkAgreesWithTheServer() async throws {
    let python = Self.root.appendingPathComponent(".build/venv/bin/python").path
    try #require(
      FileManager.default.isExecutableFile(atPath: python),
      "no \(python): run scripts/install-deps to install varlink")
    let script = Self.root.appendingPathComponent("Tests/oracles/varlink_client.py").path
    let outcome = try await RunningServer.with { server in
      try await offPool { try ChildProcess.run(python, [script, server.address.description]) }
    }
    try #require(outcome.status == 0, "\(outcome.standardError)")
    let seen = try #require(
      JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
    let info = try #require(seen["info"] as? [String: Any])
    #expect(info["version"] as? String == RepayVersion.current)
    #expect(info["interfaces"] as? [String] == ["org.varlink.service", "io.repayd.Control"])
    let members = try #require(seen["members"] as? [String])
    #expect(Set(Control.definition.methods.map(\.name) + Control.definition.errors).isSubset(of: members))
    let loans = try #require((seen["loans"] as? [String: Any])?["loans"] as? [[String: Any]])
    #expect(loans.first?["id"] as? String == "huabei" && loans.first?["next_due"] as? String == "2026-12-10")
    #expect(seen["loan_name"] as? String == "花呗" && seen["payment_id"] as? Int == 1)
    let error = try #require(seen["error"] as? [String: Any])
    #expect(error["error"] as? String == "io.repayd.Control.LoanNotFound")
    #expect((error["parameters"] as? [String: Any])?["loan"] as? String == "nope")
    #expect((seen["watch"] as? [String: Any])?["kind"] as? String == "watching")
  }
}
