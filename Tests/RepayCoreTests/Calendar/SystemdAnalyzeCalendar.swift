import Foundation
import RepayCore
import RepayTestSupport

/// The oracle: systemd's own `systemd-analyze calendar`, run as a real process.
enum SystemdAnalyzeCalendar {
  /// What systemd said of one expression: its normalized form and elapses as
  /// `YYYY-MM-DD HH:MM:SS` in UTC (empty for "never"), or nil when it rejected the expression.
  struct Verdict: Equatable, CustomStringConvertible {
    let normalized: String
    let elapsesUTC: [String]
    var description: String { "\(normalized) \(elapsesUTC)" }
  }

  static let executable = "/usr/bin/systemd-analyze"

  /// Evaluates all `expressions` in one process under `TZ=zone`, as its argument list.
  static func run(_ expressions: [String], zone: String, baseSeconds: Int64, iterations: Int) throws
    -> [Verdict?]
  {
    let outcome = try ChildProcess.run(
      executable,
      ["calendar", "--iterations=\(iterations)", "--base-time=@\(baseSeconds)", "--"] + expressions,
      environment: ["TZ": zone, "PATH": "/usr/bin:/bin", "SYSTEMD_COLORS": "0", "LANG": "C.UTF-8"])
    var lines = outcome.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
      .map(
        String.init)
    if lines.last == "" { lines.removeLast() }

    // Each expression prints a block of lines (none when it is invalid); a blank line separates
    // consecutive blocks.
    var verdicts: [Verdict?] = []
    var index = 0
    for position in expressions.indices {
      var block: [String] = []
      while index < lines.count, !lines[index].isEmpty {
        block.append(lines[index])
        index += 1
      }
      if position < expressions.count - 1 { index += 1 }
      verdicts.append(block.isEmpty ? nil : verdict(block))
    }
    guard index >= lines.count else {
      throw OracleError.unexpectedOutput(lines[index...].joined(separator: "\n"))
    }
    return verdicts
  }

  enum OracleError: Error {
    case unexpectedOutput(String)
  }

  private static func verdict(_ block: [String]) -> Verdict {
    func value(_ line: String) -> String {
      String(line.drop { $0 == " " }.drop { $0 != ":" }.dropFirst().dropFirst())
    }
    let trimmed = block.map { $0.trimmingCharacters(in: .whitespaces) }
    let normalized = trimmed.first { $0.hasPrefix("Normalized form:") }.map(value) ?? ""
    let utcLines = trimmed.filter { $0.hasPrefix("(in UTC):") }
    let elapseLines =
      utcLines.isEmpty ? trimmed.filter { $0.hasPrefix("Next elapse:") || $0.hasPrefix("Iter. #") } : utcLines
    let elapses = elapseLines.map(value).filter { $0 != "never" }.map { text -> String in
      // "Wed 2023-11-15 08:30:00 UTC" -> "2023-11-15 08:30:00"
      String(text.split(separator: " ")[1...2].joined(separator: " "))
    }
    return Verdict(normalized: normalized, elapsesUTC: elapses)
  }

  /// The instants (Unix seconds) at which `zone` changes its offset within `years`, from zdump
  /// (which prints the second before and the second of each change).
  static func transitions(zone: String, years: ClosedRange<Int>) throws -> [Int64] {
    let records = try ZdumpOutput.run(zone: zone, years: years.lowerBound...(years.upperBound + 1)).lines
      .compactMap {
        line -> ZdumpOutput.Record? in
        guard case .instant(let record) = line else { return nil }
        return record
      }
    return zip(records, records.dropFirst()).compactMap { before, after in
      after.instant == before.instant + 1 && after.offset != before.offset ? after.instant : nil
    }
  }
}
