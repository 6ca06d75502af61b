/// Numbers written with a fixed number of digits, as dates, times and escapes need them.
public enum ZeroPadded {
  /// `value` (not negative) in base `radix`, left-padded with zeros to at least `width` digits:
  /// `text(7, width: 2)` is `07`, `text(0x7, width: 4, radix: 16)` is `0007`.
  public static func text(_ value: some BinaryInteger, width: Int, radix: Int = 10, uppercase: Bool = false)
    -> String
  {
    let digits = String(value, radix: radix, uppercase: uppercase)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
