import Testing

@testable import TimerWheel

/// A slab grown large enough to be advised huge pages, and the advice itself.
struct TimerWheelGrowthTests {
  @Test("a wheel grown past several huge pages keeps every entry, and a copy stays independent")
  func growth() {
    // 200,000 nodes of 32 bytes or more span over 6 MiB: at least one whole huge page of the
    // last buffer is advised before the nodes are copied into it.
    let total = 200_000
    var wheel = TimerWheel<String>(now: 0)
    var handles: [TimerWheel<String>.Handle] = []
    var copy = wheel
    for entry in 0..<total {
      handles.append(wheel.insert(String(entry), deadline: Int64(entry % 1_000 + 1)))
      if entry == total / 2 {
        copy = wheel
      }
    }
    for entry in stride(from: 0, to: total, by: 3) {
      #expect(wheel.cancel(handles[entry]) == String(entry))
    }
    let expired = wheel.advance(to: 1_000)
    let expected = (0..<total).filter { $0 % 3 != 0 }.sorted { ($0 % 1_000, $0) < ($1 % 1_000, $1) }
    #expect(expired.map(\.payload) == expected.map(String.init))
    #expect(wheel.isEmpty)
    #expect(copy.count == total / 2 + 1)
    #expect(copy.advance(to: 1_000).count == total / 2 + 1)
  }

  @Test("a reserved wheel holds what was reserved without growing, not twice that, and keeps every entry")
  func reservation() {
    let total = 100_000
    var wheel = TimerWheel<Int>(now: 0)
    wheel.reserveCapacity(total)
    let reserved = wheel.index.nodes.capacity
    // malloc may round the buffer up a little; doubling from 16 would have given 131,072.
    #expect(reserved >= total && reserved < total + total / 100)
    for entry in 0..<total {
      wheel.insert(entry, deadline: Int64(total - entry))
    }
    #expect(wheel.index.nodes.capacity == reserved)
    #expect(wheel.advance(to: Int64(total)).map(\.payload) == Array((0..<total).reversed()))
  }

  @Test("advice is refused without a call for a range that holds no whole huge page")
  func smallRange() {
    let bytes = HugePageAdvice.hugePageBytes
    let memory = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 4_096)
    defer { memory.deallocate() }
    // Rounded inward, a range one huge page long holds a whole one only when it is aligned.
    #expect(!HugePageAdvice.advise(memory + 4_096, bytes: bytes - 4_096))
  }
}
