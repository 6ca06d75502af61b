import ControlInterface
import Testing

/// The NUL framing: messages split wherever the bytes arrive, and the limit on one message.
@Suite struct VarlinkFrameSplitterTests {
  @Test func splitsMessagesAcrossAndWithinPieces() throws {
    var splitter = VarlinkFrameSplitter(limit: 100)
    splitter.append(Array("{\"a\":1}\0{\"b\"".utf8))
    #expect(try splitter.nextMessage().map { String(decoding: $0, as: UTF8.self) } == "{\"a\":1}")
    #expect(try splitter.nextMessage() == nil)
    splitter.append(Array(":2}\0{}\0".utf8))
    #expect(try splitter.nextMessage().map { String(decoding: $0, as: UTF8.self) } == "{\"b\":2}")
    #expect(try splitter.nextMessage().map { String(decoding: $0, as: UTF8.self) } == "{}")
    #expect(try splitter.nextMessage() == nil)
  }

  @Test func acceptsAMessageOneByteUnderTheLimitAndRefusesOneAtIt() throws {
    var splitter = VarlinkFrameSplitter(limit: 10)
    splitter.append(Array(repeating: UInt8(ascii: "x"), count: 9) + [0])
    #expect(try splitter.nextMessage()?.count == 9)
    splitter.append(Array(repeating: UInt8(ascii: "x"), count: 10) + [0])
    #expect(throws: VarlinkFrameError.tooLarge(limit: 10)) { try splitter.nextMessage() }
  }

  @Test func refusesAnUnfinishedMessageOnceItReachesTheLimit() throws {
    var splitter = VarlinkFrameSplitter(limit: 10)
    splitter.append(Array(repeating: UInt8(ascii: "x"), count: 9))
    #expect(try splitter.nextMessage() == nil)
    splitter.append([UInt8(ascii: "x")])
    #expect(throws: VarlinkFrameError.tooLarge(limit: 10)) { try splitter.nextMessage() }
  }
}
