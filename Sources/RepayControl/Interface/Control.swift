/// `io.repayd.Control`, repayd's control interface: its definition (the one
/// `io.repayd.Control.varlink` that both sides are built from, embedded in the code and served as
/// it is) and, as nested types, the records, calls and replies it defines.
public enum Control {
  /// The interface's name.
  public static let name = "io.repayd.Control"
  /// The definition, as `GetInterfaceDescription` serves it.
  public static let description = String(decoding: PackageResources.io_repayd_Control_varlink, as: UTF8.self)
  /// The definition as read: what the server checks a call's method and parameter names against.
  public static let definition = try! VarlinkInterfaceDefinition(parsing: description)
}
