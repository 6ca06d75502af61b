/// What one comparison of `repay-bench all` gave: its measures, or the error that broke it
/// (a program that did not start, a daemon that never said READY=1). A broken comparison may
/// still carry the measures it took before it broke.
public struct ComparisonOutcome: Encodable, Equatable, Sendable {
  /// The comparison's name: its `repay-bench` subcommand.
  public let name: String
  /// Wall time the comparison took, in seconds.
  public let seconds: Double
  /// Its figures.
  public let measures: [Measure]
  /// Why it broke; nil when it ran to its end, whatever its goals.
  public let error: String?

  /// An outcome as described above.
  public init(name: String, seconds: Double, measures: [Measure], error: String? = nil) {
    self.name = name
    self.seconds = seconds
    self.measures = measures
    self.error = error
  }

  private enum CodingKeys: String, CodingKey { case name, seconds, measures, error }

  /// `error` is always present, null when the comparison ran to its end.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(name, forKey: .name)
    try container.encode(seconds, forKey: .seconds)
    try container.encode(measures, forKey: .measures)
    try container.encode(error, forKey: .error)
  }
}
