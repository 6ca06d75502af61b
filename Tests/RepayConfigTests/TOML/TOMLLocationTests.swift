import RepayConfig
import RepayCore
import Testing

/// Every table, key and value carries the place it was written: line and column 1-based,
/// columns counted in Unicode scalars.
struct TOMLLocationTests {
  private func parse(_ text: String) throws -> TOMLTable {
    try TOMLDocument(parsing: text, file: "loans.toml").root
  }

  private func at(_ line: Int, _ column: Int) -> RepayCore.SourceLocation {
    RepayCore.SourceLocation(file: "loans.toml", line: line, column: column)
  }

  @Test("a value after Chinese text on its line is located by character, not by byte")
  func chineseColumns() throws {
    let root = try parse(
      """
      due = { note = "花呗还款", day = 32 }
      """)
    let due = try #require(root.entry("due"))
    #expect(due.key.location == at(1, 1))
    #expect(due.value.location == at(1, 7))
    guard case .table(let inline) = due.value.kind else {
      Issue.record("due is not a table")
      return
    }
    let day = try #require(inline.entry("day"))
    #expect(day.key.location == at(1, 24))
    #expect(day.value.location == at(1, 30))
    #expect(day.value.kind == .integer(32))
  }

  @Test("headers, implicit tables, dotted keys and arrays of tables have their own locations")
  func tableLocations() throws {
    let root = try parse(
      """
      # repayd
      [daemon]
        timezone = "Asia/Shanghai"

      [[loan]]
      id = "huabei"
      contact.phone = "95188"
      [[loan]]
      id = "jd"
      [a.b.c]
      """)
    #expect(root.entry("daemon")?.value.location == at(2, 1))
    #expect(root.entry("daemon")?.key.location == at(2, 2))
    guard case .table(let daemon) = root["daemon"]?.kind else {
      Issue.record("daemon is not a table")
      return
    }
    #expect(daemon.entry("timezone")?.key.location == at(3, 3))
    #expect(daemon.entry("timezone")?.value.location == at(3, 14))

    guard case .array(let loans) = root["loan"]?.kind, loans.count == 2 else {
      Issue.record("loan is not an array of two tables")
      return
    }
    #expect(root["loan"]?.location == at(5, 1))
    #expect(loans[0].location == at(5, 1))
    #expect(loans[1].location == at(8, 1))
    guard case .table(let first) = loans[0].kind, case .table(let contact) = first["contact"]?.kind else {
      Issue.record("loan[0].contact is not a table")
      return
    }
    #expect(first.entry("contact")?.key.location == at(7, 1))
    #expect(contact.entry("phone")?.key.location == at(7, 9))
    #expect(contact["phone"]?.location == at(7, 17))

    // `a` and `b` exist only because `[a.b.c]` names them: they are located at their key.
    #expect(root.entry("a")?.key.location == at(10, 2))
    #expect(root["a"]?.location == at(10, 2))
  }

  @Test("lines are counted across CRLF endings and inside multi-line strings")
  func linesAcrossStrings() throws {
    let root = try parse(
      "a = \"\"\"\r\none\r\ntwo\"\"\"\r\nb = '''\nthree\n'''\r\nc = [\n  1,\n  2,\n]\nd = 4")
    #expect(root["a"]?.kind == .string("one\r\ntwo"))
    #expect(root.entry("b")?.key.location == at(4, 1))
    #expect(root.entry("c")?.key.location == at(7, 1))
    guard case .array(let c) = root["c"]?.kind else {
      Issue.record("c is not an array")
      return
    }
    #expect(c.map(\.location) == [at(8, 3), at(9, 3)])
    #expect(root.entry("d")?.key.location == at(11, 1))
  }

  @Test("the file name in every location is the path as given")
  func fileAsGiven() throws {
    let document = try TOMLDocument(parsing: "x = 1", file: "./conf/../repayd.toml")
    #expect(document.root["x"]?.location.file == "./conf/../repayd.toml")
    #expect(document.root["x"]?.location.description == "./conf/../repayd.toml:1:5")
  }

  @Test("keys keep the order they were written in")
  func keyOrder() throws {
    let root = try parse("z = 1\na = 2\n[m]\n[b]\n")
    #expect(root.keys == ["z", "a", "m", "b"])
  }
}
