import Foundation
import RepayControl

extension ControlClient {
  /// Sends `json` and a NUL, and returns the reply as a JSON object; throws what the client
  /// throws, or `RawReply.NotAnObject` when the reply is not a JSON object.
  public func rawCall(_ json: String) throws -> RawReply {
    try sendRaw(Array(json.utf8) + [0])
    return try receiveObject()
  }

  /// The next message, as a JSON object, waited for up to 30 s.
  public func receiveObject() throws -> RawReply {
    let message = try receiveRaw(deadline: .now + .seconds(30))
    guard let object = try JSONSerialization.jsonObject(with: Data(message)) as? [String: Any] else {
      throw RawReply.NotAnObject(message: message)
    }
    return RawReply(object: object)
  }

  /// Whether the server closed the connection: a read finds its end within 30 s (messages before
  /// it are skipped).
  public func waitForClose() -> Bool {
    do {
      while true { _ = try receiveRaw(deadline: .now + .seconds(30)) }
    } catch ControlClientError.disconnected {
      return true
    } catch {
      return false
    }
  }
}
