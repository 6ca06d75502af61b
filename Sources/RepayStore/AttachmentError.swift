import RepayCore

/// A file that could not be kept with a note (`AttachmentVault.keep`), with its path as given.
public struct AttachmentError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The path as given.
  public var path: String
  /// What went wrong.
  public var problem: AttachmentProblem

  /// An error about `path`.
  public init(path: String, problem: AttachmentProblem) {
    self.path = path
    self.problem = problem
  }

  /// The message in `language`: it names the file and says why.
  public func message(in language: Language) -> String { problem.message(path: path, in: language) }

  /// The English message, for logs.
  public var description: String { message(in: .english) }
}
