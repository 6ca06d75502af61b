/// `--address unix:PATH` written before the command's name, where people put an option meant for
/// the whole program (`repayctl --address unix:/tmp/demo.sock status`), taken as if it followed
/// the name, where each command reads it.
///
/// Both halves of `repayctl` read a command line through this one rule: the front, to recognize
/// a status it answers itself, and the full command set, whose parser only finds a command's
/// name as the first word and gives each command its own options.
public enum LeadingAddressOption {
  /// `arguments` (without the program's name) with the address options that come before the
  /// first word (`--address VALUE` or `--address=VALUE`, in their order) moved to just after
  /// that word, the command's name; any other command line as it is, so that the parser answers
  /// it (help, the version, a usage error) in its one way.
  public static func movedAfterCommand(_ arguments: [String]) -> [String] {
    var leading: [String] = []
    var rest = arguments[...]
    while let first = rest.first {
      if first == "--address", rest.count >= 2 {
        leading += rest.prefix(2)
        rest = rest.dropFirst(2)
      } else if first.hasPrefix("--address=") {
        leading.append(first)
        rest = rest.dropFirst()
      } else {
        break
      }
    }
    guard !leading.isEmpty, let command = rest.first, !command.hasPrefix("-") else { return arguments }
    return [command] + leading + rest.dropFirst()
  }
}
