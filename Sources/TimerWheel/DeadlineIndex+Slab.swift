extension DeadlineIndex {
  /// Takes a free node (or appends a new one) for an entry and counts the entry as pending. The
  /// node is in no list yet.
  @inlinable
  mutating func allocate(deadline: Int64, payload: Payload) -> UInt32 {
    count += 1
    let index = freeHead
    guard index == .noNode else {
      freeHead = nodes[Int(index)].next
      nodes[Int(index)].deadline = deadline
      nodes[Int(index)].payload = payload
      return index
    }
    precondition(nodes.count < Int(UInt32.noNode), "a TimerWheel holds at most 2^32 - 1 entries")
    if nodes.count == nodes.capacity {
      growNodes(toCapacity: Swift.max(16, nodes.capacity * 2))
    }
    nodes.append(EntryNode(deadline: deadline, payload: payload))
    return UInt32(nodes.count - 1)
  }

  /// Frees the node of a pending entry that is in no list and returns its payload; the entry no
  /// longer counts as pending, and references to it go stale.
  @inlinable
  mutating func release(_ index: UInt32) -> Payload {
    count -= 1
    let node = Int(index)
    nodes[node].list = WheelGeometry.noList
    let payload = nodes[node].payload.take()!
    // At the last generation the node is retired rather than reused: a handle that wrapped
    // around to a later occupant's generation would alias it.
    if nodes[node].generation < .max {
      nodes[node].generation += 1
      nodes[node].next = freeHead
      freeHead = index
    }
    return payload
  }

  /// Makes the slab hold at least `additional` more nodes than it has, without growing again.
  /// Free nodes are not counted (they are reused first), so this may reserve more than needed,
  /// never less.
  @inlinable
  mutating func reserveNodes(_ additional: Int) {
    if nodes.capacity < nodes.count + additional {
      growNodes(toCapacity: nodes.count + additional)
    }
  }

  /// Moves the slab into a buffer of at least `capacity` nodes, advised to use huge pages
  /// before it is first written (see `HugePageAdvice`).
  ///
  /// The array would grow by itself, but then it copies the nodes into the new buffer before
  /// the advice could be given, and those pages would stay small.
  @inlinable
  mutating func growNodes(toCapacity capacity: Int) {
    var grown = ContiguousArray<EntryNode<Payload>>()
    grown.reserveCapacity(capacity)
    let bytes = grown.capacity * MemoryLayout<EntryNode<Payload>>.stride
    grown.withUnsafeMutableBufferPointer { buffer in
      if let start = buffer.baseAddress {
        HugePageAdvice.advise(UnsafeMutableRawPointer(start), bytes: bytes)
      }
    }
    grown.append(contentsOf: nodes)
    nodes = grown
  }
}
