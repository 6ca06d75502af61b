/// A call as it goes over the wire: `{"method": ..., "parameters": {...}, "more": true}`, with
/// `more` left out when it is false. The client never calls with `oneway`: each of its calls
/// waits for its reply.
struct VarlinkCall<Parameters: Encodable>: Encodable {
  var method: String
  var parameters: Parameters
  var more: Bool?

  init(method: String, parameters: Parameters, more: Bool = false) {
    self.method = method
    self.parameters = parameters
    self.more = more ? true : nil
  }
}
