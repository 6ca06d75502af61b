import RepayCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The files kept with notes: `attachments/` in the state directory (0700), each file copied in
/// (0600) under its SHA-256, so that it is the user's record even after the original is moved
/// or changed, and one file attached twice is kept once. The digest is taken while copying.
public struct AttachmentVault: Sendable {
  /// The largest file kept, in bytes (50 MB).
  public static let limit: Int64 = 50_000_000

  /// The folder the copies are in.
  public let folder: String

  /// The vault of the state directory `stateDirectory`, made absolute against the current
  /// directory when it is relative: a note shows where its copies are.
  public init(stateDirectory: String) {
    var directory = stateDirectory
    if !directory.hasPrefix("/"), let current = getcwd(nil, 0) {
      directory = String(cString: current) + "/" + directory
      free(current)
    }
    folder = directory + "/attachments"
  }

  /// The absolute path of `attachment`'s kept copy (the folder is absolute when the state
  /// directory is).
  public func path(of attachment: KeptAttachment) -> String { folder + "/" + attachment.file }

  /// Copies the regular file at the absolute `path` (at most `limit` bytes) into the vault and
  /// returns what a note records of it, and whether the copy is new (nil when the vault held
  /// that content already). A new copy is the caller's to `discard` when the note is not
  /// recorded after all. Fails with `missing`, `notAFile`, `unreadable`, `tooLarge` or
  /// `notCopied`, leaving nothing behind.
  public func keep(_ path: String) throws(AttachmentError) -> (attachment: KeptAttachment, newCopy: String?) {
    func fail(_ problem: AttachmentProblem) -> AttachmentError {
      AttachmentError(path: path, problem: problem)
    }
    guard path.hasPrefix("/") else { throw fail(.missing) }
    var status = stat()
    guard stat(path, &status) == 0 else {
      throw fail(errno == ENOENT || errno == ENOTDIR ? .missing : .unreadable(errorNumber: errno))
    }
    guard status.st_mode & S_IFMT == S_IFREG else { throw fail(.notAFile) }
    guard Int64(status.st_size) <= Self.limit else { throw fail(.tooLarge(limit: Self.limit)) }
    // Nonblocking, so that a FIFO put in the file's place meanwhile cannot hang the daemon.
    let source = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard source >= 0 else { throw fail(errno == ENOENT ? .missing : .unreadable(errorNumber: errno)) }
    defer { close(source) }
    guard fstat(source, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { throw fail(.notAFile) }
    try makeFolder(path)
    var template = Array((folder + "/.incoming-XXXXXX").utf8CString)
    // mkstemp makes it 0600; mkostemp, which could make it close-on-exec at once, needs
    // _GNU_SOURCE, and the hooks' children close every inherited descriptor anyway.
    let copy = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard copy >= 0 else { throw fail(.notCopied(errorNumber: errno)) }
    _ = fcntl(copy, F_SETFD, FD_CLOEXEC)
    let incoming = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var kept = false
    defer {
      close(copy)
      if !kept { unlink(incoming) }
    }
    let (digest, bytes) = try copyBytes(from: source, to: copy, path: path)
    guard fsync(copy) == 0 else { throw fail(.notCopied(errorNumber: errno)) }
    let attachment = KeptAttachment(
      name: String(path.split(separator: "/").last ?? ""), sha256: digest, bytes: bytes, file: digest)
    let target = self.path(of: attachment)
    if access(target, F_OK) == 0 { return (attachment, nil) }
    guard rename(incoming, target) == 0 else { throw fail(.notCopied(errorNumber: errno)) }
    kept = true
    return (attachment, target)
  }

  /// Removes a new copy `keep` made (its `newCopy`), when the note it was for is not recorded.
  public func discard(_ newCopy: String) {
    unlink(newCopy)
  }

  /// Creates the folder with mode 0700 when it is missing.
  private func makeFolder(_ path: String) throws(AttachmentError) {
    if mkdir(folder, 0o700) == 0 {
      // mkdir's mode is narrowed by the umask; the folder must be exactly 0700.
      guard chmod(folder, 0o700) == 0 else {
        throw AttachmentError(path: path, problem: .notCopied(errorNumber: errno))
      }
    } else if errno != EEXIST {
      throw AttachmentError(path: path, problem: .notCopied(errorNumber: errno))
    }
  }

  /// Copies every byte of `source` into `copy`, digesting them on the way; at most `limit`
  /// bytes, since the file may grow after it was measured.
  private func copyBytes(from source: Int32, to copy: Int32, path: String) throws(AttachmentError)
    -> (digest: String, bytes: Int64)
  {
    var digest = SHA256()
    var total: Int64 = 0
    var buffer = [UInt8](repeating: 0, count: 1 << 20)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(source, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw AttachmentError(path: path, problem: .unreadable(errorNumber: errno))
      }
      if count == 0 { break }
      total += Int64(count)
      guard total <= Self.limit else {
        throw AttachmentError(path: path, problem: .tooLarge(limit: Self.limit))
      }
      let chunk = buffer[..<count]
      digest.update(chunk)
      var written = 0
      while written < count {
        let result = chunk.withUnsafeBytes { write(copy, $0.baseAddress! + written, count - written) }
        if result < 0, errno == EINTR { continue }
        guard result > 0 else { throw AttachmentError(path: path, problem: .notCopied(errorNumber: errno)) }
        written += result
      }
    }
    return (digest.finalHex(), total)
  }
}
