import RepayCore

/// The notices that came due together (one, or a whole catch-up), as the daemon's core hands
/// them to the delivery queue, with what folding them needs: the writer in force, which writes
/// the summary in the language in force, and the configuration's `catch_up_fold` in force.
public struct DeliveryBatch: Sendable {
  /// The notices, in order.
  public var notices: [QueuedNotice]
  /// The notices' writer in force: it writes the summary of a folded batch.
  public var writer: NoticeWriter
  /// The configuration's `catch_up_fold` in force: the threshold of `CatchUpFold.configured`.
  public var catchUpFold: Int

  /// A batch of `notices`, folded (for the sinks whose policy says so) by `writer` beyond
  /// `catchUpFold`.
  public init(notices: [QueuedNotice], writer: NoticeWriter, catchUpFold: Int) {
    self.notices = notices
    self.writer = writer
    self.catchUpFold = catchUpFold
  }
}
