import ArgumentParser
import ControlInterface
import Foundation
import RepayControl
import RepayDisplay

/// `--address unix:PATH` and `--json`, shared by the commands that talk to the running daemon.
struct DaemonOptions: ParsableArguments {
  // `AddressOption`'s option declared here rather than as a group within this one: each group
  // type costs the Swift runtime about five scans of every conformance record when a command
  // is parsed (docs/performance.md, "repayctl plan").
  @Option(name: .customLong("address"), help: AddressOption.help)
  var address: String?

  @Flag(
    help: ArgumentHelp(
      Invocation.text(
        en: "Print the daemon's reply as JSON; errors go to standard error as JSON.",
        zh: "以 JSON 输出守护进程的回复；错误以 JSON 写到标准错误。")))
  var json = false

  /// The address chosen by `--address`, `REPAYD_ADDRESS` or the default.
  var chosenAddress: ControlAddress? { AddressOption.chosen(address) }

  func validate() throws { try AddressOption.validate(address) }
}
