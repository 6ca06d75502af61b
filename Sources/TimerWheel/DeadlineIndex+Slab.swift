extension DeadlineIndex {
  /// Takes a free node (or appends a new one) for an entry and counts the entry as pending. The
  /// node is in no list yet.
  mutating func allocate(deadline: Int64) -> UInt32 {
    count += 1
    let index = freeHead
    guard index == .noNode else {
      freeHead = nodes[Int(index)].next
      nodes[Int(index)].deadline = deadline
      return index
    }
    precondition(nodes.count < Int(UInt32.noNode), "a TimerWheel holds at most 2^32 - 1 entries")
    nodes.append(
      EntryNode(
        deadline: deadline, previous: .noNode, next: .noNode, generation: 0,
        list: WheelGeometry.noList))
    return UInt32(nodes.count - 1)
  }

  /// Frees the node of a pending entry that is in no list; the entry no longer counts as
  /// pending, and references to it go stale.
  mutating func release(_ index: UInt32) {
    count -= 1
    let node = Int(index)
    nodes[node].list = WheelGeometry.noList
    // At the last generation the node is retired rather than reused: a handle that wrapped
    // around to a later occupant's generation would alias it.
    if nodes[node].generation < .max {
      nodes[node].generation += 1
      nodes[node].next = freeHead
      freeHead = index
    }
  }
}
