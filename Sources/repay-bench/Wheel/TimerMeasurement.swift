/// What the wheel benchmark found for one structure at one number of pending entries.
struct TimerMeasurement {
  /// The structure's name.
  let structure: String
  /// The number of pending entries it was measured at.
  let size: Int
  /// Inserting one entry while `size` are pending.
  var insert = CostSamples()
  /// Cancelling a random pending entry while about `size` are pending.
  var cancel = CostSamples()
  /// Expiring the entries in deadline order, from `size` down to none.
  var expire = CostSamples()
  /// Mean CPU time of the whole process per insert, per cancel and per expiry, in nanoseconds:
  /// unlike the batch times it includes work that libdispatch does on its own threads.
  var cpuPerInsert = 0.0
  /// See `cpuPerInsert`.
  var cpuPerCancel = 0.0
  /// See `cpuPerInsert`.
  var cpuPerExpiry = 0.0
  /// Growth of the resident set per pending entry when filling to `size`, in bytes.
  var bytesPerEntry = 0.0
  /// Wall time of filling to `size`, in nanoseconds.
  var fillNanoseconds: UInt64 = 0
}
