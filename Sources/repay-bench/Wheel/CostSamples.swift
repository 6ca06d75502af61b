/// Per-operation costs of one kind of operation, one sample per timed batch.
///
/// Single operations take tens of nanoseconds, close to what reading the clock costs, so the
/// benchmark times batches of operations and divides by their number; the percentiles are over
/// those batches.
struct CostSamples {
  /// Nanoseconds per operation, one value per batch.
  private(set) var nanosecondsPerOperation: [Double] = []

  /// Records a batch of `operations` that took `nanoseconds`; empty batches are skipped.
  mutating func record(nanoseconds: UInt64, operations: Int) {
    guard operations > 0 else { return }
    nanosecondsPerOperation.append(Double(nanoseconds) / Double(operations))
  }

  /// The median batch's cost per operation, or nil without samples.
  var p50: Double? { percentile(0.50) }
  /// The 99th-percentile batch's cost per operation, or nil without samples.
  var p99: Double? { percentile(0.99) }

  private func percentile(_ fraction: Double) -> Double? {
    guard !nanosecondsPerOperation.isEmpty else { return nil }
    let sorted = nanosecondsPerOperation.sorted()
    return sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))]
  }
}
