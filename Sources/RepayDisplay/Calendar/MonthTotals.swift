import RepayCore

/// What a month asks for, per currency: the total due on its days (paid or not) and what of it
/// is still unpaid.
struct MonthTotals {
  /// One currency's totals.
  struct Line: Hashable {
    /// What falls due in the month.
    var due: Money
    /// What of it is still unpaid.
    var unpaid: Money
  }

  /// The totals, by currency code.
  let lines: [Line]

  /// The totals of `dues` (the month's occurrences), each sum saturating at the largest amount
  /// rather than wrapping.
  init(_ dues: [CalendarDue]) {
    var sums: [Currency: (due: Int128, unpaid: Int128)] = [:]
    for due in dues {
      sums[due.amount.currency, default: (0, 0)].due += Int128(due.amount.minorUnits)
      sums[due.amount.currency, default: (0, 0)].unpaid += Int128(due.outstanding.minorUnits)
    }
    lines = sums.sorted { $0.key.code < $1.key.code }.map { currency, sum in
      Line(
        due: Money(minorUnits: Int64(clamping: sum.due), currency: currency),
        unpaid: Money(minorUnits: Int64(clamping: sum.unpaid), currency: currency))
    }
  }
}
