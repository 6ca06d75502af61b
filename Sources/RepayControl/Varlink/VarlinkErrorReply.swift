import ControlInterface

/// An error as it goes over the wire: `{"error": "io.repayd.Control.LoanNotFound", "parameters":
/// {"loan": "huabei"}}`.
struct VarlinkErrorReply<Failure: VarlinkError>: Codable {
  var error: Failure

  private enum CodingKeys: String, CodingKey {
    case error, parameters
  }

  init(_ error: Failure) {
    self.error = error
  }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let name = try container.decode(String.self, forKey: .error)
    // An error without parameters may leave the object out, or send null.
    let parameters =
      try container.contains(.parameters) && !container.decodeNil(forKey: .parameters)
      ? try container.nestedContainer(keyedBy: VarlinkParameterKey.self, forKey: .parameters) : nil
    guard let error = try Failure(name: name, parameters: VarlinkErrorParameters(parameters)) else {
      throw DecodingError.dataCorruptedError(
        forKey: .error, in: container, debugDescription: "\(name) is not an error of this interface")
    }
    self.error = error
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(error.name, forKey: .error)
    var parameters = VarlinkErrorParameters.Writer(
      container: container.nestedContainer(keyedBy: VarlinkParameterKey.self, forKey: .parameters))
    try error.encodeParameters(to: &parameters)
  }
}
