/// When a sink is given one summary notice instead of a batch's notices: each sink states its
/// own policy (`NoticeSink.fold`), and the delivery queue applies it to each batch, so that the
/// rule is written once and every sink of a batch sees the same summary.
public enum CatchUpFold: Sendable, Hashable {
  /// More notices than the configuration's `catch_up_fold` in force (the desktop, the hooks):
  /// what a person sees or a script acts on.
  case configured
  /// More notices than this, whatever the configuration (the journal: journald's rate limit).
  case above(Int)
  /// Never: every notice as it is (standard error, a record of everything).
  case never

  /// Whether a batch of `count` notices is folded when the configuration's `catch_up_fold` in
  /// force is `configured`: only a batch of more than the threshold, never one of exactly it.
  public func folds(_ count: Int, configured: Int) -> Bool {
    switch self {
    case .configured: count > configured
    case .above(let threshold): count > threshold
    case .never: false
    }
  }
}
