/// The shape of the wheel: how many levels, how wide their slots are, and which list an entry
/// belongs in. `TimerWheel`'s documentation derives the numbers.
///
/// Positions here are keys: ticks counted from the wheel's origin as `UInt64`, so that the level
/// and slot of a key are plain bit fields of it.
@usableFromInline
enum WheelGeometry {
  /// Bits of a key that select the slot within one level.
  @inlinable static var bitsPerLevel: Int { 6 }
  /// Slots per level: one bit of a 64-bit occupancy word each.
  @inlinable static var slotsPerLevel: Int { 1 << bitsPerLevel }
  /// Levels, finest first: 7 × 6 = 42 bits of ticks, about 139 years of milliseconds.
  @inlinable static var levelCount: Int { 7 }
  /// Bits of a key that the levels cover; keys that differ from now above them overflow.
  @inlinable static var rangeBits: Int { bitsPerLevel * levelCount }

  /// The list of entries beyond the levels' range.
  @inlinable static var overflowList: UInt16 { UInt16(levelCount * slotsPerLevel) }
  /// The list of entries whose deadline is not after now (inserted late or after a backward step).
  @inlinable static var dueList: UInt16 { overflowList + 1 }
  /// How many lists the wheel keeps: every slot of every level, the overflow and the due list.
  @inlinable static var listCount: Int { Int(dueList) + 1 }
  /// The list of a node that is in no list: free, retired, or being moved.
  @inlinable static var noList: UInt16 { .max }

  /// The level that holds `key` while the wheel's time is `now` (`key > now`): the level whose
  /// bits hold the highest bit in which the two differ, or `levelCount` when that bit lies above
  /// every level (the overflow).
  @inlinable
  static func level(of key: UInt64, now: UInt64) -> Int {
    let highestDifferingBit = UInt64.bitWidth - 1 - (key ^ now).leadingZeroBitCount
    return min(highestDifferingBit / bitsPerLevel, levelCount)
  }

  /// The slot of `level` that holds `key`: that level's six bits of it.
  @inlinable
  static func slot(of key: UInt64, level: Int) -> Int {
    Int(truncatingIfNeeded: key >> UInt64(level * bitsPerLevel)) & (slotsPerLevel - 1)
  }

  /// How many keys one slot of `level` spans: 64^level.
  @inlinable
  static func slotSpan(level: Int) -> UInt64 {
    UInt64(1) << UInt64(level * bitsPerLevel)
  }

  /// The list that holds entries in `slot` of `level`.
  @inlinable
  static func list(level: Int, slot: Int) -> UInt16 {
    UInt16(level * slotsPerLevel + slot)
  }

  /// The level of a slot list (`list < overflowList`).
  @inlinable
  static func level(ofList list: UInt16) -> Int {
    Int(list) / slotsPerLevel
  }

  /// The first key of `slot` of `level` in the turn of that level that contains `now`.
  @inlinable
  static func start(level: Int, slot: Int, now: UInt64) -> UInt64 {
    let turnStart = now & ~(UInt64(1) << UInt64((level + 1) * bitsPerLevel) - 1)
    return turnStart | UInt64(slot) << UInt64(level * bitsPerLevel)
  }

  /// The first key of the range (the levels' whole span, 2^42 ticks) that contains `key`.
  @inlinable
  static func rangeStart(of key: UInt64) -> UInt64 {
    key & ~(UInt64(1) << UInt64(rangeBits) - 1)
  }
}
