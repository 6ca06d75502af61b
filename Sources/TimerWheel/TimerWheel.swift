/// A hierarchical timing wheel: pending entries keyed by an exact deadline in integer ticks, with
/// O(1) insert and cancel, the exact earliest deadline on demand, and expiry in deadline order.
///
/// The wheel is a plain value. It reads no clock: time moves only when the caller passes a tick
/// to `advance(to:)`, and `now` is the last tick it was given. It knows nothing of what it
/// stores (`Payload`). repayd counts ticks in milliseconds of UTC (Unix time), which is what
/// the numbers below assume; the wheel itself only compares ticks and takes their bits.
///
/// ## Placement
///
/// A deadline is turned into a key, its distance from the wheel's origin (the tick it started
/// at) as an unsigned 64-bit number. The low 42 bits of a key are read as seven groups of six
/// bits; group `L` is the slot index of that key in level `L`. An entry with a deadline after
/// `now` sits in level `L`, where `L` is the group holding the highest bit in which its key and
/// `now`'s key differ, and in that level's slot given by its own group `L`. So level 0 holds
/// entries in the current 64-tick turn, one tick per slot; level 1 those in the current
/// 4,096-tick turn but a later 64-tick slot; and so on up. Above the seventh group lies the
/// overflow: entries whose key differs from `now`'s beyond bit 41 (more than a range, 2^42
/// ticks, away; see below).
///
/// Because every entry is always filed relative to the current `now` (the wheel re-files entries
/// as `now` moves, see below), the lists are totally ordered: every entry of level `L` is earlier
/// than every entry of level `L + 1`, and within a level a lower slot index is earlier. Nothing
/// sits in a slot at or below `now`'s own index, so no rotation is needed. Each level keeps a
/// 64-bit occupancy word with one bit per non-empty slot, and the earliest pending entry is in
/// the first set bit (count trailing zeros) of the lowest non-zero word: no scan of slots.
///
/// Entries keep their exact deadline. A level-0 slot spans one tick, so all its entries share a
/// deadline; a coarser slot mixes deadlines, and `nextDeadline` returns the least of them by
/// looking through that one slot. The caller therefore sleeps until exactly the next deadline,
/// never to a slot boundary.
///
/// ## Advancing
///
/// `advance(to: t)` repeatedly takes the first occupied slot of the lowest occupied level. If
/// the slot starts after `t`, nothing more is due: `now` becomes `t` and every entry is still
/// filed correctly, since `t` lies in the same turn of every occupied level as the old `now`.
/// If the slot ends at or before `t`, all its entries are due and earlier than any other, so
/// they expire at once, sorted by deadline. Otherwise (`t` falls inside the slot) `now` moves to
/// the slot's start and the slot is emptied: its entries due at that start expire, and the
/// others are filed again relative to the new `now`, which puts them in lower levels (they now
/// share the slot's higher bits with `now`). This re-filing is the cascade; it happens only
/// inside `advance`, when the clock has moved, and never needs a wake-up of its own. An entry
/// cascades at most six times in its life (once per level it descends), and empty stretches
/// of time cost nothing, so a jump across a month costs what the entries due in that month
/// cost, plus a sort of each slot it passes whole.
///
/// Entries with the same deadline always share a list, and lists keep arrival order, so equal
/// deadlines expire in the order they were inserted.
///
/// Deadlines at or before `now` (a reminder that came due while the daemon was down) go to a
/// due list, which the next `advance` expires first, sorted by deadline. If `advance` is given
/// a tick before `now` (the wall clock stepped backwards), the wheel moves back with it: its
/// origin becomes that tick and every pending entry is filed again, in O(n). Nothing expires
/// early and nothing is lost; entries fire when the clock reaches their deadline again.
///
/// ## Constants
///
/// - 6 bits per level, so 64 slots: the occupancy of a level is exactly one `UInt64`, and
///   finding its next occupied slot is one count-trailing-zeros. (Five bits would need eight
///   levels for the same range and more cascades; eight bits would need four words per level.)
/// - 7 levels. Ten years of milliseconds is 3.16 × 10^11 ms, about 2^38.2: 2^38 ms is only
///   8.7 years, so 39 bits are needed, and 39 / 6 rounded up is 7 levels. They cover
///   7 × 6 = 42 bits, 2^42 ms ≈ 139 years. Slot widths are 64^L ms: 1 ms, 64 ms, 4.1 s,
///   4.4 min, 4.7 h, 12.4 days and 2.2 years; a level spans 64 of its slots. (Six levels,
///   tokio's choice, would reach only 2^36 ms ≈ 2.2 years.)
/// - The range: the levels hold every deadline in the same 2^42-tick range as `now`, ranges
///   being counted from the origin. So for the first 129 years after the wheel starts (or last
///   steps back), every deadline up to ten years ahead has a slot. Later deadlines go to the
///   overflow list, not refused; once `now` reaches their range, `advance` files them into the
///   levels. Only when the levels are empty do `nextDeadline` and `advance` look through the
///   overflow (O(its size)).
/// - Memory: 450 lists (448 slots, the overflow, the due list) of two `UInt32` each, 3.5 KiB in
///   all, plus per pending entry a node holding the deadline (8 bytes), the payload as an
///   optional, the list number (2), two links and a generation (4 each): 32 bytes for an 8-byte
///   payload, whose optional (9 bytes) fills the gap before the list number. Nodes live in one
///   array (a slab), so links are `UInt32` indices rather than 8-byte pointers, and the payload
///   lives in its node rather than in a parallel array, so that a cancel at a million entries
///   reaches one random place in memory for the entry rather than two.
///
/// ## Handles
///
/// `insert` returns a `Handle`: the node's index and its generation. Cancelling unlinks the node
/// from its list and frees it at once (no tombstones); freeing bumps the generation, so a
/// handle to an entry that has expired or was cancelled no longer matches and `cancel` returns
/// nil, even after its node has been reused. A node whose generation has reached its maximum is
/// retired instead of reused, so a handle can never alias a later entry. A handle is meaningful
/// only to the wheel that issued it.
///
/// ## Cost
///
/// `insert` and `cancel` are O(1). `nextDeadline` is O(1) when the earliest entry is within the
/// current 64-tick turn, and otherwise proportional to the entries in its slot (or to the due
/// list, or the overflow), which the advance that reaches them handles anyway. `advance` is
/// proportional to the occupied slots it passes and the entries it cascades, plus, for the
/// entries it expires, a sort within each slot (or the due list) they come from.
///
/// The design follows tokio's timer wheel (tokio/src/runtime/time/wheel), with three
/// differences: entries keep exact deadlines and the wheel reports them, rather than slot
/// boundaries; levels are kept exact relative to `now`, which removes tokio's rotation; and
/// entries live in a slab with generations rather than behind pointers.
///
/// The algorithm lives in `DeadlineIndex`, which this type wraps. Both are `@inlinable`, so that
/// the caller's compiler specializes them for `Payload` (unspecialized generic code across
/// modules measured several times slower).
public struct TimerWheel<Payload> {
  /// Deadlines, lists, handles and payloads.
  @usableFromInline var index: DeadlineIndex<Payload>

  /// An empty wheel whose time is `now`.
  @inlinable
  public init(now: Int64) {
    index = DeadlineIndex(now: now)
  }

  /// The last tick the wheel was advanced to (or started at). Entries with a deadline at or
  /// before it have expired, apart from those inserted since with such a deadline.
  @inlinable
  public var now: Int64 { index.now }

  /// The number of pending entries: inserted, and neither expired nor cancelled.
  @inlinable
  public var count: Int { index.count }

  /// Whether no entry is pending.
  @inlinable
  public var isEmpty: Bool { index.count == 0 }

  /// The exact earliest deadline among the pending entries, or nil when there are none. It may
  /// be at or before `now` when entries were inserted already due.
  @inlinable
  public var nextDeadline: Int64? { index.nextDeadline }

  /// The entry that expires first, without removing it: the earliest deadline, and among equal
  /// deadlines the first inserted; nil when none is pending.
  @inlinable
  public var next: Expired? {
    index.nextNode.map {
      Expired(deadline: index.nodes[Int($0)].deadline, payload: index.nodes[Int($0)].payload!)
    }
  }

  /// Makes room for `additional` more entries, so that inserting them allocates nothing. A wheel
  /// grows its storage by doubling, which can leave it nearly twice the size its entries need;
  /// a caller that knows how many it will insert reserves them first.
  @inlinable
  public mutating func reserveCapacity(_ additional: Int) {
    index.reserveNodes(additional)
  }

  /// Adds an entry due at `deadline` and returns the handle that cancels it. A deadline at or
  /// before `now` is due at once: the next `advance` returns it.
  @inlinable
  @discardableResult
  public mutating func insert(_ payload: Payload, deadline: Int64) -> Handle {
    let node = index.insert(payload, deadline: deadline)
    return Handle(node: node, generation: index.generation(of: node))
  }

  /// Removes the entry `handle` names and returns its payload, or returns nil and changes
  /// nothing when that entry has already expired or been cancelled.
  @inlinable
  @discardableResult
  public mutating func cancel(_ handle: Handle) -> Payload? {
    index.cancel(node: handle.node, generation: handle.generation)
  }

  /// Removes every pending entry whose payload `isRemoved` accepts, and returns how many it
  /// removed: for taking off what a rule names when no handles were kept. It visits every node
  /// the wheel has allocated, so it costs what its largest size did, not what the removed
  /// entries do. The entries left keep their order.
  @inlinable
  @discardableResult
  public mutating func removeAll(where isRemoved: (Payload) throws -> Bool) rethrows -> Int {
    try index.removeAll(where: isRemoved)
  }

  /// Moves the wheel's time to `tick` and appends every entry with a deadline at or before it to
  /// `expired`, ordered by deadline and, for equal deadlines, by insertion; those entries leave
  /// the wheel. No entry with a later deadline is returned. A `tick` before `now` moves the
  /// wheel back (see the type's documentation): it then returns only entries inserted with a
  /// deadline at or before `tick`.
  @inlinable
  public mutating func advance(to tick: Int64, into expired: inout [Expired]) {
    index.advance(to: tick, into: &expired)
  }

  /// Moves the wheel's time to `tick` and returns the entries that came due, as
  /// `advance(to:into:)` does.
  @inlinable
  public mutating func advance(to tick: Int64) -> [Expired] {
    var expired: [Expired] = []
    advance(to: tick, into: &expired)
    return expired
  }
}

extension TimerWheel: Sendable where Payload: Sendable {}
