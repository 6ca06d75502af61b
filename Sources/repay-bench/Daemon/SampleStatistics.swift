/// Order statistics of a benchmark's samples; the machine is noisy, so means are not used.
extension Array where Element == Double {
  /// The middle sample (the upper middle of an even count).
  var median: Double { sorted()[count / 2] }

  /// The sample at or above the fraction `p` of all samples (nearest rank): with 11 samples,
  /// p90 is the 10th smallest.
  func percentile(_ p: Double) -> Double {
    let rank = Int((Double(count) * p).rounded(.up))
    return sorted()[Swift.max(0, Swift.min(count - 1, rank - 1))]
  }
}
