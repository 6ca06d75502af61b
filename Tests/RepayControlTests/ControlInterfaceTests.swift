import ControlInterface
import Foundation
import RepayCore
import Testing

@testable import RepayControl

/// The one `.varlink` file: read by our parser, served as it is, and in agreement with the Swift
/// side (every method dispatched, every error coded).
@Suite struct ControlInterfaceTests {
  /// One instance of every `ControlError`, so that a case added to the enum is checked too.
  static let everyControlError: [ControlError] = [
    .loanNotFound(loan: "x"), .occurrenceNotFound(loan: "x", occurrence: "2026-12-10"),
    .occurrenceNotFound(loan: "x", occurrence: nil), .paymentNotFound(id: 7), .noteNotFound(id: 3),
    .agreementNotFound(id: 2), .nothingToRenegotiate(loan: "x", all: false),
    .nothingToRenegotiate(loan: "x", all: true),
    .attachmentFailed(path: "/tmp/receipt.png", reason: .tooLarge, limit: 50_000_000),
    .attachmentFailed(path: "/tmp/receipt.png", reason: .missing, limit: 50_000_000),
    .configInvalid(diagnostics: [.init(file: "a.toml", line: 1, column: 2, severity: .error, message: "m")]),
    .invalidParameter(parameter: "amount", reason: .format), .storeFailed(message: "disk full"),
    .messageTooLarge(limit: 1_048_576), .invalidMessage, .tooManyConnections(limit: 512),
  ]

  static let everyServiceError: [VarlinkServiceError] = [
    .interfaceNotFound(interface: "a.b"), .methodNotFound(method: "a.b.C"),
    .methodNotImplemented(method: "a.b.C"),
    .invalidParameter(parameter: "p"), .permissionDenied, .expectedMore,
  ]

  @Test func readsTheControlInterface() throws {
    let definition = Control.definition
    #expect(definition.name == "io.repayd.Control")
    let required = [
      "GetStatus", "ListLoans", "GetLoan", "ListUpcoming", "RecordPayment", "DeletePayment", "Snooze",
      "Unsnooze",
      "AddNote", "ListNotes", "History", "Reload", "Watch",
    ]
    #expect(Set(required).isSubset(of: definition.methods.map(\.name)))
    #expect(
      definition.method("RecordPayment")?.parameters == ["loan", "amount", "occurrence", "date", "note"])
  }

  @Test func everyErrorOfTheFileIsACaseOfTheEnumAndBack() throws {
    #expect(
      Set(Self.everyControlError.map(\.name))
        == Set(Control.definition.errors.map { "io.repayd.Control.\($0)" }))
    #expect(
      Set(Self.everyServiceError.map(\.name))
        == Set(VarlinkServiceInterface.definition.errors.map { "org.varlink.service.\($0)" }))
  }

  @Test(arguments: everyControlError)
  func controlErrorsSurviveTheWire(_ error: ControlError) throws {
    let message = try VarlinkJSON.message(VarlinkErrorReply(error))
    #expect(message.last == 0)
    #expect(
      try VarlinkJSON.decode(VarlinkErrorReply<ControlError>.self, from: message.dropLast()).error == error)
    for language in Language.allCases { #expect(!error.message(in: language).isEmpty) }
  }

  @Test(arguments: everyServiceError)
  func serviceErrorsSurviveTheWire(_ error: VarlinkServiceError) throws {
    let message = try VarlinkJSON.message(VarlinkErrorReply(error))
    #expect(
      try VarlinkJSON.decode(VarlinkErrorReply<VarlinkServiceError>.self, from: message.dropLast()).error
        == error)
    for language in Language.allCases { #expect(!error.message(in: language).isEmpty) }
  }

  @Test func theEmbeddedTextIsTheFileAndTheDocsShowIt() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let file = root.appendingPathComponent("Sources/RepayControl/Interface/io.repayd.Control.varlink")
    #expect(try String(contentsOf: file, encoding: .utf8) == Control.description)
    let docs = try String(contentsOf: root.appendingPathComponent("docs/control.md"), encoding: .utf8)
    #expect(docs.contains("```varlink\n" + Control.description + "```"))
  }

  @Test func refusesMalformedDefinitions() {
    for text in [
      "interface x", "interface io.x\nmethod lower() -> ()",
      "interface io.x\ntype A (a: string)\ntype A (b: int)",
      "interface io.x\nmethod M(a: ) -> ()", "interface io.x\nerror E (a: ??string)",
      "interface io.x\nmethod M()",
    ] {
      #expect(throws: VarlinkInterfaceSyntaxError.self) { try VarlinkInterfaceDefinition(parsing: text) }
    }
  }

  @Test func aLoanListHasExactlyTheFixedFields() throws {
    let reply = Control.ListLoansReply(loans: [
      .init(
        id: "huabei", name: "花呗", platform: "Alipay", currency: "CNY", amount: "1250.00",
        nextDue: "2026-12-10",
        outstanding: "0.00", daysOverdue: 0)
    ])
    let object =
      try JSONSerialization.jsonObject(with: JSONEncoder().encode(reply)) as? [String: [[String: Any]]]
    let loan = try #require(object?["loans"]?.first)
    #expect(
      Set(loan.keys) == [
        "id", "name", "platform", "currency", "amount", "next_due", "outstanding", "days_overdue",
      ])
  }

  @Test func fieldsThatDoNotApplyAreAbsent() throws {
    let entry = Control.HistoryEntry(
      kind: .note, id: 3, loan: "huabei", at: "2026-12-01T01:30:00Z", note: "called")
    let text = String(decoding: try VarlinkJSON.encoder().encode(entry), as: UTF8.self)
    #expect(!text.contains("amount") && !text.contains("null") && text.contains("\"kind\":\"note\""))
  }
}
