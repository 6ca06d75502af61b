import ArgumentParser
import ControlInterface
import Foundation
import RepayControl
import RepayCore
import RepayDisplay

/// One command's connection to the running daemon: calls whose failures are reported here, in
/// words or (with `--json`) as JSON on standard error, and end the command with the fixed exit
/// code (1 the daemon answered an error, 3 it is not reachable).
struct DaemonConnection {
  /// The shared options of the command.
  let options: DaemonOptions
  private let client: ControlClient

  /// Connects to the chosen address.
  init(_ options: DaemonOptions) throws {
    self.options = options
    // `validate()` has already refused an address of the wrong form.
    let address = options.chosenAddress ?? ControlAddress.standard(environment: [:])
    do {
      client = try ControlClient(address: address)
    } catch {
      throw Self.report(error, json: options.json)
    }
  }

  /// Calls `request`'s method and returns the reply for the human output; with `--json`, prints
  /// the reply's parameters as the daemon wrote them and returns nil.
  func reply<Method: VarlinkMethodCall>(_ request: Method) throws -> Method.Reply? {
    let (reply, parameters) = try replyKeepingText(request)
    guard options.json else { return reply }
    StandardOutput.write(parameters)
    return nil
  }

  /// Calls `request`'s method and returns the reply with its parameters as the daemon wrote
  /// them, for a command that keeps the text (the dossier's JSON).
  func replyKeepingText<Method: VarlinkMethodCall>(_ request: Method) throws -> (Method.Reply, String) {
    do {
      return try client.callKeepingText(request)
    } catch {
      throw Self.report(error, json: options.json)
    }
  }

  /// Calls `request`'s method and returns the reply.
  func call<Method: VarlinkMethodCall>(_ request: Method) throws -> Method.Reply {
    do {
      return try client.call(request)
    } catch {
      throw Self.report(error, json: options.json)
    }
  }

  /// Calls `Watch` and hands each event, and its parameters as the daemon wrote them, to `body`
  /// until the daemon ends the call or the connection.
  func watch(_ body: (Control.WatchEvent, String) -> Void) throws {
    do {
      var events = try client.stream(Control.WatchRequest()).makeAsyncIterator()
      while let (event, parameters) = try events.nextWaiting() { body(event, parameters) }
    } catch .disconnected {
      // The daemon stopped: the watch is over, which is not the user's error.
      return
    } catch {
      throw Self.report(error, json: options.json)
    }
  }

  /// What the human output needs to know about the daemon: its zone, for local times and
  /// "today" (one more call on the same connection).
  func display() throws -> Display {
    try Display(timezone: call(Control.GetStatusRequest()).configuration.timezone)
  }

  /// Reports `error` on standard error and returns the exit code it ends the command with.
  static func report(_ error: ControlClientError, json: Bool) -> ExitCode {
    let unreachable: Bool
    if case .unreachable = error { unreachable = true } else { unreachable = false }
    let hint = "systemctl --user start repayd"
    if json {
      Invocation.printErrorJSON(
        error.reply
          ?? JSONText.object([
            ("error", JSONText.string(clientErrorName(error))),
            (
              "parameters",
              JSONText.object(
                [("message", JSONText.string(error.message(in: Invocation.language)))]
                  + (unreachable ? [("hint", JSONText.string(hint))] : []))
            ),
          ]))
    } else {
      Invocation.printError(
        Invocation.text(en: "error: ", zh: "错误：") + error.message(in: Invocation.language))
      if unreachable {
        Invocation.printError(
          Invocation.text(en: "hint: start it with `\(hint)`", zh: "提示：用 `\(hint)` 启动它"))
      }
    }
    return ExitCode(unreachable ? ExitStatus.unreachable : ExitStatus.failure)
  }

  /// The name of a failure that is the client's own, in the form of an error reply's name.
  private static func clientErrorName(_ error: ControlClientError) -> String {
    switch error {
    case .unreachable: "repayctl.Unreachable"
    case .timedOut: "repayctl.TimedOut"
    case .disconnected: "repayctl.Disconnected"
    case .invalidReply: "repayctl.InvalidReply"
    case .control, .service, .unknown: error.errorName ?? ""
    }
  }
}
