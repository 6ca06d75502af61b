import Testing

@testable import RepayDelivery

/// `HookOutput`: lines cut across reads, each stream on its own, one budget for both.
struct HookOutputTests {
  @Test("lines are cut across reads, per stream, the unfinished last line given at the end")
  func lines() {
    var output = HookOutput(limit: 100)
    #expect(output.take(Array("one\ntw".utf8), from: .standardOutput) == ["one"])
    #expect(output.take(Array("err".utf8), from: .standardError) == [])
    #expect(output.take(Array("o\nthree".utf8), from: .standardOutput) == ["two"])
    #expect(output.finish(.standardOutput) == "three")
    #expect(output.finish(.standardError) == "err")
    #expect(output.finish(.standardError) == nil)
    #expect(output.dropped == 0)
  }

  @Test("both streams share the budget; what is beyond it is counted, not kept")
  func budget() {
    var output = HookOutput(limit: 8)
    #expect(output.take(Array("abc\n".utf8), from: .standardOutput) == ["abc"])
    #expect(output.take(Array("de\nfgh\n".utf8), from: .standardError) == ["de"])
    #expect(output.take(Array("more\n".utf8), from: .standardOutput) == [])
    #expect(output.finish(.standardError) == "f")
    #expect(output.total == 16)
    #expect(output.dropped == 8)
  }
}
