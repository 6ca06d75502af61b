import Foundation
import GRDB
import RepayCore

extension StateStore {
  /// Records a delivery, unless one with the same key is already recorded: delivery is
  /// at-least-once, so recording twice is expected after a crash and keeps the first record.
  /// Returns whether this call added it.
  @discardableResult
  public func record(_ delivery: DeliveryRecord) throws(StoreError) -> Bool {
    try record(contentsOf: [delivery]) == 1
  }

  /// Records many deliveries in one transaction (a catch-up), each unless its key is already
  /// recorded. Returns how many were added.
  @discardableResult
  public func record(contentsOf deliveries: [DeliveryRecord]) throws(StoreError) -> Int {
    try write { db in
      let statement = try db.cachedStatement(
        sql: """
          INSERT INTO deliveries
            (subject, subject_id, occurrence, stage, offset_seconds, planned_at, delivered_at, sinks, outcome)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
          ON CONFLICT (subject, subject_id, occurrence, stage, offset_seconds) DO NOTHING
          """)
      var added = 0
      // A batch's deliveries mostly reached the same sinks: encoded once per change, since
      // encoding each one's was four tenths of recording a large catch-up.
      var sinks: (names: [String], text: String)?
      for delivery in deliveries {
        let key = delivery.key
        if sinks?.names != delivery.sinks { sinks = (delivery.sinks, Self.sinksText(delivery.sinks)) }
        try statement.execute(arguments: [
          key.subject.kind.rawValue, key.subject.storedID, key.date.description, key.stage.rawValue,
          key.offsetSeconds, delivery.plannedAt, delivery.deliveredAt, sinks?.text, delivery.outcome.text,
        ])
        added += db.changesCount
      }
      return added
    }
  }

  /// Whether a delivery with `key` is recorded.
  public func isDelivered(_ key: DeliveryKey) throws(StoreError) -> Bool {
    try read { db in
      try Bool.fetchOne(
        db,
        sql: """
          SELECT EXISTS (SELECT 1 FROM deliveries
            WHERE subject = ? AND subject_id = ? AND occurrence = ? AND stage = ? AND offset_seconds = ?)
          """,
        arguments: [
          key.subject.kind.rawValue, key.subject.storedID, key.date.description, key.stage.rawValue,
          key.offsetSeconds,
        ]) ?? false
    }
  }

  /// The keys of every recorded delivery of `subjects`, for a catch-up over those alone (one
  /// loan planned again, with its notes' reminders). Served by the key's unique index, whose
  /// first columns are the subject's kind and id.
  public func deliveredKeys(of subjects: some Sequence<DeliverySubject>) throws(StoreError) -> Set<
    DeliveryKey
  > {
    let ids = Dictionary(grouping: Set(subjects), by: \.kind).mapValues { $0.map(\.storedID) }
    return try read { db in
      var keys = Set<DeliveryKey>()
      for (kind, ids) in ids {
        // In slices, well under SQLite's limit on the number of parameters of one statement.
        for start in stride(from: 0, to: ids.count, by: 500) {
          let slice = Array(ids[start..<min(start + 500, ids.count)])
          let rows = try Row.fetchCursor(
            db,
            sql: """
              SELECT subject, subject_id, occurrence, stage, offset_seconds FROM deliveries
              WHERE subject = ? AND subject_id IN (\(databaseQuestionMarks(count: slice.count)))
              """,
            arguments: StatementArguments([kind.rawValue] + slice))
          while let row = try rows.next() {
            keys.insert(try Self.key(StoredRow(row: row, table: "deliveries")))
          }
        }
      }
      return keys
    }
  }

  /// The keys of every recorded delivery planned at or after `instant` (microseconds since 1970
  /// UTC), for a catch-up of the stages planned since then. Served by the index on the planned
  /// instant.
  public func deliveredKeys(plannedFrom instant: Int64) throws(StoreError) -> Set<DeliveryKey> {
    try read { db in
      var keys = Set<DeliveryKey>()
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT subject, subject_id, occurrence, stage, offset_seconds FROM deliveries WHERE planned_at >= ?
          """,
        arguments: [instant])
      while let row = try rows.next() { keys.insert(try Self.key(StoredRow(row: row, table: "deliveries"))) }
      return keys
    }
  }

  /// Every recorded delivery of an occurrence of `loan` or, when nil, every recorded delivery
  /// (free-standing reminders' and notes' too), with its id, in the order they were delivered,
  /// for the history.
  public func deliveries(forLoan loan: String? = nil) throws(StoreError) -> [RecordedDelivery] {
    try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT id, subject, subject_id, occurrence, stage, offset_seconds, planned_at, delivered_at, sinks,
            outcome
          FROM deliveries WHERE ?1 IS NULL OR (subject = 'loan' AND subject_id = ?1)
          ORDER BY delivered_at, id
          """,
        arguments: [loan]
      ).map { row in
        let stored = StoredRow(row: row, table: "deliveries")
        let record = DeliveryRecord(
          key: try Self.key(stored), plannedAt: try stored.value("planned_at"),
          deliveredAt: try stored.value("delivered_at"), sinks: try Self.sinks(stored),
          outcome: try Self.outcome(stored))
        return RecordedDelivery(id: try stored.value("id"), record: record)
      }
    }
  }

  private static func key(_ stored: StoredRow) throws -> DeliveryKey {
    let kind: String = try stored.value("subject")
    let id: String = try stored.value("subject_id")
    guard let subject = DeliverySubject.Kind(rawValue: kind).flatMap({ DeliverySubject(kind: $0, id: id) })
    else {
      throw UnreadableValue(table: "deliveries", column: "subject", value: "\(kind) \(id)")
    }
    return DeliveryKey(
      subject: subject, date: try stored.date("occurrence"),
      stage: try stored.stage("stage"),
      offsetSeconds: try stored.value("offset_seconds"))
  }

  private static func outcome(_ stored: StoredRow) throws -> DeliveryResult {
    let text: String = try stored.value("outcome")
    guard let outcome = DeliveryResult(text: text) else {
      throw UnreadableValue(table: "deliveries", column: "outcome", value: text)
    }
    return outcome
  }

  /// The sink names as a JSON array: names may hold any character, so no separator would do.
  private static func sinksText(_ sinks: [String]) -> String {
    // Encoding an array of strings cannot fail.
    String(decoding: try! JSONEncoder().encode(sinks), as: UTF8.self)
  }

  private static func sinks(_ stored: StoredRow) throws -> [String] {
    let text: String = try stored.value("sinks")
    guard let sinks = try? JSONDecoder().decode([String].self, from: Data(text.utf8)) else {
      throw UnreadableValue(table: "deliveries", column: "sinks", value: text)
    }
    return sinks
  }
}

extension StateStore {
  /// How many deliveries are recorded: what a benchmark waits on while a first start's
  /// catch-up is recorded.
  public func deliveryCount() throws(StoreError) -> Int {
    try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM deliveries") ?? 0 }
  }
}
