/// A call as it goes over the wire: `{"method": ..., "parameters": {...}, "oneway": true,
/// "more": true}`; flags that are false are left out.
struct VarlinkCall<Parameters: Encodable>: Encodable {
  var method: String
  var parameters: Parameters
  var oneway: Bool?
  var more: Bool?

  init(method: String, parameters: Parameters, oneway: Bool = false, more: Bool = false) {
    self.method = method
    self.parameters = parameters
    self.oneway = oneway ? true : nil
    self.more = more ? true : nil
  }
}
