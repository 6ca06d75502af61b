import RepayCore

/// The tables of a document while it is being read, and TOML's rules for defining them.
///
/// TOML lets a table come into being in four ways, and what may happen to it later depends on
/// which: a `[header]` defines it once; a header for a table below it (`[a.b]` makes `a`)
/// creates it implicitly, and a later `[a]` may still define it once; dotted keys (`a.b = 1`)
/// create it and only further dotted keys in the same table may add to it, though headers may
/// define sub-tables inside it; an inline table (`a = {}`) is complete as written. The origin of
/// each table is kept here so these rules can be checked, and nothing else.
final class TOMLTableNode {
  /// How a table came into being; see the type's documentation.
  enum Origin {
    case implicit, header, dotted, inline
  }

  /// What a key of a table under construction holds.
  enum Slot {
    /// A finished value, inline tables included.
    case value(TOMLValue)
    /// A table that later lines may still add to.
    case table(TOMLTableNode)
    /// An array of tables made by `[[header]]` lines; later headers may append to it.
    case tableArray(TOMLTableArrayNode)
  }

  var origin: Origin
  var location: SourceLocation
  /// How many tables and arrays enclose this one; the root is at 0.
  let depth: Int
  private(set) var entries: [(key: TOMLKey, slot: Slot)] = []
  private var index = TOMLKeyIndex()

  init(origin: Origin, location: SourceLocation, depth: Int) {
    self.origin = origin
    self.location = location
    self.depth = depth
  }

  func entry(_ name: String) -> (key: TOMLKey, slot: Slot)? {
    index.position(of: name, in: entries.lazy.map(\.key.name)).map { entries[$0] }
  }

  func add(_ key: TOMLKey, _ slot: Slot) {
    entries.append((key, slot))
    index.didAppend(key.name, in: entries.lazy.map(\.key.name))
  }

  /// Adds a new table under `key`, located at `location` (by default the key's), and returns it.
  func addTable(_ key: TOMLKey, origin: Origin, at location: SourceLocation? = nil) -> TOMLTableNode {
    let child = TOMLTableNode(origin: origin, location: location ?? key.location, depth: depth + 1)
    add(key, .table(child))
    return child
  }

  /// The finished, immutable table.
  func freeze() -> TOMLTable {
    TOMLTable(
      entries: entries.map { key, slot in
        switch slot {
        case .value(let value):
          return TOMLTable.Entry(key: key, value: value)
        case .table(let table):
          return TOMLTable.Entry(key: key, value: TOMLValue(.table(table.freeze()), at: table.location))
        case .tableArray(let array):
          let tables = array.tables.map { TOMLValue(.table($0.freeze()), at: $0.location) }
          return TOMLTable.Entry(key: key, value: TOMLValue(.array(tables), at: array.location))
        }
      },
      index: index)
  }

  /// Stores `value` under the dotted key `path` in this table, creating the tables the dots
  /// name. Fails on a duplicate key, and on a path through anything but a table that dotted
  /// keys created.
  func insert(_ value: TOMLValue, at path: [TOMLKey]) throws(TOMLSyntaxError) {
    var table = self
    for (index, key) in path.dropLast().enumerated() {
      guard let existing = table.entry(key.name) else {
        table = table.addTable(key, origin: .dotted)
        continue
      }
      let name = dottedName(path.prefix(index + 1))
      switch existing.slot {
      case .table(let child) where child.origin == .dotted:
        table = child
      case .table(let child):
        throw TOMLSyntaxError(.dottedKeyIntoDefinedTable(name, definedAt: child.location), at: key.location)
      case .tableArray(let array):
        throw TOMLSyntaxError(.notATable(name, type: .array, definedAt: array.location), at: key.location)
      case .value(let value):
        throw TOMLSyntaxError(notATable(name, value), at: key.location)
      }
    }
    let last = path[path.count - 1]
    if let existing = table.entry(last.name) {
      throw TOMLSyntaxError(
        .duplicateKey(dottedName(path), firstDefinedAt: existing.key.location), at: last.location)
    }
    table.add(last, .value(value))
  }

  /// The table a `[header]` line names, defined by that line; `header` is where the line starts.
  func defineTable(at path: [TOMLKey], header: SourceLocation) throws(TOMLSyntaxError) -> TOMLTableNode {
    let parent = try parentForHeader(path)
    let last = path[path.count - 1]
    let name = dottedName(path)
    guard let existing = parent.entry(last.name) else {
      return parent.addTable(last, origin: .header, at: header)
    }
    switch existing.slot {
    case .table(let table) where table.origin == .implicit:
      table.origin = .header
      table.location = header
      return table
    case .table(let table):
      throw TOMLSyntaxError(.tableRedefined(name, firstDefinedAt: table.location), at: header)
    case .tableArray(let array):
      throw TOMLSyntaxError(.notATable(name, type: .array, definedAt: array.location), at: header)
    case .value(let value):
      throw TOMLSyntaxError(notATable(name, value), at: header)
    }
  }

  /// The new table that an `[[array.of.tables]]` line appends; `header` is where the line starts.
  func appendArrayTable(at path: [TOMLKey], header: SourceLocation) throws(TOMLSyntaxError) -> TOMLTableNode {
    let parent = try parentForHeader(path)
    let last = path[path.count - 1]
    let element = TOMLTableNode(origin: .header, location: header, depth: parent.depth + 1)
    guard let existing = parent.entry(last.name) else {
      parent.add(last, .tableArray(TOMLTableArrayNode(location: header, first: element)))
      return element
    }
    switch existing.slot {
    case .tableArray(let array):
      array.tables.append(element)
      return element
    case .table(let table):
      throw TOMLSyntaxError(.notAnArrayOfTables(dottedName(path), definedAt: table.location), at: header)
    case .value(let value):
      throw TOMLSyntaxError(.notAnArrayOfTables(dottedName(path), definedAt: value.location), at: header)
    }
  }

  /// The table that holds the last key of a header's path, walking (and implicitly creating)
  /// the tables before it; through an array of tables, its last element.
  private func parentForHeader(_ path: [TOMLKey]) throws(TOMLSyntaxError) -> TOMLTableNode {
    var table = self
    for (index, key) in path.dropLast().enumerated() {
      guard let existing = table.entry(key.name) else {
        table = table.addTable(key, origin: .implicit)
        continue
      }
      switch existing.slot {
      case .table(let child):
        table = child
      case .tableArray(let array):
        table = array.tables[array.tables.count - 1]
      case .value(let value):
        throw TOMLSyntaxError(notATable(dottedName(path.prefix(index + 1)), value), at: key.location)
      }
    }
    return table
  }

  private func notATable(_ name: String, _ value: TOMLValue) -> TOMLSyntaxError.Reason {
    if case .table = value.kind {
      return .inlineTableExtended(name, definedAt: value.location)
    }
    return .notATable(name, type: value.type, definedAt: value.location)
  }
}

/// An array of tables under construction: one element per `[[header]]` line.
final class TOMLTableArrayNode {
  let location: SourceLocation
  var tables: [TOMLTableNode]

  init(location: SourceLocation, first: TOMLTableNode) {
    self.location = location
    self.tables = [first]
  }
}

/// `a.b.c`: a key path as messages show it.
func dottedName(_ path: some Collection<TOMLKey>) -> String {
  path.map(\.name).joined(separator: ".")
}
