/// One argument of a message as `dbus-monitor` printed it: a basic value as text (a string's
/// contents without its quotes, a number in decimal, a variant's value), or a container (array,
/// dict entry, struct) with its members.
public enum MonitoredValue: Hashable, Sendable, CustomStringConvertible {
  /// A basic value.
  case text(String)
  /// An array, dict entry or struct.
  case container([MonitoredValue])

  /// The arguments printed on `lines` (the indented lines under a message's header line).
  static func arguments(of lines: [Substring]) -> [MonitoredValue] {
    var stack: [[MonitoredValue]] = [[]]
    // A string with line breaks, printed as they are: its lines so far, until one ends it.
    var open: [Substring]?
    for line in lines {
      if var parts = open {
        parts.append(line)
        open = parts
        guard line.hasSuffix("\"") else { continue }
        let text = parts.joined(separator: "\n").drop { $0 == " " }.dropFirst("string \"".count).dropLast()
        stack[stack.count - 1].append(.text(String(text)))
        open = nil
        continue
      }
      var token = line.drop { $0 == " " }
      if token.hasPrefix("string \"") && (token.count == "string \"".count || !token.hasSuffix("\"")) {
        open = [line]
        continue
      }
      // A variant prints its value on its own line: "variant             byte 2".
      if token.hasPrefix("variant ") { token = token.dropFirst("variant".count).drop { $0 == " " } }
      if token.hasSuffix("[") || token.hasSuffix("(") || token.hasSuffix("{") {
        stack.append([])
      } else if token == "]" || token == ")" || token == "}" {
        let members = stack.removeLast()
        stack[stack.count - 1].append(.container(members))
      } else if token.hasPrefix("string \"") && token.hasSuffix("\"") {
        stack[stack.count - 1].append(.text(String(token.dropFirst("string \"".count).dropLast())))
      } else if let space = token.firstIndex(of: " ") {
        stack[stack.count - 1].append(.text(String(token[token.index(after: space)...])))
      }
    }
    return stack[0]
  }

  /// The text of a basic value; nil for a container.
  public var text: String? {
    if case .text(let text) = self { text } else { nil }
  }

  /// The members of a container; empty for a basic value.
  public var members: [MonitoredValue] {
    if case .container(let members) = self { members } else { [] }
  }

  /// The value as `dbus-monitor` would show it, compactly: `text` or `[a, b]`.
  public var description: String {
    switch self {
    case .text(let text): text
    case .container(let members): "[" + members.map(\.description).joined(separator: ", ") + "]"
    }
  }
}
