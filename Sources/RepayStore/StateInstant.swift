/// The instants the state database keeps in its `meta` table, by their key there.
public enum StateInstant: String, Sendable, CaseIterable {
  /// When repayd first ran with this state: stages planned at or before it belong to the time
  /// before repayd and are never caught up. The daemon sets it once; the demo at each start.
  case firstStart = "first_start"
  /// Through when every stage planned has been handled (delivered, or dropped as settled): a
  /// catch-up after a restart looks no further back than this, so that it reads neither years of
  /// schedule nor years of delivery records.
  case handledThrough = "handled_through"
}
