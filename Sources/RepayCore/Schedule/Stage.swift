/// The stages of a reminder, named alike in the journal's `REPAY_STAGE`, a hook's `on`, JSON and
/// the docs (the design brief fixes the names); coded in JSON as those names.
public enum Stage: String, Hashable, Sendable, CaseIterable, Comparable, Codable {
  /// A warning ahead of a due date.
  case advance
  /// The due date itself.
  case due
  /// An instalment past its due date (and grace) and unpaid.
  case overdue
  /// An overdue instalment that has been paid.
  case settled
  /// Several catch-up deliveries folded into one.
  case summary
  /// A free-standing `[[reminder]]`, tied to no loan.
  case reminder

  /// Whether quiet hours hold the stage back. Only `overdue` is critical (its desktop urgency is
  /// critical in the design brief's table): a person must hear of it at once, even at night.
  public var waitsForQuietHoursToEnd: Bool { self != .overdue }

  /// The order of an occurrence's stages in time: advance, due, overdue, then the rest.
  public static func < (lhs: Stage, rhs: Stage) -> Bool {
    lhs.rank < rhs.rank
  }

  private var rank: Int {
    switch self {
    case .advance: 0
    case .due: 1
    case .overdue: 2
    case .settled: 3
    case .summary: 4
    case .reminder: 5
    }
  }
}
