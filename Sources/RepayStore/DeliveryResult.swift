/// How a recorded delivery went. Only a delivery that some sink took is recorded: one that none
/// took is offered again instead.
public enum DeliveryResult: Hashable, Sendable {
  /// Every sink that wanted the notice took it.
  case delivered
  /// Some sinks took it and others failed: the failures, each `SINK: ERROR`, joined by `; `.
  case partly(failures: String)

  /// The text the state file holds: `delivered`, or `partly: ` and the failures.
  public var text: String {
    switch self {
    case .delivered: "delivered"
    case .partly(let failures): "partly: " + failures
    }
  }

  /// The result `text` stands for; nil for a text this store does not write.
  public init?(text: String) {
    if text == "delivered" {
      self = .delivered
    } else if text.hasPrefix("partly: ") {
      self = .partly(failures: String(text.dropFirst("partly: ".count)))
    } else {
      return nil
    }
  }
}
