import Foundation
import RepayCore
import RepayStore

/// A year of a household's deliveries and payments written to a fresh state file through
/// `StateStore`, the daemon's own store, so that `repay-bench scale` can measure the file a year
/// of use leaves (issue 24).
///
/// Every occurrence due in the year is paid: nine in ten on their due date, after their advance
/// and due notices; one in ten five days late, after the overdue notices planned before then.
/// Each notice is recorded as delivered to the journal and the desktop at its planned instant,
/// in batches of a simulated day's size, as the daemon's catch-up records them.
struct SimulatedYear {
  /// The state file's size (with its write-ahead log, if any is left), in bytes.
  let bytes: Int
  /// Deliveries recorded.
  let deliveries: Int
  /// Payments recorded.
  let payments: Int

  /// Writes the year from `from` of `configuration` into a new store in `directory`.
  init(configuration: Configuration, from: LocalDate, directory: String) throws {
    let window = ScheduleSteps.expand(configuration, from: from, days: 365)
    let keys = NoticeKeys(loans: window.loans, reminders: [], zone: configuration.zone)
    let store = try StateStore(directory: directory)
    var batch: [DeliveryRecord] = []
    var deliveries = 0
    var payments = 0
    for (index, occurrence) in window.occurrences.enumerated() {
      let stages = window.stages(of: occurrence)
      let late = index % 10 == 0
      // The due notice's instant (or the last one before the overdue ladder) and a day's margin.
      let dueInstant = stages.last { $0.stage != .overdue }?.instant ?? stages.first?.instant ?? 0
      let paidAt = dueInstant + (late ? 5 * 86_400_000_000 : 3_600_000_000)
      for stage in stages where stage.instant < paidAt {
        let source = AgendaItem.Source.stage(loan: occurrence.loan, due: occurrence.due, stage: stage)
        batch.append(
          DeliveryRecord(
            key: keys.key(of: source), plannedAt: stage.instant, deliveredAt: stage.instant,
            sinks: ["journal", "desktop"], outcome: .delivered))
      }
      if batch.count >= 10_000 {
        deliveries += try store.record(contentsOf: batch)
        batch.removeAll(keepingCapacity: true)
      }
      _ = try store.recordPayment(
        loan: window.loans[occurrence.loan].id, occurrence: occurrence.due,
        amount: window.loans[occurrence.loan].amount,
        paidOn: occurrence.due.advanced(by: late ? 5 : 0), note: nil, recordedAt: paidAt)
      payments += 1
    }
    deliveries += try store.record(contentsOf: batch)
    try store.close()
    let files = try FileManager.default.contentsOfDirectory(atPath: directory)
      .filter { $0.hasPrefix(StateLocation.fileName) }
    bytes = try files.reduce(0) { sum, name in
      sum + ((try FileManager.default.attributesOfItem(atPath: directory + "/" + name)[.size] as? Int) ?? 0)
    }
    self.deliveries = deliveries
    self.payments = payments
  }
}
