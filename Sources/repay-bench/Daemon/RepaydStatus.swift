/// What the benchmark reads from repayd's `STATUS=` line, which ends in "(N ahead)" in English
/// (the benchmark's children run with LANG=C.UTF-8): "next 2026-12-07 09:00: TITLE (N ahead)".
enum RepaydStatus {
  /// The number of notices ahead, nil when the line does not say.
  static func pending(in status: String?) -> Int? {
    guard let status, status.hasSuffix(" ahead)"), let open = status.lastIndex(of: "(") else { return nil }
    return Int(status[status.index(after: open)...].prefix { $0.isNumber })
  }
}
