/// The parameters of a call, read as the method's type once the method is known.
struct VarlinkCallParameters<Parameters: Decodable>: Decodable {
  var parameters: Parameters
}
