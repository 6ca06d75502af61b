import ControlInterface
import Foundation
import RepayControl
import RepayControlTestSupport
import RepayCore
import Testing

/// Calls through a real socket: the service interface, every method, every standard and typed
/// error, `oneway` and `more`.
@Suite struct ControlServerCallTests {
  /// Valid parameters for each method of the interface, so that every one is called.
  static let sampleParameters: [String: String] = [
    "GetStatus": "{}", "ListLoans": "{}", "GetLoan": #"{"id":"huabei"}"#, "ListUpcoming": #"{"days":7}"#,
    "RecordPayment": #"{"loan":"huabei","amount":"1250.00"}"#, "DeletePayment": #"{"id":1}"#,
    "Snooze": #"{"loan":"huabei","duration":"3d"}"#, "Unsnooze": #"{"loan":"huabei"}"#,
    "AddNote":
      #"{"loan":"huabei","text":"called 95188","channel":"phone","ref":"A-1","follow_up":"2026-12-05"}"#,
    "ListNotes": "{}", "History": #"{"loan":"huabei"}"#, "Reload": "{}", "Watch": "{}",
    "Renegotiate": #"{"loan":"huabei","extend_to":"2027-01-10","note":"agreed by phone"}"#,
    "ListAgreements": "{}", "CancelAgreement": #"{"id":1,"note":"they withdrew it"}"#,
    "GetDossier": #"{"loan":"huabei"}"#, "ListOccurrences": #"{"from":"2026-12-01","days":31}"#,
    "ExportCalendar": #"{"from":"2026-12-01","days":31}"#,
    "Plan": #"{"budget":"600.00","strategy":"snowball"}"#, "AdoptPlan": #"{"budget":"600.00"}"#,
    "ListPlans": "{}",
  ]

  @Test func getInfoNamesRepaydAndItsInterfaces() async throws {
    let info = try await RunningServer.with { server in
      try await offPool { try ControlClient(address: server.address).call(VarlinkServiceInterface.GetInfo()) }
    }
    #expect(info.version == RepayVersion.current && info.product == "repayd")
    #expect(info.interfaces == ["org.varlink.service", "io.repayd.Control"])
  }

  @Test func servesBothInterfaceDescriptionsAsTheyAre() async throws {
    let (control, service, missing) = try await RunningServer.with { server in
      try await offPool {
        let client = try ControlClient(address: server.address)
        let control = try client.call(
          VarlinkServiceInterface.GetInterfaceDescription(interface: "io.repayd.Control"))
        let service = try client.call(
          VarlinkServiceInterface.GetInterfaceDescription(interface: "org.varlink.service"))
        let missing = Result {
          try client.call(VarlinkServiceInterface.GetInterfaceDescription(interface: "com.example"))
        }
        return (control.description, service.description, missing)
      }
    }
    #expect(control == Control.description && service == VarlinkServiceInterface.description)
    #expect(throws: ControlClientError.self) { try missing.get() }
    if case .failure(let error as ControlClientError) = missing {
      #expect(error.errorName == "org.varlink.service.InterfaceNotFound")
    }
  }

  @Test func everyMethodOfTheInterfaceIsServed() async throws {
    let methods = Control.definition.methods.map(\.name)
    let replies = try await RunningServer.with { server in
      try await offPool {
        try methods.map { method -> RawReply in
          let parameters = try #require(Self.sampleParameters[method], "no sample parameters for \(method)")
          let client = try ControlClient(address: server.address)
          return try client.rawCall(
            #"{"method":"io.repayd.Control.\#(method)","parameters":\#(parameters),"more":true}"#)
        }
      }
    }
    for (method, reply) in zip(methods, replies) {
      let error = reply.error
      // Reload's test handler always finds the configuration invalid; every other call succeeds.
      #expect(error == (method == "Reload" ? "io.repayd.Control.ConfigInvalid" : nil), "\(method): \(reply)")
    }
  }

  @Test(
    arguments: [
      (
        #"{"method":"com.example.Thing.Do"}"#, "org.varlink.service.InterfaceNotFound", "interface",
        "com.example.Thing"
      ),
      (
        #"{"method":"io.repayd.Control.Nope"}"#, "org.varlink.service.MethodNotFound", "method",
        "io.repayd.Control.Nope"
      ),
      (
        #"{"method":"io.repayd.Control.ListLoans","upgrade":true}"#,
        "org.varlink.service.MethodNotImplemented", "method",
        "io.repayd.Control.ListLoans"
      ),
      (
        #"{"method":"io.repayd.Control.GetLoan","parameters":{"id":"huabei","colour":"red"}}"#,
        "org.varlink.service.InvalidParameter", "parameter", "colour"
      ),
      (
        #"{"method":"io.repayd.Control.GetLoan","parameters":{"id":5}}"#,
        "org.varlink.service.InvalidParameter",
        "parameter", "id"
      ),
      (
        #"{"method":"io.repayd.Control.GetLoan","parameters":{}}"#, "org.varlink.service.InvalidParameter",
        "parameter", "id"
      ),
      (
        #"{"method":"io.repayd.Control.AddNote","parameters":{"loan":"huabei","text":"x","channel":"pigeon"}}"#,
        "org.varlink.service.InvalidParameter", "parameter", "channel"
      ),
      (#"{"method":"io.repayd.Control.Watch"}"#, "org.varlink.service.ExpectedMore", nil, nil),
      (
        #"{"method":"io.repayd.Control.GetLoan","parameters":{"id":"nope"}}"#,
        "io.repayd.Control.LoanNotFound", "loan",
        "nope"
      ),
      (
        #"{"method":"io.repayd.Control.RecordPayment","parameters":{"loan":"huabei","occurrence":"2027-01-10"}}"#,
        "io.repayd.Control.OccurrenceNotFound", "occurrence", "2027-01-10"
      ),
      (
        #"{"method":"io.repayd.Control.DeletePayment","parameters":{"id":99}}"#,
        "io.repayd.Control.PaymentNotFound", nil, nil
      ),
      (
        #"{"method":"io.repayd.Control.Snooze","parameters":{"loan":"huabei","duration":"3d","until":"2026-12-20"}}"#,
        "io.repayd.Control.InvalidParameter", "reason", "conflict"
      ),
      (#"{"method":"io.repayd.Control.Reload"}"#, "io.repayd.Control.ConfigInvalid", nil, nil),
    ] as [(String, String, String?, String?)])
  func answersWithTheError(_ call: String, _ error: String, _ parameter: String?, _ value: String?)
    async throws
  {
    let reply = try await RunningServer.with { server in
      try await offPool { try ControlClient(address: server.address).rawCall(call) }
    }
    #expect(reply.error == error)
    if let parameter {
      #expect(reply.parameter(parameter) as? String == value, "\(reply)")
    }
  }

  @Test func typedErrorsReachTheClientAsSwiftErrors() async throws {
    let outcome = try await RunningServer.with { server in
      try await offPool {
        Result { try ControlClient(address: server.address).call(Control.DeletePaymentRequest(id: 99)) }
      }
    }
    guard case .failure(ControlClientError.control(let error, let reply)) = outcome else {
      Issue.record("expected a control error, got \(outcome)")
      return
    }
    #expect(error == .paymentNotFound(id: 99))
    #expect(reply.contains(#""error":"io.repayd.Control.PaymentNotFound""#))
  }

  @Test func aOnewayCallIsDoneAndAnsweredWithNothing() async throws {
    let (status, notes) = try await RunningServer.with { server in
      let status = try await offPool {
        let client = try ControlClient(address: server.address)
        let oneway =
          #"{"method":"io.repayd.Control.AddNote","oneway":true,"#
          + #""parameters":{"loan":"huabei","text":"they will call back","channel":"phone"}}"#
        try client.sendRaw(Array(oneway.utf8) + [0])
        // The next message on the connection is the reply to this call, not one to the note.
        return try client.call(Control.GetStatusRequest())
      }
      return (status, server.handler.recordedNotes)
    }
    #expect(status.version == RepayVersion.current)
    #expect(notes.map(\.text) == ["they will call back"])
  }

  @Test func aWatchStreamsEventsUntilTheClientLeaves() async throws {
    try await RunningServer.with { server in
      // The client's reads block this thread; the server runs on an executor of its own.
      var kinds: [Control.WatchEvent.Kind?] = []
      do {
        let client = try ControlClient(address: server.address)
        var replies = try client.stream(Control.WatchRequest()).makeAsyncIterator()
        kinds.append(try await replies.next()?.kind)
        server.handler.emit(.init(kind: .payment, at: TestControlHandler.instant, loan: "huabei", id: 1))
        server.handler.emit(
          .init(kind: .delivery, at: TestControlHandler.instant, loan: "huabei", stage: .overdue))
        kinds.append(try await replies.next()?.kind)
        kinds.append(try await replies.next()?.kind)
      }
      #expect(kinds == [.watching, .payment, .delivery])
      // The client is gone: the server cancelled the stream, and the handler saw it end.
      try await eventually { server.handler.openWatches == 0 }
    }
  }

  @Test func aWatchEndsWithItsStreamAndTheConnectionCloses() async throws {
    try await RunningServer.with { server in
      let client = try ControlClient(address: server.address)
      var replies = try client.stream(Control.WatchRequest()).makeAsyncIterator()
      _ = try await replies.next()
      server.handler.finishWatches()
      #expect(client.waitForClose())
    }
  }
}

/// Waits (polling, without a bound on any one step's time) until `condition` holds, for at most
/// 30 s.
func eventually(_ condition: () -> Bool) async throws {
  let deadline = ContinuousClock.now + .seconds(30)
  while !condition() {
    guard ContinuousClock.now < deadline else {
      Issue.record("the condition did not come true within 30 s")
      return
    }
    try await Task.sleep(for: .milliseconds(20))
  }
}
