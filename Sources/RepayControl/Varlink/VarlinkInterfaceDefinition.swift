/// What repayd needs to know of an interface definition (Varlink's IDL): its name, its methods
/// with the names of their parameters, and its errors. Reading the whole grammar (types and
/// replies included) also proves that a definition is well-formed before it is served.
public struct VarlinkInterfaceDefinition: Hashable, Sendable {
  /// A method and the names of its fields.
  public struct Method: Hashable, Sendable {
    /// The method's name, without the interface.
    public var name: String
    /// The names of its parameters, in order.
    public var parameters: [String]
  }

  /// The interface's name, such as `io.repayd.Control`.
  public var name: String
  /// The methods, in order.
  public var methods: [Method]
  /// The errors' names, without the interface, in order.
  public var errors: [String]

  /// The method called `name`, if there is one.
  public func method(_ name: String) -> Method? {
    methods.first { $0.name == name }
  }

  /// Reads a definition; throws at the first fault, naming its line.
  public init(parsing text: String) throws(VarlinkInterfaceSyntaxError) {
    var reader = VarlinkIDLReader(text)
    try reader.expectKeyword("interface")
    name = try reader.interfaceName()
    methods = []
    errors = []
    var seen: Set<String> = []
    while !reader.atEnd {
      let keyword = try reader.word()
      let member = try reader.word()
      guard member.first?.isUppercase == true else {
        throw reader.fault("\(member) must begin with a capital")
      }
      guard seen.insert(member).inserted else { throw reader.fault("\(member) is defined twice") }
      switch keyword {
      case "type":
        try reader.type()
      case "method":
        let parameters = try reader.structFields()
        try reader.expect("->")
        _ = try reader.structFields()
        methods.append(Method(name: member, parameters: parameters))
      case "error":
        _ = try reader.structFields()
        errors.append(member)
      default:
        throw reader.fault("expected type, method or error, found \(keyword)")
      }
    }
  }
}

/// A definition that does not follow the grammar.
public struct VarlinkInterfaceSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The 1-based line of the fault.
  public var line: Int
  /// What is wrong.
  public var reason: String
  /// `line N: reason`.
  public var description: String { "line \(line): \(reason)" }
}

/// The scanner under `VarlinkInterfaceDefinition`: words, punctuation and types, skipping blanks
/// and `#` comments, which the grammar allows between any two tokens.
private struct VarlinkIDLReader {
  private let characters: [Character]
  private var index = 0

  init(_ text: String) {
    characters = Array(text)
  }

  var atEnd: Bool {
    mutating get {
      skipBlanks()
      return index == characters.count
    }
  }

  func fault(_ reason: String) -> VarlinkInterfaceSyntaxError {
    VarlinkInterfaceSyntaxError(line: characters[..<index].count { $0 == "\n" } + 1, reason: reason)
  }

  mutating func skipBlanks() {
    while index < characters.count {
      if characters[index] == "#" {
        while index < characters.count && characters[index] != "\n" { index += 1 }
      } else if characters[index].isWhitespace {
        index += 1
      } else {
        return
      }
    }
  }

  mutating func peek(_ token: String) -> Bool {
    skipBlanks()
    return characters[index...].starts(with: token)
  }

  mutating func expect(_ token: String) throws(VarlinkInterfaceSyntaxError) {
    guard peek(token) else { throw fault("expected \(token)") }
    index += token.count
  }

  mutating func expectKeyword(_ keyword: String) throws(VarlinkInterfaceSyntaxError) {
    guard try word() == keyword else { throw fault("expected \(keyword)") }
  }

  /// A name: letters, digits and single underscores, beginning with a letter.
  mutating func word() throws(VarlinkInterfaceSyntaxError) -> String {
    skipBlanks()
    let start = index
    while index < characters.count && (characters[index].isASCIILetterOrDigit || characters[index] == "_") {
      index += 1
    }
    let word = String(characters[start..<index])
    guard let first = word.first, first.isLetter, !word.contains("__"), word.last != "_" else {
      throw fault(word.isEmpty ? "expected a name" : "\(word) is not a valid name")
    }
    return word
  }

  /// A reverse-domain name: lower-case labels of letters, digits and inner dashes, at least two.
  mutating func interfaceName() throws(VarlinkInterfaceSyntaxError) -> String {
    skipBlanks()
    let start = index
    while index < characters.count
      && (characters[index].isASCIILetterOrDigit || "-.".contains(characters[index]))
    {
      index += 1
    }
    let name = String(characters[start..<index])
    let labels = name.split(separator: ".", omittingEmptySubsequences: false)
    guard labels.count >= 2,
      labels.allSatisfy({ $0.first?.isASCIILetterOrDigit == true && $0.last?.isASCIILetterOrDigit == true }),
      labels[0].first?.isLetter == true
    else { throw fault("\(name) is not a valid interface name") }
    return name
  }

  /// A type: `?T`, `[]T`, `[string]T`, a built-in or named type, a struct or an enum.
  mutating func type() throws(VarlinkInterfaceSyntaxError) {
    if peek("?") {
      index += 1
      guard !peek("?") else { throw fault("a type cannot be optional twice") }
    }
    if peek("[]") {
      index += 2
      return try type()
    }
    if peek("[") {
      index += 1
      try expectKeyword("string")
      try expect("]")
      return try type()
    }
    if peek("(") { return try structOrEnum() }
    _ = try word()
  }

  /// The field names of a struct, `(name: T, ...)`; `()` has none.
  mutating func structFields() throws(VarlinkInterfaceSyntaxError) -> [String] {
    try expect("(")
    var names: [String] = []
    if peek(")") {
      index += 1
      return names
    }
    repeat {
      names.append(try word())
      try expect(":")
      try type()
    } while try comma()
    try expect(")")
    return names
  }

  /// A struct, or an enum `(a, b, c)`: the first name tells which, by the colon after it or not.
  private mutating func structOrEnum() throws(VarlinkInterfaceSyntaxError) {
    let start = index
    try expect("(")
    var isStruct = peek(")")
    if !isStruct {
      _ = try word()
      isStruct = peek(":")
    }
    index = start
    if isStruct {
      _ = try structFields()
      return
    }
    try expect("(")
    repeat { _ = try word() } while try comma()
    try expect(")")
  }

  private mutating func comma() throws(VarlinkInterfaceSyntaxError) -> Bool {
    guard peek(",") else { return false }
    index += 1
    return true
  }
}

extension Character {
  fileprivate var isASCIILetterOrDigit: Bool { isASCII && (isLetter || isNumber) }
}
