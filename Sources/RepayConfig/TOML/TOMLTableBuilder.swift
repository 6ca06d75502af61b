import RepayCore

/// The tables of a document while it is being read, and TOML's rules for defining them.
///
/// TOML lets a table come into being in four ways, and what may happen to it later depends on
/// which: a `[header]` defines it once; a header for a table below it (`[a.b]` makes `a`)
/// creates it implicitly, and a later `[a]` may still define it once; dotted keys (`a.b = 1`)
/// create it and only further dotted keys in the same table may add to it, though headers may
/// define sub-tables inside it; an inline table (`a = {}`) is complete as written. The origin of
/// each table is kept here so these rules can be checked, and nothing else.
///
/// The tables under construction live in one array and are named by their place in it: a table
/// is built by a few appends, and an object for each, its reference count touched at every
/// step, would cost more than the building itself.
struct TOMLTableBuilder {
  /// A table under construction.
  struct Table {
    fileprivate let node: Int
  }

  /// How a table came into being; see the type's documentation.
  private enum Origin {
    case implicit, header, dotted, inline
  }

  /// What a key of a table under construction holds.
  private enum Slot {
    /// A finished value, inline tables included.
    case value(TOMLValue)
    /// A table that later lines may still add to: its place in `nodes`.
    case table(Int)
    /// An array of tables made by `[[header]]` lines, which later headers may append to: its
    /// place in `tableArrays`.
    case tableArray(Int)
  }

  /// What a key holds while it is still being built: the slots other than a finished value.
  private enum Child {
    case table(Int)
    case tableArray(Int)
  }

  private struct Node {
    var origin: Origin
    var location: SourceLocation
    /// How many tables and arrays enclose this one; the root is at 0.
    let depth: Int
    /// The entries in their final form, so that freezing a table of plain values (most tables)
    /// hands them over without a copy. A key that holds a table or an array of tables still
    /// being built has a stand-in value here until `freeze` puts the finished one in its place.
    var entries: [TOMLTable.Entry] = []
    /// The keys that hold a table or an array of tables still being built, by position in
    /// `entries`; positions ascend, since a key is recorded here as it is appended.
    var children: [(position: Int, child: Child)] = []
    var index = TOMLKeyIndex()

    init(origin: Origin, location: SourceLocation, depth: Int) {
      self.origin = origin
      self.location = location
      self.depth = depth
    }

    mutating func append(_ entry: consuming TOMLTable.Entry) {
      entries.append(entry)
      index.didAppend(to: entries)
    }
  }

  /// An array of tables under construction: one element per `[[header]]` line.
  private struct TableArray {
    let location: SourceLocation
    /// The elements' places in `nodes`.
    var elements: [Int]
  }

  private var nodes: [Node]
  private var tableArrays: [TableArray] = []

  /// A builder that holds the root table, located at `location`.
  init(rootAt location: SourceLocation) {
    nodes = [Node(origin: .header, location: location, depth: 0)]
  }

  /// The top-level table.
  var root: Table { Table(node: 0) }

  /// How many tables and arrays enclose `table`; the root is at 0.
  func depth(of table: Table) -> Int {
    nodes[table.node].depth
  }

  // Key paths come as a range of the parser's buffer of keys, not as a slice of it: a slice
  // would touch the buffer's reference count at every key/value pair.

  /// Stores `value` under the dotted key `keys[path]` in `table`, creating the tables the dots
  /// name. Fails on a duplicate key, and on a path through anything but a table that dotted keys
  /// created.
  mutating func insert(
    _ value: consuming TOMLValue, at path: Range<Int>, of keys: [TOMLKey], in table: Table
  ) throws(TOMLSyntaxError) {
    var node = table.node
    for index in path.dropLast() {
      let key = keys[index]
      guard let position = position(of: key.name, in: node) else {
        node = addTable(key, origin: .dotted, at: key.location, in: node)
        continue
      }
      switch slot(at: position, in: node) {
      case .table(let child) where nodes[child].origin == .dotted:
        node = child
      case .table(let child):
        throw TOMLSyntaxError(
          .dottedKeyIntoDefinedTable(
            dottedName(keys[path.lowerBound...index]), definedAt: nodes[child].location),
          at: key.location)
      case .tableArray(let array):
        throw TOMLSyntaxError(
          .notATable(
            dottedName(keys[path.lowerBound...index]), type: .array, definedAt: tableArrays[array].location),
          at: key.location)
      case .value(let value):
        throw TOMLSyntaxError(notATable(dottedName(keys[path.lowerBound...index]), value), at: key.location)
      }
    }
    let last = keys[path.upperBound - 1]
    if let position = position(of: last.name, in: node) {
      throw TOMLSyntaxError(
        .duplicateKey(dottedName(keys[path]), firstDefinedAt: nodes[node].entries[position].key.location),
        at: last.location)
    }
    nodes[node].append(TOMLTable.Entry(key: last, value: value))
  }

  /// The table that the `[header]` line naming `keys[path]` defines; `header` is where the line
  /// starts.
  mutating func defineTable(
    at path: Range<Int>, of keys: [TOMLKey], header: SourceLocation
  ) throws(TOMLSyntaxError) -> Table {
    let parent = try parentForHeader(path, of: keys)
    let last = keys[path.upperBound - 1]
    let name = dottedName(keys[path])
    guard let position = position(of: last.name, in: parent) else {
      return Table(node: addTable(last, origin: .header, at: header, in: parent))
    }
    switch slot(at: position, in: parent) {
    case .table(let table) where nodes[table].origin == .implicit:
      nodes[table].origin = .header
      nodes[table].location = header
      return Table(node: table)
    case .table(let table):
      throw TOMLSyntaxError(.tableRedefined(name, firstDefinedAt: nodes[table].location), at: header)
    case .tableArray(let array):
      throw TOMLSyntaxError(
        .notATable(name, type: .array, definedAt: tableArrays[array].location), at: header)
    case .value(let value):
      throw TOMLSyntaxError(notATable(name, value), at: header)
    }
  }

  /// The new table that the `[[array.of.tables]]` line naming `keys[path]` appends; `header` is
  /// where the line starts.
  mutating func appendArrayTable(
    at path: Range<Int>, of keys: [TOMLKey], header: SourceLocation
  ) throws(TOMLSyntaxError) -> Table {
    let parent = try parentForHeader(path, of: keys)
    let last = keys[path.upperBound - 1]
    guard let position = position(of: last.name, in: parent) else {
      let element = addNode(origin: .header, location: header, depth: nodes[parent].depth + 1)
      tableArrays.append(TableArray(location: header, elements: [element]))
      addChild(last, .tableArray(tableArrays.count - 1), to: parent)
      return Table(node: element)
    }
    switch slot(at: position, in: parent) {
    case .tableArray(let array):
      let element = addNode(origin: .header, location: header, depth: nodes[parent].depth + 1)
      tableArrays[array].elements.append(element)
      return Table(node: element)
    case .table(let table):
      throw TOMLSyntaxError(
        .notAnArrayOfTables(dottedName(keys[path]), definedAt: nodes[table].location), at: header)
    case .value(let value):
      throw TOMLSyntaxError(
        .notAnArrayOfTables(dottedName(keys[path]), definedAt: value.location), at: header)
    }
  }

  /// A new, empty inline table, located at its opening brace.
  mutating func openInlineTable(at location: SourceLocation, depth: Int) -> Table {
    Table(node: addNode(origin: .inline, location: location, depth: depth))
  }

  /// The finished inline table `table`, which must be the innermost one open.
  ///
  /// Everything built after it opened lies inside it, so the builder forgets all of it, and the
  /// next inline table reuses the room.
  mutating func closeInlineTable(_ table: Table) -> TOMLTable {
    let finished = freeze(table.node)
    nodes.removeSubrange(table.node...)
    return finished
  }

  /// The finished document's top-level table; the builder is spent.
  mutating func finish() -> TOMLTable {
    freeze(root.node)
  }

  /// The table that holds the last key of a header's path, walking (and implicitly creating)
  /// the tables before it; through an array of tables, its last element.
  private mutating func parentForHeader(_ path: Range<Int>, of keys: [TOMLKey]) throws(TOMLSyntaxError) -> Int
  {
    var node = root.node
    for index in path.dropLast() {
      let key = keys[index]
      guard let position = position(of: key.name, in: node) else {
        node = addTable(key, origin: .implicit, at: key.location, in: node)
        continue
      }
      switch slot(at: position, in: node) {
      case .table(let child):
        node = child
      case .tableArray(let array):
        node = tableArrays[array].elements[tableArrays[array].elements.count - 1]
      case .value(let value):
        throw TOMLSyntaxError(notATable(dottedName(keys[path.lowerBound...index]), value), at: key.location)
      }
    }
    return node
  }

  // The two lookups read the fields they need where they lie, through the buffer: a method
  // called on `nodes[node]` would get a copy of the whole node, each of its arrays' reference
  // counts touched, at every key.

  /// The position of the key `name` in the table at `node`, or nil.
  private func position(of name: String, in node: Int) -> Int? {
    nodes.withUnsafeBufferPointer { nodes in nodes[node].index.position(of: name, in: nodes[node].entries) }
  }

  /// What the key at `position` in the table at `node` holds.
  private func slot(at position: Int, in node: Int) -> Slot {
    nodes.withUnsafeBufferPointer { nodes in
      let children = nodes[node].children
      var low = 0
      var high = children.count
      while low < high {
        let middle = (low + high) / 2
        if children[middle].position < position { low = middle + 1 } else { high = middle }
      }
      guard low < children.count, children[low].position == position else {
        return .value(nodes[node].entries[position].value)
      }
      switch children[low].child {
      case .table(let table): return .table(table)
      case .tableArray(let array): return .tableArray(array)
      }
    }
  }

  private mutating func addNode(origin: Origin, location: SourceLocation, depth: Int) -> Int {
    nodes.append(Node(origin: origin, location: location, depth: depth))
    return nodes.count - 1
  }

  /// Adds a new table under `key` in `parent`, located at `location`, and returns its place.
  private mutating func addTable(_ key: TOMLKey, origin: Origin, at location: SourceLocation, in parent: Int)
    -> Int
  {
    let child = addNode(origin: origin, location: location, depth: nodes[parent].depth + 1)
    addChild(key, .table(child), to: parent)
    return child
  }

  /// Appends `key` to `parent` for a table or array of tables still being built, with a
  /// stand-in value (an empty table) that `freeze` replaces.
  private mutating func addChild(_ key: TOMLKey, _ child: Child, to parent: Int) {
    nodes[parent].children.append((nodes[parent].entries.count, child))
    let standIn = TOMLValue(.table(TOMLTable(entries: [], index: TOMLKeyIndex())), at: key.location)
    nodes[parent].append(TOMLTable.Entry(key: key, value: standIn))
  }

  /// The finished table at `node` with all the tables below it. Its entries are handed over,
  /// not copied, so a node is frozen only once.
  private mutating func freeze(_ node: Int) -> TOMLTable {
    var entries: [TOMLTable.Entry] = []
    swap(&entries, &nodes[node].entries)
    for (position, child) in nodes[node].children {
      switch child {
      case .table(let table):
        entries[position].value = TOMLValue(.table(freeze(table)), at: nodes[table].location)
      case .tableArray(let array):
        let elements = tableArrays[array].elements
        var tables: [TOMLValue] = []
        tables.reserveCapacity(elements.count)
        for element in elements {
          tables.append(TOMLValue(.table(freeze(element)), at: nodes[element].location))
        }
        entries[position].value = TOMLValue(.array(tables), at: tableArrays[array].location)
      }
    }
    return TOMLTable(entries: entries, index: nodes[node].index)
  }

  private func notATable(_ name: String, _ value: TOMLValue) -> TOMLSyntaxError.Reason {
    if case .table = value.kind {
      return .inlineTableExtended(name, definedAt: value.location)
    }
    return .notATable(name, type: value.type, definedAt: value.location)
  }
}

/// `a.b.c`: a key path as messages show it.
func dottedName(_ path: some Collection<TOMLKey>) -> String {
  path.map(\.name).joined(separator: ".")
}
