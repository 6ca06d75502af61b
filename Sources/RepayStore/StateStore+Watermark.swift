import GRDB

extension StateStore {
  /// The catch-up watermark: the instant (microseconds since 1970 UTC) through which every stage
  /// has been handled, as last set; nil before the first. After a restart, the catch-up looks
  /// at the stages planned after it.
  public func watermark() throws(StoreError) -> Int64? {
    try read { db in
      try Int64.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [Self.watermarkKey])
    }
  }

  /// Sets the catch-up watermark to `instant`. It is stored as given, also when earlier than
  /// before (a clock set back): the daemon decides what the watermark means, the store keeps it.
  public func setWatermark(_ instant: Int64) throws(StoreError) {
    try write { db in
      try db.execute(
        sql:
          "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        arguments: [Self.watermarkKey, instant])
    }
  }

  private static var watermarkKey: String { "watermark" }
}
