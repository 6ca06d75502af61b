import ControlInterface
import Testing

/// `--address` before the command's name is taken as if it followed the name; every other
/// command line is left for the parser to answer.
@Suite struct LeadingAddressOptionTests {
  @Test("both forms before the command move to just after its name, in their order")
  func moved() {
    #expect(
      LeadingAddressOption.movedAfterCommand(["--address", "unix:/a.sock", "status"])
        == ["status", "--address", "unix:/a.sock"])
    #expect(
      LeadingAddressOption.movedAfterCommand(["--address=unix:/a.sock", "loans", "--json"])
        == ["loans", "--address=unix:/a.sock", "--json"])
    #expect(
      LeadingAddressOption.movedAfterCommand(["--address", "unix:/a", "--address=unix:/b", "pay", "jd"])
        == ["pay", "--address", "unix:/a", "--address=unix:/b", "jd"])
  }

  @Test("after the command, without a command, before another option or without its value: as it is")
  func leftAsTheyAre() {
    for arguments in [
      ["status", "--address", "unix:/a.sock"], ["--address", "unix:/a.sock"], ["--address"],
      ["--address", "unix:/a.sock", "--help"], ["--json", "--address", "unix:/a.sock", "status"], [],
    ] {
      #expect(LeadingAddressOption.movedAfterCommand(arguments) == arguments, "\(arguments)")
    }
  }
}
