/// A file kept with a note: its name as given, its SHA-256 and size, and the name of the copy in
/// the state directory's `attachments/` folder (`AttachmentVault`), which is its digest, so that
/// one file attached twice is kept once.
public struct KeptAttachment: Hashable, Sendable {
  /// The file's name as it was given, without its folder.
  public var name: String
  /// The SHA-256 of its bytes, 64 lowercase hex digits.
  public var sha256: String
  /// Its size in bytes.
  public var bytes: Int64
  /// The name of the kept copy inside `attachments/`.
  public var file: String

  /// An attachment with these parts.
  public init(name: String, sha256: String, bytes: Int64, file: String) {
    self.name = name
    self.sha256 = sha256
    self.bytes = bytes
    self.file = file
  }
}
