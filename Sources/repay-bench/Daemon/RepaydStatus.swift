/// What the benchmark reads from repayd's `STATUS=` line, which is "next notice DATE TIME; N
/// ahead" in English (the benchmark's children run with LANG=C.UTF-8).
enum RepaydStatus {
  /// The number of notices ahead, nil when the line does not say.
  static func pending(in status: String?) -> Int? {
    status?.split(separator: ";").last?.split(separator: " ").first.flatMap { Int($0) }
  }
}
