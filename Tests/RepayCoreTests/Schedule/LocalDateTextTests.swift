import Foundation
import RepayCore
import Testing

/// `LocalDate.description`, the `YYYY-MM-DD` of the fixed interfaces, written digit by digit: it
/// must be what zero-padding each part gives, for every kind of date.
@Suite("local date text")
struct LocalDateTextTests {
  @Test("every day from year 0 to 9999 at a stride, and the edges, is YYYY-MM-DD zero-padded")
  func zeroPadded() throws {
    let first = try #require(LocalDate(year: 0, month: 1, day: 1)).daysSinceEpoch
    let last = try #require(LocalDate(year: 9_999, month: 12, day: 31)).daysSinceEpoch
    for days in Array(stride(from: first, through: last, by: 97)) + [first, last, 0, -1] {
      let date = LocalDate(daysSinceEpoch: days)
      let (year, month, day) = date.parts
      #expect(date.description == String(format: "%04d-%02d-%02d", year, month, day))
      #expect(LocalDate(parsing: date.description) == date)
    }
  }

  @Test("a year past 9999 keeps all its digits")
  func wideYear() throws {
    #expect(try #require(LocalDate(year: 12_345, month: 6, day: 7)).description == "12345-06-07")
  }
}
