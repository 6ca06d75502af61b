import Foundation
import PropertyBased
import RepayConfig
import RepayCore
import Testing

/// The reader never traps and never hangs: every input ends in a document or in a syntax error
/// at a place inside the input.
@Suite(.timeLimit(.minutes(5)))
struct TOMLRobustnessTests {
  /// Parses `bytes` and checks what must hold of any outcome: an error points inside the
  /// input and can be said in both languages, and reading is deterministic.
  private static func checkOutcome(_ bytes: [UInt8]) {
    let lineCount = bytes.count { $0 == UInt8(ascii: "\n") } + 1
    do {
      let document = try TOMLDocument(parsing: bytes, file: "fuzz.toml")
      #expect((try? TOMLDocument(parsing: bytes, file: "fuzz.toml")) == document)
    } catch {
      #expect(error.location.file == "fuzz.toml")
      #expect((1...lineCount).contains(error.location.line), "\(error) in \(bytes)")
      #expect(error.location.column >= 1)
      #expect(!error.message(in: .english).isEmpty && !error.message(in: .simplifiedChinese).isEmpty)
    }
  }

  // MARK: Generated garbage

  /// Bytes drawn mostly from TOML's own punctuation, so that garbage reaches deep into the
  /// grammar instead of failing on its first byte; the rest anything, invalid UTF-8 included.
  private static let punctuation = Array("[]{}=,.\"'#\n \t-_:+0123456789eExobTZzinaft\\u".utf8)
  private static let tomlishByte = Gen.int(in: 0...(punctuation.count * 6 + 255)).map { draw in
    draw < punctuation.count * 6 ? punctuation[draw % punctuation.count] : UInt8(draw - punctuation.count * 6)
  }

  @Test("random bytes end in a document or an error inside the input")
  func randomBytes() async {
    await propertyCheck(count: 3000, input: Self.tomlishByte.array(of: 0...200)) { bytes in
      Self.checkOutcome(bytes)
    }
  }

  /// A valid configuration-like file, the base of the mutations.
  private static let seedDocument = Array(
    """
    # 还款提醒
    [daemon]
    timezone = "Asia/Shanghai"
    quiet_hours = "22:00-08:00"
    allowed_uids = [1000, 0x3e8]

    [reminders]
    before = ["7d", "3d", "1d"]
    at = 09:30:00

    [[loan]]
    id = "huabei"
    name = "花呗"
    contact = { phone = "95188", url = 'https://example.invalid/help' }
    due = { day = 10 }
    first_due = 2026-01-10
    paid_through = 2026-11-30T00:00:00+08:00
    penalty.daily_rate = "0.0005"
    note = \"\"\"
    line one \\
      continued\"\"\"
    rate = 1.825e-1

    [[loan]]
    id = "jd"
    open_ended = true
    """.utf8)

  /// One edit of a byte string: what to do, where (a fraction of the length), with which byte.
  private enum Mutation: CaseIterable {
    case delete, insert, replace, duplicate, truncate
  }

  @Test("mutated valid files end in a document or an error inside the input")
  func mutatedFiles() async {
    let edit = zip(Gen<Mutation>.case, Gen.double(in: 0...0.999), Self.tomlishByte)
    await propertyCheck(count: 3000, input: edit.array(of: 1...6)) { edits in
      var bytes = Self.seedDocument
      for (mutation, fraction, byte) in edits {
        let index = Int(fraction * Double(bytes.count))
        switch mutation {
        case .delete where !bytes.isEmpty: bytes.remove(at: min(index, bytes.count - 1))
        case .insert: bytes.insert(byte, at: index)
        case .replace where !bytes.isEmpty: bytes[min(index, bytes.count - 1)] = byte
        case .duplicate: bytes.insert(contentsOf: bytes[index...].prefix(16), at: index)
        case .truncate: bytes.removeSubrange(index...)
        default: break
        }
      }
      Self.checkOutcome(bytes)
    }
  }

  @Test("every prefix of a valid file ends in a document or an error")
  func truncations() {
    for length in 0...Self.seedDocument.count {
      Self.checkOutcome(Array(Self.seedDocument.prefix(length)))
    }
  }

  // MARK: Nesting

  @Test(
    "10,000-deep nesting is refused with the depth limit, not a crash",
    arguments: [
      "a = " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000),
      "a = " + String(repeating: "{b = ", count: 10_000) + "1" + String(repeating: "}", count: 10_000),
      "[" + Array(repeating: "a", count: 10_000).joined(separator: ".") + "]",
      Array(repeating: "a", count: 10_000).joined(separator: ".") + " = 1",
      "[[" + Array(repeating: "a", count: 10_000).joined(separator: ".") + "]]",
    ])
  func deepNesting(_ toml: String) throws {
    let error = try #require(throws: TOMLSyntaxError.self) {
      try TOMLDocument(parsing: toml, file: "deep.toml")
    }
    #expect(error.reason == .nestingTooDeep(limit: TOMLDocument.maximumDepth))
    #expect(error.message(in: .english).contains("\(TOMLDocument.maximumDepth)"))
  }

  @Test("nesting up to the limit is accepted")
  func nestingAtTheLimit() throws {
    let depth = TOMLDocument.maximumDepth
    let arrays = "a = " + String(repeating: "[", count: depth - 1) + String(repeating: "]", count: depth - 1)
    _ = try TOMLDocument(parsing: arrays, file: "deep.toml")
    let header = "[" + Array(repeating: "a", count: depth).joined(separator: ".") + "]"
    _ = try TOMLDocument(parsing: header, file: "deep.toml")
    // One more level under that header is one too many.
    #expect(throws: TOMLSyntaxError.self) { try TOMLDocument(parsing: header + "\nb = 1", file: "deep.toml") }
  }

  // MARK: Large values and files

  @Test("integers at and past the 64-bit limits")
  func hugeIntegers() throws {
    let root = try TOMLDocument(
      parsing: "max = 9223372036854775807\nmin = -9223372036854775808\nhex = 0x7FFFFFFFFFFFFFFF",
      file: "f.toml"
    ).root
    #expect(root["max"]?.kind == .integer(.max))
    #expect(root["min"]?.kind == .integer(.min))
    #expect(root["hex"]?.kind == .integer(.max))
    for huge in [
      "-9223372036854775809", String(repeating: "9", count: 10_000), "0b" + String(repeating: "1", count: 64),
    ] {
      #expect(
        throws: TOMLSyntaxError(
          .invalidNumber(huge, .integerOutOfRange), at: .init(file: "f.toml", line: 1, column: 5))
      ) {
        try TOMLDocument(parsing: "a = \(huge)", file: "f.toml")
      }
    }
  }

  @Test("a 50 MB file is read whole, its last key located on its last line")
  func fiftyMegabytes() throws {
    // Mostly long strings with Chinese text (the reader's byte loop), with a loan table every
    // thousand lines (its table logic); over 50 MB in all.
    let note = String(repeating: "还款记录 repayment note ", count: 40)
    var text = ""
    text.reserveCapacity(53_000_000)
    var line = 0
    while text.utf8.count < 50 * 1024 * 1024 {
      if line % 1000 == 0 {
        text += "[[loan]]\nid = \"loan-\(line)\"\ndue = { day = 10 }\n"
        line += 3
      }
      text += "note\(line) = \"\(note)\"\n"
      line += 1
    }
    text += "last = 2026-12-10"
    let root = try TOMLDocument(parsing: text, file: "big.toml").root
    guard case .array(let loans) = root["loan"]?.kind, case .table(let lastLoan) = loans.last?.kind else {
      Issue.record("no loans")
      return
    }
    let last = try #require(lastLoan.entry("last"))
    #expect(last.key.location.line == line + 1)
    #expect(last.value.kind == .localDate(TOMLLocalDate(year: 2026, month: 12, day: 10)))
  }
}
