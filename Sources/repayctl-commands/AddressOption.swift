import ArgumentParser
import ControlInterface
import Foundation
import RepayControl
import RepayDisplay

/// `--address unix:PATH`, the daemon's control socket, shared by the commands that talk to it.
struct AddressOption: ParsableArguments {
  @Option(
    name: .customLong("address"),
    help: ArgumentHelp(
      Invocation.text(
        en: "The daemon's control socket, unix:PATH (default: $REPAYD_ADDRESS, else "
          + "unix:$XDG_RUNTIME_DIR/repayd/control.sock).",
        zh: "守护进程的控制套接字 unix:PATH（默认：$REPAYD_ADDRESS，否则为 unix:$XDG_RUNTIME_DIR/repayd/control.sock）。"),
      valueName: "unix:path"))
  var address: String?

  /// The address chosen by `--address`, `REPAYD_ADDRESS` or the default.
  var chosenAddress: ControlAddress? {
    ControlAddress.chosen(option: address, environment: ProcessInfo.processInfo.environment)
  }

  func validate() throws {
    guard chosenAddress == nil else { return }
    let given = address ?? ProcessInfo.processInfo.environment["REPAYD_ADDRESS"] ?? ""
    throw ValidationError(
      Invocation.text(
        en: "the address '\(given)' is not of the form unix:PATH with an absolute path.",
        zh: "地址 '\(given)' 不是 unix:PATH 的形式（PATH 须为绝对路径）。"))
  }
}
