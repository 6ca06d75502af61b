import ArgumentParser
import ControlInterface
import Foundation
import RepayControl
import RepayDisplay

/// `--address unix:PATH`, the daemon's control socket, shared by the commands that talk to it.
struct AddressOption: ParsableArguments {
  @Option(name: .customLong("address"), help: Self.help)
  var address: String?

  /// The option's help, for `DaemonOptions` too.
  static var help: ArgumentHelp {
    ArgumentHelp(
      Invocation.text(
        en: "The daemon's control socket, unix:PATH (default: $REPAYD_ADDRESS, else "
          + "unix:$XDG_RUNTIME_DIR/repayd/control.sock).",
        zh: "守护进程的控制套接字 unix:PATH（默认：$REPAYD_ADDRESS，否则为 unix:$XDG_RUNTIME_DIR/repayd/control.sock）。"),
      valueName: "unix:path")
  }

  /// The address chosen by `--address`, `REPAYD_ADDRESS` or the default.
  var chosenAddress: ControlAddress? { Self.chosen(address) }

  func validate() throws { try Self.validate(address) }

  /// The address chosen by the option's value `option`, `REPAYD_ADDRESS` or the default; nil
  /// when the one chosen is not an address.
  static func chosen(_ option: String?) -> ControlAddress? {
    ControlAddress.chosen(option: option, environment: ProcessInfo.processInfo.environment)
  }

  /// Refuses an option's value `option` (or `REPAYD_ADDRESS`) that is not an address.
  static func validate(_ option: String?) throws {
    guard chosen(option) == nil else { return }
    let given = option ?? ProcessInfo.processInfo.environment["REPAYD_ADDRESS"] ?? ""
    throw ValidationError(
      Invocation.text(
        en: "the address '\(given)' is not of the form unix:PATH with an absolute path.",
        zh: "地址 '\(given)' 不是 unix:PATH 的形式（PATH 须为绝对路径）。"))
  }
}
