import GRDB

extension StateStore {
  /// Reads the instant `key` names (microseconds since 1970 UTC), as last set; nil before.
  public func instant(_ key: StateInstant) throws(StoreError) -> Int64? {
    try read { db in
      try Int64.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key.rawValue])
    }
  }

  /// Sets the instant `key` names, replacing what was set; stored as given, also when earlier
  /// than before (the daemon decides what moving back means).
  public func setInstant(_ key: StateInstant, to instant: Int64) throws(StoreError) {
    try write { db in
      try db.execute(
        sql:
          "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        arguments: [key.rawValue, instant])
    }
  }
}
