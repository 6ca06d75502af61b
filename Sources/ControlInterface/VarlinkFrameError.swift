/// A fault in the byte stream itself, below the level of a message's meaning.
public enum VarlinkFrameError: Error, Hashable, Sendable {
  /// A message reached `limit` bytes (its NUL included) without ending.
  case tooLarge(limit: Int)
}
