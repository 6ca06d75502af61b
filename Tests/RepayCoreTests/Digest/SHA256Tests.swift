import Foundation
import RepayCore
import Testing

/// SHA-256 against the FIPS 180-4 examples and against `sha256sum` on data of every length
/// around the block and padding boundaries, fed whole and in pieces.
@Suite struct SHA256Tests {
  @Test func theStandardsExamples() {
    #expect(SHA256.hex(of: []) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(
      SHA256.hex(of: Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(
      SHA256.hex(of: Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
        == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
  }

  @Test(arguments: [1, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1_000, 100_003])
  func agreesWithSha256sum(length: Int) throws {
    let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 8) }
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("sha256-\(length)-\(getpid())")
    try Data(bytes).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
    process.arguments = [file.path]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    let expected = String(printed.prefix(64))
    #expect(SHA256.hex(of: bytes) == expected)
    var pieces = SHA256()
    var start = 0
    var size = 1
    while start < bytes.count {
      let end = min(bytes.count, start + size)
      pieces.update(bytes[start..<end])
      start = end
      size = size * 3 % 97 + 1
    }
    #expect(pieces.finalHex() == expected)
  }
}
