import ControlInterface
import Testing

@testable import RepayControl

/// The plain `GetStatus` call answered on the event loop: every way a client writes it, and
/// everything that must go the general way instead.
@Suite struct PlainStatusCallTests {
  @Test(arguments: [
    #"{"method":"io.repayd.Control.GetStatus"}"#,
    #"{"method":"io.repayd.Control.GetStatus","parameters":{}}"#,
    #"{"parameters":{},"method":"io.repayd.Control.GetStatus"}"#,
    #"{"method": "io.repayd.Control.GetStatus", "parameters": {}}"#,
    " {\n\t\"method\" : \"io.repayd.Control.GetStatus\" ,\r\n \"parameters\" : { } } ",
    #"{"method":"io.repayd.Control.GetStatus","parameters":null}"#,
  ])
  func recognized(_ call: String) {
    #expect(PlainStatusCall.matches(Array(call.utf8)))
  }

  @Test(arguments: [
    // Flags and parameters: the general way answers or refuses them.
    #"{"method":"io.repayd.Control.GetStatus","oneway":true}"#,
    #"{"method":"io.repayd.Control.GetStatus","more":false}"#,
    #"{"method":"io.repayd.Control.GetStatus","upgrade":false}"#,
    #"{"method":"io.repayd.Control.GetStatus","parameters":{"x":1}}"#,
    #"{"method":"io.repayd.Control.GetStatus","parameters":[]}"#,
    #"{"method":"io.repayd.Control.GetStatus","parameters":nul}"#,
    #"{"method":"io.repayd.Control.GetStatus","parameters":n u l l}"#,
    // Another method, or the same name spelt with an escape.
    #"{"method":"io.repayd.Control.GetStatusX"}"#,
    #"{"method":"io.repayd.Control.ListLoans"}"#,
    #"{"method":"io.repayd.Control.Get\u0053tatus"}"#,
    #"{"method":"org.varlink.service.GetInfo"}"#,
    // Not one object of the two members, once each.
    #"{"parameters":{}}"#,
    #"{"method":"io.repayd.Control.GetStatus","method":"io.repayd.Control.GetStatus"}"#,
    #"{"method":"io.repayd.Control.GetStatus",}"#,
    #"{"method":"io.repayd.Control.GetStatus"} x"#,
    #"{"method":"io.repayd.Control.GetStatus""#,
    #"["method","io.repayd.Control.GetStatus"]"#,
    "",
  ])
  func notRecognized(_ call: String) {
    #expect(!PlainStatusCall.matches(Array(call.utf8)))
  }

  @Test func bytesThatAreNotASCIIAreNotRecognized() {
    let call =
      Array(#"{"method":"io.repayd.Control.GetStatus","#.utf8) + [UInt8(ascii: "\""), 0xFF]
      + Array(#"":{}}"#.utf8)
    #expect(!PlainStatusCall.matches(call))
  }
}
