import RepayCore

/// A household as a remind script (remind(1), version 4), written the way a careful remind user
/// would write the same rules:
///
/// - holidays are global `OMIT`s; weekends are omitted by the function `_closed`, which also
///   knows the make-up working days (a global `OMIT Sat Sun` could not un-omit them);
/// - `business_day` is `AFTER` (following), `BEFORE` (preceding) or nothing (none), with
///   `OMITFUNC _closed`; the month's last day is `1 --1`;
/// - the instalments' span is `FROM` fifteen days before the first scheduled date (wide enough
///   for a business-day move, narrow enough to leave out the month before) and `UNTIL` the
///   last instalment's trigger date, which remind computes with `evaltrig` from fifteen days
///   before the last scheduled date (`UNTIL` bounds the days a reminder fires on, not the
///   occurrences, so any later date would let the next month's advance warnings in);
/// - the advance warnings are a `WARN` function returning exactly the `before` days;
/// - each overdue offset (after the grace days) is a reminder of its own that fires on the days
///   whose date less the offset is the trigger date of the loan's rule, found by `evaltrig`
///   (remind's `*N` repeats need a fully given date, so they cannot follow a monthly rule that
///   business days move).
///
/// Every message reads `HH:MM LOAN STAGE`, the time being remind's own `trigtime()`, so that
/// `RemindCalendarReading` can read the advance warnings' times too (remind's simple calendar
/// gives a time only on the trigger date).
struct RemindScript {
  /// The script.
  let text: String

  /// The script for `household`.
  init(_ household: RemindHousehold) {
    let policies = Array(Set(household.loans.map(\.policy.before))).sorted {
      $0.lexicographicallyPrecedes($1)
    }
    let warnings = Dictionary(
      uniqueKeysWithValues: policies.enumerated().map { ($0.element, "_warn\($0.offset)") })
    let workdays = household.workdays.map { "d == '\($0)'" }.joined(separator: " || ")
    var lines = household.holidays.map { "OMIT \($0)" }
    lines += [
      "FSET _workday(d) \(workdays.isEmpty ? "0" : workdays)",
      "FSET _closed(d) isomitted(d) || ((wkdaynum(d) == 0 || wkdaynum(d) == 6) && !_workday(d))",
      // A negative INT is evaltrig's "no trigger" (remind evaluates every operand, so the
      // comparisons with the first and last dates go through INT); a date in the past never
      // fires. The span is checked here because evaltrig ignores FROM when given where to scan
      // from.
      "FSET _overdue(e, k, first, last) iif(typeof(e) == \"DATE\" && e + k == today() && coerce(\"INT\", e) >= "
        + "coerce(\"INT\", first) && coerce(\"INT\", e) <= coerce(\"INT\", last), today(), '1990-01-01')",
    ]
    lines += policies.map {
      "FSET \(warnings[$0]!)(x) choose(x, \(($0 + [0]).map(String.init).joined(separator: ", ")))"
    }
    for loan in household.loans {
      let move: String
      switch loan.businessDay {
      case "following": move = " OMITFUNC _closed AFTER"
      case "preceding": move = " OMITFUNC _closed BEFORE"
      default: move = ""
      }
      // Each trigger with the first date its occurrences may have and, when they end, a remind
      // expression for the last (the trigger date of the last instalment, which remind computes).
      let triggers: [(trigger: String, first: LocalDate, last: String?)]
      switch loan.schedule {
      case .monthly(let day, let first, let count, _):
        let trigger = (day == 31 ? "1 --1" : "\(day)") + move
        var last: String?
        if let count {
          last = "_last\(loan.id.filter(\.isNumber))"
          let scan = RemindHousehold.lastMonthly(day: day, first: first, count: count).advanced(by: -15)
          lines.append("SET \(last!) evaltrig(\"\(trigger)\", '\(scan)')")
        }
        triggers = [(trigger, first.advanced(by: -15), last)]
      case .dates(let dates):
        triggers = dates.map { ("\($0)" + move, $0.advanced(by: -15), nil) }
      }
      let at = " AT \(RemindHousehold.clock(loan.policy.minute))"
      for (trigger, first, last) in triggers {
        lines.append(
          "REM \(trigger) FROM \(first)\(last.map { " UNTIL [\($0)]" } ?? "") WARN \(warnings[loan.policy.before]!)\(at) MSG [trigtime()] "
            + "\(loan.id) due")
        for offset in loan.policy.overdue {
          let days = loan.graceDays + offset
          lines.append(
            "REM [_overdue(evaltrig(\"\(trigger)\", today() - \(days)), \(days), '\(first)', \(last ?? "'2100-01-01'"))]\(at) MSG "
              + "[trigtime()] \(loan.id) overdue")
        }
      }
    }
    text = lines.joined(separator: "\n") + "\n"
  }
}
