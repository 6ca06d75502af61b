extension Array where Element == Int64 {
  /// In an ascending array, the index of the last element at or before `instant`, or -1 when
  /// every element is after it: a binary search.
  func indexOfLast(atOrBefore instant: Int64) -> Int {
    var low = -1
    var high = count
    // Invariant: self[low] <= instant < self[high], reading self[-1] as -infinity and
    // self[count] as +infinity.
    while high - low > 1 {
      let middle = (low + high) / 2
      if self[middle] <= instant { low = middle } else { high = middle }
    }
    return low
  }
}
