import ControlInterface

/// The command lines the front answers itself: `status` with, at most once each and in any
/// order, `--json` and `--address unix:PATH` (or `--address=unix:PATH`), the address also before
/// `status` (`LeadingAddressOption`); the address otherwise from `REPAYD_ADDRESS` or the standard
/// one.
///
/// Reading is deliberately narrow: any other word, a repeated option, `--help`, or an address
/// not of the form `unix:PATH` is not recognized, and the full command set reads the line, so
/// that its answer (help, a usage error with exit 2) is the only one there is.
struct StatusArguments: Equatable {
  /// Where to call.
  let address: ControlAddress
  /// Whether to print the reply's parameters as JSON.
  let json: Bool

  /// The status call `arguments` (without the program's name) ask for; nil when they ask for
  /// anything else.
  init?(_ arguments: [String], environment: [String: String]) {
    let arguments = LeadingAddressOption.movedAfterCommand(arguments)
    guard arguments.first == "status" else { return nil }
    var json = false
    var address: String?
    var rest = arguments.dropFirst()
    while let argument = rest.popFirst() {
      if argument == "--json", !json {
        json = true
      } else if argument == "--address", address == nil, let value = rest.popFirst() {
        address = value
      } else if argument.hasPrefix("--address="), address == nil {
        address = String(argument.dropFirst("--address=".count))
      } else {
        return nil
      }
    }
    guard let chosen = ControlAddress.chosen(option: address, environment: environment) else { return nil }
    self.address = chosen
    self.json = json
  }
}
