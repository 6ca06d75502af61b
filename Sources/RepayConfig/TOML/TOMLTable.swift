import RepayCore

/// A key as written in a table, with the location of the key itself.
public struct TOMLKey: Hashable, Sendable {
  /// The key after unquoting (`"a b"` is `a b`).
  public var name: String
  /// Where the key (or, for a dotted key, this segment of it) was first written.
  public var location: SourceLocation

  /// Creates a key.
  public init(_ name: String, at location: SourceLocation) {
    self.name = name
    self.location = location
  }
}

/// A TOML table: its entries in the order they were first written, each with the location of
/// its key and of its value.
///
/// Keys are unique (the reader rejects a duplicate); lookup by name is O(1).
public struct TOMLTable: Hashable, Sendable {
  /// One key and its value.
  public struct Entry: Hashable, Sendable {
    /// The key, with where it was written.
    public var key: TOMLKey
    /// The value, with where it was written.
    public var value: TOMLValue
  }

  /// The entries in the order their keys first appeared in the file.
  public private(set) var entries: [Entry]
  private var index: TOMLKeyIndex

  /// Creates a table from entries whose key names are unique.
  ///
  /// - Precondition: no two entries share a key name.
  public init(entries: [Entry]) {
    self.entries = []
    self.index = TOMLKeyIndex()
    self.entries.reserveCapacity(entries.count)
    for entry in entries {
      precondition(self.entry(entry.key.name) == nil, "TOMLTable keys must be unique")
      self.entries.append(entry)
      index.didAppend(to: self.entries)
    }
  }

  /// A table from entries whose key names are unique and the index that `TOMLTableBuilder` kept of
  /// them while it collected them, so that freezing a table does not index it again.
  init(entries: [Entry], index: TOMLKeyIndex) {
    self.entries = entries
    self.index = index
  }

  /// The entry for `name`, or nil when the table has no such key.
  public func entry(_ name: String) -> Entry? {
    index.position(of: name, in: entries).map { entries[$0] }
  }

  /// The value for `name`, or nil when the table has no such key.
  public subscript(name: String) -> TOMLValue? {
    // The value alone is copied out, not its entry's key and locations too.
    index.position(of: name, in: entries).map { entries[$0].value }
  }

  /// The key names in the order they were first written.
  public var keys: [String] { entries.map(\.key.name) }

  /// Whether the table has no entries.
  public var isEmpty: Bool { entries.isEmpty }
}
