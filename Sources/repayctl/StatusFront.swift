import ControlInterface
import PlainJSON
import RepayDisplay

/// `repayctl status` answered without Foundation, SwiftNIO or swift-argument-parser, whose
/// loading is most of a one-shot command's time: one `GetStatus` over a `VarlinkSocket`, the
/// reply read with `PlainJSON` and `StatusReplyReading`, the text written by `RepayDisplay`,
/// exactly as the full command set writes it.
///
/// Only a reply it can print is printed here. Anything else (no daemon, an error reply, a reply
/// it cannot read, no reply within `timeout`) prints nothing and is reported as not answered,
/// so that the full command set makes the call again and reports the failure in its one way.
enum StatusFront {
  /// How long the front waits for the reply before it leaves the call to the full command set
  /// (which waits its own 30 s). The daemon answers a status from its event loop in microseconds,
  /// or after its start under socket activation, well under a second; one that takes longer is in
  /// trouble, and the full command set says so.
  static let timeout = Duration.seconds(5)

  /// Calls `GetStatus` as `arguments` say and prints the reply; false, having printed nothing,
  /// when the status is not answered.
  static func answer(_ arguments: StatusArguments) -> Bool {
    guard let socket = call(arguments.address) else { return false }
    // While the daemon answers: what the output needs of the environment and the terminal.
    _ = (Invocation.language, Emphasis.enabled)
    guard let message = try? socket.receive(deadline: ContinuousClock.now + timeout),
      let parsed = try? JSONReader.read(message),
      parsed.member("error") == nil,
      let parameters = parsed.member("parameters"),
      let status = StatusReplyReading.reply(parameters)
    else { return false }
    if arguments.json {
      // The parameters as the daemon wrote them, as `--json` promises.
      StandardOutput.write(String(decoding: message[parameters.span], as: UTF8.self))
    } else {
      StandardOutput.show(
        StatusText.text(status, Display(timezone: status.configuration.timezone)), terminator: "")
      for warning in status.configuration.warnings { Invocation.printError(DiagnosticText.line(warning)) }
    }
    return true
  }

  /// A socket that has sent a plain `GetStatus`, written as `PlainStatusCall` recognizes it so
  /// that the daemon answers from its event loop; nil when the call could not be made.
  private static func call(_ address: ControlAddress) -> VarlinkSocket? {
    do {
      let socket = try VarlinkSocket(connectingTo: address)
      try socket.send(Array("{\"method\":\"\(Control.GetStatusRequest.method)\"}\0".utf8))
      return socket
    } catch {
      return nil
    }
  }
}
