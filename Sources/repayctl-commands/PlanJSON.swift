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
    var keys = PlanJSONLoanKeys()
    for (index, planned) in plan.months.enumerated() {
      month(index > 0 ? ",{\"month\":" : "{\"month\":", planned.month, to: &out)
      out.append(",\"payments\":[")
      keys.startMonth()
      planned.payments.withUnsafeBufferPointer { payments in
        for offset in payments.indices {
          write(payments.baseAddress! + offset, first: offset == 0, digits, keys: &keys, to: &out)
        }
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

  /// One payment of a month, `{...}`, after a comma unless it is the `first`: the bulk of the
  /// text (30,000 records on 600 months of 50 loans), so it is put in one piece. Read where it
  /// lies and its amounts taken out first: a payment passed or captured whole was copied and
  /// destroyed twice a record, its id retained and released each time.
  private static func write(
    _ payment: UnsafePointer<RepaymentPlan.Payment>, first: Bool, _ digits: Int,
    keys: inout PlanJSONLoanKeys, to out: inout ChunkedOutput
  ) {
    let (balance, interest, paid) = (
      payment.pointee.balance, payment.pointee.interest, payment.pointee.payment
    )
    keys.withKey(for: payment.pointee.loan) { key in
      out.write(upTo: paymentRecordBytes + key.count) { start in
        var cursor = ByteCursor(start)
        if !first { cursor.put(byte: UInt8(ascii: ",")) }
        cursor.put("{\"balance\":\"")
        cursor.put(decimal: balance, fractionDigits: digits)
        cursor.put("\",\"interest\":\"")
        cursor.put(decimal: interest, fractionDigits: digits)
        cursor.put(key)
        cursor.put(decimal: paid, fractionDigits: digits)
        cursor.put("\"}")
        return cursor.position - start
      }
    }
  }

  /// The most bytes of a payment record but its loan's key (`PlanJSONLoanKeys`): the comma, the
  /// other names and quotes, and three amounts.
  private static let paymentRecordBytes =
    ",{\"balance\":\"\",\"interest\":\"\"}".utf8.count + 3 * Money.maximumDecimalBytes

  /// The most bytes `escape` puts for `count` bytes: each may become `\u00XX`.
  static func escapedBytes(_ count: Int) -> Int { count * 6 }

  /// `prefix` (a key and what comes before it), then `minorUnits` as a JSON string in major
  /// units, as `Money.decimalText` writes it.
  private static func amount(
    _ prefix: StaticString, _ minorUnits: Int64, _ digits: Int, to out: inout ChunkedOutput
  ) {
    out.write(upTo: prefix.utf8CodeUnitCount + Money.maximumDecimalBytes + 2) { start in
      var cursor = ByteCursor(start)
      cursor.put(prefix)
      cursor.put(byte: UInt8(ascii: "\""))
      cursor.put(decimal: minorUnits, fractionDigits: digits)
      cursor.put(byte: UInt8(ascii: "\""))
      return cursor.position - start
    }
  }

  /// `prefix`, then `month` as a JSON string `YYYY-MM` (`CalendarMonth.description`, its digits
  /// put without a string for each of the 600 months), or `null` when there is none.
  private static func month(_ prefix: StaticString, _ month: CalendarMonth?, to out: inout ChunkedOutput) {
    guard let month else {
      out.append(prefix)
      return out.append("null")
    }
    guard (0...9999).contains(month.year) else { return string(prefix, month.description, to: &out) }
    out.write(upTo: prefix.utf8CodeUnitCount + 9) { start in
      var cursor = ByteCursor(start)
      cursor.put(prefix)
      cursor.put(byte: UInt8(ascii: "\""))
      cursor.put(digits: month.year, width: 4)
      cursor.put(byte: UInt8(ascii: "-"))
      cursor.put(digits: month.month, width: 2)
      cursor.put(byte: UInt8(ascii: "\""))
      return cursor.position - start
    }
  }

  /// `prefix`, then `value` as a JSON string (`escape`).
  private static func string(_ prefix: StaticString, _ value: String, to out: inout ChunkedOutput) {
    var value = value
    value.withUTF8 { bytes in
      out.write(upTo: prefix.utf8CodeUnitCount + escapedBytes(bytes.count) + 2) { start in
        var cursor = ByteCursor(start)
        cursor.put(prefix)
        cursor.put(byte: UInt8(ascii: "\""))
        escape(bytes, into: &cursor)
        cursor.put(byte: UInt8(ascii: "\""))
        return cursor.position - start
      }
    }
  }

  /// Puts the UTF-8 `bytes` escaped as Foundation's encoder escapes them in a JSON string (`\b`
  /// and `\f` by name, unlike `JSONText`); only ASCII bytes are escaped, the bytes of other
  /// characters are put as they are.
  static func escape(_ bytes: UnsafeBufferPointer<UInt8>, into cursor: inout ByteCursor) {
    for byte in bytes {
      guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else {
        cursor.put(byte: byte)
        continue
      }
      switch byte {
      case UInt8(ascii: "\""): cursor.put("\\\"")
      case UInt8(ascii: "\\"): cursor.put("\\\\")
      case UInt8(ascii: "\n"): cursor.put("\\n")
      case UInt8(ascii: "\r"): cursor.put("\\r")
      case UInt8(ascii: "\t"): cursor.put("\\t")
      case 0x08: cursor.put("\\b")
      case 0x0C: cursor.put("\\f")
      default:
        // The other controls, 0x00 to 0x1F, as \u00XX with lowercase hex digits.
        cursor.put("\\u00")
        cursor.put(byte: UInt8(ascii: "0") + byte >> 4)
        let low = byte & 0xF
        cursor.put(byte: low < 10 ? UInt8(ascii: "0") + low : UInt8(ascii: "a") + low - 10)
      }
    }
  }
}
