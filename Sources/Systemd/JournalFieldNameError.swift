/// A journal field name that breaks journald's rules, with the rule it breaks; thrown before
/// anything is sent.
public struct JournalFieldNameError: Error, Hashable, Sendable, CustomStringConvertible {
  /// Which of journald's rules a name breaks.
  public enum Problem: Hashable, Sendable {
    /// The name is empty.
    case empty
    /// The name starts with `_`, which journald reserves for the fields it adds itself.
    case startsWithUnderscore
    /// The name starts with a digit.
    case startsWithDigit
    /// The name holds a character other than `A`-`Z`, `0`-`9` and `_` (the first such).
    case invalidCharacter(Character)
    /// The name is longer than `JournalFieldName.maximumLength`.
    case tooLong
  }

  /// The rejected name, as given.
  public var name: String
  /// The rule it breaks.
  public var problem: Problem

  /// An error for `name` breaking `problem`.
  public init(name: String, problem: Problem) {
    self.name = name
    self.problem = problem
  }

  /// `invalid journal field name "NAME": REASON`.
  public var description: String {
    let reason: String
    switch problem {
    case .empty: reason = "it is empty"
    case .startsWithUnderscore: reason = "it starts with \"_\", which journald reserves for its own fields"
    case .startsWithDigit: reason = "it starts with a digit"
    case .invalidCharacter(let character):
      reason = "\"\(character)\" is not allowed (only A-Z, 0-9 and _)"
    case .tooLong: reason = "it is longer than \(JournalFieldName.maximumLength) characters"
    }
    return "invalid journal field name \"\(name)\": \(reason)"
  }
}
