/// The core of `TimerWheel`: pending entries as nodes with an exact deadline and their payload,
/// filed in the levels, the overflow or the due list as `TimerWheel`'s documentation describes.
///
/// It is generic over the payload because each node holds its payload (see `EntryNode`), and
/// all of it is `@inlinable`, so that the caller's compiler specializes it for `Payload`:
/// unspecialized generic code across modules measured several times slower.
@usableFromInline
struct DeadlineIndex<Payload> {
  /// The wheel's time: the last tick advanced to (or started at).
  @usableFromInline var now: Int64
  /// The number of pending entries.
  @usableFromInline var count: Int
  /// The tick that key 0 stands for; at most `now`.
  @usableFromInline var origin: Int64
  /// The slab: every node ever allocated, pending or free.
  @usableFromInline var nodes: ContiguousArray<EntryNode<Payload>>
  /// The first free node, or `.noNode`.
  @usableFromInline var freeHead: UInt32
  /// The ends of each list, indexed as `WheelGeometry` numbers them.
  @usableFromInline var lists: ContiguousArray<ListEnds>
  /// One word per level; bit `s` of word `L` is set exactly when slot `s` of level `L` is
  /// non-empty.
  @usableFromInline var occupiedSlots: ContiguousArray<UInt64>
  /// Scratch space for `expireSorted(_:into:)`, kept to reuse its capacity.
  @usableFromInline var expiring: [(deadline: Int64, arrival: Int, node: UInt32)]

  /// An empty index whose time is `now`.
  @inlinable
  init(now: Int64) {
    self.now = now
    self.count = 0
    self.origin = now
    self.nodes = []
    self.freeHead = .noNode
    self.lists = ContiguousArray(repeating: .empty, count: WheelGeometry.listCount)
    self.occupiedSlots = ContiguousArray(repeating: 0, count: WheelGeometry.levelCount)
    self.expiring = []
  }

  /// Adds an entry due at `deadline` and returns its node: a reused one, or the next new one
  /// (the number of nodes so far).
  @inlinable
  mutating func insert(_ payload: Payload, deadline: Int64) -> UInt32 {
    let index = allocate(deadline: deadline, payload: payload)
    file(index)
    return index
  }

  /// The current generation of `node`, which names its current occupant.
  @inlinable
  func generation(of node: UInt32) -> UInt32 {
    nodes[Int(node)].generation
  }

  /// Removes the entry in `node` if it is pending and still of `generation`, and returns its
  /// payload; returns nil and changes nothing otherwise.
  @inlinable
  mutating func cancel(node: UInt32, generation: UInt32) -> Payload? {
    let index = Int(node)
    guard index < nodes.count, nodes[index].generation == generation,
      nodes[index].list != WheelGeometry.noList
    else { return nil }
    unlink(node)
    return release(node)
  }

  /// Removes every pending entry whose payload `isRemoved` accepts and returns how many it
  /// removed, visiting each node of the slab once.
  @inlinable
  mutating func removeAll(where isRemoved: (Payload) throws -> Bool) rethrows -> Int {
    var removed = 0
    for index in nodes.indices where nodes[index].list != WheelGeometry.noList {
      guard let payload = nodes[index].payload, try isRemoved(payload) else { continue }
      unlink(UInt32(index))
      _ = release(UInt32(index))
      removed += 1
    }
    return removed
  }

  /// The exact earliest pending deadline, or nil when none is pending.
  @inlinable
  var nextDeadline: Int64? { nextNode.map { nodes[Int($0)].deadline } }

  /// The node of the entry that expires first: the earliest deadline, and among equal ones the
  /// first inserted; nil when none is pending.
  @inlinable
  var nextNode: UInt32? {
    if let due = earliestNode(in: WheelGeometry.dueList) {
      return due
    }
    if let (level, slot) = firstOccupiedSlot {
      let list = WheelGeometry.list(level: level, slot: slot)
      // A finest slot spans one tick, so its first entry has the deadline of them all.
      return level == 0 ? lists[Int(list)].head : earliestNode(in: list)
    }
    return earliestNode(in: WheelGeometry.overflowList)
  }

  /// Moves the time to `tick` and appends the entries due at or before it to `expired`, by
  /// deadline and then by insertion; their nodes are freed.
  @inlinable
  mutating func advance(to tick: Int64, into expired: inout [TimerWheel<Payload>.Expired]) {
    if tick < now {
      refileAll(from: tick)
    }
    expireSorted(WheelGeometry.dueList, into: &expired)
    let target = key(of: tick)
    while let (list, first, last) = nextListToDrain, first <= target {
      if last <= target {
        // All of it is due, and before anything else: expire it at once rather than cascade it
        // level by level. The other entries stay filed right for the unchanged `now`.
        expireSorted(list, into: &expired)
      } else {
        drain(list, at: first, into: &expired)
      }
    }
    // Every entry left is filed right for `tick` too: it lies in the same turn as `now` of every
    // occupied level, and in a range before every overflow entry's.
    now = tick
  }
}

extension DeadlineIndex: Sendable where Payload: Sendable {}
