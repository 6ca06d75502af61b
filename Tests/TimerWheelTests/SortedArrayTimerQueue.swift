/// The reference the wheel is checked against: pending entries in one array kept sorted by
/// deadline and then by insertion, so that each operation is a line or two of obvious code.
///
/// It states the specification directly: `advance(to:)` returns, in that order, every pending
/// entry whose deadline is at or before the tick; `nextDeadline` is the first deadline; a
/// cancelled or expired entry cannot be cancelled again.
struct SortedArrayTimerQueue {
  /// A pending entry; `id` counts insertions, so it also breaks ties between equal deadlines.
  struct Entry {
    /// The deadline it was inserted with.
    let deadline: Int64
    /// Its insertion number.
    let id: Int
  }

  /// The last tick given to `advance(to:)`, or the starting tick.
  private(set) var now: Int64
  /// The pending entries, sorted by deadline and then by `id`.
  private var pending: [Entry] = []
  /// The `id` the next inserted entry gets.
  private var nextID = 0

  /// An empty queue whose time is `now`.
  init(now: Int64) {
    self.now = now
  }

  /// How many entries are pending.
  var count: Int { pending.count }

  /// The earliest pending deadline.
  var nextDeadline: Int64? { pending.first?.deadline }

  /// Adds an entry and returns its id, which is also its payload in the tests.
  mutating func insert(deadline: Int64) -> Int {
    let entry = Entry(deadline: deadline, id: nextID)
    nextID += 1
    let position = pending.firstIndex { $0.deadline > deadline } ?? pending.endIndex
    pending.insert(entry, at: position)
    return entry.id
  }

  /// Removes the entry with `id` and returns the id, or nil if it is not pending.
  mutating func cancel(_ id: Int) -> Int? {
    guard let position = pending.firstIndex(where: { $0.id == id }) else { return nil }
    return pending.remove(at: position).id
  }

  /// Removes and returns the entries due at or before `tick`, in order.
  mutating func advance(to tick: Int64) -> [Entry] {
    now = tick
    let dueCount = pending.prefix { $0.deadline <= tick }.count
    defer { pending.removeFirst(dueCount) }
    return Array(pending.prefix(dueCount))
  }
}
