import RepayDisplay
import Testing

/// A number of things in English.
struct EnglishCountTests {
  @Test("English counts: the singular for exactly one")
  func englishCount() {
    #expect(EnglishCount.text(1, "reminder") == "1 reminder")
    #expect(EnglishCount.text(0, "reminder") == "0 reminders")
    #expect(EnglishCount.text(2, "loan") == "2 loans")
    #expect(EnglishCount.text(2, "entry", plural: "entries") == "2 entries")
  }
}
