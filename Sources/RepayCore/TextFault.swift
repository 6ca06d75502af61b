/// A fault in a short text a user wrote (an amount, a length of time, a time of day): what is
/// wrong, and where in the text, so that a diagnostic can point inside the value.
public struct TextFault<Reason: TextFaultReason>: Error, Hashable, Sendable {
  /// What is wrong.
  public let reason: Reason
  /// Where in the text, 1-based, in characters.
  public let column: Int

  /// A fault at `column` of the text.
  public init(_ reason: Reason, column: Int) {
    self.reason = reason
    self.column = column
  }

  /// What is wrong, in `language`.
  public func message(in language: Language) -> String { reason.message(in: language) }
}

/// What can be wrong with one kind of short text, said in English and Chinese.
public protocol TextFaultReason: Hashable, Sendable {
  /// The message in `language`.
  func message(in language: Language) -> String
}
