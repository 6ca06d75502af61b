import ControlInterface
import RepayCore

#if canImport(Glibc)
  import Glibc
#endif

/// Why a call through `ControlClient` failed: the daemon could not be reached or answered
/// nothing usable, or it answered with an error.
public enum ControlClientError: Error, Hashable, Sendable {
  /// No daemon listens at the address (the socket is missing, or nobody accepts on it).
  case unreachable(ControlAddress, errno: Int32)
  /// No reply came within the client's timeout.
  case timedOut(ControlAddress)
  /// The connection ended before the reply.
  case disconnected(ControlAddress)
  /// A message that is not a reply of the protocol's form.
  case invalidReply(ControlAddress)
  /// An error of `io.repayd.Control`, with the reply's JSON as it came.
  case control(ControlError, reply: String)
  /// An error of `org.varlink.service`, with the reply's JSON as it came.
  case service(VarlinkServiceError, reply: String)
  /// An error of neither interface, with the reply's JSON as it came.
  case unknown(name: String, reply: String)

  /// The error reply as it came (`{"error": NAME, "parameters": {...}}`), for `--json`; nil when
  /// the failure is the client's own.
  public var reply: String? {
    switch self {
    case .control(_, let reply), .service(_, let reply), .unknown(_, let reply): reply
    case .unreachable, .timedOut, .disconnected, .invalidReply: nil
    }
  }

  /// The qualified name of the error the daemon answered with; nil when the failure is the
  /// client's own.
  public var errorName: String? {
    switch self {
    case .control(let error, _): error.name
    case .service(let error, _): error.name
    case .unknown(let name, _): name
    case .unreachable, .timedOut, .disconnected, .invalidReply: nil
    }
  }

  /// What went wrong, for a person.
  public func message(in language: Language) -> String {
    switch self {
    case .unreachable(let address, let errno):
      let reason = String(cString: strerror(errno))
      return language.text(
        en: "repayd is not reachable at \(address): \(reason)", zh: "无法连接 \(address) 上的 repayd：\(reason)")
    case .timedOut(let address):
      return language.text(
        en: "repayd at \(address) did not answer in time", zh: "\(address) 上的 repayd 未及时响应")
    case .disconnected(let address):
      return language.text(
        en: "repayd at \(address) closed the connection before answering",
        zh: "\(address) 上的 repayd 在响应前关闭了连接")
    case .invalidReply(let address):
      return language.text(
        en: "repayd at \(address) sent a reply that is not Varlink",
        zh: "\(address) 上的 repayd 发来的回复不符合 Varlink 协议")
    case .control(let error, _): return error.message(in: language)
    case .service(let error, _): return error.message(in: language)
    case .unknown(let name, _): return language.text(en: "repayd answered \(name)", zh: "repayd 返回错误 \(name)")
    }
  }
}
