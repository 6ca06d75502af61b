import RepayCore

/// The ids seen so far among loans (or among reminders), to report a second use of one with
/// the place of the first, across files.
struct UniqueIDs {
  /// What the ids name, for the message.
  let kind: IDKind
  private var firstUse: [String: SourceLocation] = [:]

  /// An empty set for ids of `kind`, with room for `capacity` ids before it grows.
  init(kind: IDKind, capacity: Int) {
    self.kind = kind
    firstUse.reserveCapacity(capacity)
  }

  /// Records the id of `table`, reporting it when it was used before.
  mutating func check(_ table: TOMLTable, log: DiagnosticLog) {
    guard let value = table["id"], case .string(let id) = value.kind else { return }
    // One lookup for the common case, a new id; a repeated one puts its first use back.
    if let first = firstUse.updateValue(value.location, forKey: id) {
      firstUse[id] = first
      log.error(.duplicateID(kind: kind, id: id, first: first), at: value.location)
    }
  }
}
