/// A reply as it goes over the wire: `{"parameters": {...}, "continues": true}`, or an error,
/// `{"error": "org.example.Failed", "parameters": {...}}`.
struct VarlinkReply<Parameters> {
  var parameters: Parameters?
  var continues: Bool?
  var error: String?

  /// A reply; `continues` only when more replies follow.
  init(parameters: Parameters, continues: Bool = false) {
    self.parameters = parameters
    self.continues = continues ? true : nil
  }

  /// An error reply.
  init(error: String, parameters: Parameters) {
    self.error = error
    self.parameters = parameters
  }
}

extension VarlinkReply: Encodable where Parameters: Encodable {}
extension VarlinkReply: Decodable where Parameters: Decodable {}
