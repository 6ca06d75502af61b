import RepayCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why a file could not be kept with a note, in English and Chinese side by side, so that a case
/// cannot be added in one language only. Nothing is recorded when a file cannot be kept.
public enum AttachmentProblem: Hashable, Sendable {
  /// No file is at the path, or the path is not absolute.
  case missing
  /// Something other than a regular file is there (a directory, a FIFO, a device).
  case notAFile
  /// The daemon may not read it; the `errno` value of `open`.
  case unreadable(errorNumber: Int32)
  /// It is larger than `limit` bytes.
  case tooLarge(limit: Int64)
  /// Its copy could not be written into the state directory; the `errno` value.
  case notCopied(errorNumber: Int32)

  /// The message about `path` in `language`.
  func message(path: String, in language: Language) -> String {
    switch self {
    case .missing:
      language.text(
        en: "cannot attach \(path): no file is there (give an absolute path)",
        zh: "无法附加 \(path)：该位置没有文件（请给出绝对路径）")
    case .notAFile:
      language.text(en: "cannot attach \(path): it is not a regular file", zh: "无法附加 \(path)：它不是普通文件")
    case .unreadable(let errorNumber):
      language.text(
        en: "cannot attach \(path): it cannot be read (\(String(cString: strerror(errorNumber))))",
        zh: "无法附加 \(path)：无法读取（\(String(cString: strerror(errorNumber)))）")
    case .tooLarge(let limit):
      language.text(
        en: "cannot attach \(path): it is larger than \(limit) bytes", zh: "无法附加 \(path)：它超过了 \(limit) 字节")
    case .notCopied(let errorNumber):
      language.text(
        en: "cannot keep a copy of \(path) in the state directory: \(String(cString: strerror(errorNumber)))",
        zh: "无法在状态目录中保存 \(path) 的副本：\(String(cString: strerror(errorNumber)))")
    }
  }
}
