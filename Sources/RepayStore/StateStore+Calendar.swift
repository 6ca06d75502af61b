import GRDB

extension StateStore {
  /// The `SEQUENCE` of each exported calendar event, given as its `UID` and a digest of its
  /// content, in the order given: 0 for an event never exported before, the sequence of the last
  /// export when its digest is the same, else that sequence plus one. Remembers the digests and
  /// sequences for the next export, in one transaction.
  public func calendarSequences(of events: [(uid: String, digest: String)]) throws(StoreError) -> [Int] {
    try write { db in
      let select = try db.makeStatement(sql: "SELECT digest, sequence FROM calendar_events WHERE uid = ?")
      let upsert = try db.makeStatement(
        sql: """
          INSERT INTO calendar_events (uid, digest, sequence) VALUES (?, ?, ?)
          ON CONFLICT (uid) DO UPDATE SET digest = excluded.digest, sequence = excluded.sequence
          """)
      return try events.map { event in
        guard let row = try Row.fetchOne(select, arguments: [event.uid]) else {
          try upsert.execute(arguments: [event.uid, event.digest, 0])
          return 0
        }
        let (digest, sequence): (String, Int) = (row["digest"], row["sequence"])
        guard digest != event.digest else { return sequence }
        try upsert.execute(arguments: [event.uid, event.digest, sequence + 1])
        return sequence + 1
      }
    }
  }
}
