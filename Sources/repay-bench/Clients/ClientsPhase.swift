import Foundation

/// One phase of `repay-bench clients`: its clients' round trips, and the realtime window it
/// ran in (Unix microseconds), to which the reminders planned in it are attributed.
struct ClientsPhase {
  /// What the table calls it.
  let name: String
  /// What they measured.
  let load: CallLoad.Measurement
  /// When it ran.
  let window: ClosedRange<Int64>

  /// The results, one row a phase: calls, throughput, round trips, and the lateness of the
  /// reminders planned in its window. `planned` and `deliveries` are in order and matched one to
  /// one (repayd delivers them in order, one a second).
  static func table(_ phases: [ClientsPhase], planned: [Int64], deliveries: [DeliveryWatch.Delivery])
    -> String
  {
    var lines = [
      "| phase | calls | calls/s | errors | round trip p50 µs | p99 µs | max µs | reminders | delivered late p50 ms | max ms | Watch event late max ms |",
      "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for phase in phases {
      let trips = phase.load.roundTrips
      let matched = zip(planned, deliveries).filter { phase.window.contains($0.0) }
      let late = matched.map { Double($0.1.delivered - $0.0) / 1_000 }
      let arrived = matched.map { Double($0.1.arrived - $0.0) / 1_000 }
      let cells = [
        phase.name, "\(trips.count)", format(Double(trips.count) / phase.load.seconds, 0),
        "\(phase.load.errors)",
        format(trips.percentile(0.5), 0), format(trips.percentile(0.99), 0), format(trips.max() ?? 0, 0),
        "\(late.count)", late.isEmpty ? "-" : format(late.percentile(0.5), 1),
        late.isEmpty ? "-" : format(late.max() ?? 0, 1),
        arrived.isEmpty ? "-" : format(arrived.max() ?? 0, 1),
      ]
      lines.append("| " + cells.joined(separator: " | ") + " |")
    }
    return lines.joined(separator: "\n")
  }

  private static func format(_ value: Double, _ digits: Int) -> String {
    String(format: "%.\(digits)f", value)
  }
}
