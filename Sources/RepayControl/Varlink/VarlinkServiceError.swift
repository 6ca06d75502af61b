import RepayCore

/// The errors of `org.varlink.service`, which any Varlink service may answer any call with.
public enum VarlinkServiceError: VarlinkError {
  /// The service implements no interface of this name.
  case interfaceNotFound(interface: String)
  /// The interface has no method of this (qualified) name.
  case methodNotFound(method: String)
  /// The interface defines the method, but not in the form asked for (repayd: a protocol upgrade).
  case methodNotImplemented(method: String)
  /// A parameter is unknown, missing or of the wrong type.
  case invalidParameter(parameter: String)
  /// The caller may not use the service (repayd: its uid is not allowed).
  case permissionDenied
  /// The method streams its replies and must be called with `more`.
  case expectedMore

  /// The qualified name.
  public var name: String {
    let member =
      switch self {
      case .interfaceNotFound: "InterfaceNotFound"
      case .methodNotFound: "MethodNotFound"
      case .methodNotImplemented: "MethodNotImplemented"
      case .invalidParameter: "InvalidParameter"
      case .permissionDenied: "PermissionDenied"
      case .expectedMore: "ExpectedMore"
      }
    return "\(VarlinkServiceInterface.name).\(member)"
  }

  /// Writes the error's parameters.
  public func encodeParameters(to parameters: inout VarlinkErrorParameters.Writer) throws {
    switch self {
    case .interfaceNotFound(let interface): try parameters.encode(interface, "interface")
    case .methodNotFound(let method), .methodNotImplemented(let method):
      try parameters.encode(method, "method")
    case .invalidParameter(let parameter): try parameters.encode(parameter, "parameter")
    case .permissionDenied, .expectedMore: break
    }
  }

  /// The error of this name; nil when `org.varlink.service` defines none of it.
  public init?(name: String, parameters: VarlinkErrorParameters) throws {
    let prefix = VarlinkServiceInterface.name + "."
    guard name.hasPrefix(prefix) else { return nil }
    switch name.dropFirst(prefix.count) {
    case "InterfaceNotFound":
      self = .interfaceNotFound(interface: try parameters.decode(String.self, "interface"))
    case "MethodNotFound": self = .methodNotFound(method: try parameters.decode(String.self, "method"))
    case "MethodNotImplemented":
      self = .methodNotImplemented(method: try parameters.decode(String.self, "method"))
    case "InvalidParameter":
      self = .invalidParameter(parameter: try parameters.decode(String.self, "parameter"))
    case "PermissionDenied": self = .permissionDenied
    case "ExpectedMore": self = .expectedMore
    default: return nil
    }
  }

  /// What went wrong, for a person.
  public func message(in language: Language) -> String {
    switch self {
    case .interfaceNotFound(let interface):
      language.text(en: "the service has no interface \(interface)", zh: "服务没有接口 \(interface)")
    case .methodNotFound(let method):
      language.text(en: "the service has no method \(method)", zh: "服务没有方法 \(method)")
    case .methodNotImplemented(let method):
      language.text(
        en: "the service does not offer \(method) in the form asked for", zh: "服务不支持以所请求的方式调用 \(method)")
    case .invalidParameter(let parameter):
      language.text(
        en: "the parameter \(parameter) is unknown, missing or of the wrong type",
        zh: "参数 \(parameter) 未知、缺失或类型错误")
    case .permissionDenied:
      language.text(en: "permission denied: this user may not use the service", zh: "权限不足：此用户不能使用该服务")
    case .expectedMore:
      language.text(
        en: "the method streams its replies and must be called with \"more\"",
        zh: "该方法持续返回结果，调用时必须设置 \"more\"")
    }
  }
}
