import RepayCore

#if canImport(Glibc)
  import Glibc
#endif

/// A `[[hook]]` table, read and checked, its command looked up on this system.
enum HookSection {
  /// The keys a hook may hold.
  enum Key: Int, TableKey {
    case on, exec, timeout

    /// The key as written in a file.
    var name: String {
      switch self {
      case .on: "on"
      case .exec: "exec"
      case .timeout: "timeout"
      }
    }
  }
  /// The timeout when none is given.
  static let defaultTimeout = try! ReminderOffset(parsing: "10s")

  /// The hook in `table`, or nil after reporting every fault.
  static func read(_ table: consuming TOMLTable, at location: SourceLocation, log: DiagnosticLog) -> Hook? {
    let fields = TableFields<Key>(table, name: "[[hook]]", at: location, log: log)
    var valid = true
    var stages: Set<Stage> = []
    if let names = fields.strings(.on, required: true) {
      if names.isEmpty { fields.error(.emptyList(key: "on"), at: .on) }
      for (name, element) in names {
        if let stage = Stage(rawValue: name) {
          stages.insert(stage)
        } else {
          log.error(
            .unknownStage(
              name, suggestion: KeySuggestion.nearest(to: name, among: Stage.allCases.map(\.rawValue))),
            at: element.location)
          valid = false
        }
      }
    }
    var arguments: [String] = []
    if let elements = fields.strings(.exec, required: true) {
      arguments = elements.map(\.0)
      if let (path, element) = elements.first {
        valid = checkExecutable(path, at: element, log: log) && valid
      } else {
        fields.error(.execEmpty, at: .exec)
      }
    }
    var timeout = defaultTimeout
    if let length = fields.duration(.timeout) {
      if length.seconds > 0 { timeout = length } else { fields.error(.zeroTimeout, at: .timeout) }
    }
    guard valid, !stages.isEmpty, !arguments.isEmpty else { return nil }
    return Hook(stages: stages, arguments: arguments, timeout: timeout)
  }

  /// Whether `path` is absolute and names an executable regular file; reports why not.
  private static func checkExecutable(_ path: String, at value: TOMLValue, log: DiagnosticLog) -> Bool {
    guard path.hasPrefix("/") else {
      log.error(.execNotAbsolute(path), at: value.location)
      return false
    }
    var status = stat()
    let english = log.language == .english
    let reason: String
    if stat(path, &status) != 0 {
      switch errno {
      case ENOENT: reason = english ? "it does not exist" : "文件不存在"
      case EACCES: reason = english ? "a directory on its path may not be searched" : "路径中的目录没有访问权限"
      case ENOTDIR: reason = english ? "a part of its path is not a directory" : "路径中的某一部分不是目录"
      default: reason = String(cString: strerror(errno))
      }
    } else if status.st_mode & S_IFMT != S_IFREG {
      reason = english ? "it is not a regular file" : "它不是普通文件"
    } else if access(path, X_OK) != 0 {
      reason = english ? "it may not be executed (chmod +x)" : "它没有执行权限（chmod +x）"
    } else {
      return true
    }
    log.error(.execNotExecutable(path, reason: reason), at: value.location)
    return false
  }
}
