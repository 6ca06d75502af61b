/// One slot of the index's slab: a pending entry with its payload, or a free node waiting for
/// reuse.
///
/// Pending nodes are threaded on doubly linked lists (a wheel slot, the overflow or the due list)
/// through `previous` and `next`, so that cancelling one is O(1); free nodes are chained through
/// `next` alone. Node indices are `UInt32`; `.noNode` ends a chain.
///
/// The payload sits in the node rather than in a parallel array so that a cancel, which reads
/// both, reaches one place in memory instead of two (at a million entries each is a likely cache
/// miss). The fields are in this order so that small payloads fill the gaps: with an `Int`
/// payload (an optional of 9 bytes) the node is 32 bytes, two to a cache line.
@usableFromInline
struct EntryNode<Payload> {
  /// The entry's exact deadline, in ticks.
  @usableFromInline var deadline: Int64
  /// The entry's payload; nil exactly when the node is not pending.
  @usableFromInline var payload: Payload?
  /// The list the node is linked in, or `WheelGeometry.noList` exactly when it is not pending.
  @usableFromInline var list: UInt16
  /// The previous node in the same list, or `.noNode`.
  @usableFromInline var previous: UInt32
  /// The next node in the same list (or free chain), or `.noNode`.
  @usableFromInline var next: UInt32
  /// Bumped each time the node is freed, so that handles to its earlier occupants go stale.
  @usableFromInline var generation: UInt32

  /// A pending node due at `deadline` with `payload`, in no list yet.
  @inlinable
  init(deadline: Int64, payload: Payload) {
    self.deadline = deadline
    self.payload = payload
    self.list = WheelGeometry.noList
    self.previous = .noNode
    self.next = .noNode
    self.generation = 0
  }
}

extension EntryNode: Sendable where Payload: Sendable {}

extension UInt32 {
  /// The node index that means "no node": the end of a chain, or an empty list.
  @inlinable
  static var noNode: UInt32 { .max }
}
