extension Penalty {
  /// The daily charge on `outstanding`: `dailyRate` of it, rounded half away from zero to the
  /// currency's minor unit (`"0.0005"` of ¥1,250.00 is ¥0.625, shown as ¥0.63).
  public func perDay(on outstanding: Money) -> Money {
    Money(
      minorUnits: Self.rounded(Int128(outstanding.minorUnits) * Int128(dailyRate.billionths)),
      currency: outstanding.currency)
  }

  /// The penalty after `daysOverdue` days (0 or more) on `outstanding`: the fixed fee, once the
  /// instalment is overdue at all, plus `dailyRate` of the outstanding amount per day, rounded
  /// once at the end rather than per day. Saturates at the largest amount rather than wrapping.
  public func accrued(on outstanding: Money, daysOverdue: Int) -> Money {
    guard daysOverdue > 0 else { return Money(minorUnits: 0, currency: outstanding.currency) }
    let charges = Int128(outstanding.minorUnits) * Int128(dailyRate.billionths) * Int128(daysOverdue)
    let total = Int128(fee.minorUnits) + Int128(Self.rounded(charges))
    return Money(minorUnits: Int64(clamping: total), currency: outstanding.currency)
  }

  /// `billionths` of a minor unit as whole minor units, half away from zero, saturated.
  private static func rounded(_ billionths: Int128) -> Int64 {
    let scale = Int128(1_000_000_000)
    let half = billionths < 0 ? -scale / 2 : scale / 2
    return Int64(clamping: (billionths + half) / scale)
  }
}
