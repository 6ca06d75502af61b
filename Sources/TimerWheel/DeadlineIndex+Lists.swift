extension DeadlineIndex {
  /// Appends node `index`, which is in no list, at the tail of `list`, and marks the slot
  /// occupied when `list` is a slot.
  @inlinable
  mutating func append(_ index: UInt32, to list: UInt16) {
    let node = Int(index)
    let tail = lists[Int(list)].tail
    nodes[node].list = list
    nodes[node].previous = tail
    nodes[node].next = .noNode
    if tail == .noNode {
      lists[Int(list)].head = index
      setOccupied(list, true)
    } else {
      nodes[Int(tail)].next = index
    }
    lists[Int(list)].tail = index
  }

  /// Takes node `index` out of the list it is in, and clears the slot's occupancy bit when that
  /// empties a slot.
  @inlinable
  mutating func unlink(_ index: UInt32) {
    let node = Int(index)
    let list = nodes[node].list
    let previous = nodes[node].previous
    let next = nodes[node].next
    if previous == .noNode {
      lists[Int(list)].head = next
    } else {
      nodes[Int(previous)].next = next
    }
    if next == .noNode {
      lists[Int(list)].tail = previous
    } else {
      nodes[Int(next)].previous = previous
    }
    if previous == .noNode && next == .noNode {
      setOccupied(list, false)
    }
    nodes[node].list = WheelGeometry.noList
  }

  /// Empties `list` and returns its former first node. The detached nodes stay chained through
  /// `next`, in list order, until each is appended elsewhere or released.
  @inlinable
  mutating func detach(_ list: UInt16) -> UInt32 {
    let head = lists[Int(list)].head
    lists[Int(list)] = .empty
    setOccupied(list, false)
    return head
  }

  /// Sets or clears the occupancy bit of `list` when it is a slot; the overflow and the due list
  /// have none.
  @inlinable
  mutating func setOccupied(_ list: UInt16, _ occupied: Bool) {
    guard list < WheelGeometry.overflowList else { return }
    let level = WheelGeometry.level(ofList: list)
    let bit = UInt64(1) << UInt64(Int(list) % WheelGeometry.slotsPerLevel)
    if occupied {
      occupiedSlots[level] |= bit
    } else {
      occupiedSlots[level] &= ~bit
    }
  }

  /// The earliest non-empty slot: the first occupied slot of the lowest occupied level. Its
  /// entries are earlier than those of every other slot and of the overflow.
  @inlinable
  var firstOccupiedSlot: (level: Int, slot: Int)? {
    for level in 0..<WheelGeometry.levelCount where occupiedSlots[level] != 0 {
      return (level, occupiedSlots[level].trailingZeroBitCount)
    }
    return nil
  }

  /// The least deadline in `list`, or nil when it is empty.
  @inlinable
  func earliestDeadline(in list: UInt16) -> Int64? {
    earliestNode(in: list).map { nodes[Int($0)].deadline }
  }

  /// The node with the least deadline in `list`, the first of equals (lists keep insertion
  /// order), or nil when it is empty.
  @inlinable
  func earliestNode(in list: UInt16) -> UInt32? {
    var index = lists[Int(list)].head
    guard index != .noNode else { return nil }
    var earliest = index
    while index != .noNode {
      if nodes[Int(index)].deadline < nodes[Int(earliest)].deadline { earliest = index }
      index = nodes[Int(index)].next
    }
    return earliest
  }
}
