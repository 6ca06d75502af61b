/// One slot of the index's slab: a pending entry, or a free node waiting for reuse.
///
/// Pending nodes are threaded on doubly linked lists (a wheel slot, the overflow or the due list)
/// through `previous` and `next`, so that cancelling one is O(1); free nodes are chained through
/// `next` alone. Node indices are `UInt32`; `.noNode` ends a chain.
@usableFromInline
struct EntryNode: Sendable {
  /// The entry's exact deadline, in ticks.
  var deadline: Int64
  /// The previous node in the same list, or `.noNode`.
  var previous: UInt32
  /// The next node in the same list (or free chain), or `.noNode`.
  var next: UInt32
  /// Bumped each time the node is freed, so that handles to its earlier occupants go stale.
  var generation: UInt32
  /// The list the node is linked in, or `WheelGeometry.noList` exactly when it is not pending.
  var list: UInt16
}

extension UInt32 {
  /// The node index that means "no node": the end of a chain, or an empty list.
  static let noNode = UInt32.max
}
