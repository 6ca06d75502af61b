import ControlInterface
import Foundation
import RepayControl
import RepayControlTestSupport
import RepayCore
import RepayTestSupport
import Testing

/// The Varlink protocol as the real daemon speaks it on its real socket, in raw messages: a
/// `oneway` call is done and answered with nothing, every standard error of `org.varlink.service`
/// and the protocol errors of `io.repayd.Control` (a message over 1 MiB, a malformed one) come
/// with their parameters; after them the daemon serves others and its reminders fire on time.
@Suite(.serialized)
struct DaemonProtocolTests {
  @Test("oneway RecordPayment, Snooze and a failing GetLoan: no reply, and the changes are made")
  func onewayCalls() throws {
    try ServingDaemon.with { served in
      let loan = served.household.loan
      let client = try served.connect()
      let calls = [
        #"{"method":"io.repayd.Control.RecordPayment","parameters":{"loan":"\#(loan)","amount":"100.00"},"oneway":true}"#,
        #"{"method":"io.repayd.Control.Snooze","parameters":{"loan":"\#(loan)","duration":"1d"},"oneway":true}"#,
        #"{"method":"io.repayd.Control.GetLoan","parameters":{"id":"nope"},"oneway":true}"#,
      ]
      for call in calls { try client.sendRaw(Array(call.utf8) + [0]) }
      // A connection's calls are answered in order: the first reply is this call's, so none of
      // the oneway calls (not even the failing one) was answered, and both changes were made.
      let reply = try client.rawCall(
        #"{"method":"io.repayd.Control.GetLoan","parameters":{"id":"\#(loan)"}}"#)
      #expect(reply.error == nil, "\(reply)")
      let payments = reply.parameter("payments") as? [[String: Any]]
      #expect(payments?.map { $0["amount"] as? String } == ["100.00"], "\(reply)")
      #expect(reply.parameter("snoozed_until") is String, "\(reply)")
      #expect((reply.parameter("loan") as? [String: Any])?["outstanding"] as? String == "1150.00", "\(reply)")
    }
  }

  /// A call and the error it is answered with, and one of the error's parameters when it has one.
  private static let errorCases: [(call: String, error: String, parameter: String?, value: String?)] = [
    (
      #"{"method":"com.example.Thing.Do"}"#, "org.varlink.service.InterfaceNotFound", "interface",
      "com.example.Thing"
    ),
    (
      #"{"method":"org.varlink.service.GetInterfaceDescription","parameters":{"interface":"com.example.Thing"}}"#,
      "org.varlink.service.InterfaceNotFound", "interface", "com.example.Thing"
    ),
    (
      #"{"method":"io.repayd.Control.Nope"}"#, "org.varlink.service.MethodNotFound", "method",
      "io.repayd.Control.Nope"
    ),
    (
      #"{"method":"io.repayd.Control.ListLoans","upgrade":true}"#, "org.varlink.service.MethodNotImplemented",
      "method", "io.repayd.Control.ListLoans"
    ),
    (
      #"{"method":"io.repayd.Control.GetLoan","parameters":{"id":"x","colour":"red"}}"#,
      "org.varlink.service.InvalidParameter", "parameter", "colour"
    ),
    (
      #"{"method":"io.repayd.Control.GetLoan","parameters":{"id":5}}"#,
      "org.varlink.service.InvalidParameter", "parameter", "id"
    ),
    (
      #"{"method":"io.repayd.Control.GetLoan","parameters":{}}"#, "org.varlink.service.InvalidParameter",
      "parameter", "id"
    ),
    (#"{"method":"io.repayd.Control.Watch"}"#, "org.varlink.service.ExpectedMore", nil, nil),
  ]

  @Test(
    "the standard errors, a message over 1 MiB and malformed ones from the real daemon; it serves on and fires on time"
  )
  func standardAndProtocolErrors() throws {
    try ServingDaemon.with { served in
      for (call, error, parameter, value) in Self.errorCases {
        let client = try served.connect()
        let reply = try client.rawCall(call)
        #expect(reply.error == error, "\(call): \(reply)")
        if let parameter { #expect(reply.parameter(parameter) as? String == value, "\(call): \(reply)") }
        // The connection stays usable after an error reply.
        #expect(try client.call(Control.ListLoansRequest()).loans.count > 0)
      }

      // A message over the limit: answered, then closed.
      let large = try served.connect()
      try large.sendRaw(Array(#"{"method":"io.repayd.Control.AddNote","parameters":{"text":""#.utf8))
      try large.sendRaw(Array(repeating: UInt8(ascii: "x"), count: 1 << 20))
      let tooLarge = try large.receiveObject()
      #expect(tooLarge.error == "io.repayd.Control.MessageTooLarge")
      #expect(tooLarge.parameter("limit") as? Int == 1 << 20)
      #expect(large.waitForClose())
      // A message just under the limit is served.
      let text = String(repeating: "x", count: (1 << 20) - 300)
      let note = try served.connect().call(Control.AddNoteRequest(loan: served.household.loan, text: text))
      #expect(note.note.text.count == text.count)

      // Not JSON, not UTF-8, not an object, no method: answered, then closed.
      let malformed: [[UInt8]] = [
        Array("not json".utf8),
        Array(#"{"method":"io.repayd.Control.ListLoans","parameters":{"x":""#.utf8) + [0xFF]
          + Array(#""}}"#.utf8),
        Array("[1,2]".utf8), Array(#"{"parameters":{}}"#.utf8),
      ]
      for message in malformed {
        let client = try served.connect()
        try client.sendRaw(message + [0])
        #expect(try client.receiveObject().error == "io.repayd.Control.InvalidMessage", "\(message)")
        #expect(client.waitForClose())
      }

      // The daemon serves others, and its first notice comes on time.
      #expect(try served.connect().call(Control.GetStatusRequest()).version == RepayVersion.current)
      let advance = try served.journal.entries(
        matching: [served.household.match, "REPAY_STAGE=advance"], since: served.household.start - 1,
        count: 1,
        timeout: .seconds(30))
      #expect(advance.count == 1)
      served.household.expectOnTime(advance)
    }
  }
}
