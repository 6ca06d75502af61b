import ControlInterface
import RepayConfig
import RepayControl
import Systemd

#if canImport(Glibc)
  import Glibc
#endif

/// Where `repayd --demo` serves its control socket: at the standard address, where a plain
/// `repayctl status` looks, when no repayd holds the user's instance lock and no socket unit
/// (`repayd.socket`) listens there; else at `control.sock` in its own state directory.
///
/// At the standard address the demo holds the user's instance lock as the real daemon does, so
/// that a repayd started meanwhile refuses to start rather than take the socket over; `release()`
/// removes the socket before it gives the lock up.
struct DemoAddress {
  /// Where the server listens.
  let listener: ControlListener
  /// The user's instance lock, held while the demo serves the standard address; nil elsewhere.
  private let lock: InstanceLock?

  /// The address for a demo whose state is in `stateDirectory`, with `environment`'s
  /// `XDG_RUNTIME_DIR`: the socket systemd passed when it passed one (socket activation), else
  /// the standard address when it is free (the user's lock then taken), else its own.
  static func choose(environment: [String: String], stateDirectory: String) -> DemoAddress {
    let standard = ControlAddress.standard(environment: environment).path
    let own = stateDirectory + "/control.sock"
    switch ControlListener.activated(environment: environment, otherwise: standard) {
    case .descriptor(let descriptor): return DemoAddress(listener: .descriptor(descriptor), lock: nil)
    case .path: break
    }
    // Asked before the lock is taken: a socket unit that listens there starts the real repayd
    // at this connection, and that repayd must find the lock free.
    guard !isTaken(standard),
      let lock = try? InstanceLock.acquire(directory: String(standard.dropLast("/control.sock".count)))
    else { return DemoAddress(listener: .path(own), lock: nil) }
    return DemoAddress(listener: .path(standard), lock: lock)
  }

  /// Whether the socket it serves is the standard address.
  var isStandard: Bool { lock != nil }

  /// The command that reaches the demo from another terminal.
  var statusCommand: String {
    switch listener {
    case .path(let path) where !isStandard: "repayctl --address unix:\(path) status"
    default: "repayctl status"
    }
  }

  /// What the demo tells its user on standard error at the start, in the locale's language: the
  /// command that reaches it from another terminal, then the overdue playbook to try and where
  /// its calendar feed is (`feed`).
  func guide(feed: String) -> String {
    let reach: String
    switch listener {
    case .path(let path) where !isStandard:
      reach = Startup.text(
        en:
          "the standard control socket is taken (another repayd or repayd.socket) or cannot be made, so the "
          + "demo serves its own; in another terminal, run: \(statusCommand)\n"
          + "(or export REPAYD_ADDRESS=unix:\(path) for every command)",
        zh: "标准控制套接字已被占用（另一个 repayd 或 repayd.socket）或无法创建，演示使用自己的套接字；"
          + "在另一个终端运行：\(statusCommand)\n（或 export REPAYD_ADDRESS=unix:\(path)，对每条命令都有效）")
    default:
      reach = Startup.text(
        en: "the demo serves the standard control socket; in another terminal, run: \(statusCommand)",
        zh: "演示使用标准控制套接字；在另一个终端运行：\(statusCommand)")
    }
    return "repayd --demo: " + reach + "\n"
      + Startup.text(en: "try the overdue playbook on weilidai", zh: "可以在 weilidai 上试用逾期处理步骤")
      + ": repayctl show weilidai; repayctl note weilidai …; repayctl renegotiate weilidai …; "
      + "repayctl dossier weilidai; repayctl plan --budget 3000 --adopt; repayctl calendar\n"
      + Startup.text(en: "calendar feed", zh: "日历订阅文件") + ": \(feed)\n"
  }

  /// Removes the standard address's socket and gives the user's lock up, in that order, so that
  /// the next repayd finds neither; nothing for the demo's own address.
  func release() {
    guard let lock, case .path(let path) = listener else { return }
    unlink(path)
    lock.release()
  }

  /// Whether the standard address at `path` is taken: by a socket that listens there (a
  /// running repayd, or systemd holding `repayd.socket`) or by a file that is not a socket. A
  /// missing file is free, and so is a socket file nothing listens on, left by a demo that was
  /// killed. The listeners are looked up in the kernel's table of Unix sockets rather than by
  /// connecting, since a connection to a socket unit would start the real repayd; a table that
  /// cannot be read counts as taken.
  private static func isTaken(_ path: String) -> Bool {
    var status = stat()
    guard lstat(path, &status) == 0 else { return errno != ENOENT }
    guard status.st_mode & S_IFMT == S_IFSOCK else { return true }
    guard let table = try? SourceFile.read("/proc/net/unix") else { return true }
    return String(decoding: table, as: UTF8.self).split(separator: "\n").dropFirst().contains { line in
      // Num RefCount Protocol Flags Type St Inode Path: a listener's flags hold __SO_ACCEPTCON.
      let fields = line.split(separator: " ", maxSplits: 7, omittingEmptySubsequences: true)
      guard fields.count == 8, let flags = Int(fields[3], radix: 16) else { return false }
      return flags & 0x10000 != 0 && fields[7] == path
    }
  }
}
