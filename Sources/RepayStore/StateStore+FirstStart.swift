import GRDB

extension StateStore {
  /// The instant (microseconds since 1970 UTC) repayd first ran with this state, as set; nil
  /// before. Stages planned at or before it belong to the time before repayd and are never
  /// caught up (`DeliveryHistory.since`).
  public func firstStart() throws(StoreError) -> Int64? {
    try read { db in
      try Int64.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [Self.firstStartKey])
    }
  }

  /// Sets the first start to `instant`, replacing what was set. The daemon sets it once, when
  /// `firstStart()` is nil; the demo sets it at each start, since it places its household anew.
  public func setFirstStart(_ instant: Int64) throws(StoreError) {
    try write { db in
      try db.execute(
        sql:
          "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        arguments: [Self.firstStartKey, instant])
    }
  }

  private static var firstStartKey: String { "first_start" }
}
