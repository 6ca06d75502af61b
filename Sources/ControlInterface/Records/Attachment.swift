extension Control {
  /// A file kept with a note (a receipt, a screenshot, a letter), copied into the state directory.
  public struct Attachment: Codable, Hashable, Sendable {
    /// The file's name as it was given, without its folder.
    public var name: String
    /// The SHA-256 of its bytes, 64 lowercase hex digits.
    public var sha256: String
    /// Its size in bytes.
    public var bytes: Int64
    /// The absolute path of the copy the daemon keeps in its state directory (readable by the
    /// same user: the dossier's bundle copies it from there); absent when it does not apply.
    public var path: String?

    /// A value with these fields.
    public init(name: String, sha256: String, bytes: Int64, path: String? = nil) {
      self.name = name
      self.sha256 = sha256
      self.bytes = bytes
      self.path = path
    }
  }
}
