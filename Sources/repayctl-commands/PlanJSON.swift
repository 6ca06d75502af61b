import ControlInterface
import RepayCore

/// A plan as `repayctl plan --json` prints it offline: byte for byte what the daemon's encoder
/// writes for `Control.PlanResult(plans)` (compact, keys sorted, `/` unescaped, `payoff` null
/// when absent, other absent fields left out). Written by hand, as bytes straight from the
/// plans' minor units, because on a plan of 600 months Foundation's encoder took most of the
/// command's time, and then the reply's 120,000 decimal strings and a `String` of 2.3 MB
/// (docs/performance.md, "repayctl plan").
enum PlanJSON {
  /// Appends the JSON text of `plans` to `out`.
  static func write(_ plans: ComparedPlans, to out: inout ChunkedOutput) {
    let plan = plans.plan
    let digits = plans.currency.minorUnitDigits
    amount("{\"budget\":", plan.budget, digits, to: &out)
    if let calls = plans.callFirst {
      out.append(",\"call_first\":[")
      for (index, call) in calls.enumerated() {
        out.append(index > 0 ? ",{" : "{")
        if let contact = call.contact {
          out.append("\"contact\":{")
          var first = true
          for (key, value) in [
            ("app", contact.app), ("email", contact.email), ("phone", contact.phone), ("url", contact.url),
          ] {
            guard let value else { continue }
            string(first ? "" : ",", key, to: &out)
            string(":", value, to: &out)
            first = false
          }
          out.append("},")
        }
        string("\"loan\":", call.loan, to: &out)
        string(",\"name\":", call.name, to: &out)
        amount(",\"penalty_per_day\":", call.penaltyPerDay, digits, to: &out)
        string(",\"platform\":", call.platform, to: &out)
        amount(",\"unpaid\":", call.unpaid, digits, to: &out)
        out.append("}")
      }
      out.append("]")
    }
    month(",\"comparison\":[{\"payoff\":", plans.other.payoff, to: &out)
    string(",\"strategy\":", plans.other.strategy.rawValue, to: &out)
    amount(",\"total_interest\":", plans.other.totalInterest, digits, to: &out)
    string("}],\"currency\":", plans.currency.code, to: &out)
    out.append(plan.isFeasible ? ",\"feasible\":true" : ",\"feasible\":false")
    month(",\"from\":", plan.from, to: &out)
    out.append(",\"loans\":[")
    for (index, loan) in plan.loans.enumerated() {
      amount(index > 0 ? ",{\"interest\":" : "{\"interest\":", loan.interest, digits, to: &out)
      string(",\"loan\":", loan.loan, to: &out)
      if loan.minimumBelowInterest { out.append(",\"minimum_below_interest\":true") }
      month(",\"payoff\":", loan.payoff, to: &out)
      out.append("}")
    }
    out.append("],\"months\":[")
    for (index, planned) in plan.months.enumerated() {
      month(index > 0 ? ",{\"month\":" : "{\"month\":", planned.month, to: &out)
      out.append(",\"payments\":[")
      for (offset, payment) in planned.payments.enumerated() {
        amount(offset > 0 ? ",{\"balance\":" : "{\"balance\":", payment.balance, digits, to: &out)
        amount(",\"interest\":", payment.interest, digits, to: &out)
        string(",\"loan\":", payment.loan, to: &out)
        amount(",\"payment\":", payment.payment, digits, to: &out)
        out.append("}")
      }
      out.append("]}")
    }
    month("],\"payoff\":", plan.payoff, to: &out)
    if let perDay = plans.penaltyPerDay { amount(",\"penalty_per_day\":", perDay, digits, to: &out) }
    amount(",\"shortfall\":", plan.shortfall, digits, to: &out)
    string(",\"strategy\":", plan.strategy.rawValue, to: &out)
    amount(",\"total_interest\":", plan.totalInterest, digits, to: &out)
    out.append("}")
  }

  /// `prefix` (a key and what comes before it), then `minorUnits` as a JSON string in major
  /// units, as `Money.decimalText` writes it.
  private static func amount(
    _ prefix: StaticString, _ minorUnits: Int64, _ digits: Int, to out: inout ChunkedOutput
  ) {
    out.append(prefix)
    out.append(byte: UInt8(ascii: "\""))
    out.appendDecimal(minorUnits, fractionDigits: digits)
    out.append(byte: UInt8(ascii: "\""))
  }

  /// `prefix`, then `month` as a JSON string `YYYY-MM`, or `null` when there is none.
  private static func month(_ prefix: StaticString, _ month: CalendarMonth?, to out: inout ChunkedOutput) {
    guard let month else {
      out.append(prefix)
      return out.append("null")
    }
    string(prefix, month.description, to: &out)
  }

  /// `prefix`, then `value` as a JSON string, escaped as Foundation's encoder escapes (`\b` and `\f` by name,
  /// unlike `JSONText`); most values are months and ids, which need no escape and are copied
  /// whole.
  private static func string(_ prefix: StaticString, _ value: String, to out: inout ChunkedOutput) {
    out.append(prefix)
    out.append(byte: UInt8(ascii: "\""))
    var value = value
    value.withUTF8 { bytes in
      // Only ASCII bytes are escaped; the bytes of other characters are copied as they are.
      var start = 0
      for (index, byte) in bytes.enumerated()
      where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
        out.append(UnsafeBufferPointer(rebasing: bytes[start..<index]))
        switch byte {
        case UInt8(ascii: "\""): out.append("\\\"")
        case UInt8(ascii: "\\"): out.append("\\\\")
        case UInt8(ascii: "\n"): out.append("\\n")
        case UInt8(ascii: "\r"): out.append("\\r")
        case UInt8(ascii: "\t"): out.append("\\t")
        case 0x08: out.append("\\b")
        case 0x0C: out.append("\\f")
        default:
          // The other controls, 0x00 to 0x1F, as \u00XX with lowercase hex digits.
          out.append("\\u00")
          out.append(byte: UInt8(ascii: "0") + byte >> 4)
          let low = byte & 0xF
          out.append(byte: low < 10 ? UInt8(ascii: "0") + low : UInt8(ascii: "a") + low - 10)
        }
        start = index + 1
      }
      out.append(UnsafeBufferPointer(rebasing: bytes[start...]))
    }
    out.append(byte: UInt8(ascii: "\""))
  }
}
