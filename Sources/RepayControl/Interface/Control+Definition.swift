import ControlInterface

extension Control {
  /// The definition, as `GetInterfaceDescription` serves it: the one `io.repayd.Control.varlink`
  /// that the records of `ControlInterface` follow, embedded in the code and served as it is.
  public static let description = String(decoding: PackageResources.io_repayd_Control_varlink, as: UTF8.self)
  /// The definition as read: what the server checks a call's method and parameter names against.
  public static let definition = try! VarlinkInterfaceDefinition(parsing: description)
}
