extension DeadlineIndex {
  /// The key of `tick`: its distance from the origin. Defined for ticks at or after the origin.
  @inlinable
  func key(of tick: Int64) -> UInt64 {
    UInt64(bitPattern: tick &- origin)
  }

  /// Links node `index`, which is in no list, into the list its deadline belongs in at the
  /// current `now`: the due list, a slot, or the overflow.
  @inlinable
  mutating func file(_ index: UInt32) {
    let deadline = nodes[Int(index)].deadline
    guard deadline > now else {
      append(index, to: WheelGeometry.dueList)
      return
    }
    let deadlineKey = key(of: deadline)
    let level = WheelGeometry.level(of: deadlineKey, now: key(of: now))
    guard level < WheelGeometry.levelCount else {
      append(index, to: WheelGeometry.overflowList)
      return
    }
    append(
      index, to: WheelGeometry.list(level: level, slot: WheelGeometry.slot(of: deadlineKey, level: level)))
  }

  /// The list that holds the earliest pending entries after the due list, with the first and
  /// the last key it can hold: a slot's span, or for the overflow from the start of the range of
  /// its earliest entry up to the largest key. Nil when the levels and the overflow are empty.
  @inlinable
  var nextListToDrain: (list: UInt16, first: UInt64, last: UInt64)? {
    if let (level, slot) = firstOccupiedSlot {
      let first = WheelGeometry.start(level: level, slot: slot, now: key(of: now))
      return (
        WheelGeometry.list(level: level, slot: slot), first,
        first + (WheelGeometry.slotSpan(level: level) - 1)
      )
    }
    guard let earliest = earliestDeadline(in: WheelGeometry.overflowList) else { return nil }
    return (WheelGeometry.overflowList, WheelGeometry.rangeStart(of: key(of: earliest)), .max)
  }

  /// Moves `now` to the tick of key `start` and empties `list`, none of whose entries is due
  /// before `start`: those due at `start` expire in list order, the others are filed again
  /// relative to the new `now`.
  @inlinable
  mutating func drain(
    _ list: UInt16, at start: UInt64, into expired: inout [TimerWheel<Payload>.Expired]
  ) {
    now = origin &+ Int64(bitPattern: start)
    var index = detach(list)
    while index != .noNode {
      let next = nodes[Int(index)].next
      if nodes[Int(index)].deadline == now {
        expire(index, into: &expired)
      } else {
        file(index)
      }
      index = next
    }
  }

  /// Empties `list` and expires all its entries, by deadline, and equal deadlines in list order.
  @inlinable
  mutating func expireSorted(_ list: UInt16, into expired: inout [TimerWheel<Payload>.Expired]) {
    var index = detach(list)
    guard index != .noNode else { return }
    expiring.removeAll(keepingCapacity: true)
    while index != .noNode {
      expiring.append((nodes[Int(index)].deadline, expiring.count, index))
      index = nodes[Int(index)].next
    }
    expiring.sort { ($0.deadline, $0.arrival) < ($1.deadline, $1.arrival) }
    for entry in expiring {
      expire(entry.node, into: &expired)
    }
  }

  /// Frees node `index`, which is in no list, and appends its entry to `expired`.
  @inlinable
  mutating func expire(_ index: UInt32, into expired: inout [TimerWheel<Payload>.Expired]) {
    let deadline = nodes[Int(index)].deadline
    expired.append(TimerWheel.Expired(deadline: deadline, payload: release(index)))
  }

  /// Moves the origin and `now` back to `tick` and files every pending entry again.
  @inlinable
  mutating func refileAll(from tick: Int64) {
    var pending: [UInt32] = []
    pending.reserveCapacity(count)
    for list in 0..<WheelGeometry.listCount {
      var index = detach(UInt16(list))
      while index != .noNode {
        pending.append(index)
        index = nodes[Int(index)].next
      }
    }
    origin = tick
    now = tick
    for index in pending {
      file(index)
    }
  }
}
