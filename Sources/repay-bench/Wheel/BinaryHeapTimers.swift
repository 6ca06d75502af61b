/// The usual alternative to a wheel: a binary min-heap of deadlines, O(log n) insert, cancel and
/// expiry. Handles name a slot that tracks the entry's position in the heap, with a generation
/// so that a stale handle is ignored, as the wheel's are.
struct BinaryHeapTimers: VirtualClockTimers {
  static let name = "binary heap"

  /// Names an entry: its slot and the slot's generation when it was inserted.
  struct Handle {
    fileprivate let slot: UInt32
    fileprivate let generation: UInt32
  }

  private struct Element {
    var deadline: Int64
    var slot: UInt32
  }

  private struct Slot {
    /// The entry's index in `heap`, or -1 when the slot is free.
    var position: Int32
    var generation: UInt32
    var payload: Int
  }

  private var heap: [Element] = []
  private var slots: [Slot] = []
  private var freeSlots: [UInt32] = []
  private var expired: [Int] = []

  mutating func insert(_ id: Int, deadline: Int64) -> Handle {
    let slot: UInt32
    if let free = freeSlots.popLast() {
      slot = free
      slots[Int(slot)].payload = id
    } else {
      slot = UInt32(slots.count)
      slots.append(Slot(position: -1, generation: 0, payload: id))
    }
    heap.append(Element(deadline: deadline, slot: slot))
    siftUp(from: heap.count - 1)
    return Handle(slot: slot, generation: slots[Int(slot)].generation)
  }

  mutating func cancel(_ handle: Handle) {
    let slot = slots[Int(handle.slot)]
    guard slot.generation == handle.generation, slot.position >= 0 else { return }
    remove(at: Int(slot.position))
  }

  mutating func expire(through tick: Int64) -> Int {
    expired.removeAll(keepingCapacity: true)
    while let first = heap.first, first.deadline <= tick {
      expired.append(slots[Int(first.slot)].payload)
      remove(at: 0)
    }
    return expired.count
  }

  private mutating func remove(at position: Int) {
    let slot = Int(heap[position].slot)
    slots[slot].position = -1
    slots[slot].generation &+= 1
    freeSlots.append(UInt32(slot))
    let last = heap.removeLast()
    guard position < heap.count else { return }
    heap[position] = last
    siftDown(from: position)
    siftUp(from: Int(slots[Int(last.slot)].position))
  }

  /// Moves the element at `position` up to its place, updating the positions it passes.
  private mutating func siftUp(from position: Int) {
    let element = heap[position]
    var hole = position
    while hole > 0 {
      let parent = (hole - 1) / 2
      guard heap[parent].deadline > element.deadline else { break }
      place(heap[parent], at: hole)
      hole = parent
    }
    place(element, at: hole)
  }

  /// Moves the element at `position` down to its place, updating the positions it passes.
  private mutating func siftDown(from position: Int) {
    let element = heap[position]
    var hole = position
    while true {
      var child = 2 * hole + 1
      guard child < heap.count else { break }
      if child + 1 < heap.count && heap[child + 1].deadline < heap[child].deadline {
        child += 1
      }
      guard heap[child].deadline < element.deadline else { break }
      place(heap[child], at: hole)
      hole = child
    }
    place(element, at: hole)
  }

  private mutating func place(_ element: Element, at position: Int) {
    heap[position] = element
    slots[Int(element.slot)].position = Int32(position)
  }
}
