import RepayDisplay

/// How `show` and `history` mark a withdrawn payment: when, and why when a reason was given.
enum WithdrawnText {
  /// "withdrawn TIME: WHY", or nil for a payment that counts.
  static func phrase(at withdrawnAt: String?, note: String?, _ display: Display) -> String? {
    withdrawnAt.map {
      display.text(en: "withdrawn \(display.time($0))", zh: "已于 \(display.time($0)) 撤回")
        + (note.map { display.text(en: ": \($0)", zh: "：\($0)") } ?? "")
    }
  }
}
