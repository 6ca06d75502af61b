import Foundation
import RepayConfig
import RepayCore
import Testing

/// `RepaymentSchedule.occurrences` against a straightforward reference on generated households:
/// every loan's instalments one by one, each stage fired through `TimeZoneRules` with no
/// converter, no plans and no counting sort, then everything sorted by comparison. The
/// expansion writes stage instants in loan order into places a counting sort computed; the
/// reference shares none of that, so a stage written to another occurrence's place, a range
/// off by one or a day's order broken shows here. Households vary the due rules, business-day
/// rules over China's 2026 holidays, grace days, per-loan reminder settings with times in DST
/// gaps and overlaps and in quiet hours, across zones with and without DST.
@Suite("repayment schedule against a reference")
struct RepaymentScheduleOracleTests {
  /// An occurrence as both sides list it.
  private struct Listed: Equatable, CustomStringConvertible {
    var loan: String
    var installment: Int
    var scheduled: LocalDate
    var due: LocalDate
    var stages: [StageInstant]

    var description: String {
      "\(loan)#\(installment) \(scheduled)>\(due) "
        + stages.map { "\($0.stage.rawValue)[\($0.offsetIndex)]@\($0.instant)" }.joined(separator: ",")
    }
  }

  /// A deterministic generator (SplitMix64), so that a failing seed fails again.
  private struct Generator {
    var state: UInt64

    mutating func next(_ bound: Int) -> Int {
      state &+= 0x9E37_79B9_7F4A_7C15
      var mixed = state
      mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
      mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
      return Int((mixed ^ (mixed >> 31)) % UInt64(bound))
    }

    mutating func pick<T>(_ choices: [T]) -> T { choices[next(choices.count)] }
  }

  /// A household of `count` loans in `zone`, drawn from `seed`.
  private func household(seed: UInt64, zone: String, count: Int) -> String {
    var random = Generator(state: seed)
    let quiet = random.pick([#"quiet_hours = "22:00-08:00""#, #"quiet_hours = "01:00-03:30""#, ""])
    var text = """
      [daemon]
      timezone = "\(zone)"
      holidays = ["cn-2026.txt"]
      \(quiet)
      [reminders]
      at = "\(random.pick(["09:30", "02:30", "23:00"]))"
      before = ["7d", "3d", "1d"]
      overdue = ["1d", "3d", "7d", "15d", "30d"]

      """
    // Times in spring gaps and autumn overlaps of the DST zones, and in or at the edge of quiet hours.
    let times = [
      "00:00", "00:30", "01:30", "02:00", "02:30", "03:00", "07:59", "08:00", "12:00", "22:30", "23:59",
    ]
    let offsets = ["30m", "90m", "1h", "2h", "20h", "1d", "36h", "2d", "3d", "14d"]
    for index in 0..<count {
      let day = 1 + random.next(31)
      // A month of 31 days, so that the first due date is one of the rule's for any day.
      let first =
        "2026-\(random.pick(["01", "03", "05", "07", "08", "10", "12"]))-\(String(format: "%02d", day))"
      let due: String
      switch random.next(4) {
      case 0, 1: due = "due = { day = \(day) }\nfirst_due = \(first)"
      case 2: due = "due = { calendar = \"*-*-\(String(format: "%02d", day))\" }\nfirst_due = \(first)"
      default:
        due = "due = { dates = [2026-12-31, 2027-03-14, 2027-03-28, 2027-10-31, 2027-11-07, 2028-02-29] }"
      }
      let term =
        due.contains("dates")
        ? "" : random.pick(["installments = \(1 + random.next(30))", "open_ended = true"])
      let paid = due.contains("dates") || random.next(4) > 0 ? "" : "paid_through = \(first)"
      var reminders = ""
      if random.next(2) == 0 {
        let before = (0..<random.next(4)).map { _ in "\"\(random.pick(offsets))\"" }.joined(separator: ", ")
        let overdue = (0..<random.next(4)).map { _ in "\"\(random.pick(offsets))\"" }.joined(separator: ", ")
        reminders = """
          [loan.reminders]
          at = "\(random.pick(times))"
          before = [\(before)]
          due = \(random.next(4) > 0)
          overdue = [\(overdue)]
          """
      }
      text += """
        [[loan]]
        id = "loan-\(index)"
        name = "贷款 \(index)"
        amount = "\(1 + random.next(900)).00"
        currency = "CNY"
        \(due)
        \(term)
        \(paid)
        business_day = "\(random.pick(["following", "preceding", "none"]))"
        grace_days = \(random.next(4))
        \(reminders)

        """
    }
    return text
  }

  /// The configuration of `text`, with the China 2026 holiday seed beside it; warnings allowed
  /// (a loan paid through its last instalment, say).
  private func configuration(_ text: String) throws -> Configuration {
    let report = try ChinaSeededConfiguration.read(text)
    #expect(report.diagnostics.filter { $0.severity == .error }.map(\.description) == [])
    return try #require(report.configuration)
  }

  /// The window as the expansion lists it; checks that the occurrences' stage ranges tile the
  /// stage list in order.
  private func expanded(_ window: ScheduleWindow) -> [Listed] {
    var next = 0
    for occurrence in window.occurrences {
      #expect(occurrence.stages.lowerBound == next)
      next = occurrence.stages.upperBound
    }
    #expect(next == window.stageInstants.count)
    return window.occurrences.map {
      Listed(
        loan: window.loan(of: $0).id, installment: $0.installment, scheduled: $0.scheduled, due: $0.due,
        stages: Array(window.stages(of: $0)))
    }
  }

  /// The reference: each loan's unpaid instalments due in [`from`, `from + days`), from its first,
  /// each stage fired by the zone's own rules, sorted by comparison.
  private func reference(_ configuration: Configuration, from: LocalDate, days: Int) -> [Listed] {
    let end = from.advanced(by: days)
    let zone = configuration.zone
    func fire(_ localSeconds: Int64, held: Bool) -> Int64 {
      let instant = zone.firingInstant(localSeconds: localSeconds) * 1_000_000
      guard held, let quietHours = configuration.quietHours else { return instant }
      return zone.deferring(instant, by: quietHours)
    }
    var listed: [Listed] = []
    for loan in configuration.loans {
      let policy = loan.reminders
      var dates = EffectiveDueDates(
        of: loan, from: loan.firstDue.advanced(by: -31), holidays: configuration.holidays,
        calendar: CalendarDates())
      while let (installment, scheduled, due) = dates.next(), due < end {
        guard due >= from else { continue }
        let at = TimeZoneRules.localSeconds(due, policy.at)
        var stages: [StageInstant] = policy.before.enumerated().map {
          StageInstant(instant: fire(at - $1.seconds, held: true), stage: .advance, offsetIndex: Int32($0))
        }
        if policy.due {
          stages.append(StageInstant(instant: fire(at, held: true), stage: .due, offsetIndex: 0))
        }
        let graced = TimeZoneRules.localSeconds(due.advanced(by: loan.graceDays), policy.at)
        stages += policy.overdue.enumerated().map {
          StageInstant(
            instant: fire(graced + $1.seconds, held: false), stage: .overdue, offsetIndex: Int32($0))
        }
        stages.sort(by: policy.precedes)
        listed.append(
          Listed(loan: loan.id, installment: installment, scheduled: scheduled, due: due, stages: stages))
      }
    }
    return listed.sorted { ($0.due, $0.loan, $0.installment) < ($1.due, $1.loan, $1.installment) }
  }

  @Test(
    "the expansion lists what the reference lists, stage for stage",
    arguments: ["Asia/Shanghai", "Europe/Berlin", "America/New_York", "Australia/Lord_Howe"], [1, 2, 3])
  func matchesReference(zone: String, seed: UInt64) throws {
    let configuration = try configuration(household(seed: seed, zone: zone, count: 60))
    let schedule = RepaymentSchedule(configuration: configuration)
    for (from, days) in [("2026-12-01", 730), ("2027-03-20", 45), ("2027-10-30", 1)] {
      let start = try #require(LocalDate(parsing: from))
      let window = schedule.occurrences(from: start, days: days)
      let listed = expanded(window)
      let expected = reference(configuration, from: start, days: days)
      #expect(listed.count == expected.count)
      for (actual, wanted) in zip(listed, expected) where actual != wanted {
        Issue.record("\(zone) seed \(seed) from \(from): \(actual) ≠ reference \(wanted)")
        break
      }
      // One loan's window lists that loan's part of the whole window, stage for stage.
      for loan in [0, 17, 59] {
        let alone = expanded(schedule.occurrences(from: start, days: days, onlyLoanAt: loan))
        #expect(alone == listed.filter { $0.loan == "loan-\(loan)" })
      }
    }
  }
}
