import RepayCore

/// What `repayctl dossier --bundle DIR` writes, decided apart from the writing: the documents'
/// names, each attachment's name in `attachments/`, and the `SHA256SUMS` that `sha256sum -c`
/// checks the folder against.
public enum DossierBundle {
  /// The dossier in Markdown.
  public static let markdown = "dossier.md"
  /// The dossier in HTML.
  public static let html = "dossier.html"
  /// The `GetDossier` reply's parameters as the daemon wrote them.
  public static let json = "dossier.json"
  /// The folder the attachments are copied into.
  public static let attachments = "attachments"
  /// The checksum file.
  public static let checksums = "SHA256SUMS"

  /// The file name in `attachments/` for each of `names`, in order: the name as given with `/`,
  /// `\`, line breaks and NUL made `_` (so that it stays in the folder and `sha256sum` needs no
  /// escapes), `attachment` for an empty, `.` or `..` name, and a name already taken by an
  /// earlier attachment given `-2`, `-3`… before its extension (`receipt.png`, `receipt-2.png`).
  public static func attachmentNames(_ names: [String]) -> [String] {
    var taken = Set<String>()
    return names.map { name in
      var safe = String(name.map { "/\\\n\r\0".contains($0) ? "_" : $0 })
      if safe.isEmpty || safe == "." || safe == ".." { safe = "attachment" }
      // A leading dot is a hidden file's name, not an extension.
      let dot = safe.dropFirst().lastIndex(of: ".")
      let (stem, suffix) = dot.map { (String(safe[..<$0]), String(safe[$0...])) } ?? (safe, "")
      var candidate = safe
      var number = 2
      while taken.contains(candidate) {
        candidate = "\(stem)-\(number)\(suffix)"
        number += 1
      }
      taken.insert(candidate)
      return candidate
    }
  }

  /// The `SHA256SUMS` of `files` (each a path relative to the bundle and its bytes), one line
  /// each in `sha256sum`'s text form: 64 lowercase hex digits, two spaces, the path.
  public static func checksumLines(_ files: [(path: String, bytes: [UInt8])]) -> String {
    files.map { "\(SHA256.hex(of: $0.bytes))  \($0.path)\n" }.joined()
  }
}
