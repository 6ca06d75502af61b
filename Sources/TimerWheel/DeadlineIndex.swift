/// The payload-free core of `TimerWheel`: pending entries as nodes with an exact deadline,
/// filed in the levels, the overflow or the due list as `TimerWheel`'s documentation describes.
///
/// It is not generic, so it is compiled and optimized once, here; the generic `TimerWheel`
/// around it only stores payloads by node, in code small enough to be inlined and specialized
/// in the caller's module.
@usableFromInline
struct DeadlineIndex: Sendable {
  /// The wheel's time: the last tick advanced to (or started at).
  @usableFromInline var now: Int64
  /// The number of pending entries.
  @usableFromInline var count: Int
  /// The entries the last `advance(to:)` expired, in order.
  @usableFromInline var expired: [ExpiredNode]

  /// The tick that key 0 stands for; at most `now`.
  var origin: Int64
  /// The slab: every node ever allocated, pending or free.
  var nodes: ContiguousArray<EntryNode>
  /// The first free node, or `.noNode`.
  var freeHead: UInt32
  /// The ends of each list, indexed as `WheelGeometry` numbers them.
  var lists: ContiguousArray<ListEnds>
  /// One word per level; bit `s` of word `L` is set exactly when slot `s` of level `L` is
  /// non-empty.
  var occupiedSlots: ContiguousArray<UInt64>
  /// Scratch space for `expireSorted(_:)`, kept to reuse its capacity.
  var expiring: [(deadline: Int64, arrival: Int, node: UInt32)]

  /// An empty index whose time is `now`.
  @usableFromInline
  init(now: Int64) {
    self.now = now
    self.count = 0
    self.expired = []
    self.origin = now
    self.nodes = []
    self.freeHead = .noNode
    self.lists = ContiguousArray(repeating: .empty, count: WheelGeometry.listCount)
    self.occupiedSlots = ContiguousArray(repeating: 0, count: WheelGeometry.levelCount)
    self.expiring = []
  }

  /// Adds an entry due at `deadline` and returns its node: a reused one, or the next new one
  /// (the number of nodes so far).
  @usableFromInline
  mutating func insert(deadline: Int64) -> UInt32 {
    let index = allocate(deadline: deadline)
    file(index)
    return index
  }

  /// The current generation of `node`, which names its current occupant.
  @usableFromInline
  func generation(of node: UInt32) -> UInt32 {
    nodes[Int(node)].generation
  }

  /// Removes the entry in `node` if it is pending and still of `generation`, and says whether
  /// it did.
  @usableFromInline
  mutating func cancel(node: UInt32, generation: UInt32) -> Bool {
    let index = Int(node)
    guard index < nodes.count, nodes[index].generation == generation,
      nodes[index].list != WheelGeometry.noList
    else { return false }
    unlink(node)
    release(node)
    return true
  }

  /// The exact earliest pending deadline, or nil when none is pending.
  @usableFromInline
  var nextDeadline: Int64? {
    if let due = earliestDeadline(in: WheelGeometry.dueList) {
      return due
    }
    if let (level, slot) = firstOccupiedSlot {
      let list = WheelGeometry.list(level: level, slot: slot)
      // A finest slot spans one tick, so its first entry has the deadline of them all.
      return level == 0 ? nodes[Int(lists[Int(list)].head)].deadline : earliestDeadline(in: list)
    }
    return earliestDeadline(in: WheelGeometry.overflowList)
  }

  /// Moves the time to `tick` and replaces `expired` with the entries due at or before it, by
  /// deadline and then by insertion; their nodes are freed.
  @usableFromInline
  mutating func advance(to tick: Int64) {
    expired.removeAll(keepingCapacity: true)
    if tick < now {
      refileAll(from: tick)
    }
    expireSorted(WheelGeometry.dueList)
    let target = key(of: tick)
    while let (list, first, last) = nextListToDrain, first <= target {
      if last <= target {
        // All of it is due, and before anything else: expire it at once rather than cascade it
        // level by level. The other entries stay filed right for the unchanged `now`.
        expireSorted(list)
      } else {
        drain(list, at: first)
      }
    }
    // Every entry left is filed right for `tick` too: it lies in the same turn as `now` of every
    // occupied level, and in a range before every overflow entry's.
    now = tick
  }
}

/// An entry that `DeadlineIndex.advance(to:)` expired: its freed node and its deadline.
@usableFromInline
struct ExpiredNode: Sendable {
  /// The node the entry occupied; free now, but its payload is still to be collected.
  @usableFromInline let node: UInt32
  /// The entry's deadline.
  @usableFromInline let deadline: Int64
}
