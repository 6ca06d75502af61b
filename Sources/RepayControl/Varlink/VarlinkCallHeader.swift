/// What the server reads of a call before it knows the method's parameter types: the method, the
/// flags, and the names of the parameters given (to refuse unknown ones, as the reference
/// implementation does).
struct VarlinkCallHeader: Decodable {
  var method: String
  var oneway: Bool
  var more: Bool
  var upgrade: Bool
  var parameterNames: [String]

  private enum CodingKeys: String, CodingKey {
    case method, parameters, oneway, more, upgrade
  }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    method = try container.decode(String.self, forKey: .method)
    oneway = try container.decodeIfPresent(Bool.self, forKey: .oneway) ?? false
    more = try container.decodeIfPresent(Bool.self, forKey: .more) ?? false
    upgrade = try container.decodeIfPresent(Bool.self, forKey: .upgrade) ?? false
    if try !container.contains(.parameters) || container.decodeNil(forKey: .parameters) {
      parameterNames = []
    } else {
      parameterNames = try container.nestedContainer(keyedBy: VarlinkParameterKey.self, forKey: .parameters)
        .allKeys
        .map(\.stringValue)
    }
  }
}
