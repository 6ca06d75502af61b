import ControlInterface
import RepayCore

/// A plan as `repayctl plan --json` prints it offline: byte for byte what the daemon's encoder
/// writes for the same reply (compact, keys sorted, `/` unescaped, `payoff` null when absent,
/// other absent fields left out), written by hand because Foundation's encoder took most of the
/// command's time on a plan of 600 months (docs/performance.md, "repayctl plan").
enum PlanJSON {
  /// The JSON text of `plan`.
  static func text(_ plan: Control.PlanResult) -> String {
    var out = ""
    out.reserveCapacity(64 + plan.months.reduce(0) { $0 + 24 + 80 * $1.payments.count })
    out += "{\"budget\":"
    string(plan.budget, into: &out)
    if let calls = plan.callFirst {
      out += ",\"call_first\":["
      for (index, call) in calls.enumerated() {
        if index > 0 { out += "," }
        out += "{"
        if let contact = call.contact {
          out += "\"contact\":{"
          var first = true
          for (key, value) in [
            ("app", contact.app), ("email", contact.email), ("phone", contact.phone), ("url", contact.url),
          ] {
            guard let value else { continue }
            out += first ? "\"\(key)\":" : ",\"\(key)\":"
            string(value, into: &out)
            first = false
          }
          out += "},"
        }
        member("loan", call.loan, into: &out, first: true)
        member("name", call.name, into: &out)
        member("penalty_per_day", call.penaltyPerDay, into: &out)
        member("platform", call.platform, into: &out)
        member("unpaid", call.unpaid, into: &out)
        out += "}"
      }
      out += "]"
    }
    out += ",\"comparison\":["
    for (index, other) in plan.comparison.enumerated() {
      if index > 0 { out += "," }
      out += "{\"payoff\":"
      optional(other.payoff, into: &out)
      member("strategy", other.strategy.rawValue, into: &out)
      member("total_interest", other.totalInterest, into: &out)
      out += "}"
    }
    out += "]"
    member("currency", plan.currency, into: &out)
    out += ",\"feasible\":" + (plan.feasible ? "true" : "false")
    member("from", plan.from, into: &out)
    out += ",\"loans\":["
    for (index, loan) in plan.loans.enumerated() {
      if index > 0 { out += "," }
      out += "{"
      member("interest", loan.interest, into: &out, first: true)
      member("loan", loan.loan, into: &out)
      if let below = loan.minimumBelowInterest {
        out += ",\"minimum_below_interest\":" + (below ? "true" : "false")
      }
      out += ",\"payoff\":"
      optional(loan.payoff, into: &out)
      out += "}"
    }
    out += "],\"months\":["
    for (index, month) in plan.months.enumerated() {
      if index > 0 { out += "," }
      out += "{\"month\":"
      string(month.month, into: &out)
      out += ",\"payments\":["
      for (offset, payment) in month.payments.enumerated() {
        if offset > 0 { out += "," }
        out += "{"
        member("balance", payment.balance, into: &out, first: true)
        member("interest", payment.interest, into: &out)
        member("loan", payment.loan, into: &out)
        member("payment", payment.payment, into: &out)
        out += "}"
      }
      out += "]}"
    }
    out += "],\"payoff\":"
    optional(plan.payoff, into: &out)
    if let perDay = plan.penaltyPerDay { member("penalty_per_day", perDay, into: &out) }
    member("shortfall", plan.shortfall, into: &out)
    member("strategy", plan.strategy.rawValue, into: &out)
    member("total_interest", plan.totalInterest, into: &out)
    out += "}"
    return out
  }

  private static func member(_ key: String, _ value: String, into out: inout String, first: Bool = false) {
    out += first ? "\"" : ",\""
    out += key
    out += "\":"
    string(value, into: &out)
  }

  private static func optional(_ value: String?, into out: inout String) {
    guard let value else {
      out += "null"
      return
    }
    string(value, into: &out)
  }

  /// `value` as a JSON string, escaped as Foundation's encoder escapes (`\b` and `\f` by name,
  /// unlike `JSONText`); most values are amounts, months and ids, which need no escape.
  private static func string(_ value: String, into out: inout String) {
    out += "\""
    guard !value.utf8.allSatisfy({ $0 >= 0x20 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") })
    else {
      out += value
      out += "\""
      return
    }
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "\u{8}": out += "\\b"
      case "\u{c}": out += "\\f"
      case _ where scalar.value < 0x20: out += "\\u" + ZeroPadded.text(scalar.value, width: 4, radix: 16)
      default: out.unicodeScalars.append(scalar)
      }
    }
    out += "\""
  }
}
